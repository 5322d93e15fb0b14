extension Graph {
  /// Calls `body` once per edge with its source, target and out-edge index: every arc of a
  /// directed graph; each undirected edge once, from its smaller endpoint (self-loops once).
  @inlinable
  public func forEachEdge(_ body: (NodeID, NodeID, EdgeIndex) throws -> Void) rethrows {
    for u in nodes {
      for e in outEdges(of: u) {
        let v = outTargets[e]
        if isDirected || u <= v { try body(u, v, e) }
      }
    }
  }

  /// The number of edges of each type, indexed like ``edgeTypeNames`` (undirected edges once).
  public var edgeCountsByType: [Int] {
    var counts = [Int](repeating: 0, count: edgeTypeNames.count)
    forEachEdge { _, _, e in counts[edgeType(of: e)] += 1 }
    return counts
  }

  /// The sum of all edge weights (undirected edges once).
  public var weightTotal: Double {
    var total = 0.0
    forEachEdge { _, _, e in total += outWeights[e] }
    return total
  }

  /// The number of self-loop edges (per type).
  public var selfLoopCount: Int { selfLoopArcCount }

  /// The index of the out-edge `source → target` of type `type`, if there is one
  /// (O(log d): a binary search in `source`'s sorted list).
  public func edge(from source: NodeID, to target: NodeID, type: Int = 0) -> EdgeIndex? {
    var low = outOffsets[Int(source)]
    var high = outOffsets[Int(source) + 1]
    while low < high {
      let mid = (low + high) / 2
      let t = outTargets[mid]
      if t < target || (t == target && edgeType(of: mid) < type) {
        low = mid + 1
      } else {
        high = mid
      }
    }
    guard low < outOffsets[Int(source) + 1], outTargets[low] == target, edgeType(of: low) == type
    else { return nil }
    return low
  }

  /// Whether there is an edge `source → target` of any type.
  public func hasEdge(from source: NodeID, to target: NodeID) -> Bool {
    var low = outOffsets[Int(source)]
    var high = outOffsets[Int(source) + 1]
    while low < high {
      let mid = (low + high) / 2
      if outTargets[mid] < target { low = mid + 1 } else { high = mid }
    }
    return low < outOffsets[Int(source) + 1] && outTargets[low] == target
  }
}
