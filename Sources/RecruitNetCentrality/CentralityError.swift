import RecruitNetGraph

/// Why a centrality computation could not give an answer.
public struct CentralityError: RecruitNetError, Equatable {
  /// The kind of problem, with its details.
  public enum Code: Sendable, Equatable {
    /// A power iteration that did not meet its tolerance, as networkx's
    /// `PowerIterationFailedConvergence`: the change in the last iteration (`residual`, in the
    /// measure's own norm) was still above the `threshold` it had to fall below.
    case didNotConverge(measure: String, iterations: Int, residual: Double, threshold: Double)
    /// A parameter outside the range the measure is defined on (`allowed` in words).
    case parameterOutOfRange(name: String, value: Double, allowed: String)
    /// Weights asked for a measure that does not use them.
    case weightsNotUsed(measure: String)
    /// Weighted shortest paths met a length that is not positive and finite.
    case nonPositiveLength(weight: Double)
    /// Weighted clustering on a directed graph (networkx has no such coefficient).
    case weightedClusteringOnDirectedGraph
    /// PageRank personalization weights that are negative, not finite, or sum to zero.
    case badPersonalization
  }

  public var code: Code

  public init(_ code: Code) { self.code = code }

  public var codeName: String { "centrality." + caseName(of: code) }

  public var message: String {
    switch code {
    case .didNotConverge(let measure, let iterations, let residual, let threshold):
      "\(measure) did not converge in \(iterations) iterations (last change \(residual), needed below \(threshold))"
    case .parameterOutOfRange(let name, let value, let allowed):
      "\(name) must be \(allowed), not \(value)"
    case .weightsNotUsed(let measure): "\(measure) does not use edge weights"
    case .nonPositiveLength(let weight):
      "weighted shortest paths need positive, finite edge weights; found \(weight)"
    case .weightedClusteringOnDirectedGraph:
      "weighted clustering is implemented for undirected graphs only"
    case .badPersonalization: "personalization weights must be non-negative with a positive sum"
    }
  }

  static func didNotConverge(
    _ measure: String, iterations: Int, residual: Double, threshold: Double
  ) -> CentralityError {
    CentralityError(
      .didNotConverge(
        measure: measure, iterations: iterations, residual: residual, threshold: threshold))
  }
}
