import RecruitNetGraph
import RecruitNetTraversal

/// Boundary spanners between two groups: the nodes with ties into both, how many ties they have
/// into each, and the shortest paths from one group to the other (M. L. Tushman, "Special
/// boundary roles in the innovation process", Administrative Science Quarterly 22(4):587–605,
/// 1977, doi:10.2307/2392402; in network terms, the nodes adjacent to both groups).
///
/// Conventions:
/// - A tie is a neighbour in either direction, counted once (edge types, weights and repeats do
///   not count; self-loops are dropped). Members of either group can be spanners: a member of
///   A with a tie into B spans the boundary from inside.
/// - Paths follow edge directions on a directed graph, from group A to group B: the distance
///   from A to B is the fewest hops from any member of A to any member of B, and a spanner's
///   path length is the shortest A → spanner → B path through it (`d(A, v) + d(v, B)`), nil when
///   there is none.
///
/// - Complexity: O(n + m): one pass over the ties, and two breadth-first searches (from all of
///   A forwards, from all of B backwards).
public struct BoundarySpanners: Sendable {
  public init() {}

  /// One node with ties into both groups.
  public struct Spanner: Sendable, Equatable {
    public var node: NodeID
    public var group: UInt32
    /// Distinct neighbours in group A (either direction).
    public var tiesToA: Int
    /// Distinct neighbours in group B.
    public var tiesToB: Int
    /// Hops of the shortest path from A through this node to B; nil when there is none.
    public var pathLength: Int?
  }

  /// The spanners and the paths between the groups.
  public struct Result: Sendable {
    /// Spanners, the most balanced first: by the smaller of the two tie counts, then by their
    /// sum (both descending), then by node id.
    public var spanners: [Spanner]
    /// The fewest hops from a member of A to a member of B; nil when B cannot be reached.
    public var distance: Int?
    /// One shortest path from A to B (node ids, a member of A first), empty when none.
    public var path: [NodeID]
    /// The nodes on some shortest path from A to B, endpoints included.
    public var nodesOnShortestPaths: Int
  }

  /// The spanners between groups `a` and `b` of `groups` (one group per node, below
  /// `groupCount`).
  ///
  /// - Throws: ``BrokerageError`` for a grouping that does not fit the graph, a group that does
  ///   not exist, or `a == b`.
  public func find(
    on graph: Graph, groups: [UInt32], groupCount: Int, between a: Int, and b: Int
  ) throws(BrokerageError) -> Result {
    try validateGroups(groups, groupCount: groupCount, nodeCount: graph.nodeCount)
    for g in [a, b] where g < 0 || g >= groupCount {
      throw BrokerageError(.noSuchGroup(group: g, groupCount: groupCount))
    }
    guard a != b else { throw BrokerageError(.sameGroup(group: a)) }
    let arcs = SimpleArcs(graph)
    let n = graph.nodeCount
    let (groupA, groupB) = (UInt32(a), UInt32(b))
    let membersA = (0..<n).filter { groups[$0] == groupA }.map { NodeID(truncatingIfNeeded: $0) }
    let membersB = (0..<n).filter { groups[$0] == groupB }.map { NodeID(truncatingIfNeeded: $0) }
    var fromA = ShortestPathSearch(nodeCount: n)
    var toB = ShortestPathSearch(nodeCount: n)
    graph.withUnsafeAdjacency { adjacency in
      fromA.runBreadthFirst(from: membersA, along: adjacency.outSide, also: nil, maxDepth: .max)
      let inSide = adjacency.inSide(weights: UnsafeBufferPointer(start: nil, count: 0))
      toB.runBreadthFirst(from: membersB, along: inSide, also: nil, maxDepth: .max)
    }
    var spanners: [Spanner] = []
    for v in 0..<n {
      var (tiesA, tiesB) = (0, 0)
      Self.forEachNeighbor(of: v, in: arcs) { w in
        if groups[w] == groupA { tiesA += 1 } else if groups[w] == groupB { tiesB += 1 }
      }
      guard tiesA > 0, tiesB > 0 else { continue }
      let through = fromA.distance[v] + toB.distance[v]
      spanners.append(
        Spanner(
          node: NodeID(truncatingIfNeeded: v), group: groups[v], tiesToA: tiesA, tiesToB: tiesB,
          pathLength: through.isFinite ? Int(through) : nil))
    }
    spanners.sort { x, y in
      let (mx, my) = (min(x.tiesToA, x.tiesToB), min(y.tiesToA, y.tiesToB))
      if mx != my { return mx > my }
      let (sx, sy) = (x.tiesToA + x.tiesToB, y.tiesToA + y.tiesToB)
      return sx != sy ? sx > sy : x.node < y.node
    }
    // The A → B distance, and one path: from the closest member of B (smallest id on ties)
    // back along predecessors one hop closer to A (smallest id first).
    let end = membersB.filter { fromA.distance[Int($0)].isFinite }.min {
      fromA.distance[Int($0)] < fromA.distance[Int($1)]
    }
    var path: [NodeID] = []
    var distance: Int? = nil
    var onPaths = 0
    if let end {
      let hops = fromA.distance[Int(end)]
      distance = Int(hops)
      var current = Int(end)
      path = [end]
      while fromA.distance[current] > 0 {
        let wanted = fromA.distance[current] - 1
        guard
          let previous = arcs.inSources[arcs.inOffsets[current]..<arcs.inOffsets[current + 1]]
            .first(where: { fromA.distance[Int($0)] == wanted })
        else { break }
        current = Int(previous)
        path.append(previous)
      }
      path.reverse()
      onPaths = (0..<n).filter { fromA.distance[$0] + toB.distance[$0] == hops }.count
    }
    return Result(
      spanners: spanners, distance: distance, path: path, nodesOnShortestPaths: onPaths)
  }

  /// Calls `body` once for every distinct neighbour of `v`, in either direction (a merge of the
  /// sorted successor and predecessor lists).
  private static func forEachNeighbor(of v: Int, in arcs: SimpleArcs, _ body: (Int) -> Void) {
    var i = arcs.outOffsets[v]
    var j = arcs.inOffsets[v]
    let (iEnd, jEnd) = (arcs.outOffsets[v + 1], arcs.inOffsets[v + 1])
    while i < iEnd || j < jEnd {
      let x = i < iEnd ? arcs.outTargets[i] : UInt32.max
      let y = j < jEnd ? arcs.inSources[j] : UInt32.max
      if x <= y { i += 1 }
      if y <= x { j += 1 }
      body(Int(min(x, y)))
    }
  }
}
