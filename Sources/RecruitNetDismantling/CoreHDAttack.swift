import RecruitNetGraph

/// CoreHD (Zdeborová, Zhang & Zhou 2016, "Fast and simple decycling and dismantling of
/// networks", Sci. Rep. 6:37954, doi:10.1038/srep37954): repeatedly remove the node of highest
/// degree *within the 2-core* of the remaining graph, pruning the nodes that fall out of the
/// 2-core after each removal. Ties: the lowest node id.
///
/// When the 2-core is empty the remaining graph is a forest. The paper then breaks trees with an
/// optimal tree-breaking step; here the forest is finished **by adaptive degree** (highest
/// remaining degree, lowest id), ``DegreeAttack``, which is simple and, followed by reinsertion,
/// close to optimal on the trees left in practice.
///
/// - Complexity: O((N + M) log N) for the whole sequence (every 2-core degree change pushes one
///   lazy heap entry).
package struct CoreHDAttack {
  private let graph: SimpleGraph
  private var removed: [Bool]
  private var inCore: [Bool]
  private var coreDegree: [Int32]
  private var heap: PriorityKeyHeap
  private var prune: [NodeID] = []
  private var forest: DegreeAttack? = nil

  package init(_ graph: SimpleGraph) {
    self.graph = graph
    let n = graph.nodeCount
    removed = [Bool](repeating: false, count: n)
    inCore = [Bool](repeating: true, count: n)
    coreDegree = (0..<n).map {
      Int32(truncatingIfNeeded: graph.degree(of: NodeID(truncatingIfNeeded: $0)))
    }
    heap = PriorityKeyHeap(capacity: n)
    for v in 0..<n where coreDegree[v] < 2 {
      inCore[v] = false
      prune.append(NodeID(truncatingIfNeeded: v))
    }
    pruneCore()
    for v in 0..<n where inCore[v] {
      let id = NodeID(truncatingIfNeeded: v)
      heap.push(Int64(coreDegree[v]), PriorityKeyHeap.tieBreak(0, id), id)
    }
  }

  /// Whether `v` is in the 2-core of the remaining graph (for tests).
  package func isInCore(_ v: NodeID) -> Bool { inCore[Int(v)] }

  /// Empties `prune` (nodes just taken out of the core), taking out the core neighbours whose
  /// core degree falls below 2 in turn.
  private mutating func pruneCore() {
    while let v = prune.popLast() {
      for w in graph.neighbors(of: v) where inCore[Int(w)] {
        coreDegree[Int(w)] -= 1
        if coreDegree[Int(w)] < 2 {
          inCore[Int(w)] = false
          prune.append(w)
        } else {
          heap.push(Int64(coreDegree[Int(w)]), PriorityKeyHeap.tieBreak(0, w), w)
        }
      }
    }
  }

  /// Removes and returns the next node, or nil when every node is gone.
  package mutating func next() -> NodeID? {
    if forest == nil {
      while let top = heap.popMax() {
        let v = Int(top.node)
        guard inCore[v], top.primary == Int64(coreDegree[v]) else { continue }
        removed[v] = true
        inCore[v] = false
        prune.append(top.node)
        pruneCore()
        return top.node
      }
      forest = DegreeAttack(graph, removed: removed)
    }
    return forest?.next()
  }
}
