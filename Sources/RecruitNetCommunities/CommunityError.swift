import RecruitNetGraph

/// Why a community detection could not run.
public struct CommunityError: RecruitNetError, Equatable {
  /// The kind of problem, with its details.
  public enum Code: Sendable, Equatable {
    /// A parameter outside the range the algorithm is defined on (`allowed` in words).
    case parameterOutOfRange(name: String, value: Double, allowed: String)
    /// An edge whose weight is negative or not finite (igraph refuses these too).
    case badWeight(source: String, target: String, weight: Double)
  }

  public var code: Code

  public init(_ code: Code) { self.code = code }

  public var codeName: String { "communities." + caseName(of: code) }

  public var message: String {
    switch code {
    case .parameterOutOfRange(let name, let value, let allowed):
      "\(name) must be \(allowed), not \(value)"
    case .badWeight(let source, let target, let weight):
      "edge \(source) → \(target) has weight \(weight); community detection needs finite, non-negative weights"
    }
  }
}
