import RecruitNetGraph

extension Partition {
  /// The modularity of this partition of `graph`, as networkx's `community.modularity` computes it.
  ///
  /// Undirected (M. E. J. Newman & M. Girvan, "Finding and evaluating community structure in
  /// networks", Phys. Rev. E 69, 026113, 2004, doi:10.1103/PhysRevE.69.026113, with the
  /// resolution γ of J. Reichardt & S. Bornholdt, "Statistical mechanics of community
  /// detection", Phys. Rev. E 74, 016110, 2006, doi:10.1103/PhysRevE.74.016110):
  /// Q = Σ_c [ L_c / m − γ (K_c / 2m)² ], where m is the total edge
  /// weight, L_c the weight of the edges inside c, and K_c the sum of the members' degrees (a
  /// self-loop adds its weight twice to its node's degree and once to L_c).
  ///
  /// Directed (E. A. Leicht & M. E. J. Newman, "Community structure in directed networks",
  /// Phys. Rev. Lett. 100, 118703, 2008, doi:10.1103/PhysRevLett.100.118703), used when
  /// `directed` is true on a directed graph: Q = Σ_c [ L_c / m − γ K^out_c K^in_c / m² ].
  /// With `directed` false a directed graph is read as undirected (each arc an edge).
  ///
  /// Edges of several types count as one edge with the summed weight. Unweighted, every edge
  /// weighs 1. A node marked ``unassigned`` counts as a community of its own. An edgeless graph
  /// has modularity 0 (networkx raises instead).
  ///
  /// - Complexity: O(n + m).
  public func modularity(
    in graph: Graph, resolution: Double = 1, directed: Bool = false, weighted: Bool = true
  ) -> Double {
    let n = graph.nodeCount
    let isDirectedQ = directed && graph.isDirected
    let groups = communityCount + n  // room for a singleton per unassigned node
    var inside = [Double](repeating: 0, count: groups)
    var outSum = [Double](repeating: 0, count: groups)
    var inSum = [Double](repeating: 0, count: groups)
    var total = 0.0
    func group(_ v: NodeID) -> Int {
      let c = communities[Int(v)]
      return c == Partition.unassigned ? communityCount + Int(v) : Int(c)
    }
    graph.forEachEdge { u, v, e in
      let w = weighted ? graph.outWeights[e] : 1
      let cu = group(u)
      let cv = group(v)
      total += w
      outSum[cu] += w
      inSum[cv] += w
      if cu == cv { inside[cu] += w }
    }
    guard total > 0 else { return 0 }
    var q = 0.0
    if isDirectedQ {
      for c in 0..<groups where outSum[c] != 0 || inside[c] != 0 {
        q += inside[c] / total - resolution * outSum[c] * inSum[c] / (total * total)
      }
    } else {
      // Each edge adds its weight to both endpoints' degrees (a self-loop twice to one).
      for c in 0..<groups where outSum[c] != 0 || inSum[c] != 0 {
        let degree = outSum[c] + inSum[c]
        q += inside[c] / total - resolution * (degree / (2 * total)) * (degree / (2 * total))
      }
    }
    return q
  }
}
