import Foundation
import RecruitNetCoordination

/// The backbone and significance test a coordination request may ask for, recorded with its
/// parameters (Codable, so that a saved layer says how its edges were chosen).
public struct CoordinationBackboneSpec: Sendable, Equatable, Codable {
  public enum Kind: String, Sendable, Codable, CaseIterable {
    case percentile, top, disparity
  }
  public var kind: Kind
  /// The percentile (0–100), the k of top-k, or the disparity α.
  public var value: Double
  /// Judge each directed edge on its own instead of each pair of accounts as one edge.
  public var directed = false

  public init(kind: Kind, value: Double, directed: Bool = false) {
    self.kind = kind
    self.value = value
    self.directed = directed
  }

  /// The library's filter.
  public var backbone: CoordinationBackbone {
    let filter: CoordinationBackbone.Filter =
      switch kind {
      case .percentile: .percentile(value)
      case .top: .topK(Int(value))
      case .disparity: .disparity(alpha: value)
      }
    return CoordinationBackbone(filter, isDirected: directed)
  }

  /// `percentile:90`, `top:3`, `disparity:0.05`.
  public var description: String {
    "\(kind.rawValue):\(kind == .top ? String(Int(value)) : String(value))"
      + (directed ? " (directed)" : "")
  }
}

extension CoordinationRequest.Result {
  /// The p- and q-values of each edge when a significance test ran, by (source, target).
  public func significance(of edge: CoordinationEdge) -> CoordinationEdgeSignificance? {
    guard let test = significance else { return nil }
    let key = (edge.source, edge.target)
    var low = 0
    var high = test.edges.count
    while low < high {
      let mid = (low + high) / 2
      let probe = (test.edges[mid].edge.source, test.edges[mid].edge.target)
      if probe < key { low = mid + 1 } else { high = mid }
    }
    guard low < test.edges.count, test.edges[low].edge.source == edge.source,
      test.edges[low].edge.target == edge.target
    else { return nil }
    return test.edges[low]
  }
}
