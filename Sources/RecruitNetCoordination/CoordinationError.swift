import RecruitNetGraph

/// Why a coordination network could not be computed.
public struct CoordinationError: RecruitNetError, Equatable {
  public enum Code: Sendable, Equatable {
    /// A window of zero or negative length, or a negative lead or lag.
    case badWindow(String)
    /// A parameter outside its range (`allowed` in words).
    case parameterOutOfRange(name: String, value: Double, allowed: String)
    /// The run would examine more in-window pairs than allowed; `costliest` names the objects
    /// responsible (object, events, pairs).
    case pairBudgetExceeded(pairs: Int, budget: Int, costliest: [String])
    /// The data has no events of the kind the trace needs; `missing` says which field.
    case noTraceData(trace: String, missing: String)
  }

  public var code: Code

  public init(_ code: Code) { self.code = code }

  public var codeName: String { "coordination." + caseName(of: code) }

  public var message: String {
    switch code {
    case .badWindow(let text): "the time window \(text)"
    case .parameterOutOfRange(let name, let value, let allowed):
      "\(name) must be \(allowed), not \(value)"
    case .pairBudgetExceeded(let pairs, let budget, let costliest):
      "the run would examine \(pairs) in-window pairs, over the budget of \(budget); the costliest objects are "
        + costliest.joined(separator: "; ")
        + " (a shorter window, a time slice, or a larger budget)"
    case .noTraceData(let trace, let missing):
      "\(trace) needs \(missing), and the data has none"
    }
  }
}
