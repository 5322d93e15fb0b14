import RecruitNetGraph

/// Eigenvector centrality (P. Bonacich, "Factoring and weighting approaches to status scores and
/// clique identification", J. Math. Sociology 2(1):113–120, 1972,
/// doi:10.1080/0022250X.1972.9989806; the limit of the family in P. Bonacich, "Power and
/// centrality: a family of measures", Am. J. Sociology 92(5):1170–1182, 1987, doi:10.1086/228631).
///
/// networkx's `eigenvector_centrality` step for step: power iteration with `A + I` (the identity
/// shift makes it converge on bipartite graphs) from the uniform vector, summing over in-edges
/// (for a directed graph a node is central when central nodes point to it: the left
/// eigenvector), normalized to unit Euclidean length, stopping when the L1 change is below
/// `n × tolerance` (1e-6), and throwing after `maxIterations` (100). Unweighted by default, as
/// networkx (`weight=None`); weighted multiplies by edge weights.
///
/// - Complexity: O(k·(n + m)) for k iterations; O(n) memory.
public struct EigenvectorCentrality: Sendable {
  public var tolerance = 1e-6
  public var maxIterations = 100
  public var isWeighted = false
  public var threads = ParallelLoop.defaultThreadCount

  public init() {}

  public func scores(on graph: Graph) throws(CentralityError) -> NodeScores {
    let n = graph.nodeCount
    let parameters: [NodeScores.Parameter] = [
      .init("tolerance", "\(tolerance)"), .init("max_iterations", "\(maxIterations)"),
      .init("weighted", "\(isWeighted)"),
    ]
    guard n > 0 else {
      return NodeScores(measure: "eigenvector", values: [], parameters: parameters)
    }
    let adjacency = Adjacency(graph, inWeights: isWeighted)
    var x = [Double](repeating: 1.0 / Double(n), count: n)
    var y = [Double](repeating: 0, count: n)
    var lastError = Double.infinity
    for _ in 0..<maxIterations {
      adjacency.gather(x, into: &y, forward: false, weighted: isWeighted, threads: threads)
      var squares = 0.0
      for v in 0..<n {
        y[v] += x[v]
        squares += y[v] * y[v]
      }
      var norm = squares.squareRoot()
      if norm == 0 { norm = 1 }
      var error = 0.0
      for v in 0..<n {
        y[v] /= norm
        error += Swift.abs(y[v] - x[v])
      }
      swap(&x, &y)
      lastError = error
      if error < Double(n) * tolerance {
        return NodeScores(measure: "eigenvector", values: x, parameters: parameters)
      }
    }
    throw .didNotConverge(
      "eigenvector", iterations: maxIterations, residual: lastError,
      threshold: Double(n) * tolerance)
  }
}
