import Foundation
import RecruitNetIO
import RecruitNetWorkspace

/// What a snapshot import did, as one paragraph.
public struct SnapshotImportReport: Sendable {
  public var outcome: SnapshotImportOutcome

  public init(outcome: SnapshotImportOutcome) { self.outcome = outcome }

  public var text: String {
    let o = outcome
    let states = AccountStatus.allCases.compactMap { state in
      o.countsByState[state].map { "\(state.rawValue) \($0)" }
    }.joined(separator: ", ")
    var text =
      "\(o.replaced ? "replaced" : "saved") snapshot '\(o.snapshot.name)' taken \(ISO8601Text.text(o.snapshot.takenAt)): \(o.snapshot.accounts) accounts (\(states))\n"
    if o.accountsNotInNetwork > 0 {
      text +=
        "\(o.accountsNotInNetwork) of them are not accounts of the network (kept in the snapshot)\n"
    }
    return text
  }
}

/// Two snapshots compared, as an analyst reads it; names pseudonymized when asked.
public struct SnapshotDiffReport: Sendable {
  public var diff: SnapshotDiff
  public var pseudonymizer: Pseudonymizer? = nil
  /// Accounts listed per category in a table (JSON and CSV list them all).
  public var listed = 10

  public init(diff: SnapshotDiff) { self.diff = diff }

  func name(_ account: String) -> String { pseudonymizer?.pseudonym(for: account) ?? account }

  static let conventions =
    "an account exists when active or protected; suspension rate: suspended at TO among the accounts that existed at FROM and are listed at TO; the network at a snapshot drops the accounts suspended or deleted there (unlisted and renamed accounts kept)"

  public func text(_ format: ReportFormat) -> String {
    let d = diff
    func measures(_ m: SnapshotDiff.NetworkMeasures) -> [String: Any] {
      ["nodes": m.nodes, "edges": m.edges, "components": m.components, "giant": m.giant]
    }
    switch format {
    case .json:
      let object: [String: Any] = [
        "from": [
          "name": d.from.name, "taken_at": ISO8601Text.text(d.from.takenAt),
          "accounts": d.from.accounts,
        ],
        "to": [
          "name": d.to.name, "taken_at": ISO8601Text.text(d.to.takenAt), "accounts": d.to.accounts,
        ],
        "appeared": d.appeared.map(name), "vanished": d.vanished.map(name),
        "transitions": d.transitions.map {
          ["from": $0.from.rawValue, "to": $0.to.rawValue, "accounts": $0.count]
        },
        "newly_suspended": d.newlySuspended.map(name), "at_risk": d.atRisk,
        "suspension_rate": JSONNumber.value(d.suspensionRate),
        "renamed": d.renamed.map { ["old": name($0.old), "new": name($0.new)] },
        "network_before": measures(d.before), "network_after": measures(d.after),
        "followers_before": d.followersBefore, "followers_after": d.followersAfter,
        "conventions": Self.conventions,
      ]
      return JSONText.encode(object) + "\n"
    case .csv:
      var text = CSVText.row(["account", "change", "detail"])
      for a in d.appeared { text += CSVText.row([name(a), "appeared", ""]) }
      for a in d.vanished { text += CSVText.row([name(a), "vanished", ""]) }
      for a in d.newlySuspended { text += CSVText.row([name(a), "suspended", ""]) }
      for r in d.renamed { text += CSVText.row([name(r.old), "renamed", name(r.new)]) }
      return text
    case .table:
      let rate = d.suspensionRate.isNaN ? "-" : String(format: "%.1f%%", d.suspensionRate * 100)
      var out =
        "\(d.from.name) (\(ISO8601Text.text(d.from.takenAt)), \(d.from.accounts) accounts) -> \(d.to.name) (\(ISO8601Text.text(d.to.takenAt)), \(d.to.accounts) accounts)\n"
      out +=
        "suspended: \(d.newlySuspended.count) of \(d.atRisk) accounts that existed (\(rate)); appeared \(d.appeared.count), vanished \(d.vanished.count), renamed \(d.renamed.count)\n\n"
      out += TextTable.render(
        [["measure", d.from.name, d.to.name]]
          + [
            ["accounts in the network", String(d.before.nodes), String(d.after.nodes)],
            ["edges", String(d.before.edges), String(d.after.edges)],
            ["weak components", String(d.before.components), String(d.after.components)],
            ["giant component", String(d.before.giant), String(d.after.giant)],
            [
              "followers of existing accounts", String(d.followersBefore), String(d.followersAfter),
            ],
          ])
      if !d.transitions.isEmpty {
        out += "\nstate changes (accounts listed at both):\n"
        out += TextTable.render(
          [["from", "to", "accounts"]]
            + d.transitions.map { [$0.from.rawValue, $0.to.rawValue, String($0.count)] })
      }
      func list(_ title: String, _ printed: [String]) {
        guard !printed.isEmpty else { return }
        let shown = printed.prefix(listed).joined(separator: ", ")
        out +=
          "\n\(title): \(shown)\(printed.count > listed ? ", … (\(printed.count) in all)" : "")\n"
      }
      list("newly suspended", d.newlySuspended.map(name))
      list("appeared", d.appeared.map(name))
      list("vanished", d.vanished.map(name))
      list("renamed", d.renamed.map { "\(name($0.old)) -> \(name($0.new))" })
      return out + "\n" + Self.conventions + "\n"
    }
  }
}

/// Every account's course through the snapshots, in the columns survival analysis reads
/// (`account,group,created,first_seen,last_seen,status`, times ISO 8601) plus the number of
/// snapshots and followers at the first and last; names pseudonymized when asked.
public struct AccountCourseReport: Sendable {
  public var courses: [AccountCourse]
  public var asOf: Int64?
  public var pseudonymizer: Pseudonymizer? = nil

  public init(courses: [AccountCourse], asOf: Int64?) {
    self.courses = courses
    self.asOf = asOf
  }

  func name(_ account: String) -> String { pseudonymizer?.pseudonym(for: account) ?? account }

  static let header = [
    "account", "group", "created", "first_seen", "last_seen", "status", "snapshots",
    "first_followers", "last_followers",
  ]

  func fields(_ c: AccountCourse) -> [String] {
    [
      name(c.account), c.group ?? "", c.created.map(ISO8601Text.text) ?? "",
      ISO8601Text.text(c.firstSeen), ISO8601Text.text(c.lastSeen), c.state.rawValue,
      String(c.observations), c.firstFollowers.map(String.init) ?? "",
      c.lastFollowers.map(String.init) ?? "",
    ]
  }

  public func text(_ format: ReportFormat) -> String {
    switch format {
    case .csv:
      return CSVText.row(Self.header) + courses.map { CSVText.row(fields($0)) }.joined()
    case .json:
      return JSONText.encode([
        "as_of": asOf.map { ISO8601Text.text($0) as Any } ?? NSNull(),
        "conventions":
          "first_seen: first snapshot listing the account; status: its state at the last one; last_seen: for an account gone at the end, the first snapshot it was seen gone (the event time), otherwise the last snapshot listing it (censored)",
        "accounts": courses.map { c in
          Dictionary(uniqueKeysWithValues: zip(Self.header, fields(c)).filter { !$0.1.isEmpty })
        },
      ]) + "\n"
    case .table:
      var counts: [AccountStatus: Int] = [:]
      for c in courses { counts[c.state, default: 0] += 1 }
      let summary = AccountStatus.allCases.compactMap { s in counts[s].map { "\(s.rawValue) \($0)" }
      }
      .joined(separator: ", ")
      return
        "\(courses.count) accounts\(asOf.map { " as of \(ISO8601Text.text($0))" } ?? ""): \(summary)\n\n"
        + TextTable.render([Self.header] + courses.map(fields))
    }
  }
}
