import RecruitNetGraph
import Testing

@testable import RecruitNetRender

@Suite struct DiagramSelectionTests {
  /// a →(retweet 5) b →(mention 1) c →(retweet 2) a, and d alone with a self-loop.
  func graph() throws -> Graph {
    var builder = GraphBuilder(isDirected: true)
    let retweet = try builder.edgeType(named: "retweet")
    let mention = try builder.edgeType(named: "mention")
    let (a, b, c, d) = (
      builder.node(named: "a"), builder.node(named: "b"), builder.node(named: "c"),
      builder.node(named: "d")
    )
    builder.addEdge(from: a, to: b, type: retweet, weight: 5)
    builder.addEdge(from: b, to: c, type: mention, weight: 1)
    builder.addEdge(from: c, to: a, type: retweet, weight: 2)
    builder.addEdge(from: d, to: d, type: mention, weight: 1)
    return try builder.build()
  }

  @Test func inducedEdgesTypesAndWeights() throws {
    let g = try graph()
    let all = DiagramSelection(graph: g, nodes: g.nodes)
    #expect(all.edges.count == 4)
    let retweets = DiagramSelection(
      graph: g, nodes: g.nodes, edgeType: g.edgeTypeNames.firstIndex(of: "retweet"),
      dropIsolated: true)
    #expect(retweets.edges.count == 2)
    #expect(retweets.nodes.map { g.names.name(of: $0) }.sorted() == ["a", "b", "c"])
    let heavy = DiagramSelection(
      graph: g, nodes: g.nodes, minWeight: 2, dropIsolated: true, keep: [3])
    #expect(heavy.edges.map(\.weight).sorted() == [2, 5])
    #expect(heavy.nodes.map { g.names.name(of: $0) }.sorted() == ["a", "b", "c", "d"])
    let two = DiagramSelection(graph: g, nodes: [0, 1, 1])
    #expect(two.nodes == [0, 1])
    #expect(
      two.edges == [
        .init(from: 0, to: 1, type: g.edgeTypeNames.firstIndex(of: "retweet")!, weight: 5)
      ])
  }

  @Test func topAndCommunity() throws {
    let g = try graph()
    #expect(DiagramSelection.top(2, scores: [0.1, 0.5, 0.5, .nan]) == [1, 2])
    #expect(DiagramSelection.top(9, scores: [0.1, 0.5, 0.5, .nan]) == [1, 2, 0, 3])
    // Community {a} with contacts b (out) and c (in).
    #expect(DiagramSelection.community(0, communities: [0, 1, 1, 2], in: g) == [0, 1, 2])
  }
}
