import RecruitNetCentrality
import RecruitNetGraph

/// One ranking to compute: the measures, the view of the network and every parameter.
///
/// It is also the cache key of each measure's scores (`cacheKey(for:)`): `Codable`, so the
/// key is its JSON and cannot drift from what the computation reads.
public struct CentralityRequest: Sendable {
  /// The measures, in output order (the first one sorts the ranking).
  public var measures: [CentralityMeasure] = [.degree]
  /// Only edges of this type; `nil` merges every type (weights summed).
  public var edgeType: String? = nil
  /// The measures' parameters (thread count included; it does not change any result).
  public var parameters = CentralityParameters()
  /// Seed accounts of personalized PageRank, resolved to nodes when the graph is loaded.
  public var seeds = SeedList()
  /// Answer from the workspace's cache when every measure is there, and store what is computed.
  public var usesCache = true

  public init() {}

  /// What a measure's cached scores depend on.
  struct CacheKey: Codable, Equatable {
    var measure: String
    var edgeType: String?
    var directed: Bool?
    var weighted: Bool?
    var weightAs: String
    var normalized: Bool
    var damping: Double?
    var alpha: Double?
    var beta: Double?
    var tolerance: Double?
    var maxIterations: Int?
    var iterations: Int?
    var epsilon: Double?
    var delta: Double?
    var seed: UInt64?
    var seeds: [SeedList.Seed]?
    /// The time slice, when the network is one (nil: the whole network; old keys unchanged).
    var since: Int64?
    var until: Int64?
  }

  /// The cache key of `measure` under this request, on a network viewed with `directed`.
  func cacheKey(
    for measure: CentralityMeasure, directed: Bool?, since: Int64? = nil, until: Int64? = nil
  ) -> CacheKey {
    let p = parameters
    var key = CacheKey(
      measure: measure.rawValue, edgeType: edgeType, directed: directed, weighted: p.weighted,
      weightAs: p.weightAs == .strength ? "strength" : "distance", normalized: p.isNormalized)
    key.since = since
    key.until = until
    switch measure {
    case .pagerank:
      key.damping = p.damping
      key.tolerance = p.tolerance
      key.maxIterations = p.maxIterations
      key.iterations = p.iterations
      key.seeds = seeds.seeds.sorted { ($0.name, $0.weight) < ($1.name, $1.weight) }
    case .eigenvector, .hub, .authority:
      key.tolerance = p.tolerance
      key.maxIterations = p.maxIterations
    case .katz:
      key.alpha = p.alpha
      key.beta = p.beta
      key.tolerance = p.tolerance
      key.maxIterations = p.maxIterations
    case .betweennessApprox:
      key.epsilon = p.epsilon
      key.delta = p.delta
      key.seed = p.seed
    default: break
    }
    return key
  }
}

/// A computed ranking: one score vector per measure, and the names to print them by.
public struct CentralityResult: Sendable {
  public var scores: [NodeScores]
  public var names: NodeNames
  public var isDirected: Bool
  /// Whether every measure came from the workspace's cache.
  public var isCached: Bool
}
