import RecruitNetGraph

/// How the significance test randomises the data: each account's timing is redrawn while what
/// it shared (its objects and messages) stays, so a null network keeps every account's activity
/// and every object's popularity but loses any timing accounts agreed on.
///
/// - ``shuffle``: every message of account a gets a new time drawn uniformly from the whole
///   seconds `first(a) … last(a)` (both included), the account's active period; all events of
///   one message get the same new time. An account with one message (or all at one second) keeps
///   its times. The null hypothesis: each account posts at random times within its own active
///   period, independently of the others.
/// - ``circularShift``: every account a gets one offset `o(a)` drawn uniformly from
///   `0 ..< L`, and each of its times t becomes `min + ((t − min + o(a)) mod L)`, where `min` and
///   `max` are the smallest and largest times of the whole data set and `L = max − min + 1`. The
///   gaps between an account's messages (its bursts, its rhythm) are kept, apart from the one
///   place where the shift wraps around the end of the span. The null hypothesis: accounts are
///   independent and their activity is stationary over the span. Two accounts stay aligned
///   whenever their offsets happen to differ by less than the window, which a permutation does
///   with probability about 2W / L for a window of W seconds; so even a perfectly synchronised
///   pair cannot get a p-value much below 2W / L (4.6·10⁻⁴ for 60 s over three days), and with
///   many permutations a few such pairs lose significance that the shuffle would give them.
///
/// Why: the coordination methods this module follows (Pacheco et al., "Uncovering Coordinated
/// Networks on Social Media: Methods and Case Studies", ICWSM 2021; Weber & Neumann, "Amplifying
/// influence through coordinated behaviour in social networks", Social Network Analysis and
/// Mining 11:111, 2021, doi:10.1007/s13278-021-00815-2) keep edges whose weight passes a fixed
/// threshold. A permutation test asks instead whether a weight is larger than the accounts' own
/// timing explains, by comparing it with the same network built on randomised timing. The
/// circular shift is the usual surrogate for event trains that keeps each train's
/// autocorrelation; the shuffle is the simpler, stronger null. Neither knows about organic
/// cascades: a viral object retweeted by many accounts within minutes of being posted looks
/// synchronised under both, so a significant edge means "more synchronised than independent
/// timing explains", not "organised".
public enum CoordinationNullModel: String, Sendable, CaseIterable, Codable {
  case shuffle = "shuffle"
  case circularShift = "circular-shift"
}

/// What a null model needs of the data, computed once for all permutations: the account of each
/// message and each account's active period (shuffle), or the global span (circular shift).
struct CoordinationNullSampler {
  let model: CoordinationNullModel
  private let messageAccount: [UInt32]
  private let first: [Int64]
  private let last: [Int64]
  private let globalMin: Int64
  /// `max − min + 1` as an unsigned number; 0 stands for 2⁶⁴ (a span covering every Int64).
  private let span: UInt64

  init(_ events: CoordinationEvents, model: CoordinationNullModel) {
    self.model = model
    let accountCount = events.accountCount
    var first = [Int64](repeating: .max, count: accountCount)
    var last = [Int64](repeating: .min, count: accountCount)
    var messageAccount = [UInt32](repeating: 0, count: events.messageIDs.count)
    var seen = [Bool](repeating: false, count: events.messageIDs.count)
    var low = Int64.max
    var high = Int64.min
    for i in 0..<events.count {
      let a = Int(events.accounts[i])
      let t = events.times[i]
      first[a] = min(first[a], t)
      last[a] = max(last[a], t)
      low = min(low, t)
      high = max(high, t)
      let m = Int(events.messages[i])
      // A message's account is that of its first event (a message has one author).
      if !seen[m] {
        seen[m] = true
        messageAccount[m] = UInt32(a)
      }
    }
    self.first = first
    self.last = last
    self.messageAccount = messageAccount
    globalMin = events.count > 0 ? low : 0
    span = events.count > 0 ? UInt64(bitPattern: high &- low) &+ 1 : 1
  }

  /// The times of one null data set, event by event, drawn from `generator` in a fixed order
  /// (messages in id order for the shuffle, accounts in id order for the shift), so a generator
  /// state gives one result.
  ///
  /// - Complexity: O(n + messages + accounts).
  func times(_ events: CoordinationEvents, using generator: inout SeededGenerator) -> [Int64] {
    var out = [Int64](repeating: 0, count: events.count)
    switch model {
    case .shuffle:
      var messageTime = [Int64](repeating: 0, count: messageAccount.count)
      for m in 0..<messageAccount.count {
        let a = Int(messageAccount[m])
        guard first[a] <= last[a] else { continue }
        let width = UInt64(bitPattern: last[a] &- first[a])
        let draw = width == 0 ? 0 : Self.uniform(below: width &+ 1, using: &generator)
        messageTime[m] = first[a] &+ Int64(bitPattern: draw)
      }
      for i in 0..<events.count { out[i] = messageTime[Int(events.messages[i])] }
    case .circularShift:
      var offset = [UInt64](repeating: 0, count: events.accountCount)
      for a in 0..<offset.count { offset[a] = Self.uniform(below: span, using: &generator) }
      for i in 0..<events.count {
        let position = UInt64(bitPattern: events.times[i] &- globalMin)
        let shifted = Self.addModulo(position, offset[Int(events.accounts[i])], span)
        out[i] = globalMin &+ Int64(bitPattern: shifted)
      }
    }
    return out
  }

  /// A uniform integer in `0 ..< bound`, where `bound == 0` stands for 2⁶⁴ (Lemire's nearly
  /// divisionless method on the full 64 bits, so no span of Unix times can overflow it).
  static func uniform(below bound: UInt64, using generator: inout SeededGenerator) -> UInt64 {
    if bound == 0 { return generator.next() }
    var m = generator.next().multipliedFullWidth(by: bound)
    if m.low < bound {
      let threshold = (0 &- bound) % bound
      while m.low < threshold { m = generator.next().multipliedFullWidth(by: bound) }
    }
    return m.high
  }

  /// `(a + b) mod modulus` for `a, b < modulus` without overflow (`modulus == 0` is 2⁶⁴).
  static func addModulo(_ a: UInt64, _ b: UInt64, _ modulus: UInt64) -> UInt64 {
    let (sum, overflow) = a.addingReportingOverflow(b)
    if modulus == 0 { return sum }
    return overflow || sum >= modulus ? sum &- modulus : sum
  }
}
