import RecruitNetGraph

/// The network as dismantling sees it: undirected and simple (no self-loops, no repeated edges,
/// weights and edge types ignored), in compressed sparse rows with 32-bit node ids. Node ids are
/// those of the graph it was made from, so names and results line up.
///
/// - Complexity: O(N + M log d_max) to build (each row is sorted and deduplicated); N·8 + 2M·4
///   bytes.
package struct SimpleGraph: Sendable {
  /// Node `v`'s neighbours are `targets[offsets[v] ..< offsets[v + 1]]`, sorted ascending.
  package let offsets: [Int]
  /// The neighbours of every node, row after row.
  package let targets: [NodeID]

  /// The number of nodes.
  package var nodeCount: Int { offsets.count - 1 }
  /// The number of (undirected) edges.
  package var edgeCount: Int { targets.count / 2 }

  /// The undirected simple projection of `graph`: `u → v` and `v → u` become one edge.
  package init(_ graph: Graph) {
    var pairs: [(NodeID, NodeID)] = []
    pairs.reserveCapacity(graph.arcCount)
    graph.forEachEdge { u, v, _ in pairs.append((u, v)) }
    self.init(nodeCount: graph.nodeCount, edges: pairs)
  }

  /// A simple graph on `nodeCount` nodes from a list of pairs (self-loops and repeats dropped).
  package init(nodeCount: Int, edges: some Collection<(NodeID, NodeID)>) {
    var degree = [Int](repeating: 0, count: nodeCount + 1)
    for (u, v) in edges where u != v {
      degree[Int(u)] += 1
      degree[Int(v)] += 1
    }
    var start = [Int](repeating: 0, count: nodeCount + 1)
    for v in 0..<nodeCount { start[v + 1] = start[v] + degree[v] }
    var fill = start
    var raw = [NodeID](repeating: 0, count: start[nodeCount])
    for (u, v) in edges where u != v {
      raw[fill[Int(u)]] = v
      fill[Int(u)] += 1
      raw[fill[Int(v)]] = u
      fill[Int(v)] += 1
    }
    var offsets = [Int](repeating: 0, count: nodeCount + 1)
    var targets: [NodeID] = []
    targets.reserveCapacity(raw.count)
    for v in 0..<nodeCount {
      let row = raw[start[v]..<start[v + 1]].sorted()
      var last: NodeID? = nil
      for w in row where w != last {
        targets.append(w)
        last = w
      }
      offsets[v + 1] = targets.count
    }
    self.offsets = offsets
    self.targets = targets
  }

  /// The number of neighbours of `v`.
  package func degree(of v: NodeID) -> Int { offsets[Int(v) + 1] - offsets[Int(v)] }

  /// The neighbours of `v`, sorted ascending.
  package func neighbors(of v: NodeID) -> ArraySlice<NodeID> {
    targets[offsets[Int(v)]..<offsets[Int(v) + 1]]
  }
}
