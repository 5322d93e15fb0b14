import Foundation
import GRDB
import RecruitNetAnalysis
import RecruitNetCoordination
import RecruitNetGraph
import RecruitNetTestSupport
import RecruitNetWorkspace
import Testing

/// Saved coordination layers, groups and evidence, on the generated tweet set with three planted
/// groups of six accounts (`Fixtures/coordination/tweets.csv`, written by
/// `Scripts/oracles/coordination.py`: accounts u150–u167 act within seconds of each other
/// twelve times, over background accounts u0–u149).
@Suite struct CoordinationLayerTests {
  static let tweets = SharedData.repository(
    "Tests/RecruitNetCoordinationTests/Fixtures/coordination/tweets.csv")
  static let planted: [Set<String>] = (0..<3).map { g in
    Set((0..<6).map { "u\(150 + g * 6 + $0)" })
  }

  static func workspace(_ files: TestFiles) async throws -> String {
    let path = files.path("planted.rnet")
    try await TweetEventsTests.importTweets([tweets], into: path)
    return path
  }

  static func request(_ trace: CoordinationTrace, minWeight: Int = 2) -> CoordinationRequest {
    CoordinationRequest(
      parameters: CoordinationParameters(
        trace: trace, window: .symmetric(seconds: 60), minWeight: minWeight))
  }

  @Test func componentsAreThePlantedGroups() async throws {
    let files = try TestFiles()
    let input = try NetworkInput(path: try await Self.workspace(files))
    for trace in [CoordinationTrace.coRetweet, .coTweet, .coLink, .coReply] {
      let result = try Self.request(trace).run(on: input)
      let groups = try result.groups(by: .components)
      let found = groups.map { Set($0.members.map(result.accountName)) }
      #expect(Set(found) == Set(Self.planted), "\(trace)")
      for group in groups {
        // Every planted member acts with every other one: a complete group.
        #expect(group.linkedPairs == 15 && group.density == 1)
        #expect(group.topObjects.count == (trace == .coReply ? 3 : 3))
        #expect(group.topObjects.allSatisfy { $0.accounts == 6 })
        let span = try #require(group.firstTime.flatMap { f in group.lastTime.map { f...$0 } })
        #expect(span.count > 3600, "twelve bursts over days")
        // The weight is the sum of the directed edges among members.
        let members = Set(group.members)
        #expect(
          group.weight
            == result.network.edges.filter {
              members.contains($0.source) && members.contains($0.target)
            }
            .reduce(0) { $0 + $1.weight })
      }
    }
  }

  @Test func leidenSplitsNoPlantedGroupAndIsSeeded() async throws {
    let files = try TestFiles()
    let input = try NetworkInput(path: try await Self.workspace(files))
    // Any two posts within a minute (co-post, the null baseline) link everyone: one component,
    // which Leiden splits.
    let result = try Self.request(.coPost, minWeight: 1).run(on: input)
    let components = try result.groups(by: .components)
    let leiden = try result.groups(by: .leiden, seed: 7)
    #expect(components.count == 1 && components[0].members.count == 168)
    #expect(leiden.count > 1)
    #expect(try result.groups(by: .leiden, seed: 7) == leiden)
    for planted in Self.planted {
      // Each planted group lies inside one Leiden group.
      let holding = leiden.filter { !planted.isDisjoint(with: $0.members.map(result.accountName)) }
      #expect(holding.count == 1)
      #expect(planted.isSubset(of: Set(holding[0].members.map(result.accountName))))
    }
  }

  @Test func savedLayerIsAnalysedByName() async throws {
    let files = try TestFiles()
    let path = try await Self.workspace(files)
    let input = try NetworkInput(path: path)
    let result = try Self.request(.coRetweet).run(on: input)
    let workspace = try Workspace(path: path)
    try result.save(as: "rt60", in: workspace)
    // Never overwritten by accident, and never named like an imported edge type.
    #expect(throws: WorkspaceError.self) { try result.save(as: "rt60", in: workspace) }
    #expect(throws: WorkspaceError.self) { try result.save(as: "retweet", in: workspace) }

    let graph = try await input.graph(edgeType: "rt60")
    #expect(graph.edgeTypeNames == ["rt60"])
    #expect(graph.edgeCount == result.network.edges.count)
    // The layer's own accounts, as networkx reads its edge list; ids map by name.
    #expect(graph.nodeCount == 18)
    let ids = try #require(try input.workspaceIDs(of: graph))
    let view = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, NodeID($0)) })
    for edge in result.network.edges {
      let (u, v) = (try #require(view[edge.source]), try #require(view[edge.target]))
      #expect(graph.names.name(of: u) == result.names.name(of: edge.source))
      let index = try #require(graph.edge(from: u, to: v))
      #expect(graph.weight(of: index) == Double(edge.weight))
    }
    // The merged imported network does not include the layer.
    let merged = try await input.graph()
    #expect(!merged.edgeTypeNames.contains("rt60"))
    #expect(merged.edgeCount == (try await input.graph(mergingTypes: true)).edgeCount)
    await #expect(throws: GraphError.self) { try await input.graph(edgeType: "rt61") }

    // The request is recorded and recomputes the same evidence.
    let recorded = try CoordinationRequest.ofLayer(named: "rt60", in: workspace)
    #expect(recorded.parameters == result.request.parameters)
    let again = try recorded.eventsOnly(on: input)
    let edge = try #require(result.network.edges.first)
    let pairs = again.evidence(source: edge.source, target: edge.target)
    #expect(pairs == result.evidence(source: edge.source, target: edge.target))
    #expect(Set(pairs.map(\.sourceMessage)).count == edge.weight)
    #expect(again.account(named: result.accountName(edge.source)) == edge.source)

    // A second window coexists; replacing is explicit; layers survive a later import.
    var wider = Self.request(.coRetweet)
    wider.parameters.window = .symmetric(seconds: 3600)
    try wider.run(on: input).save(as: "rt3600", in: workspace)
    try result.save(as: "rt60", in: workspace, replacing: true)
    let extra = try files.write(
      "more.csv",
      "message_id,user_id,username,repost_id,reply_id,message,timestamp,urls\n"
        + "999001,u999,User999,,,a new account,1420500000,\n")
    try await TweetEventsTests.importTweets([extra], into: path)
    let summaries = try Workspace(path: path).layerSummaries()
    #expect(summaries.map(\.name) == ["rt3600", "rt60"])
    #expect(summaries[1].edgeCount == result.network.edges.count)
    #expect(summaries[1].revision < (try Workspace(path: path).revision()))
    #expect(try await NetworkInput(path: path).graph(edgeType: "rt60").edgeCount == graph.edgeCount)
    #expect(try Workspace(path: path).deleteLayer(named: "rt3600"))
    #expect(try Workspace(path: path).layerNames() == ["rt60"])
  }

  @Test func accountsAreRankedByStrength() async throws {
    let files = try TestFiles()
    let result = try Self.request(.coRetweet).run(
      on: NetworkInput(path: try await Self.workspace(files)))
    let accounts = result.accountSummaries()
    #expect(
      Set(accounts.map { result.accountName($0.account) })
        == Self.planted.reduce([], { $0.union($1) }))
    #expect(accounts.allSatisfy { $0.partners == 5 })
    #expect(
      accounts.map(\.outStrength).reduce(0, +) == result.network.edges.map(\.weight).reduce(0, +))
    #expect(
      accounts.map(\.inStrength).reduce(0, +) == result.network.edges.map(\.weight).reduce(0, +))
    let totals = accounts.map { $0.outStrength + $0.inStrength }
    #expect(totals == totals.sorted(by: >))
  }
}

/// CooRTweet's edge symmetry score: `min(w(A→B), w(B→A)) / max(…)`, with the reverse weight
/// taken before the minimum weight cuts the reverse edge.
@Suite struct CoordinationSymmetryTests {
  @Test func symmetryUsesTheReverseWeightBeforeTheCut() async throws {
    let files = try TestFiles()
    let path = try await CoordinationLayerTests.workspace(files)
    let input = try NetworkInput(path: path)
    let all = try CoordinationLayerTests.request(.coRetweet, minWeight: 1).run(on: input)
    let cut = try CoordinationLayerTests.request(.coRetweet, minWeight: 13).run(on: input)
    var weight: [String: Int] = [:]
    for edge in all.network.edges { weight["\(edge.source)>\(edge.target)"] = edge.weight }
    #expect(!cut.network.edges.isEmpty)
    for edge in cut.network.edges {
      let reverse = weight["\(edge.target)>\(edge.source)"] ?? 0
      let expected = Double(min(edge.weight, reverse)) / Double(max(edge.weight, reverse))
      let key = UInt64(edge.source) << 32 | UInt64(edge.target)
      #expect(cut.symmetry[key] == expected)
      #expect(all.symmetry[key] == expected)
    }
    // Some reverse edges are lighter than the cut, and still count.
    #expect(cut.network.edges.contains { (weight["\($0.target)>\($0.source)"] ?? 0) < 13 })
  }
}
