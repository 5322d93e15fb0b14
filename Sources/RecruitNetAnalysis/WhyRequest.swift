import RecruitNetExpansion
import RecruitNetGraph

/// Why an account is (or is not) a candidate of an expansion: its scores, its rank under each
/// criterion, and every edge between it and the seeds.
public struct WhyRequest: Sendable, Codable, Equatable {
  public var account: String
  public var seeds: AccountSetSource
  public var edgeType: String? = nil
  public var damping = 0.85
  /// The minimum of seed ties the ranks are counted under (as in the expansion asked about).
  public var minSeedTies = 2

  public init(account: String, seeds: AccountSetSource) {
    self.account = account
    self.seeds = seeds
  }
}

/// The answer: the candidate's description, or why it is none.
public struct WhyAnswer: Sendable {
  public var request: WhyRequest
  public var isDirected: Bool
  /// How many accounts qualify as candidates (the ranks are among them).
  public var candidateCount: Int
  /// The account's scores, ranks (0 when it does not qualify) and evidence.
  public var candidate: ExpansionCandidate
  /// Whether the account is a seed itself.
  public var isSeed: Bool
  /// Whether it qualifies (not a seed, enough seed ties).
  public var qualifies: Bool
}

extension NetworkInput {
  /// Explains `request.account`'s standing in the expansion from `request.seeds`.
  ///
  /// - Throws: ``AnalysisError`` for an unknown account or seed, as ``expand(_:)``.
  public func why(_ request: WhyRequest) async throws -> WhyAnswer {
    let scored = try await scoredCandidates(
      seeds: request.seeds, edgeType: request.edgeType, damping: request.damping,
      minSeedTies: request.minSeedTies)
    guard let node = scored.graph.names.id(for: request.account) else {
      throw AnalysisError.unknown("account", request.account, in: scored.graph.names)
    }
    let isSeed = scored.seeds.set.contains(node)
    let qualified = scored.candidates.first { $0.node == node }
    // An account that does not qualify still gets its scores, computed as for candidates.
    let scores =
      qualified
      ?? SeedExpansion().scores(
        of: node, on: scored.graph, seeds: scored.seeds.set, personalizedPageRank: scored.pageRank)
    return WhyAnswer(
      request: request, isDirected: scored.graph.isDirected,
      candidateCount: scored.candidates.count, candidate: scored.describe(scores), isSeed: isSeed,
      qualifies: qualified != nil)
  }
}
