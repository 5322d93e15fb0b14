import RecruitNetGraph

/// A binary max-heap of `(primary, secondary, node)` entries with lazy deletion: the attack
/// queues push a fresh entry whenever a node's score changes and skip stale entries on pop
/// (the caller checks an entry against the node's current key).
///
/// Keys compare lexicographically, larger first. The attacks put the deterministic tie-break into
/// `secondary` (``PriorityKeyHeap/tieBreak(_:_:)``): the higher current degree, then the lowest id.
///
/// - Complexity: ``push(_:_:_:)`` and ``popMax()`` are O(log h) for h stored entries; an attack
///   stores one entry per key change, so h is at most N plus the number of updates.
package struct PriorityKeyHeap {
  private var primaries: [Int64] = []
  private var secondaries: [UInt64] = []
  private var nodes: [NodeID] = []

  package init(capacity: Int = 0) {
    primaries.reserveCapacity(capacity)
    secondaries.reserveCapacity(capacity)
    nodes.reserveCapacity(capacity)
  }

  /// The secondary key that prefers a higher `degree`, then the lower `node` id.
  @inline(__always)
  package static func tieBreak(_ degree: Int, _ node: NodeID) -> UInt64 {
    (UInt64(UInt32(truncatingIfNeeded: degree)) << 32) | UInt64(NodeID.max - node)
  }

  package var isEmpty: Bool { nodes.isEmpty }

  @inline(__always)
  private func above(_ i: Int, _ j: Int) -> Bool {
    primaries[i] != primaries[j] ? primaries[i] > primaries[j] : secondaries[i] > secondaries[j]
  }

  private mutating func swapAt(_ i: Int, _ j: Int) {
    primaries.swapAt(i, j)
    secondaries.swapAt(i, j)
    nodes.swapAt(i, j)
  }

  /// Adds an entry.
  package mutating func push(_ primary: Int64, _ secondary: UInt64, _ node: NodeID) {
    primaries.append(primary)
    secondaries.append(secondary)
    nodes.append(node)
    var child = nodes.count - 1
    while child > 0 {
      let parent = (child - 1) / 2
      guard above(child, parent) else { break }
      swapAt(child, parent)
      child = parent
    }
  }

  /// Removes and returns the largest entry, or nil when empty.
  package mutating func popMax() -> (primary: Int64, secondary: UInt64, node: NodeID)? {
    guard let last = nodes.indices.last else { return nil }
    let top = (primaries[0], secondaries[0], nodes[0])
    swapAt(0, last)
    primaries.removeLast()
    secondaries.removeLast()
    nodes.removeLast()
    var parent = 0
    let count = nodes.count
    while true {
      let left = 2 * parent + 1
      guard left < count else { break }
      var best = left
      if left + 1 < count && above(left + 1, left) { best = left + 1 }
      guard above(best, parent) else { break }
      swapAt(best, parent)
      parent = best
    }
    return top
  }
}
