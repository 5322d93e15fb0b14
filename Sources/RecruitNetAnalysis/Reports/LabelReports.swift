import Foundation
import RecruitNetIO
import RecruitNetWorkspace

/// Each round of a label as a table.
public struct LabelRoundsReport: Sendable {
  public var label: String
  public var rounds: [LabelRoundSummary]

  public init(label: String, rounds: [LabelRoundSummary]) {
    self.label = label
    self.rounds = rounds
  }

  static let header = [
    "round", "labelled", "confirmed", "rejected", "unsure", "precision", "precision_low",
    "precision_high", "candidates_so_far", "estimate", "estimate_low", "estimate_high",
  ]

  func fields(_ r: LabelRoundSummary, table: Bool) -> [String] {
    func number(_ value: Double?, _ format: String) -> String {
      guard let value, !value.isNaN else { return table ? "-" : "" }
      return table ? String(format: format, value) : "\(value)"
    }
    let p = r.population
    return [
      String(r.round), String(r.labelled), String(r.confirmed), String(r.rejected),
      String(r.unsure), number(r.precision, "%.3f"), number(p?.precision.lower, "%.3f"),
      number(p?.precision.upper, "%.3f"), String(r.candidatesSoFar), number(p?.estimate, "%.1f"),
      number(p?.lower, "%.1f"), number(p?.upper, "%.1f"),
    ]
  }

  public func text(_ format: ReportFormat) -> String {
    switch format {
    case .csv:
      return ([Self.header] + rounds.map { fields($0, table: false) }).map(CSVText.row).joined()
    case .json:
      return JSONText.encode([
        "label": label,
        "conventions":
          "precision: confirmed / (confirmed + rejected) among the latest verdict per account in the round; unsure verdicts do not count; interval: Wilson 95%; estimate: candidates so far x precision",
        "rounds": rounds.map { r -> [String: Any] in
          [
            "round": r.round, "labelled": r.labelled, "confirmed": r.confirmed,
            "rejected": r.rejected, "unsure": r.unsure, "precision": JSONNumber.value(r.precision),
            "candidates_so_far": r.candidatesSoFar,
            "precision_interval": r.population.map {
              [$0.precision.lower, $0.precision.upper] as Any
            }
              ?? NSNull(),
            "estimate": r.population.map {
              ["value": $0.estimate, "low": $0.lower, "high": $0.upper] as Any
            } ?? NSNull(),
          ]
        },
      ]) + "\n"
    case .table:
      return "label '\(label)'\n\n"
        + TextTable.render([Self.header] + rounds.map { fields($0, table: true) })
        + "\nprecision: confirmed / (confirmed + rejected), the latest verdict per account in the round (unsure ones do not count), with its Wilson 95% interval; estimate: candidates so far x precision, the accounts among them that belong\n"
    }
  }
}

/// An account's label events in order.
public struct LabelHistoryReport: Sendable {
  public var account: String
  public var events: [LabelEvent]

  public init(account: String, events: [LabelEvent]) {
    self.account = account
    self.events = events
  }

  static let header = ["recorded_at", "round", "label", "event", "source", "by"]

  func fields(_ e: LabelEvent) -> [String] {
    [
      e.recordedAt, String(e.round), e.label,
      e.verdict.map { "verdict: \($0.rawValue)" } ?? "labelled",
      e.source, e.recordedBy,
    ]
  }

  public func text(_ format: ReportFormat) -> String {
    switch format {
    case .csv: return ([Self.header] + events.map(fields)).map(CSVText.row).joined()
    case .json:
      return JSONText.encode([
        "account": account,
        "events": events.map { Dictionary(uniqueKeysWithValues: zip(Self.header, fields($0))) },
      ]) + "\n"
    case .table:
      guard !events.isEmpty else { return "\(account): no labels recorded\n" }
      return "\(account)\n\n" + TextTable.render([Self.header] + events.map(fields))
    }
  }
}

/// A review sheet as the CSV a reviewer fills in: `account,label,round,group,verdict,notes`,
/// the verdict and notes empty (the columns `labels import` reads back).
public struct ReviewSheetReport: Sendable {
  public var rows: [ReviewSheetRow]
  public var pseudonymizer: Pseudonymizer? = nil

  public init(rows: [ReviewSheetRow]) { self.rows = rows }

  public var csv: String {
    CSVText.row(["account", "label", "round", "group", "verdict", "notes"])
      + rows.map { row in
        CSVText.row([
          pseudonymizer?.pseudonym(for: row.account) ?? row.account, row.label,
          String(row.round), row.group, "", "",
        ])
      }.joined()
  }
}

/// The snapshots of a workspace, oldest first, as a table.
public struct SnapshotListReport: Sendable {
  public var snapshots: [SnapshotInfo]
  public var workspace: String

  public init(snapshots: [SnapshotInfo], workspace: String) {
    self.snapshots = snapshots
    self.workspace = workspace
  }

  public var text: String {
    guard !snapshots.isEmpty else { return "\(workspace): no snapshots\n" }
    return TextTable.render(
      [["name", "taken", "accounts", "file", "imported"]]
        + snapshots.map {
          [$0.name, ISO8601Text.text($0.takenAt), String($0.accounts), $0.file, $0.importedAt]
        })
  }
}
