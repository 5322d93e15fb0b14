import Testing

@testable import RecruitNetGraph

/// Each merge rule on rows written by hand, and the statistics of what merging did.
@Suite struct EdgeMergeRuleTests {
  /// a→b three times (weights 3, 1, 5 in that order), b→c once, c→a twice with equal weights.
  func builder(_ rule: EdgeMergeRule, directed: Bool = true) -> GraphBuilder {
    var builder = GraphBuilder(isDirected: directed)
    builder.mergeRule = rule
    let a = builder.node(named: "a")
    let b = builder.node(named: "b")
    let c = builder.node(named: "c")
    builder.addEdge(from: a, to: b, weight: 3)
    builder.addEdge(from: b, to: c, weight: 2)
    builder.addEdge(from: a, to: b, weight: 1)
    builder.addEdge(from: c, to: a, weight: 4)
    builder.addEdge(from: a, to: b, weight: 5)
    builder.addEdge(from: c, to: a, weight: 4)
    return builder
  }

  func weight(_ graph: Graph, _ s: String, _ t: String) throws -> Double {
    let source = try #require(graph.node(named: s))
    let target = try #require(graph.node(named: t))
    let edge = try #require(graph.edge(from: source, to: target))
    return graph.weight(of: edge)
  }

  @Test(arguments: [
    (EdgeMergeRule.sum, 9.0, 8.0), (.max, 5, 4), (.min, 1, 4), (.first, 3, 4), (.mean, 3, 4),
  ])
  func ruleGivesTheHandComputedWeight(rule: EdgeMergeRule, ab: Double, ca: Double) throws {
    let (graph, merges) = try builder(rule).buildReportingMerges()
    #expect(try weight(graph, "a", "b") == ab)
    #expect(try weight(graph, "c", "a") == ca)
    #expect(try weight(graph, "b", "c") == 2)
    let edge = try #require(graph.edge(from: 0, to: 1))
    #expect(graph.multiplicity(of: edge) == 3)
    #expect(merges == MergeStatistics(mergedRows: 3, edgesFromSeveralRows: 2, disagreeingEdges: 1))
  }

  @Test func firstIsTheFirstRowReadEvenInALongBucket() throws {
    // More than 24 rows per source: the bucket is sorted by the standard (unstable) sort.
    var builder = GraphBuilder(isDirected: true)
    builder.mergeRule = .first
    let hub = builder.node(named: "hub")
    let targets = (0..<40).map { builder.node(named: "t\($0)") }
    for round in 0..<3 {
      for (i, t) in targets.enumerated() {
        builder.addEdge(from: hub, to: t, weight: Double(100 * round + i))
      }
    }
    let graph = try builder.build()
    for (i, t) in targets.enumerated() {
      #expect(graph.weight(of: try #require(graph.edge(from: hub, to: t))) == Double(i))
    }
  }

  @Test func meanOfAStoredEdgeCountsItsRows() throws {
    // A workspace edge of 2 rows with mean 3, then one more row of 6: mean (3·2 + 6) / 3 = 4.
    var first = GraphBuilder(isDirected: true)
    first.mergeRule = .mean
    first.addEdge(from: first.node(named: "a"), to: first.node(named: "b"), weight: 2)
    first.addEdge(from: first.node(named: "a"), to: first.node(named: "b"), weight: 4)
    var second = GraphBuilder(try first.build())
    second.mergeRule = .mean
    second.addEdge(from: 0, to: 1, weight: 6)
    let graph = try second.build()
    #expect(graph.weight(of: 0) == 4)
    #expect(graph.multiplicity(of: 0) == 3)
  }

  @Test func undirectedRowsMergeInBothOrientations() throws {
    let (graph, merges) = try builder(.max, directed: false).buildReportingMerges()
    #expect(try weight(graph, "b", "a") == 5)
    #expect(try weight(graph, "a", "c") == 4)
    #expect(merges.mergedRows == 3)
  }
}
