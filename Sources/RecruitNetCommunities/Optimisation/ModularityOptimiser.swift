/// The settings ``Louvain`` and ``Leiden`` share: both optimise a ``CommunityQuality`` by local
/// moving and aggregation, so ``CommunityAlgorithm`` sets these from ``CommunityOptions`` once
/// for either.
protocol ModularityOptimiser {
  var resolution: Double { get set }
  var seed: UInt64 { get set }
  var quality: CommunityQuality { get set }
  var weighted: Bool { get set }
  var isDirectedModularity: Bool { get set }
  var threads: Int { get set }
}

extension ModularityOptimiser {
  /// A copy with the shared settings taken from `options` (the others left as they are).
  func configured(by options: CommunityOptions) -> Self {
    var optimiser = self
    optimiser.resolution = options.resolution
    optimiser.seed = options.seed
    optimiser.quality = options.quality
    optimiser.weighted = options.weighted
    optimiser.isDirectedModularity = options.directedModularity
    optimiser.threads = options.threads
    return optimiser
  }
}

extension Louvain: ModularityOptimiser {}
extension Leiden: ModularityOptimiser {}
