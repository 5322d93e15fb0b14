import RecruitNetTraversal
import Testing

@testable import RecruitNetGraph

@Suite struct GraphViewsTests {
  //  a ⇄ b → c    d → e (mention)    f (isolated via self-loop f → f)
  func sample() throws -> Graph {
    try makeGraph([
      ("a", "b", "retweet", 1), ("b", "a", "retweet", 2), ("b", "c", "retweet", 1),
      ("a", "b", "mention", 5), ("d", "e", "mention", 1), ("f", "f", "retweet", 1),
    ])
  }

  @Test func filteredKeepsNodeIDs() throws {
    let graph = try sample()
    let mentions = try graph.filtered(edgeType: "mention")
    #expect(mentions.nodeCount == graph.nodeCount)
    #expect(mentions.edgeCount == 2)
    #expect(mentions.node(named: "d") == graph.node(named: "d"))
    #expect(throws: GraphError.self) { try graph.filtered(edgeType: "follow") }
  }

  @Test func mergingTypesSumsWeights() throws {
    let merged = try sample().mergingEdgeTypes()
    #expect(merged.edgeTypeNames == ["all"])
    let a = try #require(merged.node(named: "a"))
    let b = try #require(merged.node(named: "b"))
    let e = try #require(merged.edge(from: a, to: b))
    #expect(merged.outWeights[e] == 6)
    #expect(merged.multiplicity(of: e) == 2)
    #expect(merged.edgeCount == 5)
  }

  @Test func undirectedProjection() throws {
    let projection = try sample().mergingEdgeTypes().undirected()
    #expect(!projection.isDirected)
    #expect(projection.edgeCount == 4)  // {a,b} {b,c} {d,e} {f,f}
    let a = try #require(projection.node(named: "a"))
    let b = try #require(projection.node(named: "b"))
    #expect(projection.outWeights[try #require(projection.edge(from: a, to: b))] == 8)
  }

  @Test func inducedAndNeighborhood() throws {
    let graph = try sample()
    let a = try #require(graph.node(named: "a"))
    let c = try #require(graph.node(named: "c"))
    let around = graph.neighborhood(of: [c], hops: 1, direction: .both)
    #expect(Set(around.map { graph.names.name(of: $0) }) == ["c", "b"])
    let two = graph.neighborhood(of: [c], hops: 2, direction: .incoming)
    #expect(Set(two.map { graph.names.name(of: $0) }) == ["c", "b", "a"])
    #expect(graph.neighborhood(of: [a], hops: 5, direction: .outgoing).count == 3)
    let (sub, original) = graph.induced(on: two)
    #expect(sub.nodeCount == 3)
    #expect(sub.edgeCount == 4)
    #expect(original.map { graph.names.name(of: $0) } == two.map { graph.names.name(of: $0) })
  }

  @Test func components() throws {
    let graph = try sample()
    let weak = graph.weakComponents()
    #expect(weak.count == 3)
    #expect(weak.sizes.sorted() == [1, 2, 3])
    let strong = graph.strongComponents()
    #expect(strong.count == 5)  // {a,b} {c} {d} {e} {f}
    #expect(strong.largestSize == 2)
  }

  @Test func packedRoundTripAndDamage() throws {
    let graph = try sample()
    let copy = try Graph(packed: graph.packed)
    #expect(copy.summary() == graph.summary())
    #expect(copy.outTargets == graph.outTargets)
    var damaged = graph.packed
    damaged.outTargets[0] = 99
    #expect(throws: GraphError.self) { try Graph(packed: damaged) }
    var truncated = graph.packed
    truncated.outWeights.removeLast()
    #expect(throws: GraphError.self) { try Graph(packed: truncated) }
  }

  @Test func namesUnpackWithOrWithoutTheIndex() throws {
    let graph = try sample()
    let (arena, offsets) = graph.names.packed
    let indexed = try #require(NodeNames.unpacked(arena: arena, offsets: offsets))
    let plain = try #require(NodeNames.unpacked(arena: arena, offsets: offsets, indexed: false))
    #expect(Array(plain) == Array(graph.names))
    #expect(indexed.id(for: graph.names[1]) == 1)
    #expect(plain.id(for: graph.names[1]) == nil)
    #expect(
      NodeNames.unpacked(arena: arena, offsets: [0, 2, 1, arena.count], indexed: false) == nil)
  }

  @Test func summaryFollowsNetworkxConventions() throws {
    // Directed: a→b, b→a, b→c, c→c. networkx: density 4/6, reciprocity 2/4,
    // degrees a 2, b 3, c 3 (self-loop twice) → median 3.
    let graph = try makeGraph([
      ("a", "b", "x", 1), ("b", "a", "x", 1), ("b", "c", "x", 1), ("c", "c", "x", 1),
    ])
    let s = graph.summary()
    #expect(s.density == 4.0 / 6.0)
    #expect(s.reciprocity == 0.5)
    #expect(s.degreeMin == 2 && s.degreeMax == 3 && s.degreeMedian == 3)
    #expect(s.strongComponents == 2)
  }
}
