/// The behavioural traces a coordination network is built from: one event per (message, shared
/// object), where the object is what two accounts must share to be "acting in concert" (the
/// retweeted tweet, the normalised text, a link, a hashtag, …; see ``CoordinationTrace``).
///
/// Compact parallel arrays with 32-bit ids (a 10M-event trace is about 200 MB): `accounts[i]` is
/// the account (a dense id below ``accountCount``) that posted message `messages[i]` at
/// `times[i]` (Unix seconds), sharing object `objects[i]`. A message that shares several objects
/// (a tweet with two links) has one event per object; a repeated (message, object) is kept once.
public struct CoordinationEvents: Sendable {
  public private(set) var accounts: [UInt32] = []
  /// Settable in the module, so that a null model can give a copy new times (significance).
  public internal(set) var times: [Int64] = []
  public private(set) var objects: [UInt32] = []
  public private(set) var messages: [UInt32] = []
  /// The number of distinct accounts ids may refer to (ids are below it).
  public var accountCount: Int
  /// The object names (a tweet id, a text, a URL), by object id.
  public private(set) var objectNames: [String] = []
  /// The message ids (tweet ids), by message index.
  public private(set) var messageIDs: [String] = []
  private var objectIndex: [String: UInt32] = [:]
  private var messageIndex: [String: UInt32] = [:]
  private var seenPairs: Set<UInt64> = []

  public init(accountCount: Int) { self.accountCount = accountCount }

  /// The number of events.
  public var count: Int { accounts.count }

  /// Each account's events, grouped by a counting sort: the events of account `a` are
  /// `byAccount[offsets[a]..<offsets[a + 1]]`, in event order (messages are added whole, so a
  /// message's events stay consecutive: the stamp that counts distinct messages relies on it).
  /// O(events + accounts).
  func eventsByAccount() -> (offsets: [Int], byAccount: [UInt32]) {
    var offsets = [Int](repeating: 0, count: accountCount + 1)
    for account in accounts { offsets[Int(account) + 1] += 1 }
    for a in 0..<accountCount { offsets[a + 1] += offsets[a] }
    var byAccount = [UInt32](repeating: 0, count: count)
    var fill = offsets
    for (i, account) in accounts.enumerated() {
      byAccount[fill[Int(account)]] = UInt32(i)
      fill[Int(account)] += 1
    }
    return (offsets, byAccount)
  }

  /// Adds the event "account posted message `messageID` at `time`, sharing `object`"; a repeated
  /// (message, object) pair is ignored (as the toolkit's primary keys do).
  public mutating func add(account: UInt32, messageID: String, time: Int64, object: String) {
    let objectID = Self.intern(object, in: &objectIndex, names: &objectNames)
    let message = Self.intern(messageID, in: &messageIndex, names: &messageIDs)
    guard seenPairs.insert(UInt64(message) << 32 | UInt64(objectID)).inserted else { return }
    accounts.append(account)
    times.append(time)
    objects.append(objectID)
    messages.append(message)
    accountCount = max(accountCount, Int(account) + 1)
  }

  /// Static, so that no copy of `self` is held while its tables are mutated (a method would keep
  /// one, and every insertion would copy the dictionary).
  private static func intern(
    _ name: String, in index: inout [String: UInt32], names: inout [String]
  )
    -> UInt32
  {
    if let id = index[name] { return id }
    let id = UInt32(names.count)
    index[name] = id
    names.append(name)
    return id
  }
}
