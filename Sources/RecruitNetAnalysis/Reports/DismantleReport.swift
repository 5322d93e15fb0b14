import Foundation
import RecruitNetDismantling

/// A dismantling outcome as an analyst reads it: a summary table (one row per strategy), JSON
/// with every number as a number (order, curve, thresholds, R, parameters), or the CSV of the
/// curves (`strategy,removed,fraction_removed,giant,giant_fraction`, one row per removal).
///
/// Conventions, printed with the table and in the JSON: the graph is made undirected and simple,
/// isolates count in N; q is the fraction of N removed when the giant first drops below p·N; R is
/// Schneider et al.'s mean giant fraction over the full sequence (completed by adaptive degree).
public struct DismantleReport: Sendable {
  public var outcome: DismantleOutcome
  public var network: String
  /// How many removed accounts the table lists per strategy.
  public var listed = 10

  public init(outcome: DismantleOutcome, network: String) {
    self.outcome = outcome
    self.network = network
  }

  static let conventions =
    "graph made undirected and simple (isolates kept in N); removal stops once the giant component is <= until*N; q(p) = fraction removed when the giant first drops below p*N; R = (1/N) sum_{k=1..N} giant(k)/N over the full sequence, completed by adaptive degree after the strategy stops; ties to the lowest node id"

  public func text(_ format: ReportFormat) -> String {
    switch format {
    case .table: table()
    case .json: JSONText.encode(object()) + "\n"
    case .csv: csv()
    }
  }

  private static func number(_ value: Double?) -> String {
    guard let value else { return "-" }
    return String(format: "%.4f", value)
  }

  func table() -> String {
    let request = outcome.request
    var lines = [
      "network: \(network) (N = \(outcome.nodeCount), M = \(outcome.edgeCount)\(request.edgeType.map { ", edge type \($0)" } ?? ", all edge types merged"))",
      "until: \(request.until)  reinsertion: \(request.reinsert ? "yes" : "no")",
      "",
    ]
    var rows = [["strategy", "removed", "giant after", "q(10%)", "q(5%)", "q(1%)", "R", "seconds"]]
    for run in outcome.runs {
      let r = run.result
      rows.append([
        run.label, "\(r.order.count)", "\(r.giantSizes.last ?? 0)",
        Self.number(r.firstBelow[0.1]), Self.number(r.firstBelow[0.05]),
        Self.number(r.firstBelow[0.01]), Self.number(r.robustness),
        String(format: "%.3f", run.seconds),
      ])
    }
    lines.append(TextTable.render(rows))
    for run in outcome.runs {
      let shown = run.removedNames.prefix(listed).joined(separator: ", ")
      let more = run.removedNames.count > listed ? ", … (\(run.removedNames.count) in all)" : ""
      lines.append("\(run.label) removes first: \(shown)\(more)")
    }
    lines.append("")
    lines.append("conventions: " + Self.conventions)
    return lines.joined(separator: "\n") + "\n"
  }

  func object() -> [String: Any] {
    let request = outcome.request
    var object: [String: Any] = [
      "network": network, "nodes": outcome.nodeCount, "edges": outcome.edgeCount,
      "until": request.until, "reinsert": request.reinsert, "conventions": Self.conventions,
    ]
    if let edgeType = request.edgeType { object["edge_type"] = edgeType }
    object["strategies"] = outcome.runs.map { run -> [String: Any] in
      let r = run.result
      var thresholds: [String: Any] = [:]
      for p in DismantlingResult.reportedFractions {
        thresholds[String(format: "%g", p)] = r.firstBelow[p].map { $0 as Any } ?? NSNull()
      }
      return [
        "strategy": run.label, "parameters": r.parameters, "removed": r.order.count,
        "attack_removals": r.attackRemovals, "threshold": r.threshold,
        "order": run.removedNames, "giant": r.giantSizes, "giant_fraction": r.giantFractions,
        "q_below": thresholds, "robustness": r.robustness, "seconds": run.seconds,
      ]
    }
    return object
  }

  func csv() -> String {
    var lines = ["strategy,removed,fraction_removed,giant,giant_fraction"]
    for run in outcome.runs {
      let n = Double(max(run.result.nodeCount, 1))
      for (k, size) in run.result.giantSizes.enumerated() {
        lines.append(
          "\(CSVText.field(run.label)),\(k),\(Double(k) / n),\(size),\(Double(size) / n)")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
