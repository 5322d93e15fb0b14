import RecruitNetGraph

/// Every measure the toolkit computes, by its command-line name, with the networkx function it
/// matches and that function's default for edge weights.
public enum CentralityMeasure: String, Sendable, CaseIterable {
  case degree
  case inDegree = "in-degree"
  case outDegree = "out-degree"
  case strength
  case inStrength = "in-strength"
  case outStrength = "out-strength"
  case pagerank, eigenvector, katz, hub, authority
  case betweenness
  case betweennessApprox = "betweenness-approx"
  case closeness, harmonic
  case coreness
  case inCoreness = "in-coreness"
  case outCoreness = "out-coreness"
  case clustering, constraint
  case effectiveSize = "effective-size"

  /// The reference implementation whose numbers this measure reproduces.
  public var reference: String {
    switch self {
    case .degree: "networkx G.degree()"
    case .inDegree: "networkx G.in_degree()"
    case .outDegree: "networkx G.out_degree()"
    case .strength: "networkx G.degree(weight='weight')"
    case .inStrength: "networkx G.in_degree(weight='weight')"
    case .outStrength: "networkx G.out_degree(weight='weight')"
    case .pagerank:
      "networkx pagerank(alpha=0.85, tol=1e-6, weight='weight'; personalization from seed accounts)"
    case .eigenvector: "networkx eigenvector_centrality(tol=1e-6, weight=None); in-edges"
    case .katz:
      "networkx katz_centrality(alpha=0.1, beta=1, tol=1e-6, normalized=True, weight=None)"
    case .hub: "networkx hits()[0] (weight='weight'), hubs summing to 1"
    case .authority: "networkx hits()[1] (weight='weight'), authorities summing to 1"
    case .betweenness: "networkx betweenness_centrality(normalized=True, weight=None)"
    case .betweennessApprox:
      "Riondato–Kornaropoulos sampling, networkx's normalized scale (error ε, failure probability δ, seed)"
    case .closeness: "networkx closeness_centrality(wf_improved=True, distance=None); in-distances"
    case .harmonic: "networkx harmonic_centrality(distance=None); in-distances"
    case .coreness: "networkx core_number() (self-loops ignored)"
    case .inCoreness: "igraph coreness(mode='in')"
    case .outCoreness: "igraph coreness(mode='out')"
    case .clustering: "networkx clustering(weight=None); Fagiolo's directed coefficient"
    case .constraint: "networkx constraint(weight=None)"
    case .effectiveSize: "networkx effective_size(weight=None)"
    }
  }

  /// Whether the networkx function uses edge weights by default.
  public var isWeightedByDefault: Bool {
    switch self {
    case .strength, .inStrength, .outStrength, .pagerank, .hub, .authority: true
    default: false
    }
  }

  /// Whether the measure can use weights at all (`--weighted`).
  public var acceptsWeights: Bool {
    switch self {
    case .degree, .inDegree, .outDegree, .strength, .inStrength, .outStrength: false
    case .coreness, .inCoreness, .outCoreness, .betweennessApprox: false
    default: true
    }
  }

  /// Whether the result depends on `--seed`.
  public var isRandomized: Bool { self == .betweennessApprox }
}

/// Parameters shared by the measures; each measure reads the ones it has.
public struct CentralityParameters: Sendable {
  /// nil: the networkx default for the measure; true or false: `--weighted` / `--unweighted`.
  public var weighted: Bool? = nil
  /// For path-based measures with weights: distance (default) or strength (1/w).
  public var weightAs: PathLength = .distance
  /// Betweenness: networkx's normalization (default) or raw pair sums.
  public var isNormalized = true
  public var damping = 0.85
  public var alpha: Double? = nil
  public var beta = 1.0
  public var tolerance: Double? = nil
  public var maxIterations: Int? = nil
  public var iterations: Int? = nil
  public var epsilon = 0.01
  public var delta = 0.1
  public var seed: UInt64 = 0
  public var personalization: [NodeID: Double]? = nil
  public var threads = ParallelLoop.defaultThreadCount

  public init() {}
}

extension CentralityMeasure {
  /// Computes the measure on `graph` (already restricted to an edge type or merged).
  public func scores(on graph: Graph, parameters p: CentralityParameters = .init())
    throws(CentralityError) -> NodeScores
  {
    let weighted = p.weighted ?? isWeightedByDefault
    if weighted && !acceptsWeights && p.weighted == true {
      throw CentralityError(.weightsNotUsed(measure: rawValue))
    }
    let length: PathLength = weighted ? p.weightAs : .hops
    var scores: NodeScores
    switch self {
    case .degree: scores = DegreeCentrality(direction: .all).scores(on: graph)
    case .inDegree: scores = DegreeCentrality(direction: .in).scores(on: graph)
    case .outDegree: scores = DegreeCentrality(direction: .out).scores(on: graph)
    case .strength: scores = DegreeCentrality(direction: .all, isWeighted: true).scores(on: graph)
    case .inStrength: scores = DegreeCentrality(direction: .in, isWeighted: true).scores(on: graph)
    case .outStrength:
      scores = DegreeCentrality(direction: .out, isWeighted: true).scores(on: graph)
    case .pagerank:
      var algorithm = PageRank()
      algorithm.damping = p.damping
      algorithm.isWeighted = weighted
      if let tolerance = p.tolerance { algorithm.tolerance = tolerance }
      if let maxIterations = p.maxIterations { algorithm.maxIterations = maxIterations }
      algorithm.fixedIterations = p.iterations
      algorithm.personalization = p.personalization
      algorithm.threads = p.threads
      scores = try algorithm.scores(on: graph)
    case .eigenvector:
      var algorithm = EigenvectorCentrality()
      algorithm.isWeighted = weighted
      if let tolerance = p.tolerance { algorithm.tolerance = tolerance }
      if let maxIterations = p.maxIterations { algorithm.maxIterations = maxIterations }
      algorithm.threads = p.threads
      scores = try algorithm.scores(on: graph)
    case .katz:
      var algorithm = KatzCentrality()
      if let alpha = p.alpha { algorithm.alpha = alpha }
      algorithm.beta = p.beta
      algorithm.isWeighted = weighted
      if let tolerance = p.tolerance { algorithm.tolerance = tolerance }
      if let maxIterations = p.maxIterations { algorithm.maxIterations = maxIterations }
      algorithm.threads = p.threads
      scores = try algorithm.scores(on: graph)
    case .hub, .authority:
      var algorithm = HITS()
      algorithm.isWeighted = weighted
      if let tolerance = p.tolerance { algorithm.tolerance = tolerance }
      if let maxIterations = p.maxIterations { algorithm.maxIterations = maxIterations }
      algorithm.threads = p.threads
      let (hubs, authorities) = try algorithm.scores(on: graph)
      scores = self == .hub ? hubs : authorities
    case .betweenness:
      var algorithm = Betweenness()
      algorithm.length = length
      algorithm.isNormalized = p.isNormalized
      algorithm.threads = p.threads
      scores = try algorithm.scores(on: graph)
    case .betweennessApprox:
      var algorithm = SampledBetweenness()
      algorithm.epsilon = p.epsilon
      algorithm.delta = p.delta
      algorithm.seed = p.seed
      algorithm.threads = p.threads
      scores = try algorithm.scores(on: graph)
    case .closeness, .harmonic:
      var algorithm = Closeness(self == .closeness ? .closeness : .harmonic)
      algorithm.length = length
      algorithm.threads = p.threads
      scores = try algorithm.scores(on: graph)
    case .coreness: scores = CoreNumber(direction: .all).scores(on: graph)
    case .inCoreness: scores = CoreNumber(direction: .in).scores(on: graph)
    case .outCoreness: scores = CoreNumber(direction: .out).scores(on: graph)
    case .clustering:
      var algorithm = ClusteringCoefficient()
      algorithm.isWeighted = weighted
      algorithm.threads = p.threads
      scores = try algorithm.scores(on: graph)
    case .constraint, .effectiveSize:
      var algorithm = Brokerage(self == .constraint ? .constraint : .effectiveSize)
      algorithm.isWeighted = weighted
      algorithm.threads = p.threads
      scores = algorithm.scores(on: graph)
    }
    scores.measure = rawValue
    return scores
  }
}
