import RecruitNetCentrality
import RecruitNetGraph

/// Adaptive attack by a centrality measure recomputed on the remaining graph: PageRank (Brin &
/// Page 1998; RecruitNetCentrality's ``PageRank``, unweighted, damping 0.85) or betweenness
/// (Brandes 2001, exact, or Riondato & Kornaropoulos 2016 sampling above a size, with a seed;
/// ``Betweenness`` and ``SampledBetweenness``). Holme et al. (2002, PRE 65:056109) show the
/// recalculated betweenness attack is among the most damaging.
///
/// The measure is recomputed every `recomputeEvery` removals (1 = after every removal); in
/// between, the next best nodes of the last computation are taken. Ties: the lowest node id.
///
/// - Complexity: (N / recomputeEvery) computations of the measure on the remaining graph: O(M)
///   per PageRank iteration, O(NM) for exact betweenness, O(samples · M) sampled.
package struct CentralityAttack {
  /// Which measure.
  package enum Measure: Sendable {
    case pageRank
    /// Exact up to `sampleAbove` remaining nodes, sampled (ε = `epsilon`, seeded) above.
    case betweenness(sampleAbove: Int, epsilon: Double, seed: UInt64)
  }

  private let graph: SimpleGraph
  /// The nodes 0 ..< N (named by their ids) without edges: each recomputation adds the
  /// remaining edges to it.
  private let skeleton: Graph
  private let measure: Measure
  private let recomputeEvery: Int
  private var removed: [Bool]
  private var remaining: Int
  private var pending: [NodeID] = []

  package init(_ graph: SimpleGraph, measure: Measure, recomputeEvery: Int) {
    self.graph = graph
    var builder = GraphBuilder(isDirected: false, expectedNodes: graph.nodeCount)
    for v in 0..<graph.nodeCount { _ = builder.node(named: String(v)) }
    do {
      skeleton = try builder.build()
    } catch {
      // N named nodes and no rows: within the builder's 32-bit limits by construction.
      preconditionFailure("node table rebuild failed: \(error.message)")
    }
    self.measure = measure
    self.recomputeEvery = max(1, recomputeEvery)
    removed = [Bool](repeating: false, count: graph.nodeCount)
    remaining = graph.nodeCount
  }

  /// Removes and returns the next node, or nil when every node is gone.
  package mutating func next() throws(CentralityError) -> NodeID? {
    if remaining == 0 { return nil }
    if pending.isEmpty { try recompute() }
    let v = pending.removeFirst()
    removed[Int(v)] = true
    remaining -= 1
    return v
  }

  private mutating func recompute() throws(CentralityError) {
    var edges: [(source: NodeID, target: NodeID, weight: Double)] = []
    edges.reserveCapacity(graph.edgeCount)
    for u in 0..<graph.nodeCount where !removed[u] {
      for w in graph.neighbors(of: NodeID(truncatingIfNeeded: u))
      where Int(w) > u && !removed[Int(w)] {
        edges.append((NodeID(truncatingIfNeeded: u), w, 1))
      }
    }
    let layer: Graph
    do {
      layer = try skeleton.replacingEdges(directed: false, typeName: "remaining", edges: edges)
    } catch {
      // Same nodes, unit weights: the builder cannot fail on these rows.
      preconditionFailure("remaining graph rebuild failed: \(error.message)")
    }
    let scores: NodeScores
    switch measure {
    case .pageRank:
      var pageRank = PageRank()
      pageRank.isWeighted = false
      pageRank.threads = 1
      scores = try pageRank.scores(on: layer)
    case .betweenness(let sampleAbove, let epsilon, let seed):
      if remaining > sampleAbove {
        var sampled = SampledBetweenness()
        sampled.epsilon = epsilon
        sampled.seed = seed
        scores = try sampled.scores(on: layer)
      } else {
        scores = try Betweenness().scores(on: layer)
      }
    }
    let alive = (0..<graph.nodeCount).filter { !removed[$0] }
    let take = min(recomputeEvery, alive.count)
    let sorted = alive.sorted { a, b in
      scores.values[a] != scores.values[b] ? scores.values[a] > scores.values[b] : a < b
    }
    pending = sorted.prefix(take).map { NodeID(truncatingIfNeeded: $0) }
  }
}
