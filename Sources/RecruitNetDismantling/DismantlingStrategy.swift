import RecruitNetGraph

/// How the nodes to remove are chosen. Every strategy except ``custom(_:)`` is adaptive: scores
/// are recomputed on the remaining graph after each removal. Ties go to the lowest node id
/// (Collective Influence first prefers the higher current degree).
public enum DismantlingStrategy: Sendable, Equatable {
  /// Highest remaining degree (``DegreeAttack``).
  case degree
  /// Collective Influence CI_ℓ with ball radius ℓ = `radius` (1, 2 or 3) (Morone & Makse 2015).
  case collectiveInfluence(radius: Int)
  /// Highest degree in the 2-core, then degree on the remaining forest (Zdeborová et al. 2016).
  case coreHD
  /// Highest PageRank on the remaining graph, recomputed every `recomputeEvery` removals.
  case pageRank(recomputeEvery: Int)
  /// Highest betweenness on the remaining graph, recomputed every `recomputeEvery` removals;
  /// exact up to `sampleAbove` remaining nodes, sampled (ε = `epsilon`, `seed`) above.
  case betweenness(recomputeEvery: Int, sampleAbove: Int, epsilon: Double, seed: UInt64)
  /// A given order; nodes not in the list are not removed by the strategy.
  case custom([NodeID])

  /// The short name used on the command line and in reports: `degree`, `ci:2`, `corehd`, …
  public var name: String {
    switch self {
    case .degree: "degree"
    case .collectiveInfluence(let radius): "ci:\(radius)"
    case .coreHD: "corehd"
    case .pageRank: "pagerank"
    case .betweenness: "betweenness"
    case .custom: "custom"
    }
  }

  /// The parameters as name–value pairs, for reports.
  public var parameters: [(name: String, value: String)] {
    switch self {
    case .degree, .coreHD: []
    case .collectiveInfluence(let radius): [("radius", "\(radius)")]
    case .pageRank(let every): [("damping", "0.85"), ("recompute_every", "\(every)")]
    case .betweenness(let every, let above, let epsilon, let seed):
      [
        ("recompute_every", "\(every)"), ("sample_above", "\(above)"),
        ("epsilon", "\(epsilon)"), ("seed", "\(seed)"),
      ]
    case .custom(let order): [("listed", "\(order.count)")]
    }
  }
}
