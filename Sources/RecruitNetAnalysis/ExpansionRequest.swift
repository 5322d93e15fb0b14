import RecruitNetCentrality
import RecruitNetExpansion
import RecruitNetGraph

/// Growing a suspect set from seeds: the accounts outside the set ranked by their ties to it,
/// each with the edges that put it there (see `SeedExpansion` for the scores' conventions).
public struct ExpansionRequest: Sendable, Codable, Equatable {
  public var seeds: AccountSetSource
  public var ranking: SeedExpansion.Ranking = .all
  /// How many candidates to list.
  public var top = 100
  /// Only accounts with at least this many distinct seeds adjacent (0 lists every account that
  /// personalized PageRank reaches).
  public var minSeedTies = 2
  /// Only edges of this type (a typed workspace's mention or retweet layer); nil merges them.
  public var edgeType: String? = nil
  /// Damping of personalized PageRank (networkx's `alpha`).
  public var damping = 0.85

  public init(seeds: AccountSetSource) { self.seeds = seeds }
}

/// One edge of the evidence, by name.
public struct TieEvidence: Sendable, Equatable {
  /// The seed at the other end.
  public var seed: String
  /// `seed → account` (true) or `account → seed` (false; always false when undirected).
  public var isFromSeed: Bool
  /// The edge's type name ("" for an untyped network).
  public var edgeType: String
  public var weight: Double
  /// Input rows merged into the edge.
  public var rows: Int
  /// First and last time of the edge (Unix seconds), when the input had times.
  public var firstTime: Int64?
  public var lastTime: Int64?
}

/// A candidate with its scores, ranks and evidence.
public struct ExpansionCandidate: Sendable {
  public var name: String
  public var scores: SeedExpansion.Candidate
  /// Its rank among the candidates under each single criterion (1 = best).
  public var shareRank: Int
  public var fromSeedsRank: Int
  public var pageRankRank: Int
  public var evidence: [TieEvidence]
}

/// The expansion's answer.
public struct ExpansionAnswer: Sendable {
  public var request: ExpansionRequest
  public var isDirected: Bool
  public var nodeCount: Int
  public var edgeCount: Int
  /// The seeds found, by name (ascending), and those of a label missing from the network.
  public var seeds: [String]
  public var seedsNotInNetwork: [String]
  /// The seed set's own ties: internal, external, E–I index.
  public var seedSetTies: SetInsularity.GroupTies
  /// How many accounts qualified (before the cut to `top`).
  public var candidateCount: Int
  /// The first `top` candidates, best first.
  public var candidates: [ExpansionCandidate]
}

extension NetworkInput {
  /// Ranks the accounts outside the seed set by their ties to it.
  ///
  /// - Throws: ``AnalysisError`` for unknown seeds or labels and an invalid request,
  ///   `CentralityError` if personalized PageRank does not converge, and loading errors.
  public func expand(_ request: ExpansionRequest) async throws -> ExpansionAnswer {
    guard request.top >= 1 else {
      throw AnalysisError(.invalidRequest(reason: "the number of candidates must be at least 1"))
    }
    guard request.minSeedTies >= 0 else {
      throw AnalysisError(.invalidRequest(reason: "the minimum of seed ties cannot be negative"))
    }
    let scored = try await scoredCandidates(
      seeds: request.seeds, edgeType: request.edgeType, damping: request.damping,
      minSeedTies: request.minSeedTies)
    let expansion = SeedExpansion()
    let ranked = expansion.ranked(scored.candidates, by: request.ranking) {
      scored.graph.names.name(of: $0)
    }
    let picked = ranked.prefix(request.top).map { scored.describe($0) }
    return ExpansionAnswer(
      request: request, isDirected: scored.graph.isDirected, nodeCount: scored.graph.nodeCount,
      edgeCount: scored.graph.edgeCount,
      seeds: scored.seeds.set.members.map { scored.graph.names.name(of: $0) }.sorted(),
      seedsNotInNetwork: scored.seeds.notInNetwork,
      seedSetTies: SetInsularity().ties(of: scored.seeds.set, on: scored.graph),
      candidateCount: scored.candidates.count, candidates: Array(picked))
  }

  /// Every candidate's scores on the network asked for, with the ranks under each criterion.
  func scoredCandidates(
    seeds source: AccountSetSource, edgeType: String?, damping: Double, minSeedTies: Int
  ) async throws -> ScoredCandidates {
    // Types kept: the evidence names each edge's type; scores sum over types.
    let graph = try await graph(edgeType: edgeType, mergingTypes: false)
    let seeds = try resolve(source, on: graph, what: "seed account")
    var pagerank = PageRank()
    pagerank.damping = damping
    pagerank.personalization = Dictionary(uniqueKeysWithValues: seeds.set.members.map { ($0, 1) })
    let merged = graph.edgeTypeNames.count > 1 ? graph.mergingEdgeTypes() : graph
    let ppr = try pagerank.scores(on: merged).values
    let expansion = SeedExpansion()
    let candidates = expansion.candidates(
      on: graph, seeds: seeds.set, personalizedPageRank: ppr, includeUntied: minSeedTies == 0
    ).filter { $0.seedTies >= minSeedTies }
    func ranks(_ ranking: SeedExpansion.Ranking) -> [NodeID: Int] {
      var ranks: [NodeID: Int] = [:]
      for (index, candidate) in expansion.ranked(candidates, by: ranking, name: graph.names.name)
        .enumerated()
      {
        ranks[candidate.node] = index + 1
      }
      return ranks
    }
    return ScoredCandidates(
      graph: graph, seeds: seeds, candidates: candidates, shareRanks: ranks(.seedShare),
      fromSeedsRanks: ranks(.fromSeeds), pageRankRanks: ranks(.personalizedPageRank),
      pageRank: ppr)
  }
}

/// The scored candidates of one expansion, kept to describe any of them.
struct ScoredCandidates {
  var graph: Graph
  var seeds: ResolvedAccountSet
  var candidates: [SeedExpansion.Candidate]
  var shareRanks: [NodeID: Int]
  var fromSeedsRanks: [NodeID: Int]
  var pageRankRanks: [NodeID: Int]
  var pageRank: [Double]

  func describe(_ candidate: SeedExpansion.Candidate) -> ExpansionCandidate {
    ExpansionCandidate(
      name: graph.names.name(of: candidate.node), scores: candidate,
      shareRank: shareRanks[candidate.node] ?? 0,
      fromSeedsRank: fromSeedsRanks[candidate.node] ?? 0,
      pageRankRank: pageRankRanks[candidate.node] ?? 0, evidence: evidence(of: candidate.node))
  }

  /// The edge's type, "" in a network without types (whose one type is the builder's default).
  func typeName(of edge: EdgeIndex) -> String {
    if graph.edgeTypeNames.count > 1 { return graph.edgeTypeNames[graph.edgeType(of: edge)] }
    let only = graph.edgeTypeNames.first ?? ""
    return only == "edge" ? "" : only
  }

  func evidence(of node: NodeID) -> [TieEvidence] {
    graph.ties(of: node, with: seeds.set).map { tie in
      let span = graph.timeSpan(of: tie.edge)
      return TieEvidence(
        seed: graph.names.name(of: tie.member), isFromSeed: tie.isFromMember,
        edgeType: typeName(of: tie.edge),
        weight: graph.weight(of: tie.edge), rows: graph.multiplicity(of: tie.edge),
        firstTime: span?.lowerBound, lastTime: span?.upperBound)
    }
  }
}
