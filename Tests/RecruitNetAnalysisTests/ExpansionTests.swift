import Foundation
import GRDB
import RecruitNetAnalysis
import RecruitNetGraph
import RecruitNetTestSupport
import RecruitNetWorkspace
import Testing

/// Seed expansion, `why` and insularity as the library's users run them: on a workspace of the
/// recruitment sample with its node labels (seeds by label), with personalized PageRank
/// checked against networkx (`Scripts/oracles/expansion.py`), and on the public ISIS tweet set.
@Suite struct ExpansionTests {
  static func sampleWorkspace(_ files: TestFiles) async throws -> NetworkInput {
    let path = files.path("study.rnet")
    var importer = WorkspaceImporter(workspacePath: path)
    importer.edgeFiles = [SharedData.repository("Samples/recruitment/edges.csv")]
    importer.nodeFiles = [SharedData.repository("Samples/recruitment/accounts.csv")]
    _ = try await importer.run()
    return try NetworkInput(path: path)
  }

  /// The oracle's seeds and networkx's personalized PageRank of every account.
  static func networkxPageRank() throws -> (seeds: [String], ppr: [String: Double]) {
    let url = URL(
      fileURLWithPath: SharedData.repository(
        "Tests/RecruitNetExpansionTests/Fixtures/expansion.json"))
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    let recruitment = try #require(document["recruitment"] as? [String: Any])
    let expansion = try #require(recruitment["expansion"] as? [String: Any])
    return (
      try #require(expansion["seeds"] as? [String]),
      try #require(expansion["ppr_all"] as? [String: Double])
    )
  }

  @Test func personalizedPageRankIsNetworkx() async throws {
    // The oracle's graph is the edge list's (596 accounts; the workspace adds 4 isolated ones,
    // which changes PageRank's starting vector and so its last digits).
    let (seeds, ppr) = try Self.networkxPageRank()
    let input = try NetworkInput(path: SharedData.repository("Samples/recruitment/edges.csv"))
    var request = ExpansionRequest(seeds: .names(seeds))
    request.ranking = .personalizedPageRank
    request.top = 600
    request.minSeedTies = 0
    let answer = try await input.expand(request)
    #expect(answer.seeds == seeds.sorted())
    #expect(answer.candidates.count == 596 - 9)
    // networkx and RecruitNet iterate the same way to the same tolerance.
    for candidate in answer.candidates {
      let expected = try #require(ppr[candidate.name])
      #expect(abs(candidate.scores.personalizedPageRank - expected) < 1e-12, "\(candidate.name)")
    }
    // Best first, and the ranks under ppr are the positions.
    #expect(
      zip(answer.candidates, answer.candidates.dropFirst()).allSatisfy {
        $0.scores.personalizedPageRank >= $1.scores.personalizedPageRank
      })
    #expect(answer.candidates.enumerated().allSatisfy { $1.pageRankRank == $0 + 1 })
  }

  @Test func whyPrintsTheEvidenceTheRankingUsed() async throws {
    let files = try TestFiles()
    let input = try await Self.sampleWorkspace(files)
    let expansion = try await input.expand(ExpansionRequest(seeds: .label("seed")))
    // The label's accounts are the oracle's seeds.
    #expect(expansion.seeds == (try Self.networkxPageRank().seeds.sorted()))
    let first = try #require(expansion.candidates.first)
    let why = try await input.why(WhyRequest(account: first.name, seeds: .label("seed")))
    #expect(why.qualifies && !why.isSeed)
    #expect(why.candidate.scores == first.scores)
    #expect(why.candidate.evidence == first.evidence)
    #expect(Set(why.candidate.evidence.map(\.seed)).count == first.scores.seedTies)
    #expect(
      why.candidate.evidence.filter(\.isFromSeed).reduce(0) { $0 + $1.weight }
        == first.scores.fromSeeds)
    // Typed evidence: the sample's edges carry their types and times.
    #expect(why.candidate.evidence.allSatisfy { !$0.edgeType.isEmpty && $0.firstTime != nil })
    let seed = try await input.why(WhyRequest(account: expansion.seeds[0], seeds: .label("seed")))
    #expect(seed.isSeed && !seed.qualifies)
  }

  @Test func mistakesGetClearErrors() async throws {
    let files = try TestFiles()
    let input = try await Self.sampleWorkspace(files)
    await #expect(throws: AnalysisError.self) {
      _ = try await input.expand(ExpansionRequest(seeds: .label("seeds")))
    }
    await #expect(throws: AnalysisError.self) {
      _ = try await input.expand(ExpansionRequest(seeds: .names(["acct_9999"])))
    }
    await #expect(throws: AnalysisError.self) {
      _ = try await input.why(WhyRequest(account: "nobody", seeds: .label("seed")))
    }
    let plain = try NetworkInput(path: SharedData.repository("Samples/krebs-911/edges.csv"))
    await #expect(throws: AnalysisError.self) {
      _ = try await plain.expand(ExpansionRequest(seeds: .label("seed")))
    }
    do {
      _ = try await input.expand(ExpansionRequest(seeds: .label("seeds")))
    } catch let error as AnalysisError {
      #expect(error.message.contains("did you mean 'seed'"))
    }
  }

  @Test func insularityOfTheSampleGroups() async throws {
    let files = try TestFiles()
    let input = try await Self.sampleWorkspace(files)
    var request = InsularityRequest()
    request.set = .label("seed")
    request.groups = .attribute("group")
    let answer = try await input.insularity(request)
    // The oracle's counts (Scripts/oracles/expansion.py): 3577 internal and 37 external ties
    // over the five planted groups; the nine seeds have 23 internal and 1098 external ties.
    #expect(answer.overall?.internalTies == 3577)
    #expect(answer.overall?.externalTies == 37)
    #expect(answer.set?.internalTies == 23)
    #expect(answer.set?.externalTies == 1098)
    #expect(answer.members.count == 9)
    #expect(answer.groups.map(\.ties.members) == [160, 140, 120, 100, 80])
  }

  /// The public ISIS tweet set (Kaggle, "How ISIS uses Twitter"): seeds are its five most
  /// active accounts; every candidate's scores are recomputed from the stored edges.
  @Test func isisTweetsExpandFromTheMostActiveAccounts() async throws {
    guard let tweets = SharedData.path("isis-twitter-kaggle/tweets.csv") else { return }
    let files = try TestFiles()
    let path = files.path("isis.rnet")
    var importer = TweetArchiveImporter(workspacePath: path)
    importer.files = [tweets]
    _ = try await importer.run()
    let workspace = try Workspace(path: path)
    let seeds: [String] = try workspace.read { db in
      try String.fetchAll(
        db,
        sql: """
          SELECT n.name FROM tweets t JOIN nodes n ON n.id = t.author
          GROUP BY t.author ORDER BY COUNT(*) DESC, n.name LIMIT 5
          """)
    }
    let input = try NetworkInput(path: path)
    var request = ExpansionRequest(seeds: .names(seeds))
    request.ranking = .fromSeeds
    request.top = 10_000
    let answer = try await input.expand(request)
    #expect(answer.candidateCount > 100)
    let graph = try workspace.loadGraph()
    let seedIDs = Set(try seeds.map { try #require(graph.names.id(for: $0)) })
    for candidate in answer.candidates {
      let v = try #require(graph.names.id(for: candidate.name))
      var adjacent = Set(graph.outNeighbors(of: v)).union(graph.inNeighbors(of: v))
      adjacent.remove(v)
      #expect(candidate.scores.ties == adjacent.count)
      #expect(candidate.scores.seedTies == adjacent.intersection(seedIDs).count)
      var from = 0.0
      for s in seedIDs {
        for e in graph.outEdges(of: s) where graph.target(of: e) == v {
          from += graph.weight(of: e)
        }
      }
      #expect(abs(candidate.scores.fromSeeds - from) < 1e-9, "\(candidate.name)")
      #expect(candidate.scores.seedTies >= 2)
    }
    #expect(
      zip(answer.candidates, answer.candidates.dropFirst()).allSatisfy {
        $0.scores.fromSeeds >= $1.scores.fromSeeds
      })
  }
}
