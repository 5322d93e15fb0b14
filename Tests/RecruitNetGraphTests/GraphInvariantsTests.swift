import Testing

@testable import RecruitNetGraph

/// Every graph the builder and the views make keeps the storage invariants.
@Suite struct GraphInvariantsTests {
  @Test func theTestBuildChecksEveryGraph() {
    #expect(
      Graph.checksInvariants,
      "tests are built with RECRUITNET_INVARIANTS, so every Graph init checks itself")
  }

  @Test(arguments: [true, false])
  func randomGraphsAndTheirViewsAreSound(directed: Bool) throws {
    for seed: UInt64 in 1...5 {
      var random = SeededGenerator(seed: seed, stream: 1)
      var builder = GraphBuilder(isDirected: directed)
      let types = try ["retweet", "mention", "reply"].map { try builder.edgeType(named: $0) }
      let ids = (0..<40).map { builder.node(named: "n\($0)") }
      for row in 0..<300 {
        let (u, v) = (ids[random.nextInt(below: 40)], ids[random.nextInt(below: 40)])
        let type = types[random.nextInt(below: 3)]
        if row % 3 == 0 {
          builder.addEdge(from: u, to: v, type: type, weight: 1, time: Int64(row))
        } else {
          builder.addEdge(from: u, to: v, type: type, weight: Double(1 + random.nextInt(below: 3)))
        }
      }
      let graph = try builder.build()
      let views = [
        graph, graph.mergingEdgeTypes(), try graph.filtered(edgeType: "mention"),
        graph.undirected(),
        graph.induced(on: ids.prefix(15)).graph,
      ]
      for view in views {
        #expect(view.invariantViolations() == [], "seed \(seed), directed \(directed)")
      }
    }
  }
}
