/// Every measure of one node set, under both denominators: what a reader needs to recompute
/// and compare a key-player answer (Borgatti 2006, Comput Math Organiz Theor 12:21–34).
public struct KeyPlayerScore: Sendable, Equatable, Codable {
  /// The set, as sorted node indices.
  public var nodes: [Int]
  /// N: nodes of the graph.
  public var nodeCount: Int
  /// Unordered pairs of remaining nodes that are still connected after removing the set.
  public var connectedPairs: Int
  /// Σ over unordered pairs of remaining nodes of 1/d (0 between components), after removal.
  public var inverseDistanceSum: Double
  /// F with n = N − |S| (Borgatti's eq. 4 on the graph after deletion); 1 when fewer than two
  /// nodes remain.
  public var fragmentationRemaining: Double
  /// F with n = N, removed nodes counted as isolates.
  public var fragmentationAll: Double
  /// DF (eq. 9) with n = N − |S|; 1 when fewer than two nodes remain.
  public var distanceFragmentationRemaining: Double
  /// DF with n = N.
  public var distanceFragmentationAll: Double
  /// Σ_{j} 1/d_{S,j} over the counted nodes j outside S (all nodes, or the targets).
  public var reachSum: Double
  /// Distance-weighted reach: `reachSum` over N − |S| (or over the number of targets).
  public var reach: Double
  /// m-reach: the share of counted nodes outside S within `reachDistance` steps of S.
  public var mReach: Double
  /// The m of ``mReach``.
  public var reachDistance: Int

  /// F or DF under `denominator`.
  public func fragmentation(_ denominator: FragmentationDenominator) -> Double {
    denominator == .all ? fragmentationAll : fragmentationRemaining
  }

  public func distanceFragmentation(_ denominator: FragmentationDenominator) -> Double {
    denominator == .all ? distanceFragmentationAll : distanceFragmentationRemaining
  }

  /// The value of `objective` (the printed one, under `denominator`).
  public func value(_ objective: KeyPlayerObjective, _ denominator: FragmentationDenominator)
    -> Double
  {
    switch objective {
    case .fragmentation: fragmentation(denominator)
    case .distanceFragmentation: distanceFragmentation(denominator)
    case .reach: reach
    }
  }

  /// 1 − 2·sum/(n(n − 1)), and 1 when n < 2 (no pair to keep connected).
  static func share(_ sum: Double, among n: Int) -> Double {
    n < 2 ? 1 : 1 - 2 * sum / (Double(n) * Double(n - 1))
  }
}

extension KeyPlayerGraph {
  /// Every measure of `set` (node indices, duplicates ignored).
  ///
  /// - Parameters:
  ///   - targets: reach counts only these nodes (nil: every node); see ``KeyPlayerSearch``.
  ///   - reachDistance: the m of m-reach.
  /// - Complexity: O(N·(N + M)) for the distance sums (one breadth-first search per node).
  public func score(of set: [Int], targets: [Int]? = nil, reachDistance: Int = 2)
    -> KeyPlayerScore
  {
    var scratch = KeyPlayerScratch(graph: self)
    let nodes = Array(Set(set)).sorted()
    var removed = [UInt8](repeating: 0, count: nodeCount)
    for v in nodes { removed[v] = 1 }
    let targetMask = targetMaskArray(targets)
    let remaining = nodeCount - nodes.count
    let pairs = removed.withUnsafeBufferPointer { scratch.connectedPairs(removed: $0) }
    let inverse = removed.withUnsafeBufferPointer { scratch.inverseDistanceSum(removed: $0) }
    let (sum, within) = removed.withUnsafeBufferPointer { r in
      targetMask.withUnsafeBufferPointer { t in
        scratch.reach(inSet: r, targets: t, within: reachDistance)
      }
    }
    let counted = reachDenominator(targets: targetMask, setSize: nodes.count)
    return KeyPlayerScore(
      nodes: nodes, nodeCount: nodeCount, connectedPairs: pairs, inverseDistanceSum: inverse,
      fragmentationRemaining: KeyPlayerScore.share(Double(pairs), among: remaining),
      fragmentationAll: KeyPlayerScore.share(Double(pairs), among: nodeCount),
      distanceFragmentationRemaining: KeyPlayerScore.share(inverse, among: remaining),
      distanceFragmentationAll: KeyPlayerScore.share(inverse, among: nodeCount),
      reachSum: sum, reach: counted > 0 ? sum / Double(counted) : 0,
      mReach: counted > 0 ? Double(within) / Double(counted) : 0, reachDistance: reachDistance)
  }

  /// 1 for each counted node (all of them without targets).
  func targetMaskArray(_ targets: [Int]?) -> [UInt8] {
    guard let targets else { return [UInt8](repeating: 1, count: nodeCount) }
    var mask = [UInt8](repeating: 0, count: nodeCount)
    for t in targets where t >= 0 && t < nodeCount { mask[t] = 1 }
    return mask
  }

  /// The reach denominator: N − |S| without targets (Borgatti), the number of targets with them.
  func reachDenominator(targets mask: [UInt8], setSize: Int) -> Int {
    let counted = mask.reduce(0) { $0 + Int($1) }
    return counted == nodeCount ? nodeCount - setSize : counted
  }
}
