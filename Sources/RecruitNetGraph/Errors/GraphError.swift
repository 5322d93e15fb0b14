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
    /// A builder row whose node id the builder did not hand out (from another builder?).
    case nodeOutOfRange(row: Int, id: NodeID, nodeCount: Int)
    /// A builder row whose weight is infinite or not a number.
    case invalidWeight(row: Int, weight: Double)
    /// A builder row whose edge type index was not registered with the builder.
    case unknownEdgeTypeIndex(row: Int, index: Int, typeCount: Int)
    /// Rows of one edge whose weights, merged, exceed the largest finite double.
    case mergedWeightOverflow(source: String, target: String)
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
    case .nodeOutOfRange(let row, let id, let nodeCount):
      "edge row \(row + 1) refers to node id \(id), but the builder has \(nodeCount) nodes"
    case .invalidWeight(let row, let weight):
      "edge row \(row + 1) has weight \(weight); weights must be finite"
    case .unknownEdgeTypeIndex(let row, let index, let typeCount):
      "edge row \(row + 1) has edge type index \(index), but \(typeCount) types are registered"
    case .mergedWeightOverflow(let source, let target):
      "the rows of the edge \(source) -> \(target) add up to a weight beyond the largest number a double holds (about 1.8e308); expected weights whose sum stays finite"
    }
  }
}
