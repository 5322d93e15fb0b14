import RecruitNetGraph
import Testing

@testable import RecruitNetBrokerage

@Suite struct BoundarySpannersTests {
  /// Two 4-cliques a0..a3 and b0..b3 joined by the bridge a0 – b0: the spanners are the bridge's
  /// ends, a0 (3 ties into A, 1 into B) and b0 (1 and 3); the groups are 1 hop apart.
  @Test func twoCliquesJoinedByABridge() throws {
    var builder = GraphBuilder(isDirected: false)
    for side in ["a", "b"] {
      for i in 0..<4 {
        for j in (i + 1)..<4 {
          builder.addEdge(
            from: builder.node(named: "\(side)\(i)"), to: builder.node(named: "\(side)\(j)"),
            type: 0, weight: 1)
        }
      }
    }
    builder.addEdge(
      from: builder.node(named: "a0"), to: builder.node(named: "b0"), type: 0, weight: 1)
    let graph = try builder.build()
    let groups = graph.nodes.map { graph.names.name(of: $0).hasPrefix("a") ? UInt32(0) : 1 }
    let result = try BoundarySpanners().find(
      on: graph, groups: groups, groupCount: 2, between: 0, and: 1)
    let named = result.spanners.map { (graph.names.name(of: $0.node), $0.tiesToA, $0.tiesToB) }
    #expect(named.count == 2)
    #expect(named.contains { $0 == ("a0", 3, 1) })
    #expect(named.contains { $0 == ("b0", 1, 3) })
    #expect(result.distance == 1)
    #expect(result.path.map { graph.names.name(of: $0) } == ["a0", "b0"])
    #expect(result.spanners.allSatisfy { $0.pathLength == 1 })
    #expect(result.nodesOnShortestPaths == 2)
  }

  /// A directed star hub → leaves and X leaves → hub: the hub spans X = {x1, x2} and
  /// Y = {y1}, and the only path from X to Y runs x → hub → y (2 hops); from Y there is no path
  /// back to X.
  @Test func directedPathsFollowDirections() throws {
    var builder = GraphBuilder(isDirected: true)
    let hub = builder.node(named: "hub")
    for x in ["x1", "x2"] {
      builder.addEdge(from: builder.node(named: x), to: hub, type: 0, weight: 1)
    }
    builder.addEdge(from: hub, to: builder.node(named: "y1"), type: 0, weight: 1)
    let graph = try builder.build()
    let group: [String: UInt32] = ["hub": 2, "x1": 0, "x2": 0, "y1": 1]
    let groups = graph.nodes.map { group[graph.names.name(of: $0)] ?? 0 }
    let forward = try BoundarySpanners().find(
      on: graph, groups: groups, groupCount: 3, between: 0, and: 1)
    #expect(forward.spanners.map { graph.names.name(of: $0.node) } == ["hub"])
    #expect(forward.spanners.first?.tiesToA == 2 && forward.spanners.first?.tiesToB == 1)
    #expect(forward.distance == 2)
    #expect(forward.path.map { graph.names.name(of: $0) } == ["x1", "hub", "y1"])
    let backward = try BoundarySpanners().find(
      on: graph, groups: groups, groupCount: 3, between: 1, and: 0)
    #expect(backward.spanners.count == 1)
    #expect(backward.spanners.first?.pathLength == nil)
    #expect(backward.distance == nil && backward.path.isEmpty)
  }

  @Test func theSameGroupTwiceIsAnError() throws {
    var builder = GraphBuilder(isDirected: false)
    builder.addEdge(
      from: builder.node(named: "a"), to: builder.node(named: "b"), type: 0, weight: 1)
    let graph = try builder.build()
    #expect(throws: BrokerageError(.sameGroup(group: 0))) {
      try BoundarySpanners().find(on: graph, groups: [0, 1], groupCount: 2, between: 0, and: 0)
    }
    #expect(throws: BrokerageError(.noSuchGroup(group: 4, groupCount: 2))) {
      try BoundarySpanners().find(on: graph, groups: [0, 1], groupCount: 2, between: 0, and: 4)
    }
  }
}
