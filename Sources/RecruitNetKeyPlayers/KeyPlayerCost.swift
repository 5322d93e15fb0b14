/// The quantity every search minimises, for a fixed set size k: the connected pairs left
/// (fragmentation), the inverse-distance sum left (distance fragmentation), or minus the reach
/// sum (reach). Each objective's value is an affine function of its cost with k fixed, so the
/// optima coincide, and integer pair counts make fragmentation ties exact.
extension KeyPlayerScratch {
  /// The cost of the set marked in `member` (1 = in the set).
  mutating func cost(
    _ objective: KeyPlayerObjective, member: UnsafeBufferPointer<UInt8>,
    counted: UnsafeBufferPointer<UInt8>
  ) -> Double {
    switch objective {
    case .fragmentation: Double(connectedPairs(removed: member))
    case .distanceFragmentation: inverseDistanceSum(removed: member)
    case .reach: -reach(inSet: member, targets: counted, within: 0).sum
    }
  }

  /// Two costs are the same optimum when they differ by less than this (a relative 1e-12,
  /// for sums of reciprocals added in different orders).
  @inline(__always) static func isTie(_ a: Double, _ b: Double) -> Bool {
    a.isFinite && b.isFinite && abs(a - b) <= 1e-12 * max(1, abs(a), abs(b))
  }
}
