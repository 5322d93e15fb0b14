import RecruitNetGraph
import Testing

@testable import RecruitNetDismantling

/// Small graphs whose scores, orders and R are worked out by hand in the comments.
@Suite struct HandComputedTests {
  /// A star: centre 0, leaves 1 … 6.
  static let star = SimpleGraph(nodeCount: 7, edges: (1...6).map { (NodeID(0), NodeID($0)) })
  /// A path 0 – 1 – 2 – 3 – 4 – 5 – 6.
  static let path = SimpleGraph(nodeCount: 7, edges: (0..<6).map { (NodeID($0), NodeID($0 + 1)) })
  /// Two 4-cliques {0, 1, 2, 3} and {4, 5, 6, 7} joined by the bridge 3 – 4.
  static let cliques: SimpleGraph = {
    var edges: [(NodeID, NodeID)] = [(3, 4)]
    for base in [0, 4] {
      for a in 0..<4 { for b in (a + 1)..<4 { edges.append((NodeID(base + a), NodeID(base + b))) } }
    }
    return SimpleGraph(nodeCount: 8, edges: edges)
  }()

  static func run(_ graph: SimpleGraph, _ strategy: DismantlingStrategy, until: Double = 0)
    throws -> DismantlingResult
  {
    try Dismantling(strategy: strategy, until: until).run(on: graph)
  }

  @Test func starScoresAndRobustness() throws {
    // Every leaf has k − 1 = 0, so CI_ℓ is 0 everywhere, the centre included; the tie-break (higher
    // degree) still takes the centre first. Then the giant is 1 for k = 1 … 6 and 0 at k = 7:
    // R = 6 / 49.
    let ci = CollectiveInfluenceAttack(Self.star, radius: 1)
    #expect((0..<7).map { ci.currentScore(of: NodeID($0)) } == [0, 0, 0, 0, 0, 0, 0])
    #expect(ci.next() == 0)
    for strategy in [DismantlingStrategy.degree, .collectiveInfluence(radius: 2), .coreHD] {
      let result = try Self.run(Self.star, strategy)
      #expect(result.order.first == 0)
      #expect(result.giantSizes == [7, 1, 1, 1, 1, 1, 1, 0])
      #expect(result.robustness == 6.0 / 49.0)
    }
  }

  @Test func pathScores() throws {
    // CI_1(3) = (2−1)·((2−1) + (2−1)) = 2, CI_1(1) = 1·(0 + 1) = 1, ends 0.
    let ci1 = CollectiveInfluenceAttack(Self.path, radius: 1)
    #expect((0..<7).map { ci1.currentScore(of: NodeID($0)) } == [0, 1, 2, 2, 2, 1, 0])
    // CI_2(2) = 1·((k_0 − 1) + (k_4 − 1)) = 0 + 1; CI_2(3) = 1·(1 + 1) = 2.
    let ci2 = CollectiveInfluenceAttack(Self.path, radius: 2)
    #expect((0..<7).map { ci2.currentScore(of: NodeID($0)) } == [0, 1, 1, 2, 1, 1, 0])
    // Removing 3 splits the path into 0–1–2 and 4–5–6: CI_2(1) becomes 1·(0 + 0)… all 0, and
    // CI_1(1) = 1·(0 + 0) = 0 too. The path has no 2-core, so CoreHD is adaptive degree.
    #expect(ci2.next() == 3)
    #expect((0..<7).map { ci2.currentScore(of: NodeID($0)) } == [0, 0, 0, 0, 0, 0, 0])
    let core = try Self.run(Self.path, .coreHD)
    let degree = try Self.run(Self.path, .degree)
    #expect(core.order == degree.order)
    // Degree-2 ties go to the lowest id: 1, then 3 (2 has degree 1 by then), then 5.
    #expect(degree.order.prefix(3) == [1, 3, 5])
  }

  @Test func twoCliquesWithABridge() throws {
    // Degrees: 0, 1, 2, 5, 6, 7 have 3; the bridge ends 3 and 4 have 4.
    // CI_1(3) = 3·(2 + 2 + 2 + 3) = 27, CI_1(0) = 2·(2 + 2 + 3) = 14.
    let ci = CollectiveInfluenceAttack(Self.cliques, radius: 1)
    #expect(ci.currentScore(of: 3) == 27 && ci.currentScore(of: 4) == 27)
    #expect(ci.currentScore(of: 0) == 14 && ci.currentScore(of: 7) == 14)
    // Adaptive degree: 3 (giant {4,5,6,7} = 4), 4 (3), 0 (3), 5 (2: edges 1–2 and 6–7 left),
    // 1 (2), then 6 (degree 1 beats 2's 0; giant 1), 2 (1), 7 (0). R = (4+3+3+2+2+1+1+0)/64.
    let degree = try Self.run(Self.cliques, .degree)
    #expect(degree.order == [3, 4, 0, 5, 1, 6, 2, 7])
    #expect(degree.giantSizes == [8, 4, 3, 3, 2, 2, 1, 1, 0])
    #expect(degree.robustness == 16.0 / 64.0)
    // CoreHD: the whole graph is its 2-core; 3 then 4 (core degree 3, ties with 5, 6, 7 → 4),
    // then the triangles 0–1–2 and 5–6–7: 0 (core now {5,6,7}: 1 and 2 pruned), 5, then trees.
    let core = try Self.run(Self.cliques, .coreHD)
    #expect(core.order.prefix(4) == [3, 4, 0, 5])
    // Stopping at until = 0.5 (giant ≤ 4) needs only the bridge end 3.
    let stopped = try Self.run(Self.cliques, .collectiveInfluence(radius: 1), until: 0.5)
    #expect(stopped.order == [3] && stopped.giantSizes == [8, 4])
    #expect(stopped.firstBelow[0.1] == 1.0)  // giant < 0.8 nodes only once it is 0, at k = 8
  }

  @Test func reinsertionPutsBackWhatDoesNotRejoinTheGiant() throws {
    // Degree attack on the path to giant ≤ 2 (until 0.3: ⌊2.1⌋): 1 (giant 5), 3 (giant 3), 5
    // (giant 1), leaving {0}, {2}, {4}, {6}. Reinsertion costs: 1 → 1+1+1 = 3,
    // 3 → 3, 5 → 3, all above 2, so nothing comes back; with threshold 3 node 1 comes back first.
    let attack = try Dismantling(strategy: .degree, until: 0.3).run(on: Self.path)
    #expect(attack.order == [1, 3, 5])
    let kept = reinsert(into: Self.path, removed: [1, 3, 5], threshold: 2)
    #expect(kept == [1, 3, 5])
    let looser = reinsert(into: Self.path, removed: [1, 3, 5], threshold: 3)
    // 1 back: {0,1,2} (3). Then 3 costs 1 + 3 + 1 = 5, 5 costs 3: 5 back → {4,5,6}; 3 stays out.
    #expect(looser == [3])
  }
}
