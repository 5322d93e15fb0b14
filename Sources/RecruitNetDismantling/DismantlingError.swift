import RecruitNetGraph

/// Why a dismantling run could not start or finish.
public struct DismantlingError: RecruitNetError, Equatable {
  /// The kind of problem, with its details.
  public enum Code: Sendable, Equatable {
    /// `until` outside [0, 1].
    case untilOutOfRange(Double)
    /// A Collective Influence radius below 1.
    case radiusOutOfRange(Int)
    /// A custom order naming a node id that is not in the graph, or naming one twice.
    case badCustomOrder(node: Int, reason: String)
    /// The centrality behind an adaptive attack failed (PageRank did not converge, …).
    case centralityFailed(String)
  }

  public var code: Code

  public init(_ code: Code) { self.code = code }

  public var codeName: String { "dismantling." + caseName(of: code) }

  public var message: String {
    switch code {
    case .untilOutOfRange(let value): "until must be between 0 and 1, not \(value)"
    case .radiusOutOfRange(let value):
      "the Collective Influence radius must be 1, 2 or 3 (ci:1, ci:2, ci:3), not \(value)"
    case .badCustomOrder(let node, let reason): "custom order: node \(node) \(reason)"
    case .centralityFailed(let message): "adaptive centrality failed: \(message)"
    }
  }
}
