/// Right-censored lifetimes, sorted once by duration, with a group for each: the input of
/// ``KaplanMeier`` and ``LogRankTest``.
///
/// Each subject has a duration (any unit; RecruitNet uses days), whether its end was observed
/// (an event, such as a suspension) or it was censored (still alive when last seen), and a group
/// index into ``groupNames``. Durations must be finite and non-negative. Sorting once lets every
/// estimate be one sweep over the sorted arrays; ties keep their input order (the sort is
/// stable), which no estimate depends on.
///
/// - Complexity: O(n log n) to build, O(n) memory (17 bytes per subject).
public struct SurvivalSample: Sendable {
  /// Durations, ascending.
  public private(set) var durations: [Double]
  /// Whether the subject at the same position had the event (`false`: censored).
  public private(set) var observed: [Bool]
  /// The group index (into ``groupNames``) of the subject at the same position.
  public private(set) var groups: [Int32]
  /// The groups' names, in index order.
  public let groupNames: [String]

  /// Subjects.
  public var count: Int { durations.count }

  /// A sample of `durations` with `observed` events, all in one group named `name`.
  public init(durations: [Double], observed: [Bool], name: String = "all") throws(SurvivalError) {
    try self.init(
      durations: durations, observed: observed,
      groups: [Int32](repeating: 0, count: durations.count), groupNames: [name])
  }

  /// A sample whose subjects belong to the groups named by `labels`; groups are numbered in
  /// ascending order of their labels (the order lifelines' `np.unique` gives them).
  public init(durations: [Double], observed: [Bool], labels: [String]) throws(SurvivalError) {
    // Number the labels by first appearance (one hash per subject), then renumber by name.
    var firstSeen: [String: Int32] = [:]
    var provisional = [Int32]()
    provisional.reserveCapacity(labels.count)
    for label in labels {
      if let id = firstSeen[label] {
        provisional.append(id)
      } else {
        let id = Int32(firstSeen.count)
        firstSeen[label] = id
        provisional.append(id)
      }
    }
    let names = firstSeen.keys.sorted()
    var renumber = [Int32](repeating: 0, count: names.count)
    for (rank, name) in names.enumerated() { renumber[Int(firstSeen[name] ?? 0)] = Int32(rank) }
    try self.init(
      durations: durations, observed: observed, groups: provisional.map { renumber[Int($0)] },
      groupNames: names)
  }

  /// A sample with explicit group indices into `groupNames`.
  ///
  /// - Throws: ``SurvivalError`` `lengthMismatch` when the arrays differ in length,
  ///   `badDuration` for a negative or non-finite duration, `inconsistentCounts` for a group
  ///   index outside `groupNames`.
  public init(durations: [Double], observed: [Bool], groups: [Int32], groupNames: [String])
    throws(SurvivalError)
  {
    guard durations.count == observed.count, durations.count == groups.count else {
      throw SurvivalError(
        .lengthMismatch,
        "\(durations.count) durations, \(observed.count) event flags and \(groups.count) groups; expected one of each per subject"
      )
    }
    for (i, duration) in durations.enumerated() where !(duration >= 0 && duration.isFinite) {
      throw SurvivalError(
        .badDuration, "duration \(duration) of subject \(i + 1); expected a finite number >= 0")
    }
    for (i, group) in groups.enumerated() where group < 0 || Int(group) >= groupNames.count {
      throw SurvivalError(
        .inconsistentCounts,
        "group \(group) of subject \(i + 1); expected 0 ..< \(groupNames.count)")
    }
    // Sort (key, position) pairs held side by side: for doubles >= 0 the bit pattern orders as
    // the value does (+ 0 turns a -0.0 into +0.0), and the position breaks ties, so the order is
    // the stable one. Already sorted input (generated or exported tables) costs one pass.
    if zip(durations, durations.dropFirst()).allSatisfy({ $0 <= $1 }) {
      self.durations = durations
      self.observed = observed
      self.groups = groups
    } else {
      var keys = durations.indices.map {
        SortKey(bits: (durations[$0] + 0).bitPattern, position: $0)
      }
      keys.sort { $0.bits < $1.bits || ($0.bits == $1.bits && $0.position < $1.position) }
      self.durations = keys.map { durations[$0.position] }
      self.observed = keys.map { observed[$0.position] }
      self.groups = keys.map { groups[$0.position] }
    }
    self.groupNames = groupNames
  }

  /// The subjects of group `group` alone (a sample with one group, still sorted).
  ///
  /// - Complexity: O(n).
  public func subsample(group: Int) -> SurvivalSample {
    var copy = SurvivalSample(groupNames: [groupNames[group]])
    let wanted = Int32(group)
    for i in 0..<count where groups[i] == wanted {
      copy.durations.append(durations[i])
      copy.observed.append(observed[i])
      copy.groups.append(0)
    }
    return copy
  }

  private struct SortKey {
    var bits: UInt64
    var position: Int
  }

  private init(groupNames: [String]) {
    durations = []
    observed = []
    groups = []
    self.groupNames = groupNames
  }
}
