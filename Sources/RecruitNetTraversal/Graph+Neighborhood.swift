import RecruitNetGraph

extension Graph {
  /// The nodes within `hops` steps of `seeds` (the seeds included), following out-edges, in-edges
  /// or both, in breadth-first order (at each node, out-neighbours before in-neighbours). In an
  /// undirected graph every direction is the same.
  ///
  /// - Complexity: O(nodes reached + their edges), plus O(n) to allocate the search.
  public func neighborhood(
    of seeds: [NodeID], hops: Int, direction: EdgeDirection = .both
  ) -> [NodeID] {
    let seeds = seeds.filter { Int($0) < nodeCount }
    let hops = max(0, hops)
    var search = ShortestPathSearch(nodeCount: nodeCount)
    withUnsafeAdjacency { adjacency in
      let out = adjacency.outSide
      let `in` = adjacency.inSide(weights: UnsafeBufferPointer(start: nil, count: 0))
      switch direction {
      case _ where !isDirected:
        search.runBreadthFirst(from: seeds, along: out, also: nil, maxDepth: hops)
      case .outgoing: search.runBreadthFirst(from: seeds, along: out, also: nil, maxDepth: hops)
      case .incoming: search.runBreadthFirst(from: seeds, along: `in`, also: nil, maxDepth: hops)
      case .both: search.runBreadthFirst(from: seeds, along: out, also: `in`, maxDepth: hops)
      }
    }
    return search.order
  }
}
