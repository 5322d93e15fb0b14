/// Why a centrality computation could not give an answer.
public struct CentralityError: Error, Sendable, Equatable, CustomStringConvertible {
  public var message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }

  /// A power iteration that did not meet its tolerance, as networkx's
  /// `PowerIterationFailedConvergence`.
  static func didNotConverge(_ measure: String, iterations: Int) -> CentralityError {
    CentralityError("\(measure) did not converge in \(iterations) iterations; raise --max-iterations or --tolerance")
  }
}
