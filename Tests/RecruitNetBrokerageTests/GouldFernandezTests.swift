import Foundation
import RecruitNetGraph
import Testing

@testable import RecruitNetBrokerage

@Suite struct GouldFernandezTests {
  /// Raw counts exactly, expectations, standard deviations and z-scores within 1e-9 (relative),
  /// against `sna::brokerage()` on hand-made graphs, Krebs's 9/11 network by flight, two covert
  /// networks of networkdata by an attribute, and the directed recruitment sample.
  @Test(arguments: BrokerageFixture.names)
  func matchesSna(_ name: String) throws {
    let fixture = try BrokerageFixture(name)
    let scores = try GouldFernandez().scores(
      on: fixture.graph, groups: fixture.groups, groupCount: fixture.groupCount)
    let roles: [BrokerageRole?] = BrokerageRole.allCases + [nil]
    for v in fixture.graph.nodes {
      let node = fixture.graph.names.name(of: v)
      let raw = try #require(fixture.raw[node])
      let expected = try #require(fixture.expected[node])
      let sd = try #require(fixture.sd[node])
      let z = try #require(fixture.z[node])
      for (column, role) in roles.enumerated() {
        let id = Int(v)
        #expect(Double(scores.count(id, role)) == raw[column], "\(name) \(node) raw \(column)")
        #expect(agrees(scores.expected(id, role), expected[column]), "\(name) \(node) exp")
        #expect(agrees(scores.standardDeviation(id, role), sd[column]), "\(name) \(node) sd")
        #expect(agrees(scores.z(id, role), z[column]), "\(name) \(node) z \(column)")
      }
    }
  }

  /// The hand-checked example: broker v of group X with in-neighbours x1 (X), y1 (Y) and
  /// out-neighbours x2 (X), y2 (Y), z1 (Z). Its six pairs: x1→x2 coordinator, y1→y2 itinerant,
  /// x1→z1 representative (x1→y2 would be one too, but x1 reaches y2 directly), y1→x2
  /// gatekeeper, y1→z1 liaison. N = 6, m = 6, so d = 0.2 and p = d²(1 − d) = 0.032; v's group
  /// has 3 nodes, so E[coordinator] = p·2·1 = 0.064 and E[total] = p·5·4 = 0.64.
  @Test func oneOfEachRoleByHand() throws {
    var builder = GraphBuilder(isDirected: true)
    for (a, b) in [("x1", "v"), ("y1", "v"), ("v", "x2"), ("v", "y2"), ("v", "z1"), ("x1", "y2")] {
      builder.addEdge(from: builder.node(named: a), to: builder.node(named: b), type: 0, weight: 1)
    }
    let graph = try builder.build()
    let group: [String: UInt32] = ["x1": 0, "v": 0, "x2": 0, "y1": 1, "y2": 1, "z1": 2]
    let groups = graph.nodes.map { group[graph.names.name(of: $0)] ?? 99 }
    let scores = try GouldFernandez().scores(on: graph, groups: groups, groupCount: 3)
    let v = Int(try #require(graph.node(named: "v")))
    #expect(BrokerageRole.allCases.map { scores.count(v, $0) } == [1, 1, 1, 1, 1])
    #expect(scores.count(v, nil) == 5)
    for other in graph.nodes where Int(other) != v { #expect(scores.count(Int(other), nil) == 0) }
    #expect(abs(scores.density - 0.2) < 1e-15)
    #expect(abs(scores.expected(v, .coordinator) - 0.064) < 1e-15)
    #expect(abs(scores.expected(v, nil) - 0.64) < 1e-15)
  }

  /// Undirected path p0 – p1 – p2 – p3 – p4, groups A A B B C: each inner node brokers its two
  /// neighbours in both directions, one way as representative, the other as gatekeeper
  /// (p1: p0→p2 is A→A→B, p2→p0 is B→A→A).
  @Test func undirectedEdgesCountBothWays() throws {
    var builder = GraphBuilder(isDirected: false)
    for i in 0..<4 {
      builder.addEdge(
        from: builder.node(named: "p\(i)"), to: builder.node(named: "p\(i + 1)"), type: 0,
        weight: 1)
    }
    let graph = try builder.build()
    let scores = try GouldFernandez().scores(on: graph, groups: [0, 0, 1, 1, 2], groupCount: 3)
    for inner in 1...3 {
      #expect(scores.count(inner, .representative) == 1)
      #expect(scores.count(inner, .gatekeeper) == 1)
      #expect(scores.count(inner, nil) == 2)
    }
    #expect(scores.count(0, nil) == 0 && scores.count(4, nil) == 0)
    #expect(scores.arcCount == 8)
  }

  /// Self-loops, repeated rows and several edge types do not add two-paths or arcs.
  @Test func loopsAndParallelEdgesAreIgnored() throws {
    var builder = GraphBuilder(isDirected: true)
    let (a, v, b) = (builder.node(named: "a"), builder.node(named: "v"), builder.node(named: "b"))
    let (retweet, mention) = (
      try builder.edgeType(named: "retweet"), try builder.edgeType(named: "mention")
    )
    builder.addEdge(from: a, to: v, type: retweet, weight: 1)
    builder.addEdge(from: a, to: v, type: mention, weight: 1)
    builder.addEdge(from: a, to: v, type: mention, weight: 1)
    builder.addEdge(from: v, to: b, type: retweet, weight: 1)
    builder.addEdge(from: v, to: v, type: retweet, weight: 1)
    let scores = try GouldFernandez().scores(
      on: try builder.build(), groups: [0, 0, 0], groupCount: 1)
    #expect(scores.count(Int(v), .coordinator) == 1)
    #expect(scores.arcCount == 2)
  }

  /// Counts do not depend on the number of threads.
  @Test func sameCountsOnAnyThreadCount() throws {
    let fixture = try BrokerageFixture("recruitment")
    var one = GouldFernandez()
    one.threads = 1
    var three = GouldFernandez()
    three.threads = 3
    let a = try one.scores(
      on: fixture.graph, groups: fixture.groups, groupCount: fixture.groupCount)
    let b = try three.scores(
      on: fixture.graph, groups: fixture.groups, groupCount: fixture.groupCount)
    for v in 0..<fixture.graph.nodeCount {
      for role in BrokerageRole.allCases { #expect(a.count(v, role) == b.count(v, role)) }
    }
  }

  /// Heavy brokers (here every broker above an eighth of a thread's share) split their
  /// in-neighbours across the threads; the counts are those of one thread.
  @Test func heavyBrokersSplitAcrossThreadsCountTheSame() throws {
    let fixture = try BrokerageFixture("recruitment")
    let arcs = SimpleArcs(fixture.graph)
    let one = GouldFernandez.count(arcs, groups: fixture.groups, threads: 1)
    let split = GouldFernandez.count(arcs, groups: fixture.groups, threads: 3, minimumHeavyWork: 0)
    #expect(one == split)
    #expect(one.reduce(0, +) > 0)
  }

  @Test func groupingsThatDoNotFitAreErrors() throws {
    var builder = GraphBuilder(isDirected: true)
    builder.addEdge(
      from: builder.node(named: "a"), to: builder.node(named: "b"), type: 0, weight: 1)
    let graph = try builder.build()
    #expect(throws: BrokerageError(.groupCountMismatch(groups: 1, nodes: 2))) {
      try GouldFernandez().scores(on: graph, groups: [0], groupCount: 1)
    }
    #expect(throws: BrokerageError(.groupOutOfRange(node: 1, group: 5, groupCount: 2))) {
      try GouldFernandez().scores(on: graph, groups: [0, 5], groupCount: 2)
    }
  }

  @Test func roleOfTwoPath() {
    #expect(BrokerageRole.of(sender: 1, broker: 1, receiver: 1) == .coordinator)
    #expect(BrokerageRole.of(sender: 1, broker: 2, receiver: 1) == .itinerant)
    #expect(BrokerageRole.of(sender: 1, broker: 1, receiver: 2) == .representative)
    #expect(BrokerageRole.of(sender: 2, broker: 1, receiver: 1) == .gatekeeper)
    #expect(BrokerageRole.of(sender: 1, broker: 2, receiver: 3) == .liaison)
  }
}
