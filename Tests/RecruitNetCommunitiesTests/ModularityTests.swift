import RecruitNetCommunities
import RecruitNetGraph
import Testing

/// Modularity against networkx 3.6.1's `community.modularity` on hand-made graphs (values
/// printed by networkx, see the comments).
@Suite struct ModularityTests {
  func graph(_ edges: [(String, String, Double)], directed: Bool) throws -> Graph {
    var builder = GraphBuilder(isDirected: directed)
    for (s, t, w) in edges {
      builder.addEdge(from: builder.node(named: s), to: builder.node(named: t), type: 0, weight: w)
    }
    return try builder.build()
  }

  func split(_ graph: Graph, _ first: Set<String>) -> Partition {
    let labels = graph.nodes.map { first.contains(graph.names.name(of: $0)) ? UInt32(0) : 1 }
    return Partition(labels: labels, algorithm: "test")
  }

  // Two triangles joined by one edge, with a self-loop of weight 2 on node 5.
  @Test func undirectedMatchesNetworkx() throws {
    let g = try graph(
      [
        ("0", "1", 1), ("1", "2", 1), ("0", "2", 1), ("3", "4", 1), ("4", "5", 1), ("3", "5", 1),
        ("2", "3", 1), ("5", "5", 2),
      ],
      directed: false)
    let p = split(g, ["0", "1", "2"])
    #expect(abs(p.modularity(in: g) - 0.36419753086419754) < 1e-12)
    #expect(abs(p.modularity(in: g, weighted: false) - 0.3671875) < 1e-12)
    #expect(abs(p.modularity(in: g, resolution: 0.5) - 0.6265432098765432) < 1e-12)
  }

  @Test func directedMatchesNetworkx() throws {
    let g = try graph(
      [
        ("0", "1", 2), ("1", "2", 1), ("2", "0", 1), ("3", "4", 1), ("4", "5", 3), ("5", "3", 1),
        ("2", "3", 1), ("4", "1", 1),
      ],
      directed: true)
    let p = split(g, ["0", "1", "2"])
    #expect(abs(p.modularity(in: g, directed: true) - 0.31404958677685946) < 1e-12)
    // One community holding everything has modularity 0; singletons are negative.
    let whole = Partition(labels: Array(repeating: 0, count: g.nodeCount), algorithm: "test")
    #expect(abs(whole.modularity(in: g, directed: true)) < 1e-12)
    let singletons = Partition(labels: g.nodes.map { UInt32($0) }, algorithm: "test")
    #expect(singletons.modularity(in: g, directed: true) < 0)
  }
}
