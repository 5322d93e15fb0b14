import Foundation
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
    "round", "labelled", "confirmed", "rejected", "unsure", "precision", "candidates_so_far",
  ]

  func fields(_ r: LabelRoundSummary, table: Bool) -> [String] {
    [
      String(r.round), String(r.labelled), String(r.confirmed), String(r.rejected),
      String(r.unsure),
      r.precision.isNaN
        ? (table ? "-" : "") : (table ? String(format: "%.3f", r.precision) : "\(r.precision)"),
      String(r.candidatesSoFar),
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
          "precision: confirmed / (confirmed + rejected) among the latest verdict per account in the round; unsure verdicts do not count",
        "rounds": rounds.map { r -> [String: Any] in
          [
            "round": r.round, "labelled": r.labelled, "confirmed": r.confirmed,
            "rejected": r.rejected, "unsure": r.unsure, "precision": JSONNumber.value(r.precision),
            "candidates_so_far": r.candidatesSoFar,
          ]
        },
      ]) + "\n"
    case .table:
      return "label '\(label)'\n\n"
        + TextTable.render([Self.header] + rounds.map { fields($0, table: true) })
        + "\nprecision: confirmed / (confirmed + rejected), the latest verdict per account in the round; unsure ones do not count\n"
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
