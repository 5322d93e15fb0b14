import Foundation
import RecruitNetCoordination
import RecruitNetIO

extension CoordinationReport {
  /// The groups (see ``CoordinationRequest/Result/groups(by:seed:)``) in `format`: one row per
  /// group with its size, linked pairs, density, weight, time span, top co-shared objects and
  /// members (pseudonymised with the accounts; objects are cut to 80 characters in the table).
  public func groupsText(
    _ groups: [CoordinationGroup], grouping: CoordinationGrouping, format: ReportFormat
  ) -> String {
    let names = printedName
    func time(_ t: Int64?) -> String {
      t.map(ISO8601Text.text)
        ?? ""
    }
    func objects(_ group: CoordinationGroup, cut: Int) -> String {
      group.topObjects.map { "\(printedObject($0.name, cut: cut)) (\($0.accounts))" }.joined(
        separator: " | ")
    }
    let header = [
      "group", "size", "linked_pairs", "density", "weight", "first", "last", "top_objects",
      "members",
    ]
    func row(_ g: Int, _ group: CoordinationGroup, cut: Int, members: Int?) -> [String] {
      let shown = members.map { Array(group.members.prefix($0)) } ?? group.members
      var list = shown.map(names).joined(separator: " ")
      if shown.count < group.members.count { list += " …" }
      return [
        String(g), String(group.members.count), String(group.linkedPairs),
        String(format: "%.3f", group.density), String(group.weight), time(group.firstTime),
        time(group.lastTime), objects(group, cut: cut), list,
      ]
    }
    switch format {
    case .csv:
      return ([header] + groups.enumerated().map { row($0, $1, cut: .max, members: nil) }).map(
        CSVText.row
      ).joined()
    case .json:
      return JSONText.encode([
        "network": network, "trace": result.network.parameters.trace.rawValue,
        "window": result.network.parameters.window.description,
        "grouping": grouping.rawValue,
        "groups": groups.enumerated().map { g, group -> [String: Any] in
          [
            "group": g, "size": group.members.count, "linked_pairs": group.linkedPairs,
            "density": group.density, "weight": group.weight,
            "first": group.firstTime.map { $0 as Any } ?? NSNull(),
            "last": group.lastTime.map { $0 as Any } ?? NSNull(),
            "top_objects": group.topObjects.map {
              ["object": printedObject($0.name, cut: .max), "accounts": $0.accounts]
            },
            "members": group.members.map(names),
          ]
        },
      ])
    case .table:
      let accounts = groups.reduce(0) { $0 + $1.members.count }
      let shown = top.map { Array(groups.prefix($0)) } ?? groups
      var lines = [
        "\(groups.count) groups (\(grouping.rawValue)) of \(accounts) accounts in the \(result.network.parameters.trace.rawValue) network (\(result.network.parameters.window.description))"
      ]
      if !shown.isEmpty {
        lines.append(
          TextTable.render(
            [header] + shown.enumerated().map { row($0, $1, cut: 50, members: 8) }))
      }
      if shown.count < groups.count {
        lines.append("(\(groups.count - shown.count) more groups; all of them with CSV or JSON)")
      }
      return lines.joined(separator: "\n") + "\n"
    }
  }

  /// The accounts with an edge: partners (coordination degree) and strengths, strongest first.
  public func accountsText(_ format: ReportFormat) -> String {
    let names = printedName
    let rows = result.accountSummaries().map {
      [
        names($0.account), String($0.partners), String($0.outStrength), String($0.inStrength),
      ]
    }
    let header = ["account", "partners", "out_strength", "in_strength"]
    switch format {
    case .csv: return ([header] + rows).map(CSVText.row).joined()
    case .json:
      return JSONText.encode([
        "network": network, "trace": result.network.parameters.trace.rawValue,
        "window": result.network.parameters.window.description,
        "accounts": rows.map { Dictionary(uniqueKeysWithValues: zip(header, $0)) },
      ])
    case .table:
      let shown = top.map { Array(rows.prefix($0)) } ?? rows
      var text =
        "\(rows.count) coordinated accounts\n" + TextTable.render([header] + shown) + "\n"
      if shown.count < rows.count {
        text += "(\(rows.count - shown.count) more accounts; all of them with CSV or JSON)\n"
      }
      return text
    }
  }

  /// A shared object as printed: texts and links are personal data, so with a pseudonymizer
  /// the @handles inside them are replaced by pseudonyms; `cut` shortens long ones.
  func printedObject(_ object: String, cut: Int) -> String {
    var text = pseudonymizer?.pseudonymizingMentions(in: object) ?? object
    text = text.replacingOccurrences(of: "\n", with: " ")
    if text.count > cut { text = String(text.prefix(cut - 1)) + "…" }
    return text
  }
}
