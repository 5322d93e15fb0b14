import Testing

@testable import RecruitNetGraph

/// A builder refuses what it cannot have meant, in release builds too, and copies of a builder
/// do not share their names.
@Suite struct GraphBuilderMisuseTests {
  /// The example of ``GraphBuilder``'s documentation, verbatim.
  @Test func documentationExampleBuilds() throws {
    var builder = GraphBuilder(isDirected: true)
    let retweet = try builder.edgeType(named: "retweet")
    builder.addEdge(
      from: builder.node(named: "a"), to: builder.node(named: "b"), type: retweet, weight: 1)
    let graph = try builder.build()
    #expect(graph.nodeCount == 2 && graph.edgeCount == 1)
    #expect(graph.edgeTypeNames == ["retweet"])
  }

  @Test func idsFromAnotherBuilderAreRefused() throws {
    var small = GraphBuilder(isDirected: true)
    var large = GraphBuilder(isDirected: true)
    let a = small.node(named: "a")
    for i in 0..<5 { _ = large.node(named: "n\(i)") }
    let foreign = try #require(large.interner.names().count == 5 ? NodeID(4) : nil)
    small.addEdge(from: a, to: foreign)
    #expect(throws: GraphError(.nodeOutOfRange(row: 0, id: 4, nodeCount: 1))) { try small.build() }
  }

  /// Finite rows whose merged sum overflows (issue #16, finding 4: JSON then printed null).
  @Test(arguments: [true, false])
  func mergedWeightsThatOverflowAreRefused(directed: Bool) throws {
    var builder = GraphBuilder(isDirected: directed)
    let (a, b, c) = (builder.node(named: "a"), builder.node(named: "b"), builder.node(named: "c"))
    builder.addEdge(from: b, to: c, weight: 1)
    builder.addEdge(from: a, to: b, weight: 1e308)
    builder.addEdge(from: a, to: b, weight: 1e308)
    let error = try #require(throws: GraphError.self) { try builder.build() }
    guard case .mergedWeightOverflow(let source, let target) = error.code else {
      Issue.record("expected mergedWeightOverflow, got \(error.code)")
      return
    }
    #expect(source == "a" && target == "b")
    // Large weights that stay finite are kept.
    var fine = GraphBuilder(isDirected: directed)
    fine.addEdge(from: fine.node(named: "a"), to: fine.node(named: "b"), weight: 8e307)
    fine.addEdge(from: fine.node(named: "a"), to: fine.node(named: "b"), weight: 8e307)
    #expect(try fine.build().weight(of: 0) == 1.6e308)
  }

  @Test(arguments: [-Double.infinity, .infinity, .nan])
  func badWeightsAreRefused(weight: Double) throws {
    var builder = GraphBuilder(isDirected: false)
    let (a, b) = (builder.node(named: "a"), builder.node(named: "b"))
    builder.addEdge(from: a, to: b)
    builder.addEdge(from: b, to: a, weight: weight)
    let error = try #require(throws: GraphError.self) { try builder.build() }
    guard case .invalidWeight(let row, _) = error.code else {
      Issue.record("expected invalidWeight, got \(error.code)")
      return
    }
    #expect(row == 1)
    #expect(error.message.hasPrefix("edge row 2 has weight"))
  }

  @Test func unregisteredTypesAreRefused() throws {
    var builder = GraphBuilder(isDirected: true)
    _ = try builder.edgeType(named: "mention")
    builder.addEdge(from: builder.node(named: "a"), to: builder.node(named: "b"), type: 3)
    #expect(throws: GraphError(.unknownEdgeTypeIndex(row: 0, index: 3, typeCount: 1))) {
      try builder.build()
    }
  }

  @Test func copiesDoNotShareNames() throws {
    var original = GraphBuilder(isDirected: true)
    original.addEdge(from: original.node(named: "a"), to: original.node(named: "b"))
    var copy = original
    copy.addEdge(from: copy.node(named: "b"), to: copy.node(named: "c"))
    let first = try original.build()
    let second = try copy.build()
    #expect(first.nodeCount == 2, "the copy's new node did not leak into the original")
    #expect(second.nodeCount == 3 && second.edgeCount == 2)
    #expect(first.node(named: "c") == nil && second.node(named: "c") == 2)
  }
}
