import RecruitNetCentrality
import RecruitNetGraph
import RecruitNetKeyPlayers

/// A suspension what-if: the network before and after removing some accounts, measured as in
/// Borgatti (2006, Comput Math Organiz Theor 12:21–34) on the network made undirected and
/// simple, plus PageRank ranks on the network as stored (merged types, its own direction).
/// Nothing is written to the workspace.
public struct WhatIfRequest: Sendable, Codable, Equatable {
  /// The accounts suspended.
  public var suspended: [String] = []
  /// Also suspend the accounts the workspace's snapshots saw suspended or deleted as of this time
  /// (Unix seconds), those of them that are accounts of the network: the network as it stood.
  public var suspendedAsOf: Int64? = nil
  /// Seed accounts: reach from them and who is cut off from all of them.
  public var seeds: [String] = []
  /// Only edges of this type; nil merges every type.
  public var edgeType: String? = nil
  /// The PageRank ranks compared: the top `top` accounts before and after.
  public var top = 10
  /// How many next suspensions to propose.
  public var next = 5

  public init() {}
}

/// The network's measures on one side of a what-if.
public struct WhatIfSide: Sendable {
  public var components: Int
  public var giantSize: Int
  /// Measures of the removed set (empty before): F and DF under both denominators.
  public var score: KeyPlayerScore
  /// Distance-weighted reach of the seeds (nil without seeds).
  public var seedReach: Double?
  /// Accounts that some seed reaches.
  public var reachedBySeeds: Int?
}

/// The before/after answer.
public struct WhatIfAnswer: Sendable {
  public var request: WhatIfRequest
  public var nodeCount: Int
  public var edgeCount: Int
  public var before: WhatIfSide
  public var after: WhatIfSide
  /// Accounts a seed reached before and none reaches after (suspended ones excluded), by name.
  public var cutOff: [String]
  /// PageRank rows whose rank changed: name, rank before, rank after (nil: suspended), scores.
  public struct RankChange: Sendable {
    public var name: String
    public var rankBefore: Int
    public var rankAfter: Int?
    public var pagerankBefore: Double
    public var pagerankAfter: Double?
  }
  public var rankChanges: [RankChange]
  /// The best next suspensions given those made: name, connected pairs left, F (remaining
  /// nodes) and F (all N) after also suspending it.
  public struct NextSuspension: Sendable {
    public var name: String
    public var connectedPairs: Int
    public var fragmentationRemaining: Double
    public var fragmentationAll: Double
  }
  public var nextSuspensions: [NextSuspension]
}

extension NetworkInput {
  /// Measures the network before and after the request's suspensions.
  ///
  /// - Throws: ``AnalysisError`` for an unknown account (with close names) or no suspension,
  ///   `CentralityError` if PageRank does not converge, and loading errors.
  public func whatIf(_ request: WhatIfRequest) async throws -> WhatIfAnswer {
    let graph = try await graph(edgeType: request.edgeType)
    let simple = KeyPlayerGraph(graph)
    var request = request
    if let asOf = request.suspendedAsOf {
      let gone = try await accountCourses(asOf: asOf).filter {
        $0.state.isGone && graph.names.id(for: $0.account) != nil
      }
      request.suspended += gone.map(\.account)
    }
    let suspended = Array(
      Set(try Self.resolve(request.suspended, what: "suspended account", in: graph.names))
    ).sorted()
    let seeds = try Self.resolve(request.seeds, what: "seed account", in: graph.names)
    guard !suspended.isEmpty else {
      throw AnalysisError(
        .invalidRequest(
          reason: request.suspendedAsOf == nil
            ? "no accounts to suspend" : "no account of the network was suspended by then"))
    }
    func side(removing removed: [Int]) -> WhatIfSide {
      let sizes = simple.componentSizes(removing: removed)
      var side = WhatIfSide(
        components: sizes.count, giantSize: sizes.first ?? 0, score: simple.score(of: removed))
      if !seeds.isEmpty {
        side.seedReach = simple.reach(from: seeds, removing: removed)
        side.reachedBySeeds = simple.distances(from: seeds, removing: removed).count { $0 >= 0 }
      }
      return side
    }
    let before = side(removing: [])
    let after = side(removing: suspended)
    var cutOff: [String] = []
    if !seeds.isEmpty {
      let was = simple.distances(from: seeds, removing: [])
      let now = simple.distances(from: seeds, removing: suspended)
      let gone = Set(suspended)
      for v in 0..<simple.nodeCount where was[v] >= 0 && now[v] < 0 && !gone.contains(v) {
        cutOff.append(graph.names[v])
      }
      cutOff.sort()
    }
    // PageRank on the stored network, and on the network induced by the accounts left.
    let pagerank = PageRank()
    let rankedBefore = try pagerank.scores(on: graph)
    let gone = Set(suspended)
    let kept = graph.nodes.filter { !gone.contains(Int($0)) }
    let (rest, originals) = graph.induced(on: kept)
    let rankedAfter = try pagerank.scores(on: rest)
    let ranksBefore = rankedBefore.ranks(names: graph.names)
    let ranksAfterView = rankedAfter.ranks(names: rest.names)
    var ranksAfter = [Int?](repeating: nil, count: graph.nodeCount)
    var scoresAfter = [Double?](repeating: nil, count: graph.nodeCount)
    for (view, original) in originals.enumerated() {
      ranksAfter[Int(original)] = ranksAfterView[view]
      scoresAfter[Int(original)] = rankedAfter.values[view]
    }
    var shown = Set(rankedBefore.ranking(names: graph.names, limit: request.top).map { Int($0) })
    for v in rankedAfter.ranking(names: rest.names, limit: request.top) {
      shown.insert(Int(originals[Int(v)]))
    }
    let changes = shown.filter { ranksAfter[$0] != ranksBefore[$0] }.sorted {
      ranksBefore[$0] != ranksBefore[$1] ? ranksBefore[$0] < ranksBefore[$1] : $0 < $1
    }.map { v in
      WhatIfAnswer.RankChange(
        name: graph.names[v], rankBefore: ranksBefore[v], rankAfter: ranksAfter[v],
        pagerankBefore: rankedBefore.values[v], pagerankAfter: scoresAfter[v])
    }
    let remaining = simple.nodeCount - suspended.count - 1
    let next = simple.nextRemovals(after: suspended, count: request.next).map { pick in
      WhatIfAnswer.NextSuspension(
        name: graph.names[pick.node], connectedPairs: pick.connectedPairs,
        fragmentationRemaining: remaining < 2
          ? 1 : 1 - 2 * Double(pick.connectedPairs) / (Double(remaining) * Double(remaining - 1)),
        fragmentationAll: simple.nodeCount < 2
          ? 1
          : 1 - 2 * Double(pick.connectedPairs)
            / (Double(simple.nodeCount) * Double(simple.nodeCount - 1)))
    }
    return WhatIfAnswer(
      request: request, nodeCount: simple.nodeCount, edgeCount: simple.edgeCount, before: before,
      after: after, cutOff: cutOff, rankChanges: changes, nextSuspensions: next)
  }
}
