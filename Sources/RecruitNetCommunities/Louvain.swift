import RecruitNetGraph

/// Louvain community detection: greedy modularity optimisation by local moving and aggregation.
///
/// Each level starts with every node in its own community, moves nodes (in a seeded random
/// order, pass after pass) to the neighbouring community that increases the quality most until
/// a pass moves nothing, then aggregates each community into one node and repeats on the
/// aggregate, until a level moves no node.
///
/// ```swift
/// let partition = try Louvain(resolution: 1, seed: 42).detect(in: graph)
/// ```
///
/// Reference: V. D. Blondel, J.-L. Guillaume, R. Lambiotte, E. Lefebvre, "Fast unfolding of
/// communities in large networks", J. Stat. Mech. P10008 (2008), doi:10.1088/1742-5468/2008/10/P10008.
/// Directed modularity: N. Dugué, A. Perez, "Directed Louvain: maximizing modularity in
/// directed networks", research report, Université d'Orléans (2015), hal-01231784 (published as
/// "Direction matters in complex networks: a theoretical and applied study for greedy modularity
/// optimization", Physica A 603:127798, 2022, doi:10.1016/j.physa.2022.127798), with Leicht &
/// Newman's null model.
///
/// Conventions: all edge types merged, weights summed (or 1 each with `weighted` false).
/// By default undirected modularity with resolution γ on the undirected projection (a directed
/// graph's arcs read as undirected edges, summed), the value networkx's
/// `community.modularity(G.to_undirected-with-summed-weights)` and igraph's
/// `community_multilevel` optimise; `isDirectedModularity` optimises Leicht–Newman directed
/// modularity instead. ``CommunityQuality/cpm`` is accepted too. Communities need not be
/// connected (use ``Leiden`` for that guarantee).
///
/// Reproducibility: local moving is sequential by design (a parallel local move depends on thread
/// timing); only aggregation runs on `threads` workers, each building whole rows, so the same
/// seed gives the same partition on any machine and thread count.
///
/// - Complexity: O(m) per pass; in practice near-linear in m overall.
public struct Louvain: Sendable {
  /// Resolution γ (≥ 0): higher values give more, smaller communities.
  public var resolution = 1.0
  /// The quality maximised.
  public var quality = CommunityQuality.modularity
  /// Seed of the node orders.
  public var seed: UInt64 = 0
  /// Use edge weights; otherwise every (merged) edge weighs 1.
  public var weighted = true
  /// On a directed graph, optimise directed (Leicht–Newman) modularity.
  public var isDirectedModularity = false
  /// The most aggregation levels (negative: until no node moves).
  public var maxLevels = -1

  /// Workers for aggregation (the result does not depend on it).
  public var threads = ParallelLoop.defaultThreadCount

  /// Louvain with the given resolution and seed, other parameters at their defaults.
  public init(resolution: Double = 1, seed: UInt64 = 0) {
    self.resolution = resolution
    self.seed = seed
  }

  /// The partition Louvain finds in `graph`, recording its parameters.
  ///
  /// - Throws: ``CommunityError`` for a negative or non-finite resolution or edge weight.
  /// - Complexity: O(m) per local-moving pass and O(n + m) per aggregation, over a few passes
  ///   per level and a few levels; near-linear in m in practice.
  public func detect(in graph: Graph) throws(CommunityError) -> Partition {
    guard resolution >= 0 && resolution.isFinite else {
      throw CommunityError(
        .parameterOutOfRange(name: "resolution", value: resolution, allowed: "a finite number ≥ 0"))
    }
    let merged = graph.mergingEdgeTypes()
    let isDirected = isDirectedModularity && merged.isDirected && quality == .modularity
    var network = try WeightedNetwork(
      graph: merged, weighted: weighted, quality: quality, directed: isDirected)
    let function = QualityFunction(
      quality: quality, resolution: resolution, isDirected: isDirected,
      totalWeight: network.totalWeight)
    var generator = SeededGenerator(seed: seed)
    // The level-ℓ node of each original node.
    var nodeOf = (0..<merged.nodeCount).map { UInt32(truncatingIfNeeded: $0) }
    var levels = 0
    while maxLevels < 0 || levels < maxLevels {
      let n = network.nodeCount
      let singletons = (0..<n).map { UInt32(truncatingIfNeeded: $0) }
      let moving = LocalMoving(network: network, quality: function, initial: singletons)
      let moves = moving.moveNodesInPasses(order: generator.permutation(n))
      if moves == 0 { break }
      levels += 1
      let (community, count) = denseLabels(moving.communities, bound: n)
      for i in nodeOf.indices { nodeOf[i] = community[Int(nodeOf[i])] }
      network = network.aggregated(by: community, count: count, threads: threads)
    }
    return Partition(labels: nodeOf, algorithm: "louvain", parameters: parameters(levels: levels))
  }

  func parameters(levels: Int) -> [(name: String, value: String)] {
    [
      ("quality", quality.rawValue), ("resolution", "\(resolution)"), ("seed", "\(seed)"),
      ("weighted", "\(weighted)"), ("directed", "\(isDirectedModularity)"), ("levels", "\(levels)"),
    ]
  }
}
