import RecruitNetGraph
import RecruitNetTraversal

/// Edge betweenness centrality (M. Girvan & M. E. J. Newman, "Community structure in social and
/// biological networks", PNAS 99(12):7821–7826, 2002, doi:10.1073/pnas.122653799), computed
/// with Brandes's accumulation (U. Brandes, "On variants of shortest-path betweenness centrality
/// and their generic computation", Social Networks 30(2):136–145, 2008,
/// doi:10.1016/j.socnet.2007.11.001): for each edge, the sum over source–target pairs of the
/// share of their shortest paths that use it. The bridges of a network score highest.
///
/// Conventions are networkx's `edge_betweenness_centrality(G, k, normalized, weight, seed)`:
/// - Every ordered pair `(s, t)`, `s ≠ t`, is summed; the endpoints count (an edge carries the
///   pair of its own ends). Directed graphs follow edge directions, and an undirected edge
///   `{u, v}` adds up its two arcs.
/// - Normalized (default) divides by `K(n − 1)`, where `K` is the number of sources (`n`
///   exact); not normalized multiplies by `n / K` and halves for undirected graphs, so an exact
///   undirected value counts each unordered pair once. Graphs with fewer than 2 nodes are not
///   rescaled.
/// - Sampled (`sampleSize = k`): `k` distinct sources drawn with ``SeededGenerator`` from
///   `seed`, their sums scaled by `n / k`, so the estimate has the exact value as expectation and
///   equals it when `k = n`. networkx draws its sources with Python's `random.sample`, which this
///   does not reproduce: the same seed picks other sources (``scores(on:sources:)`` takes given
///   ones).
/// - Unweighted by default; weighted reads the weight as a distance (networkx's `weight=`), or
///   with `PathLength.strength` uses `1 / weight`. Parallel edges of several types are separate
///   arcs (analyses merge the types first).
///
/// Sources are dealt to the threads round-robin, each with its own search and sums, added in
/// thread order (a different thread count can change the last bits).
///
/// - Complexity: O(K·m) time for hop counts and O(K·(m + n log n)) with weighted lengths;
///   O(n + m) memory per thread.
public struct EdgeBetweenness: Sendable {
  public var isNormalized = true
  public var length: PathLength = .hops
  /// The number of sampled sources `k`; nil for every node (exact).
  public var sampleSize: Int? = nil
  /// The seed of the sampled sources.
  public var seed: UInt64 = 0
  public var threads = ParallelLoop.defaultThreadCount

  public init() {}

  /// The scores of every edge: exact, or from `sampleSize` sources drawn from `seed`.
  ///
  /// - Throws: ``CentralityError`` for a sample size outside `1 ... n`, or a weight that is not
  ///   a positive, finite length when weighted.
  public func scores(on graph: Graph) throws(CentralityError) -> EdgeScores {
    let n = graph.nodeCount
    guard let k = sampleSize else {
      return try scores(on: graph, sources: Array(graph.nodes), sampled: false)
    }
    guard k >= 1, k <= max(1, n) else {
      throw CentralityError(
        .parameterOutOfRange(
          name: "sample size k", value: Double(k), allowed: "between 1 and the \(n) nodes"))
    }
    // Partial Fisher–Yates: the first k of a seeded shuffle.
    var random = SeededGenerator(seed: seed)
    var nodes = Array(graph.nodes)
    for i in 0..<min(k, n) {
      let j = i + random.nextInt(below: n - i)
      nodes.swapAt(i, j)
    }
    return try scores(on: graph, sources: Array(nodes.prefix(k)), sampled: true)
  }

  /// The scores from the given sources, scaled as a sample of `sources.count` sources (networkx's
  /// rescaling with `k = sources.count`); for every node once, the exact values.
  public func scores(on graph: Graph, sources: [NodeID]) throws(CentralityError) -> EdgeScores {
    try scores(on: graph, sources: sources, sampled: true)
  }

  private func scores(on graph: Graph, sources: [NodeID], sampled: Bool) throws(CentralityError)
    -> EdgeScores
  {
    try validateWeights(graph, length)
    let n = graph.nodeCount
    let workers = max(1, min(threads, sources.count))
    var partials = [[Double]](repeating: [], count: workers)
    let length = self.length
    graph.withUnsafeAdjacency { adjacency in
      let out = adjacency.outSide
      partials.withUnsafeMutableBufferPointer { partials in
        ParallelLoop.forEachWorker(threads: workers) { worker in
          var search = ShortestPathSearch(nodeCount: n)
          var sums = BrandesAccumulation(nodeCount: n)
          var arcs = [Double](repeating: 0, count: adjacency.outTargets.count)
          var i = worker
          while i < sources.count {
            let s = sources[i]
            search.run(from: s, along: out, length: length)
            sums.add(search, source: Int(s), along: out, length: length, arcTotals: &arcs)
            i += workers
          }
          partials[worker] = arcs
        }
      }
    }
    var arcs = [Double](repeating: 0, count: graph.arcCount)
    for partial in partials where !partial.isEmpty {
      for e in 0..<arcs.count { arcs[e] += partial[e] }
    }
    let k = sources.count
    var scale = 1.0
    if n >= 2 && k > 0 {
      scale =
        isNormalized
        ? 1 / (Double(k) * Double(n - 1))
        : Double(n) / (Double(k) * (graph.isDirected ? 1 : 2))
    }
    var parameters: [NodeScores.Parameter] = [
      .init("normalized", "\(isNormalized)"), .init("weight", length.rawValue),
    ]
    if sampled {
      parameters.append(.init("k", "\(k)"))
      if sampleSize != nil { parameters.append(.init("seed", "\(seed)")) }
    }
    return EdgeScores(graph: graph, arcTotals: arcs, scale: scale, parameters: parameters)
  }
}
