import Foundation
import RecruitNetSurvival

/// A population estimate as a table (the estimate, its 95% interval and the method), JSON with
/// every number, or CSV (`method,estimate,lower,upper` and the inputs, one row per estimator).
public struct PopulationEstimateReport: Sendable {
  public var estimate: PopulationEstimate

  public init(estimate: PopulationEstimate) { self.estimate = estimate }

  static let precisionConventions =
    "estimate = candidates x precision, precision = confirmed / reviewed with the Wilson (1927) score 95% interval; assumes the reviewed accounts are a simple random sample of the candidates (no finite-population correction); counts true positives among the candidates, not accounts the list missed"
  static let captureConventions =
    "Lincoln-Petersen n1*n2/m; Chapman (n1+1)(n2+1)/(m+1) - 1 with Seber's variance (n1+1)(n2+1)(n1-m)(n2-m)/((m+1)^2 (m+2)) and the normal 95% interval, its lower end raised to n1+n2-m (accounts seen); assumes a closed population and independent lists (lists found the same way are dependent and bias the estimate down)"

  public func text(_ format: ReportFormat) -> String {
    switch format {
    case .table: table()
    case .json: JSONText.encode(object()) + "\n"
    case .csv: csv()
    }
  }

  private static func number(_ value: Double) -> String { String(format: "%.1f", value) }

  /// (method, estimate, lower, upper) rows.
  private var estimates: [(String, Double, Double?, Double?)] {
    switch estimate {
    case .precision(let e): [("candidates x precision (Wilson)", e.estimate, e.lower, e.upper)]
    case .captureRecapture(let e):
      (e.lincolnPetersen.map { [("Lincoln-Petersen", $0, nil, nil)] } ?? [])
        + [("Chapman", e.chapman, e.lower, e.upper)]
    }
  }

  func table() -> String {
    var lines: [String] = []
    switch estimate {
    case .precision(let e):
      lines.append(
        "candidates: \(e.candidates); reviewed: \(e.precision.trials); confirmed: \(e.precision.successes)"
      )
      lines.append(
        String(
          format: "precision: %.4f (95%% Wilson interval %.4f – %.4f)", e.precision.proportion,
          e.precision.lower, e.precision.upper))
    case .captureRecapture(let e):
      lines.append(
        "first list: \(e.first); second list: \(e.second); on both: \(e.both); seen: \(e.seen)")
      if e.lincolnPetersen == nil {
        lines.append("Lincoln-Petersen: undefined (no account on both lists)")
      }
    }
    lines.append("")
    var rows = [["method", "estimate", "95% interval"]]
    for (method, value, lower, upper) in estimates {
      rows.append([
        method, Self.number(value),
        lower.map { "\(Self.number($0)) – \(Self.number(upper ?? $0))" } ?? "-",
      ])
    }
    lines.append(TextTable.render(rows))
    lines.append("conventions: " + conventions)
    return lines.joined(separator: "\n") + "\n"
  }

  private var conventions: String {
    switch estimate {
    case .precision: Self.precisionConventions
    case .captureRecapture: Self.captureConventions
    }
  }

  func object() -> [String: Any] {
    switch estimate {
    case .precision(let e):
      return [
        "method": "precision", "candidates": e.candidates, "reviewed": e.precision.trials,
        "confirmed": e.precision.successes, "precision": e.precision.proportion,
        "precision_lower": e.precision.lower, "precision_upper": e.precision.upper,
        "estimate": e.estimate, "lower": e.lower, "upper": e.upper,
        "conventions": conventions,
      ]
    case .captureRecapture(let e):
      return [
        "method": "capture-recapture", "first": e.first, "second": e.second, "both": e.both,
        "seen": e.seen, "lincoln_petersen": e.lincolnPetersen.map { $0 as Any } ?? NSNull(),
        "chapman": e.chapman, "chapman_variance": e.chapmanVariance, "lower": e.lower,
        "upper": e.upper, "conventions": conventions,
      ]
    }
  }

  func csv() -> String {
    var text = "method,estimate,lower,upper\n"
    for (method, value, lower, upper) in estimates {
      text += CSVText.row([
        method, "\(value)", lower.map { "\($0)" } ?? "", upper.map { "\($0)" } ?? "",
      ])
    }
    return text
  }
}
