import RecruitNetGraph

/// Growing a set of suspected accounts from known seeds: every account outside the set, scored
/// by how strongly it is tied to the set, the way the census studies of extremist Twitter
/// networks grew theirs (J. M. Berger and J. Morgan, "The ISIS Twitter Census", Brookings, 2015:
/// accounts followed by many seeds; M. C. Benigni, K. Joseph and K. M. Carley, "Online extremism
/// and the communities that sustain it", PLoS ONE 12(12):e0181405, 2017: iterative vertex
/// clustering from seeds) and as local graph clustering ranks a seed's neighbourhood
/// (R. Andersen, F. Chung and K. Lang, "Local graph partitioning using PageRank vectors",
/// FOCS 2006: personalized PageRank).
///
/// Scores, for an account `v` outside the seed set `S` (conventions stated so that a reader can
/// recompute them from the edge list):
/// - **seed ties**: the number of distinct seeds adjacent to `v` in either direction;
/// - **seed share**: seed ties divided by the number of distinct accounts adjacent to `v` in
///   either direction (self-loops excluded): the share of its ties that are with the set;
/// - **from seeds**: the summed weight of the edges `s → v` from seeds (with a mention layer:
///   how often seeds mention it); in an undirected graph, the weight of the edges `s — v`;
/// - **to seeds**: the summed weight of the edges `v → s` (0 in an undirected graph);
/// - **personalized PageRank**: PageRank with teleportation to the seeds (computed by the caller,
///   who chooses its parameters; networkx's `pagerank(personalization=...)`).
///
/// Only nodes of the account kind are candidates (not hashtags or domains).
///
/// - Complexity: O(Σ_{s∈S} deg(s) + Σ_v deg(v)) over the candidates `v` adjacent to a seed:
///   the seeds' neighbourhoods are walked once, and each candidate's own degree once.
public struct SeedExpansion: Sendable {
  /// One account outside the set with its scores.
  public struct Candidate: Sendable, Equatable {
    public var node: NodeID
    /// Distinct seeds adjacent in either direction.
    public var seedTies: Int
    /// Distinct accounts adjacent in either direction.
    public var ties: Int
    /// Summed weight of the edges from seeds to the account.
    public var fromSeeds: Double
    /// Summed weight of the edges from the account to seeds.
    public var toSeeds: Double
    /// Personalized PageRank from the seeds (0 when none was given).
    public var personalizedPageRank: Double

    /// `seedTies / ties`, 0 for an account without ties.
    public var seedShare: Double { ties == 0 ? 0 : Double(seedTies) / Double(ties) }
  }

  /// What the candidates are ranked by.
  public enum Ranking: String, Sendable, CaseIterable, Codable {
    /// Seed share, then seed ties.
    case seedShare = "follow-share"
    /// Weight of edges from seeds, then seed ties.
    case fromSeeds = "mentions"
    /// Personalized PageRank.
    case personalizedPageRank = "ppr"
    /// Reciprocal-rank fusion of the three rankings (G. V. Cormack, C. L. A. Clarke and
    /// S. Buettcher, SIGIR 2009): `Σ 1 / (60 + rank)`, so that an account high on every
    /// criterion beats one that tops a single criterion.
    case all
  }

  public init() {}

  /// The accounts outside `seeds` with their scores, in node order.
  ///
  /// - Parameters:
  ///   - personalizedPageRank: PageRank from the seeds, indexed by node (empty: all 0).
  ///   - includeUntied: also list accounts without a seed tie whose personalized PageRank is
  ///     positive (accounts two or more steps from the set).
  public func candidates(
    on graph: Graph, seeds: SeedSet, personalizedPageRank: [Double] = [],
    includeUntied: Bool = false
  ) -> [Candidate] {
    let n = graph.nodeCount
    var seedTies = [Int32](repeating: 0, count: n)
    var fromSeeds = [Double](repeating: 0, count: n)
    var toSeeds = [Double](repeating: 0, count: n)
    // Last seed counted per node: a seed adjacent in both directions (or by several typed edges)
    // counts once.
    var lastSeed = [Int32](repeating: -1, count: n)
    for seed in seeds.members {
      for edge in graph.outEdges(of: seed) {
        let v = Int(graph.outTargets[edge])
        if v == Int(seed) { continue }
        fromSeeds[v] += graph.outWeights[edge]
        if lastSeed[v] != Int32(seed) {
          lastSeed[v] = Int32(seed)
          seedTies[v] += 1
        }
      }
      if graph.isDirected {
        for slot in graph.inOffsets[Int(seed)]..<graph.inOffsets[Int(seed) + 1] {
          let v = Int(graph.inSources[slot])
          if v == Int(seed) { continue }
          toSeeds[v] += graph.outWeights[Int(graph.inEdges[slot])]
          if lastSeed[v] != Int32(seed) {
            lastSeed[v] = Int32(seed)
            seedTies[v] += 1
          }
        }
      }
    }
    var candidates: [Candidate] = []
    for v in graph.nodes where !seeds.contains(v) && graph.names.kindIndex(of: v) == 0 {
      let ppr = personalizedPageRank.isEmpty ? 0 : personalizedPageRank[Int(v)]
      guard seedTies[Int(v)] > 0 || (includeUntied && ppr > 0) else { continue }
      candidates.append(
        Candidate(
          node: v, seedTies: Int(seedTies[Int(v)]), ties: graph.distinctNeighborCount(of: v),
          fromSeeds: fromSeeds[Int(v)], toSeeds: toSeeds[Int(v)], personalizedPageRank: ppr))
    }
    return candidates
  }

  /// The scores of one account, seed or not, computed as for ``candidates(on:seeds:personalizedPageRank:includeUntied:)``.
  ///
  /// - Complexity: O(deg(node)).
  public func scores(
    of node: NodeID, on graph: Graph, seeds: SeedSet, personalizedPageRank: [Double] = []
  ) -> Candidate {
    let ties = graph.ties(of: node, with: seeds)
    var distinctSeeds = 0
    var from = 0.0
    var to = 0.0
    for (index, tie) in ties.enumerated() {
      if index == 0 || ties[index - 1].member != tie.member { distinctSeeds += 1 }
      // Undirected edges count as coming from the seed, as in `candidates`.
      if tie.isFromMember || !graph.isDirected {
        from += graph.outWeights[tie.edge]
      } else {
        to += graph.outWeights[tie.edge]
      }
    }
    return Candidate(
      node: node, seedTies: distinctSeeds, ties: graph.distinctNeighborCount(of: node),
      fromSeeds: from, toSeeds: to,
      personalizedPageRank: personalizedPageRank.isEmpty ? 0 : personalizedPageRank[Int(node)])
  }

  /// `candidates` ordered best first by `ranking`; ties broken by seed ties, then by `name`.
  public func ranked(
    _ candidates: [Candidate], by ranking: Ranking, name: (NodeID) -> String
  ) -> [Candidate] {
    func order(_ key: (Candidate) -> Double) -> [Candidate] {
      candidates.sorted { a, b in
        let (ka, kb) = (key(a), key(b))
        if ka != kb { return ka > kb }
        if a.seedTies != b.seedTies { return a.seedTies > b.seedTies }
        return name(a.node) < name(b.node)
      }
    }
    switch ranking {
    case .seedShare: return order(\.seedShare)
    case .fromSeeds: return order(\.fromSeeds)
    case .personalizedPageRank: return order(\.personalizedPageRank)
    case .all:
      var fused = [NodeID: Double]()
      for single in [Ranking.seedShare, .fromSeeds, .personalizedPageRank] {
        for (rank, candidate) in ranked(candidates, by: single, name: name).enumerated() {
          fused[candidate.node, default: 0] += 1 / (60 + Double(rank + 1))
        }
      }
      return order { fused[$0.node] ?? 0 }
    }
  }
}
