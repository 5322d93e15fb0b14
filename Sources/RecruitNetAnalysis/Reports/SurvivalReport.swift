import Foundation
import RecruitNetIO
import RecruitNetSurvival

/// A survival outcome as an analyst reads it: a table (per group: accounts, suspensions,
/// censored, median lifetime; per group and window: Ŝ(t) with its 95% interval and the share
/// suspended within the window, naive and Kaplan–Meier; the log-rank test), JSON with every
/// number and the full curves, or the CSV of the curves
/// (`group,days,at_risk,suspended,censored,survival,lower,upper`, one row per time).
///
/// Only group names appear; the report never lists accounts.
public struct SurvivalReport: Sendable {
  public var outcome: SurvivalOutcome

  public init(outcome: SurvivalOutcome) { self.outcome = outcome }

  static let conventions =
    "lifetime = origin (created, else first_seen; or first_seen, else created) to last_seen, in days; suspended = event at last_seen, every other status censored at last_seen; Kaplan-Meier with Greenwood variance and the exponential-Greenwood (log(-log)) 95% interval, as lifelines; median = first time S <= 0.5; share within t: naive = suspended within t / all accounts (censored accounts stay in the denominator), KM = 1 - S(t); log-rank (Mantel 1966) chi-squared with groups - 1 degrees of freedom"

  /// `48h` for 2 days, `90d`, `1.5d`: windows as the published figures name them.
  public static func windowLabel(_ days: Double) -> String {
    let hours = days * 24
    if days < 3, hours == hours.rounded() { return "\(Int(hours))h" }
    if days == days.rounded(), days < 1e9 { return "\(Int(days))d" }
    return String(format: "%gd", days)
  }

  public func text(_ format: ReportFormat) -> String {
    switch format {
    case .table: table()
    case .json: JSONText.encode(object()) + "\n"
    case .csv: csv()
    }
  }

  private static func number(_ value: Double, _ digits: Int = 4) -> String {
    value.isInfinite ? "-" : String(format: "%.\(digits)f", value)
  }

  private static func percent(_ value: Double) -> String {
    value.isNaN ? "-" : String(format: "%.1f%%", value * 100)
  }

  private var rows: [SurvivalGroup] {
    outcome.groups.count > 1 ? outcome.groups + [outcome.all] : outcome.groups
  }

  func table() -> String {
    let request = outcome.request
    var first =
      "accounts: \(outcome.accounts) in \(request.path); origin \(request.origin.rawValue)"
    if outcome.originFallbacks > 0 {
      first += " (\(outcome.originFallbacks) dated by the other column, the chosen one being empty)"
    }
    let statuses: [String] = AccountStatus.allCases.map { status in
      "\(status.rawValue) \(outcome.statusCounts[status] ?? 0)"
    }
    let grouping: String = outcome.grouping.map { "by \($0)" } ?? "none (one group)"
    var lines: [String] = [
      first, "statuses: " + statuses.joined(separator: ", "), "groups: " + grouping, "",
    ]
    var summary = [["group", "accounts", "suspended", "censored", "median days"]]
    for group in rows {
      summary.append([
        group.name, "\(group.curve.subjects)", "\(group.curve.totalEvents)",
        "\(group.curve.totalCensored)",
        group.curve.median.isFinite ? Self.number(group.curve.median, 2) : "not reached",
      ])
    }
    lines.append(TextTable.render(summary))
    var windows = [
      [
        "group", "within", "S(t)", "S 95% CI", "suspended", "naive share", "KM share",
        "KM 95% CI", "censored before",
      ]
    ]
    for group in rows {
      for share in group.shares {
        let survival = 1 - share.estimatedShare
        windows.append([
          group.name, Self.windowLabel(share.window), Self.number(survival),
          "\(Self.number(1 - share.estimatedUpper)) – \(Self.number(1 - share.estimatedLower))",
          "\(share.suspendedWithin) of \(share.accounts)", Self.percent(share.naiveShare),
          Self.percent(share.estimatedShare),
          "\(Self.percent(share.estimatedLower)) – \(Self.percent(share.estimatedUpper))",
          "\(share.censoredBefore)",
        ])
      }
    }
    lines.append(TextTable.render(windows))
    if let test = outcome.logRank {
      lines.append(
        "log-rank test, \(test.groupNames.count) groups: chi-squared = \(TableNumber.text(test.statistic)), df = \(test.degreesOfFreedom), p = \(String(format: "%.3g", test.pValue))"
      )
      lines.append("")
    }
    lines.append("conventions: " + Self.conventions)
    return lines.joined(separator: "\n") + "\n"
  }

  private static func finite(_ value: Double) -> Any { value.isFinite ? value : NSNull() }

  func object() -> [String: Any] {
    let request = outcome.request
    func group(_ group: SurvivalGroup) -> [String: Any] {
      let c = group.curve
      return [
        "group": group.name, "accounts": c.subjects, "suspended": c.totalEvents,
        "censored": c.totalCensored, "median_days": Self.finite(c.median),
        "windows": group.shares.map { share -> [String: Any] in
          [
            "window_days": share.window, "label": Self.windowLabel(share.window),
            "survival": 1 - share.estimatedShare, "survival_lower": 1 - share.estimatedUpper,
            "survival_upper": 1 - share.estimatedLower,
            "suspended_within": share.suspendedWithin, "censored_before": share.censoredBefore,
            "naive_share": share.naiveShare, "km_share": share.estimatedShare,
            "km_share_lower": share.estimatedLower, "km_share_upper": share.estimatedUpper,
          ]
        },
        "curve": [
          "days": c.times, "at_risk": c.atRisk, "suspended": c.events, "censored": c.censored,
          "survival": c.survival, "lower": c.lower, "upper": c.upper,
        ],
      ]
    }
    var object: [String: Any] = [
      "table": request.path, "accounts": outcome.accounts, "origin": request.origin.rawValue,
      "origin_fallbacks": outcome.originFallbacks, "windows_days": request.windows,
      "statuses": Dictionary(
        uniqueKeysWithValues: AccountStatus.allCases.map {
          ($0.rawValue, outcome.statusCounts[$0] ?? 0)
        }),
      "groups": outcome.groups.map(group), "conventions": Self.conventions,
    ]
    if outcome.groups.count > 1 { object["all"] = group(outcome.all) }
    object["grouping"] = outcome.grouping ?? NSNull()
    if let test = outcome.logRank {
      object["logrank"] = [
        "statistic": test.statistic, "degrees_of_freedom": test.degreesOfFreedom,
        "p_value": test.pValue, "observed": test.observedEvents, "expected": test.expectedEvents,
        "groups": test.groupNames,
      ]
    }
    return object
  }

  func csv() -> String {
    var text = "group,days,at_risk,suspended,censored,survival,lower,upper\n"
    for group in rows {
      let c = group.curve
      let name = CSVText.field(group.name)
      for i in 0..<c.times.count {
        text +=
          "\(name),\(c.times[i]),\(c.atRisk[i]),\(c.events[i]),\(c.censored[i]),\(c.survival[i]),\(c.lower[i]),\(c.upper[i])\n"
      }
    }
    return text
  }
}
