import Testing

@testable import RecruitNetGraph

/// Builds a graph from (source, target, type, weight) rows.
func makeGraph(_ rows: [(String, String, String, Double)], directed: Bool = true) throws -> Graph {
  var builder = GraphBuilder(isDirected: directed)
  for (s, t, type, w) in rows {
    let typeIndex = try builder.edgeType(named: type)
    builder.addEdge(
      from: builder.node(named: s), to: builder.node(named: t), type: typeIndex, weight: w)
  }
  return try builder.build()
}

@Suite struct GraphBuilderTests {
  // a → b (retweet) twice, a → b (mention), b → a, c → c (self-loop), "007" → "7"
  let rows: [(String, String, String, Double)] = [
    ("a", "b", "retweet", 1), ("a", "b", "retweet", 2.5), ("a", "b", "mention", 1),
    ("b", "a", "retweet", 1), ("c", "c", "retweet", 4), ("007", "7", "mention", 1),
  ]

  @Test func mergesParallelEdgesPerType() throws {
    let graph = try makeGraph(rows)
    #expect(graph.nodeCount == 5)
    #expect(graph.edgeCount == 5)
    let a = try #require(graph.node(named: "a"))
    let b = try #require(graph.node(named: "b"))
    let retweet = try #require(graph.edgeTypeNames.firstIndex(of: "retweet"))
    let mention = try #require(graph.edgeTypeNames.firstIndex(of: "mention"))
    let e = try #require(graph.edge(from: a, to: b, type: retweet))
    #expect(graph.outWeights[e] == 3.5)
    #expect(graph.multiplicity(of: e) == 2)
    let m = try #require(graph.edge(from: a, to: b, type: mention))
    #expect(graph.outWeights[m] == 1)
    #expect(graph.multiplicity(of: m) == 1)
    #expect(graph.weightTotal == 10.5)
  }

  @Test func keepsSelfLoopsAndNamesAsStrings() throws {
    let graph = try makeGraph(rows)
    #expect(graph.selfLoopCount == 1)
    let zeroZeroSeven = try #require(graph.node(named: "007"))
    let seven = try #require(graph.node(named: "7"))
    #expect(zeroZeroSeven != seven)
    #expect(graph.names.name(of: zeroZeroSeven) == "007")
    #expect(graph.node(named: "07") == nil)
  }

  @Test func inAdjacencyMirrorsOutAdjacency() throws {
    let graph = try makeGraph(rows)
    var fromOut: [String] = []
    var fromIn: [String] = []
    for u in graph.nodes {
      for e in graph.outEdges(of: u) { fromOut.append("\(u)>\(graph.outTargets[e])@\(e)") }
      for i in graph.inOffsets[Int(u)]..<graph.inOffsets[Int(u) + 1] {
        fromIn.append("\(graph.inSources[i])>\(u)@\(graph.inEdges[i])")
      }
    }
    #expect(fromOut.sorted() == fromIn.sorted())
  }

  @Test func undirectedMergesBothDirections() throws {
    let graph = try makeGraph(
      [("a", "b", "x", 1), ("b", "a", "x", 2), ("b", "c", "x", 1), ("c", "c", "x", 1)],
      directed: false)
    #expect(graph.edgeCount == 3)
    #expect(graph.arcCount == 5)
    let a = try #require(graph.node(named: "a"))
    let b = try #require(graph.node(named: "b"))
    let e = try #require(graph.edge(from: b, to: a))
    #expect(graph.outWeights[e] == 3)
    #expect(graph.multiplicity(of: e) == 2)
    #expect(Array(graph.outNeighbors(of: b)).map { graph.names.name(of: $0) } == ["a", "c"])
  }

  @Test func nodeKindsKeepSameNamesApart() throws {
    var builder = GraphBuilder(isDirected: true)
    let hashtag = try builder.nodeKind(named: "hashtag")
    let account = builder.node(named: "#jihad")
    let tag = builder.node(named: "#jihad", kind: hashtag)
    #expect(account != tag)
    builder.addEdge(from: account, to: tag)
    let graph = try builder.build()
    #expect(graph.names.kindIndex(of: tag) == hashtag)
    #expect(graph.names.name(of: tag) == "#jihad")
    #expect(graph.node(named: "#jihad", kind: "hashtag") == tag)
    #expect(graph.summary().nodesByKind.map(\.count) == [1, 1])
  }

  @Test func internerSurvivesGrowthAndLongNames() throws {
    let interner = NameInterner(expectedCount: 4)
    var ids: [NodeID] = []
    for i in 0..<20_000 { ids.append(interner.intern("account-with-a-long-name-\(i)")) }
    #expect(ids == (0..<20_000).map { NodeID($0) })
    #expect(interner.intern("account-with-a-long-name-12345") == 12_345)
    let names = interner.names()
    #expect(names.id(for: "account-with-a-long-name-19999") == 19_999)
    #expect(names.id(for: "account-with-a-long-name-20000") == nil)
    #expect(names[7] == "account-with-a-long-name-7")
  }

  @Test func emptyGraphAndTimestamps() throws {
    let empty = try GraphBuilder(isDirected: true).build()
    #expect(empty.nodeCount == 0)
    #expect(empty.summary().nodes == 0)
    var builder = GraphBuilder(isDirected: true)
    let a = builder.node(named: "a")
    let b = builder.node(named: "b")
    builder.addEdge(from: a, to: b, weight: 1, time: 200)
    builder.addEdge(from: a, to: b, weight: 1, time: 100)
    builder.addEdge(from: a, to: b, weight: 1)
    let graph = try builder.build()
    #expect(graph.firstTimes == [100])
    #expect(graph.lastTimes == [200])
    #expect(graph.multiplicity(of: 0) == 3)
  }
}
