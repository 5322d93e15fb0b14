import RecruitNetGraph
import Testing

@testable import RecruitNetExpansion

/// Scores worked out by hand on graphs small enough to check on paper.
@Suite struct HandComputedTests {
  /// A graph from `(source, target, weight)` rows over named nodes.
  static func graph(
    directed: Bool, _ rows: [(String, String, Double)], types: [String]? = nil
  ) throws -> Graph {
    var builder = GraphBuilder(isDirected: directed)
    for (index, (u, v, w)) in rows.enumerated() {
      let type = try types.map { try builder.edgeType(named: $0[index]) } ?? 0
      builder.addEdge(
        from: builder.node(named: u), to: builder.node(named: v), type: type, weight: w)
    }
    return try builder.build()
  }

  static func set(_ names: [String], in graph: Graph) throws -> SeedSet {
    SeedSet(try names.map { try #require(graph.names.id(for: $0)) }, nodeCount: graph.nodeCount)
  }

  @Test func aPathSharesHalfItsTies() throws {
    // a - b - c - d, seeds {a}: b has one seed tie of two ties; c and d none.
    let g = try Self.graph(directed: false, [("a", "b", 1), ("b", "c", 1), ("c", "d", 1)])
    let candidates = SeedExpansion().candidates(on: g, seeds: try Self.set(["a"], in: g))
    #expect(candidates.map { g.names.name(of: $0.node) } == ["b"])
    #expect(candidates[0].seedTies == 1)
    #expect(candidates[0].ties == 2)
    #expect(candidates[0].seedShare == 0.5)
    #expect(candidates[0].fromSeeds == 1)
    #expect(candidates[0].toSeeds == 0)
  }

  @Test func directionsAndTypesCountOnceAsTiesAndSumAsWeights() throws {
    // Seeds s1, s2. x: s1 -> x (mention 3), s1 -> x (retweet 2), x -> s1 (1), s2 -> x (1),
    // x -> y (1): seed ties 2 (s1 counts once), ties 3 (s1, s2, y), from seeds 3 + 2 + 1 = 6,
    // to seeds 1. A self-loop x -> x is no tie.
    let g = try Self.graph(
      directed: true,
      [
        ("s1", "x", 3), ("s1", "x", 2), ("x", "s1", 1), ("s2", "x", 1), ("x", "y", 1),
        ("x", "x", 4),
      ],
      types: ["mention", "retweet", "mention", "mention", "follow", "mention"])
    let seeds = try Self.set(["s1", "s2"], in: g)
    let x = try #require(g.names.id(for: "x"))
    let scores = SeedExpansion().scores(of: x, on: g, seeds: seeds)
    #expect(scores.seedTies == 2)
    #expect(scores.ties == 3)
    #expect(scores.seedShare == 2.0 / 3.0)
    #expect(scores.fromSeeds == 6)
    #expect(scores.toSeeds == 1)
    // The evidence: every edge, by seed, out-edges first.
    let ties = g.ties(of: x, with: seeds)
    #expect(ties.map { g.names.name(of: $0.member) } == ["s1", "s1", "s1", "s2"])
    #expect(ties.map(\.isFromMember) == [false, true, true, true])
    #expect(ties.map { g.weight(of: $0.edge) }.reduce(0, +) == 7)
    // y is tied to no seed.
    let candidates = SeedExpansion().candidates(on: g, seeds: seeds)
    #expect(candidates.map { g.names.name(of: $0.node) } == ["x"])
  }

  @Test func rankingsOrderAsDocumented() throws {
    // Seeds s1, s2, s3. p: tied to s1, s2 and nothing else (share 1). q: tied to all three
    // seeds and to three others (share 0.5), mentioned 5 times by s1. r: tied to s1 only.
    let g = try Self.graph(
      directed: true,
      [
        ("s1", "p", 1), ("s2", "p", 1),
        ("s1", "q", 5), ("s2", "q", 1), ("s3", "q", 1), ("q", "o1", 1), ("q", "o2", 1),
        ("q", "o3", 1), ("s1", "r", 1),
      ])
    let seeds = try Self.set(["s1", "s2", "s3"], in: g)
    let expansion = SeedExpansion()
    let candidates = expansion.candidates(on: g, seeds: seeds)
    let name = { (v: NodeID) in g.names.name(of: v) }
    #expect(
      expansion.ranked(candidates, by: .seedShare, name: name).map { name($0.node) } == [
        "p", "r", "q",
      ])
    #expect(
      expansion.ranked(candidates, by: .fromSeeds, name: name).map { name($0.node) } == [
        "q", "p", "r",
      ])
    // With PageRank 0 everywhere, ppr ties break by seed ties, then name: q, p, r. Fusion:
    // q = 1/63 + 1/61 + 1/61, p = 1/61 + 1/62 + 1/62, r = 1/62 + 1/63 + 1/63: q, p, r.
    #expect(
      expansion.ranked(candidates, by: .all, name: name).map { name($0.node) } == ["q", "p", "r"])
  }

  @Test func twoCliquesJoinedByABridge() throws {
    // K4 {a, b, c, d} and K4 {e, f, g, h}, bridge d - e: each clique 6 internal ties and one
    // external, E-I = (1 - 6) / 7; over the network 12 internal, 1 external: (1 - 12) / 13.
    var rows: [(String, String, Double)] = []
    for clique in [["a", "b", "c", "d"], ["e", "f", "g", "h"]] {
      for i in 0..<4 { for j in (i + 1)..<4 { rows.append((clique[i], clique[j], 1)) } }
    }
    rows.append(("d", "e", 1))
    let g = try Self.graph(directed: false, rows)
    var group = [Int?](repeating: nil, count: g.nodeCount)
    for v in g.nodes { group[Int(v)] = "abcd".contains(g.names.name(of: v)) ? 0 : 1 }
    let ties = SetInsularity().groupTies(on: g, group: group, groupCount: 2)
    #expect(ties.map(\.members) == [4, 4])
    #expect(ties.map(\.internalTies) == [6, 6])
    #expect(ties.map(\.externalTies) == [1, 1])
    #expect(ties[0].eiIndex == -5.0 / 7.0)
    #expect(ties[0].internalShare == 6.0 / 7.0)
    // One set: {a, b, e}: internal a-b; external a-c, a-d, b-c, b-d, e-d, e-f, e-g, e-h.
    let set = SetInsularity().ties(of: try Self.set(["a", "b", "e"], in: g), on: g)
    #expect(set.internalTies == 1)
    #expect(set.externalTies == 8)
    #expect(set.eiIndex == 7.0 / 9.0)
  }

  @Test func memberTiesFollowDirections() throws {
    // Set {a, b, c}: a -> b, b -> a, c -> a, z -> a, a -> z, a -> a.
    // a: followers b, c, z (in-set 2 of 3), followees b, z (in-set 1), mutual in-set: b.
    let g = try Self.graph(
      directed: true,
      [("a", "b", 1), ("b", "a", 1), ("c", "a", 1), ("z", "a", 1), ("a", "z", 1), ("a", "a", 1)])
    let members = SetInsularity().memberTies(of: try Self.set(["a", "b", "c"], in: g), on: g)
    let a = try #require(members.first { g.names.name(of: $0.node) == "a" })
    #expect(a.inSetFollowers == 2)
    #expect(a.followers == 3)
    #expect(a.inSetFollowerShare == 2.0 / 3.0)
    #expect(a.inSetFollowees == 1)
    #expect(a.followees == 2)
    #expect(a.mutualInSetTies == 1)
    // A group without ties has no index.
    let lonely = SetInsularity().ties(of: SeedSet([], nodeCount: g.nodeCount), on: g)
    #expect(lonely.eiIndex.isNaN)
  }
}
