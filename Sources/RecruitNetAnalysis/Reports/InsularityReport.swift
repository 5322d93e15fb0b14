import Foundation
import RecruitNetExpansion
import RecruitNetIO

/// How inward-looking a set or the groups of a partition are, as an analyst reads it: the set's
/// ties and E–I index with each member's in-set followers, followees and mutual ties, and each
/// group's E–I index with the whole network's; names pseudonymized when asked.
public struct InsularityReport: Sendable {
  public var answer: InsularityAnswer
  public var network: String
  public var pseudonymizer: Pseudonymizer? = nil
  public var precision = TableNumber.defaultPrecision

  public init(answer: InsularityAnswer, network: String) {
    self.answer = answer
    self.network = network
  }

  static let conventions = [
    "tie: a pair of distinct accounts joined in either direction (undirected, simple); internal: both ends in the group, external: one",
    "E-I index: (E - I) / (E + I), from -1 (only inward) to +1 (only outward); Krackhardt and Stern 1988",
  ]

  static func object(_ ties: SetInsularity.GroupTies) -> [String: Any] {
    [
      "members": ties.members, "internal_ties": ties.internalTies,
      "external_ties": ties.externalTies, "ei_index": JSONNumber.value(ties.eiIndex),
      "internal_share": JSONNumber.value(ties.internalShare),
    ]
  }

  func name(_ account: String) -> String { pseudonymizer?.pseudonym(for: account) ?? account }

  public func text(_ format: ReportFormat) -> String {
    let a = answer
    let number = { TableNumber.text($0, precision: precision) }
    switch format {
    case .json:
      var object: [String: Any] = [
        "network": network, "edge_type": a.request.edgeType ?? "all (merged)",
        "directed": a.isDirected, "nodes": a.nodeCount, "ties": a.tieCount,
        "conventions": Self.conventions,
      ]
      if let set = a.set {
        object["set"] = Self.object(set).merging([
          "source": a.request.set?.description ?? "",
          "not_in_network": a.setNotInNetwork.map(name),
        ]) { $1 }
        object["members"] = a.members.map { member -> [String: Any] in
          [
            "account": name(member.name), "in_set_followers": member.ties.inSetFollowers,
            "followers": member.ties.followers,
            "in_set_follower_share": JSONNumber.value(member.ties.inSetFollowerShare),
            "in_set_followees": member.ties.inSetFollowees, "followees": member.ties.followees,
            "mutual_in_set_ties": member.ties.mutualInSetTies,
          ]
        }
      }
      if let overall = a.overall {
        object["groups_source"] = a.request.groups?.argument ?? ""
        object["groups"] = a.groups.map { Self.object($0.ties).merging(["group": $0.name]) { $1 } }
        object["overall"] = Self.object(overall)
      }
      return JSONText.encode(object) + "\n"
    case .csv:
      var text = ""
      if a.set != nil {
        text += CSVText.row(
          [
            "account", "in_set_followers", "followers", "in_set_follower_share",
            "in_set_followees", "followees", "mutual_in_set_ties",
          ])
        for m in a.members {
          text += CSVText.row(
            [
              name(m.name), String(m.ties.inSetFollowers), String(m.ties.followers),
              "\(m.ties.inSetFollowerShare)", String(m.ties.inSetFollowees),
              String(m.ties.followees), String(m.ties.mutualInSetTies),
            ])
        }
      }
      if a.overall != nil {
        if !text.isEmpty { text += "\n" }
        text += CSVText.row(["group", "members", "internal_ties", "external_ties", "ei_index"])
        for g in a.groups + (a.overall.map { [("all groups", $0)] } ?? []) {
          text += CSVText.row(
            [
              g.name, String(g.ties.members), String(g.ties.internalTies),
              String(g.ties.externalTies), "\(g.ties.eiIndex)",
            ])
        }
      }
      return text
    case .table:
      var out = "\(a.nodeCount) accounts, \(a.tieCount) ties\n"
      if let set = a.set {
        out +=
          "\nthe set (\(a.request.set?.description ?? "")): \(set.members) members, \(set.internalTies) internal and \(set.externalTies) external ties, E-I index \(number(set.eiIndex)), internal share \(number(set.internalShare))\n"
        if !a.setNotInNetwork.isEmpty {
          out += "\(a.setNotInNetwork.count) labelled accounts are not in this network\n"
        }
        let headers =
          a.isDirected
          ? ["account", "in-set followers", "share", "in-set followees", "mutual in-set"]
          : ["account", "in-set neighbours", "share", "neighbours"]
        out += "\n"
        out += TextTable.render(
          [headers]
            + a.members.map { m in
              a.isDirected
                ? [
                  name(m.name), "\(m.ties.inSetFollowers)/\(m.ties.followers)",
                  number(m.ties.inSetFollowerShare), "\(m.ties.inSetFollowees)/\(m.ties.followees)",
                  String(m.ties.mutualInSetTies),
                ]
                : [
                  name(m.name), String(m.ties.inSetFollowers),
                  number(m.ties.inSetFollowerShare), String(m.ties.followers),
                ]
            })
      }
      if let overall = a.overall {
        out += "\ngroups (\(a.request.groups?.argument ?? "")):\n"
        out += TextTable.render(
          [["group", "members", "internal", "external", "E-I index"]]
            + (a.groups + [("all groups", overall)]).map { g in
              [
                g.name, String(g.ties.members), String(g.ties.internalTies),
                String(g.ties.externalTies), number(g.ties.eiIndex),
              ]
            })
      }
      return out + "\n" + Self.conventions.joined(separator: "\n") + "\n"
    }
  }
}
