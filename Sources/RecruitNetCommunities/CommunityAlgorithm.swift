import RecruitNetGraph

/// The community-detection algorithms, by their command-line names.
///
/// This is the one entry point other modules (the CLI, diagrams) use to turn an algorithm name
/// and its options into a ``Partition``.
public enum CommunityAlgorithm: String, Sendable, CaseIterable {
  case leiden, louvain, labelprop, infomap, wcc, scc

  /// Whether the algorithm draws random numbers (and so takes a seed).
  public var isRandomized: Bool {
    switch self {
    case .leiden, .louvain, .labelprop, .infomap: true
    case .wcc, .scc: false
    }
  }
}

/// Options shared by the algorithms; each algorithm reads the ones that apply to it.
public struct CommunityOptions: Sendable {
  /// Infomap: independent trials, the shortest codelength wins (igraph's default, 10).
  public var trials = 10
  /// Infomap: teleportation probability τ of the directed flow.
  public var teleportation = 0.15
  /// Infomap: encode teleportation steps (Infomap's `--to-nodes --recorded-teleportation`); the default is not to.
  public var recordsTeleportation = false
  /// Label propagation: sweeps before giving up on convergence.
  public var maxIterations = 1000
  /// Modularity resolution γ (Louvain, Leiden) or the CPM resolution (Leiden with `quality: .cpm`).
  public var resolution = 1.0
  /// Seed of every random choice: the same seed gives the same partition on any thread count.
  public var seed: UInt64 = 0
  /// Use edge weights (summed over merged edge types).
  public var weighted = true
  /// Threads for the parallel parts (the result does not depend on it).
  public var threads = ParallelLoop.defaultThreadCount
  /// Louvain's and Leiden's quality function.
  public var quality = CommunityQuality.modularity
  /// Louvain and Leiden on a directed graph: optimise directed (Leicht–Newman) modularity.
  public var directedModularity = false
  /// Leiden iterations; negative: until an iteration moves no node (leidenalg's `n_iterations=-1`).
  public var iterations = -1

  public init() {}
}

extension CommunityAlgorithm {
  /// Runs the algorithm on `graph` (all edge types merged) and returns a canonical partition
  /// recording the algorithm and its parameters.
  ///
  /// - Complexity: that of the algorithm: O(n + m) for `wcc` and `scc`; O(m) per sweep or pass
  ///   for ``Leiden``, ``Louvain``, ``LabelPropagation`` and ``Infomap`` (see each type).
  public func detect(in graph: Graph, options: CommunityOptions = .init()) throws(CommunityError)
    -> Partition
  {
    switch self {
    case .wcc:
      return Partition(labels: graph.weakComponents().componentOf, algorithm: rawValue)
    case .scc:
      return Partition(labels: graph.strongComponents().componentOf, algorithm: rawValue)
    case .leiden:
      var leiden = Leiden().configured(by: options)
      leiden.iterations = options.iterations
      return try leiden.detect(in: graph)
    case .louvain:
      return try Louvain().configured(by: options).detect(in: graph)
    case .labelprop:
      return try LabelPropagation(
        seed: options.seed, isWeighted: options.weighted, maxIterations: options.maxIterations
      )
      .detect(in: graph)
    case .infomap:
      var infomap = Infomap(seed: options.seed, trials: options.trials)
      infomap.teleportation = options.teleportation
      infomap.isWeighted = options.weighted
      infomap.recordsTeleportation = options.recordsTeleportation
      infomap.threads = options.threads
      return try infomap.detect(in: graph)
    }
  }
}
