import Foundation
import RecruitNetGraph
import RecruitNetIO
import RecruitNetTestSupport
import Testing

@testable import RecruitNetExpansion

/// Seed expansion and insularity against `Scripts/oracles/expansion.py`, an independent
/// implementation with networkx's personalized PageRank, on the bundled samples: the directed,
/// typed recruitment network (seeds: its accounts labelled `seed`) and the undirected Krebs
/// 9/11 network.
@Suite struct OracleTests {
  struct Scores: Decodable {
    var seed_ties: Int
    var ties: Int
    var from_seeds: Double
    var to_seeds: Double
    var ppr: Double
  }
  struct Expansion: Decodable {
    var seeds: [String]
    var ppr_all: [String: Double]
    var candidates: [String: Scores]
  }
  struct Ties: Decodable {
    var members: Int?
    var `internal`: Int
    var external: Int
  }
  struct GroupTies: Decodable {
    var groups: [String: Ties]
    var overall: Ties
  }
  struct Member: Decodable {
    var in_set_followers: Int
    var followers: Int
    var in_set_followees: Int
    var followees: Int
    var mutual: Int
  }
  struct Network: Decodable {
    var expansion: Expansion
    var groups: GroupTies?
    var members: [String: Member]
    var seed_set: GroupTies
  }
  struct Fixture: Decodable {
    var recruitment: Network
    var krebs: Network
  }

  static func fixture() throws -> Fixture {
    let url = try #require(
      Bundle.module.url(forResource: "expansion", withExtension: "json", subdirectory: "Fixtures"))
    return try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
  }

  static func graph(_ sample: String, directed: Bool) async throws -> Graph {
    var builder = GraphBuilder(isDirected: directed)
    try await EdgeListReader().read(
      path: SharedData.repository("Samples/\(sample)/edges.csv"), into: &builder)
    return try builder.build()
  }

  @Test(arguments: [("recruitment", true), ("krebs-911", false)])
  func candidatesMatchTheOracle(_ sample: String, _ directed: Bool) async throws {
    let fixture = try Self.fixture()
    let expected = sample == "recruitment" ? fixture.recruitment : fixture.krebs
    let graph = try await Self.graph(sample, directed: directed)
    let seeds = SeedSet(
      try expected.expansion.seeds.map { try #require(graph.names.id(for: $0)) },
      nodeCount: graph.nodeCount)
    // The scores carry the personalized PageRank they are given (networkx's, here; the
    // analysis layer's own is checked against the same values in RecruitNetAnalysisTests).
    let ppr = try graph.nodes.map {
      try #require(expected.expansion.ppr_all[graph.names.name(of: $0)])
    }
    let candidates = SeedExpansion().candidates(
      on: graph, seeds: seeds, personalizedPageRank: ppr)
    #expect(candidates.count == expected.expansion.candidates.count)
    for candidate in candidates {
      let name = graph.names.name(of: candidate.node)
      let want = try #require(expected.expansion.candidates[name], "\(name) is no candidate")
      #expect(candidate.seedTies == want.seed_ties, "\(name)")
      #expect(candidate.ties == want.ties, "\(name)")
      #expect(candidate.fromSeeds == want.from_seeds, "\(name)")
      #expect(candidate.toSeeds == want.to_seeds, "\(name)")
      #expect(candidate.personalizedPageRank == want.ppr, "\(name)")
      let single = SeedExpansion().scores(
        of: candidate.node, on: graph, seeds: seeds, personalizedPageRank: ppr)
      #expect(single == candidate, "\(name)")
    }
  }

  @Test(arguments: [("recruitment", true), ("krebs-911", false)])
  func insularityMatchesTheOracle(_ sample: String, _ directed: Bool) async throws {
    let fixture = try Self.fixture()
    let expected = sample == "recruitment" ? fixture.recruitment : fixture.krebs
    let graph = try await Self.graph(sample, directed: directed)
    let seeds = SeedSet(
      try expected.expansion.seeds.map { try #require(graph.names.id(for: $0)) },
      nodeCount: graph.nodeCount)
    let insularity = SetInsularity()
    let set = insularity.ties(of: seeds, on: graph)
    let want = try #require(expected.seed_set.groups["seeds"])
    #expect(set.members == want.members)
    #expect(set.internalTies == want.internal)
    #expect(set.externalTies == want.external)
    #expect(
      set.eiIndex == Double(want.external - want.internal) / Double(want.external + want.internal))
    for member in insularity.memberTies(of: seeds, on: graph) {
      let name = graph.names.name(of: member.node)
      let m = try #require(expected.members[name])
      let got: [Int] = [
        member.inSetFollowers, member.followers, member.inSetFollowees, member.followees,
        member.mutualInSetTies,
      ]
      let want: [Int] = [
        m.in_set_followers, m.followers, m.in_set_followees, m.followees, m.mutual,
      ]
      #expect(got == want, "\(name)")
    }
  }

  @Test func groupTiesMatchTheOracle() async throws {
    let expected = try #require(try Self.fixture().recruitment.groups)
    let graph = try await Self.graph("recruitment", directed: true)
    let (rows, _) = try NodeLabelsReader().read(
      path: SharedData.repository("Samples/recruitment/groups.csv"))
    var names: [String] = []
    var group = [Int?](repeating: nil, count: graph.nodeCount)
    for row in rows {
      guard let node = graph.names.id(for: row.name) else { continue }
      if !names.contains(row.label) { names.append(row.label) }
      group[Int(node)] = names.firstIndex(of: row.label)
    }
    let ties = SetInsularity().groupTies(on: graph, group: group, groupCount: names.count)
    #expect(ties.count == expected.groups.count)
    for (index, name) in names.enumerated() {
      let want = try #require(expected.groups[name])
      #expect(ties[index].members == want.members, "group \(name)")
      #expect(ties[index].internalTies == want.internal, "group \(name)")
      #expect(ties[index].externalTies == want.external, "group \(name)")
    }
    #expect(ties.reduce(0) { $0 + $1.internalTies } == expected.overall.internal)
  }
}
