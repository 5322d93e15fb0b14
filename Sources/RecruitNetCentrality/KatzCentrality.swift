import RecruitNetGraph

/// Katz centrality (L. Katz, "A new status index derived from sociometric analysis",
/// Psychometrika 18(1):39–43, 1953, doi:10.1007/BF02289026): `x = α Aᵀ x + β`.
///
/// networkx's `katz_centrality` step for step: from the zero vector, `x[v] ← α Σ_{u → v} x[u] w
/// + β` (in-edges for a directed graph), stopping when the L1 change is below `n × tolerance`
/// (1e-6), throwing after `maxIterations` (1000), then scaled to unit Euclidean length when
/// `isNormalized` (the default). Defaults α = 0.1, β = 1, unweighted, as networkx. α must be
/// below 1/λ_max for the series to converge.
///
/// - Complexity: O(k·(n + m)) for k iterations; O(n) memory.
public struct KatzCentrality: Sendable {
  public var alpha = 0.1
  public var beta = 1.0
  public var tolerance = 1e-6
  public var maxIterations = 1000
  public var isNormalized = true
  public var isWeighted = false
  public var threads = ParallelLoop.defaultThreadCount

  public init() {}

  public func scores(on graph: Graph) throws(CentralityError) -> NodeScores {
    let n = graph.nodeCount
    let parameters: [NodeScores.Parameter] = [
      .init("alpha", "\(alpha)"), .init("beta", "\(beta)"), .init("tolerance", "\(tolerance)"),
      .init("max_iterations", "\(maxIterations)"), .init("normalized", "\(isNormalized)"),
      .init("weighted", "\(isWeighted)"),
    ]
    guard n > 0 else { return NodeScores(measure: "katz", values: [], parameters: parameters) }
    let adjacency = Adjacency(graph, inWeights: isWeighted)
    var x = [Double](repeating: 0, count: n)
    var y = [Double](repeating: 0, count: n)
    var lastError = Double.infinity
    for _ in 0..<maxIterations {
      adjacency.gather(x, into: &y, forward: false, weighted: isWeighted, threads: threads)
      var error = 0.0
      for v in 0..<n {
        y[v] = alpha * y[v] + beta
        error += Swift.abs(y[v] - x[v])
      }
      swap(&x, &y)
      lastError = error
      if error < Double(n) * tolerance {
        if isNormalized {
          var squares = 0.0
          for value in x { squares += value * value }
          let scale = squares > 0 ? 1 / squares.squareRoot() : 1
          for v in 0..<n { x[v] *= scale }
        }
        return NodeScores(measure: "katz", values: x, parameters: parameters)
      }
    }
    throw .didNotConverge(
      "katz", iterations: maxIterations, residual: lastError, threshold: Double(n) * tolerance)
  }
}
