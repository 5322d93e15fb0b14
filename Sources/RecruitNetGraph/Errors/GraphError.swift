/// Why a graph could not be built or viewed as asked.
public struct GraphError: RecruitNetError, Equatable {
  /// The kind of problem, with its details.
  public enum Code: Sendable, Equatable {
    /// A packed graph read back from storage breaks an invariant (`detail` names which).
    case damagedStorage(detail: String)
    /// The network has no edge type of that name.
    case unknownEdgeType(name: String, available: [String])
    /// More nodes, arcs, kinds or types than the 32-bit (or 16-bit) ids hold.
    case tooMany(what: String, limit: UInt64)
  }

  public var code: Code

  public init(_ code: Code) { self.code = code }

  public var codeName: String { "graph." + caseName(of: code) }

  public var message: String {
    switch code {
    case .damagedStorage(let detail): detail
    case .unknownEdgeType(let name, let available):
      "no edge type \"\(name)\"; this network has: \(available.joined(separator: ", "))"
    case .tooMany(let what, let limit): "too many \(what): at most \(limit) are supported"
    }
  }
}
