import Foundation
import RecruitNetCommunities
import RecruitNetGraph

extension CommunityReport {
  static func number(_ value: Double) -> String { TableNumber.text(value) }

  static func json(_ value: Double) -> Any { JSONNumber.value(value) }

  /// The report as text: a summary and a table of communities, JSON with every community, or
  /// the CSV of assignments (`node,community`); with ``accounts``, those accounts' communities.
  public func text(_ format: ReportFormat) throws -> String {
    let report = self
    if !accounts.isEmpty { return try renderAccounts(report, format) }
    switch format {
    case .csv: return csv(report)
    case .table: return table(report)
    case .json: return JSONText.encode(jsonObject(report)) + "\n"
    }
  }

  /// `node,community`, grouped by community (0 first), members ascending by id; nodes without a
  /// community last, with an empty field.
  func csv(_ report: CommunityReport) -> String {
    let partition = report.partition
    let shown = report.shown
    var text = "node,community\n"
    text.reserveCapacity(partition.communities.count * 16)
    for (c, members) in partition.members.enumerated() {
      let suffix = "," + String(c) + "\n"
      for node in members { text += CSVText.field(shown(node)) + suffix }
    }
    for (node, c) in partition.communities.enumerated() where c == Partition.unassigned {
      text += CSVText.field(shown(NodeID(node))) + ",\n"
    }
    return text
  }

  func summaryLines(_ report: CommunityReport) -> [[String]] {
    var lines: [[String]] = [
      ["network", report.network], ["algorithm", report.partition.algorithm],
    ]
    if let name = report.savedName { lines.append(["saved as", name]) }
    for parameter in report.partition.parameters where parameter.name != "codelength" {
      lines.append([parameter.name, parameter.value])
    }
    if let quality = report.quality {
      let s = quality.sizes
      lines.append(["communities", String(s.count)])
      lines.append([
        "sizes",
        "min \(s.minimum), median \(Self.number(s.median)), max \(s.maximum), singletons \(s.singletons)",
      ])
    }
    if let q = report.modularity {
      lines.append([
        report.isDirectedModularity ? "modularity (directed)" : "modularity", Self.number(q),
      ])
    }
    if let (gamma, q) = report.modularityAtResolution {
      lines.append(["modularity at γ = \(Self.number(gamma))", Self.number(q)])
    }
    if let quality = report.quality {
      if report.isDirected == true {
        lines.append([
          "conductance",
          "directed: cut counts edges both ways, volume counts out-degrees (networkx), can exceed 1",
        ])
      }
      lines.append(["coverage", Self.number(quality.coverage)])
      lines.append(["weighted coverage", Self.number(quality.weightedCoverage)])
    }
    if let codelength = report.codelength {
      lines.append(["codelength (bits)", Self.number(codelength)])
    }
    if let comparison = report.comparison {
      let r = comparison.result
      lines.append(["compared with", "\(comparison.source) (\(comparison.labelCount) labels)"])
      lines.append([
        "nodes compared",
        "\(r.nodeCount) (\(comparison.nodesWithoutLabel) without a label, left out)",
      ])
      if comparison.namesNotInNetwork > 0 {
        lines.append([
          "labelled names not here",
          "\(comparison.namesNotInNetwork) (not in this network, left out: compared on the accounts both share)",
        ])
      }
      lines.append(["NMI", Self.number(r.normalizedMutualInformation)])
      lines.append(["adjusted Rand index", Self.number(r.adjustedRandIndex)])
      lines.append(["variation of information", Self.number(r.variationOfInformation)])
    }
    return lines
  }

  func table(_ report: CommunityReport) -> String {
    var text = TextTable.render(summaryLines(report).map { [$0[0] + ":", $0[1]] })
    guard let quality = report.quality else { return text }
    let top = report.topAccounts(topCount)
    let measure = report.scores?.measure ?? "pagerank"
    var rows = [
      [
        "community", "size", "internal edges", "internal weight", "density", "conductance",
        "top by \(measure)", "strongest links",
      ]
    ]
    for (c, community) in quality.communities.enumerated().prefix(maxCommunities) {
      let accounts =
        top.isEmpty ? "" : top[c].map { report.shown($0) }.joined(separator: ", ")
      let links = quality.strongestLinks(of: c).map {
        "\($0.community) (\(Self.number($0.weight)))"
      }.joined(separator: ", ")
      rows.append([
        String(c), String(community.size), String(community.internalEdges),
        Self.number(community.internalWeight),
        Self.number(community.density), Self.number(community.conductance), accounts, links,
      ])
    }
    text += "\n" + TextTable.render(rows)
    if quality.communities.count > maxCommunities {
      text +=
        "… \(quality.communities.count - maxCommunities) smaller communities not shown (json and csv list them all)\n"
    }
    return text
  }

  func communityObject(_ report: CommunityReport, _ c: Int, top: [[NodeID]]) -> [String: Any] {
    var object: [String: Any] = ["community": c]
    if let quality = report.quality {
      let community = quality.communities[c]
      object["size"] = community.size
      object["internal_edges"] = community.internalEdges
      object["internal_weight"] = community.internalWeight
      object["volume"] = community.volume
      object["cut"] = community.cut
      object["density"] = community.density
      object["conductance"] = Self.json(community.conductance)
      object["links"] = quality.strongestLinks(of: c).map {
        ["community": $0.community, "weight": $0.weight, "edges": $0.edges] as [String: Any]
      }
    } else {
      object["size"] = report.partition.sizes[c]
    }
    if let scores = report.scores, !top.isEmpty {
      object["top_accounts"] = top[c].map {
        ["node": report.shown($0), scores.measure: Self.json(scores[$0])] as [String: Any]
      }
    }
    return object
  }

  func jsonObject(_ report: CommunityReport) -> [String: Any] {
    var parameters: [String: Any] = [:]
    for parameter in report.partition.parameters where parameter.name != "codelength" {
      parameters[parameter.name] = ParameterJSON.value(parameter.value)
    }
    var summary: [String: Any] = ["count": report.partition.communityCount]
    if let quality = report.quality {
      let s = quality.sizes
      summary["sizes"] = [
        "min": s.minimum, "median": s.median, "max": s.maximum, "singletons": s.singletons,
      ]
      summary["coverage"] = quality.coverage
      summary["weighted_coverage"] = quality.weightedCoverage
      summary["conductance_weighted"] = quality.isWeighted
    }
    if let q = report.modularity {
      summary["modularity"] = q
      summary["modularity_directed"] = report.isDirectedModularity
    }
    if let (gamma, q) = report.modularityAtResolution {
      summary["modularity_at_resolution"] = ["resolution": gamma, "value": q]
    }
    if let codelength = report.codelength { summary["codelength"] = codelength }
    let top = report.topAccounts(topCount)
    var object: [String: Any] = [
      "network": report.network, "edge_type": report.edgeType ?? "all (merged)",
      "algorithm": report.partition.algorithm,
      "parameters": parameters, "summary": summary,
      "communities": (0..<report.partition.communityCount).map {
        communityObject(report, $0, top: top)
      },
    ]
    if let directed = report.isDirected { object["directed"] = directed }
    if let name = report.savedName { object["saved_as"] = name }
    if let scores = report.scores { object["rank_by"] = scores.measure }
    if let comparison = report.comparison {
      let r = comparison.result
      object["comparison"] =
        [
          "source": comparison.source, "labels": comparison.labelCount,
          "nodes_compared": r.nodeCount,
          "nodes_without_label": comparison.nodesWithoutLabel,
          "names_not_in_network": comparison.namesNotInNetwork,
          "nmi": r.normalizedMutualInformation,
          "adjusted_rand_index": r.adjustedRandIndex,
          "variation_of_information": r.variationOfInformation,
        ] as [String: Any]
    }
    return object
  }

  /// `--account`: each account's community and that community's top accounts.
  func renderAccounts(_ report: CommunityReport, _ format: ReportFormat) throws -> String {
    let top = report.topAccounts(topCount)
    var rows: [[String]] = []
    var objects: [[String: Any]] = []
    let sizes = report.partition.sizes
    for account in accounts {
      guard let node = report.names.id(for: account) else {
        throw AnalysisError.unknown("account", account, in: report.names)
      }
      let c = report.partition[node]
      let printed = report.shown.account(account)
      guard c != Partition.unassigned else {
        rows.append([printed, "", "0", ""])
        objects.append(["node": printed, "community": NSNull()])
        continue
      }
      let members = top.isEmpty ? [] : top[Int(c)].map { report.shown($0) }
      rows.append([printed, String(c), String(sizes[Int(c)]), members.joined(separator: ", ")])
      var object = communityObject(report, Int(c), top: top)
      object["node"] = printed
      objects.append(object)
    }
    let header = ["node", "community", "size", "top accounts"]
    switch format {
    case .csv: return ([header] + rows).map(CSVText.row).joined()
    case .table:
      return TextTable.render(summaryLines(report).map { [$0[0] + ":", $0[1]] }) + "\n"
        + TextTable.render([header] + rows)
    case .json:
      var object = jsonObject(report)
      object["communities"] = nil
      object["accounts"] = objects
      return JSONText.encode(object) + "\n"
    }
  }
}
