import RecruitNetGraph

/// Adaptive high-degree attack: remove the node of highest degree in the remaining graph,
/// recomputed after each removal (Albert, Jeong & Barabási 2000, Nature 406:378; the "adaptive"
/// variant of Holme et al. 2002, PRE 65:056109). Ties: the lowest node id.
///
/// Degrees only fall, so each removal pushes one new heap entry per remaining neighbour and
/// stale entries are skipped on pop (a lazy max-heap rather than a bucket queue, so that ties
/// go to the lowest id exactly).
///
/// - Complexity: O((N + M) log N) for the whole sequence; N bytes + N 32-bit degrees.
package struct DegreeAttack {
  private let graph: SimpleGraph
  private var removed: [Bool]
  private var degree: [Int32]
  private var heap: PriorityKeyHeap

  /// The attack on `graph` with the nodes flagged in `removed` already gone.
  package init(_ graph: SimpleGraph, removed: [Bool]? = nil) {
    self.graph = graph
    let removed = removed ?? [Bool](repeating: false, count: graph.nodeCount)
    self.removed = removed
    var degree = [Int32](repeating: 0, count: graph.nodeCount)
    heap = PriorityKeyHeap(capacity: graph.nodeCount)
    for v in 0..<graph.nodeCount where !removed[v] {
      var d: Int32 = 0
      for w in graph.neighbors(of: NodeID(truncatingIfNeeded: v)) where !removed[Int(w)] { d += 1 }
      degree[v] = d
      heap.push(
        Int64(d), PriorityKeyHeap.tieBreak(0, NodeID(truncatingIfNeeded: v)),
        NodeID(truncatingIfNeeded: v))
    }
    self.degree = degree
  }

  /// Removes and returns the next node, or nil when every node is gone.
  package mutating func next() -> NodeID? {
    while let top = heap.popMax() {
      let v = Int(top.node)
      guard !removed[v], top.primary == Int64(degree[v]) else { continue }
      removed[v] = true
      for w in graph.neighbors(of: top.node) where !removed[Int(w)] {
        degree[Int(w)] -= 1
        heap.push(Int64(degree[Int(w)]), PriorityKeyHeap.tieBreak(0, w), w)
      }
      return top.node
    }
    return nil
  }
}
