import Foundation
import RecruitNetBrokerage
import RecruitNetIO

/// The conventions every brokerage output states, so that a reader can recompute the numbers.
enum BrokerageConventions {
  static func object(isDirected: Bool) -> [String: Any] {
    [
      "definition":
        "v brokers the ordered pair (a, b) when a -> v -> b, a, v, b distinct and a -/-> b (Gould & Fernandez 1989; R sna::brokerage)",
      "roles":
        "w_I coordinator A->A->A; w_O itinerant A->B->A; b_IO representative A->A->B; b_OI gatekeeper A->B->B; b_O liaison A->B->C; t total",
      "graph": isDirected
        ? "directed, simple: edge types merged, weights and repeats ignored, self-loops dropped"
        : "undirected: each edge counted in both directions (an open two-path a - v - b counts twice), weights and repeats ignored, self-loops dropped",
      "expectation":
        "expected counts and sd under random group assignment at density d = m/(n(n-1)), m = arcs counted (sna's exp.nli, sd.nli); z = (raw - expected)/sd, null where sd = 0",
      "no_group": "nodes without a group form the group '\(NodeGroups.noGroupName)'",
    ]
  }

  static func line(isDirected: Bool) -> String {
    "v brokers (a, b) when a -> v -> b and a -/-> b; "
      + (isDirected ? "directed" : "undirected edges counted in both directions")
      + "; expected counts and z under random group assignment (sna::brokerage)"
  }

  static func json(_ value: Double) -> Any { value.isFinite ? value : NSNull() }
}

/// A brokerage answer as text: per account the five Gould–Fernandez roles, the total, its
/// expectation and z-score; the groups; the conventions.
public struct BrokerageReport: Sendable {
  public var answer: BrokerageAnswer
  public var network: String
  /// Accounts listed (highest total first); nil: 20 in a table, all in csv and json.
  public var top: Int?
  public var pseudonymizer: Pseudonymizer?

  public init(answer: BrokerageAnswer, network: String, top: Int?, pseudonymizer: Pseudonymizer?) {
    self.answer = answer
    self.network = network
    self.top = top
    self.pseudonymizer = pseudonymizer
  }

  static let columns: [(BrokerageRole?, String, String)] = [
    (.coordinator, "w_I", "coordinator"), (.itinerant, "w_O", "itinerant"),
    (.representative, "b_IO", "representative"), (.gatekeeper, "b_OI", "gatekeeper"),
    (.liaison, "b_O", "liaison"), (nil, "t", "total"),
  ]

  /// Node indices by total brokerage (highest first), ties by name.
  func ranked(_ format: ReportFormat) -> [Int] {
    let scores = answer.scores
    let order = (0..<scores.nodeCount).sorted { a, b in
      let (x, y) = (scores.count(a, nil), scores.count(b, nil))
      return x != y
        ? x > y : answer.names.name(of: NodeID(a)) < answer.names.name(of: NodeID(b))
    }
    let limit = top ?? (format == .table ? 20 : order.count)
    return Array(order.prefix(limit))
  }

  public func text(_ format: ReportFormat) -> String {
    let scores = answer.scores
    let shown = PrintedNames(names: answer.names, pseudonymizer: pseudonymizer)
    let groupName = { (v: Int) in answer.groups.names[Int(scores.groups[v])] }
    switch format {
    case .json:
      let accounts: [[String: Any]] = ranked(format).map { v in
        var raw: [String: Any] = [:]
        var expected: [String: Any] = [:]
        var sd: [String: Any] = [:]
        var z: [String: Any] = [:]
        for (role, key, _) in Self.columns {
          raw[key] = scores.count(v, role)
          expected[key] = scores.expected(v, role)
          sd[key] = scores.standardDeviation(v, role)
          z[key] = BrokerageConventions.json(scores.z(v, role))
        }
        return [
          "account": shown(NodeID(v)), "group": groupName(v), "raw": raw, "expected": expected,
          "sd": sd, "z": z,
        ]
      }
      let groups: [[String: Any]] = answer.groups.names.enumerated().map {
        ["name": $1, "size": scores.groupSizes[$0]]
      }
      let object: [String: Any] = [
        "network": network, "edge_type": answer.request.edgeType ?? "all (merged)",
        "grouping": answer.request.grouping.argument, "nodes": answer.nodeCount,
        "edges": answer.edgeCount, "directed": answer.isDirected, "arcs": scores.arcCount,
        "density": scores.density, "groups": groups, "ungrouped": answer.groups.ungrouped,
        "conventions": BrokerageConventions.object(isDirected: answer.isDirected),
        "accounts": accounts,
      ]
      return JSONText.encode(object) + "\n"
    case .csv:
      var text = CSVText.row(
        ["account", "group"] + Self.columns.map(\.1) + ["expected_t"]
          + Self.columns.map { "z_" + $0.1 })
      for v in ranked(format) {
        text += CSVText.row(
          [shown(NodeID(v)), groupName(v)] + Self.columns.map { String(scores.count(v, $0.0)) }
            + ["\(scores.expected(v, nil))"] + Self.columns.map { "\(scores.z(v, $0.0))" })
      }
      return text
    case .table:
      let rows =
        [["account", "group"] + Self.columns.map { "\($0.2) (\($0.1))" } + ["expected t", "z(t)"]]
        + ranked(format).map { v in
          [shown(NodeID(v)), groupName(v)] + Self.columns.map { String(scores.count(v, $0.0)) }
            + [
              TableNumber.text(scores.expected(v, nil), precision: 4),
              TableNumber.text(scores.z(v, nil), precision: 4),
            ]
        }
      let sizes = answer.groups.names.enumerated().map { "\($1) (\(scores.groupSizes[$0]))" }
      var lines = [
        "Gould–Fernandez brokerage on \(answer.nodeCount) nodes and \(answer.edgeCount) edges, \(answer.groups.names.count) groups from \(answer.request.grouping.argument)",
        BrokerageConventions.line(isDirected: answer.isDirected),
        "density d = \(TableNumber.text(scores.density)) over \(scores.arcCount) arcs",
      ]
      lines.append(
        "groups: " + sizes.prefix(12).joined(separator: ", ") + (sizes.count > 12 ? ", …" : ""))
      if answer.groups.ungrouped > 0 {
        lines.append(
          "\(answer.groups.ungrouped) nodes without a group counted as '\(NodeGroups.noGroupName)'")
      }
      return lines.joined(separator: "\n") + "\n\n" + TextTable.render(rows)
    }
  }
}
