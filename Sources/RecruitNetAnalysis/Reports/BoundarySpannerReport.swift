import Foundation
import RecruitNetBrokerage
import RecruitNetIO

/// Boundary spanners as text: the accounts tied to both groups, their tie counts and the
/// shortest paths from one group to the other.
public struct BoundarySpannerReport: Sendable {
  public var answer: BoundarySpannerAnswer
  public var network: String
  /// Spanners listed; nil: 20 in a table, all in csv and json.
  public var top: Int?
  public var pseudonymizer: Pseudonymizer?

  public init(
    answer: BoundarySpannerAnswer, network: String, top: Int?, pseudonymizer: Pseudonymizer?
  ) {
    self.answer = answer
    self.network = network
    self.top = top
    self.pseudonymizer = pseudonymizer
  }

  static func conventions(isDirected: Bool) -> String {
    "a tie is a neighbour in either direction, counted once (types, weights, repeats and self-loops ignored); members of either group can span; "
      + (isDirected ? "paths follow edge directions from A to B" : "paths are undirected")
  }

  public func text(_ format: ReportFormat) -> String {
    let a = answer
    let shown = PrintedNames(names: a.names, pseudonymizer: pseudonymizer)
    let spanners = Array(a.result.spanners.prefix(top ?? (format == .table ? 20 : .max)))
    let groupName = { (g: UInt32) in a.groups.names[Int(g)] }
    let path = a.result.path.map { shown($0) }
    switch format {
    case .json:
      let object: [String: Any] = [
        "network": network, "edge_type": a.request.edgeType ?? "all (merged)",
        "grouping": a.request.grouping.argument, "nodes": a.nodeCount, "edges": a.edgeCount,
        "directed": a.isDirected,
        "group_a": ["name": a.request.groupA, "size": a.sizeA],
        "group_b": ["name": a.request.groupB, "size": a.sizeB],
        "conventions": Self.conventions(isDirected: a.isDirected),
        "distance": a.result.distance.map { $0 as Any } ?? NSNull(), "shortest_path": path,
        "nodes_on_shortest_paths": a.result.nodesOnShortestPaths,
        "spanner_count": a.result.spanners.count,
        "spanners": spanners.map { s -> [String: Any] in
          [
            "account": shown(s.node), "group": groupName(s.group), "ties_to_a": s.tiesToA,
            "ties_to_b": s.tiesToB,
            "path_length": s.pathLength.map { $0 as Any } ?? NSNull(),
          ]
        },
      ]
      return JSONText.encode(object) + "\n"
    case .csv:
      var text = CSVText.row(["account", "group", "ties_to_a", "ties_to_b", "path_length"])
      for s in spanners {
        text += CSVText.row([
          shown(s.node), groupName(s.group), String(s.tiesToA), String(s.tiesToB),
          s.pathLength.map(String.init) ?? "",
        ])
      }
      return text
    case .table:
      var lines = [
        "boundary spanners between '\(a.request.groupA)' (\(a.sizeA) nodes) and '\(a.request.groupB)' (\(a.sizeB) nodes) of \(a.request.grouping.argument): \(a.result.spanners.count)",
        Self.conventions(isDirected: a.isDirected),
      ]
      if let distance = a.result.distance {
        lines.append(
          "shortest path from A to B: \(distance) hop\(distance == 1 ? "" : "s"), e.g. \(path.joined(separator: " -> ")); \(a.result.nodesOnShortestPaths) nodes lie on shortest A-B paths"
        )
      } else {
        lines.append("no path from A to B")
      }
      let rows =
        [["account", "group", "ties to A", "ties to B", "A-B path through it"]]
        + spanners.map {
          [
            shown($0.node), groupName($0.group), String($0.tiesToA), String($0.tiesToB),
            $0.pathLength.map(String.init) ?? "none",
          ]
        }
      return lines.joined(separator: "\n") + "\n\n" + TextTable.render(rows)
    }
  }
}
