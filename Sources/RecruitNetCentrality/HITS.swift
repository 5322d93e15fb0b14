import RecruitNetGraph

/// Hubs and authorities (J. M. Kleinberg, "Authoritative sources in a hyperlinked environment",
/// J. ACM 46(5):604–632, 1999, doi:10.1145/324133.324140): authorities are the principal right
/// singular vector of the adjacency matrix `A`, hubs `A a`, each scaled to sum 1.
///
/// networkx's `hits` computes the singular vectors with ARPACK; here they come from the power
/// iteration `a ← Aᵀ A a` from the uniform vector, run until the L1 change of the sum-normalized
/// vector is below `tolerance` (1e-12, tighter than networkx's 1e-8 so the two agree to ~1e-9).
/// When the top singular value is repeated (for example two identical components) the vectors
/// are not unique and both tools may return different valid answers. Weighted by default, as
/// networkx (which reads `A` with `weight="weight"`). An undirected graph's hubs equal its
/// authorities.
///
/// - Complexity: O(k·(n + m)) for k iterations; O(n) memory.
public struct HITS: Sendable {
  public var tolerance = 1e-12
  public var maxIterations = 10_000
  public var isWeighted = true
  public var threads = ParallelLoop.defaultThreadCount

  public init() {}

  /// Hub and authority scores.
  public func scores(on graph: Graph) throws(CentralityError) -> (
    hubs: NodeScores, authorities: NodeScores
  ) {
    let n = graph.nodeCount
    let parameters: [NodeScores.Parameter] = [
      .init("tolerance", "\(tolerance)"), .init("max_iterations", "\(maxIterations)"),
      .init("weighted", "\(isWeighted)"),
    ]
    guard n > 0 else {
      return (
        NodeScores(measure: "hub", values: [], parameters: parameters),
        NodeScores(measure: "authority", values: [], parameters: parameters)
      )
    }
    let adjacency = Adjacency(graph, inWeights: isWeighted)
    var a = [Double](repeating: 1.0 / Double(n), count: n)
    var h = [Double](repeating: 0, count: n)
    var next = [Double](repeating: 0, count: n)
    func normalize(_ values: inout [Double]) {
      var total = 0.0
      for value in values { total += value }
      if total > 0 { for i in values.indices { values[i] /= total } }
    }
    var converged = false
    var lastChange = Double.infinity
    for _ in 0..<maxIterations {
      adjacency.gather(a, into: &h, forward: true, weighted: isWeighted, threads: threads)
      adjacency.gather(h, into: &next, forward: false, weighted: isWeighted, threads: threads)
      normalize(&next)
      let change = next.l1Distance(to: a)
      swap(&a, &next)
      lastChange = change
      if change < tolerance {
        converged = true
        break
      }
    }
    guard converged else {
      throw .didNotConverge(
        "hits", iterations: maxIterations, residual: lastChange, threshold: tolerance)
    }
    adjacency.gather(a, into: &h, forward: true, weighted: isWeighted, threads: threads)
    normalize(&h)
    return (
      NodeScores(measure: "hub", values: h, parameters: parameters),
      NodeScores(measure: "authority", values: a, parameters: parameters)
    )
  }
}
