import Foundation
import RecruitNetIO

/// The data behind an analyst report as JSON (`recruitnet report --format json`), and the
/// smaller manifest the HTML page embeds: tool, version, command line, parameters, sections and
/// the import ledger's files and hashes, so a reader can tell how the page was made.
public enum ReportJSON {
  /// Every number of the report, keys sorted.
  public static func object(_ r: AnalystReport) -> [String: Any] {
    var object = manifest(r)
    object["summary"] = SummaryReport.object(r.summary)
    object["edge_types"] = r.edgeTypes.map {
      ["name": $0.name, "edges": $0.edges, "weight": $0.weight] as [String: Any]
    }
    object["key_accounts"] = r.keyAccounts.map(account)
    object["brokers"] = r.brokers.map(account)
    object["lowest_constraint"] = r.lowConstraint.map(account)
    object["communities"] = [
      "algorithm": r.communityAlgorithm, "count": r.communityCount,
      "modularity": JSONNumber.value(r.modularity),
      "sizes": r.communitySizes.map { ["community": $0.community, "size": $0.size] },
      "cards": r.communityCards.map { card -> [String: Any] in
        [
          "community": card.index, "size": card.size, "internal_edges": card.internalEdges,
          "density": JSONNumber.value(card.density),
          "conductance": JSONNumber.value(card.conductance), "top_accounts": card.topAccounts,
          "links": card.links.map {
            ["community": $0.community, "weight": $0.weight] as [String: Any]
          },
        ]
      },
    ]
    object["degree_ccdf"] = Dictionary(
      r.degreeCCDF.map { series in
        (series.name, series.points.map { ["degree": $0.degree, "share": $0.share] })
      }, uniquingKeysWith: { a, _ in a })
    return object
  }

  /// The manifest: how the report was made, without the tables.
  public static func manifest(_ r: AnalystReport) -> [String: Any] {
    var object: [String: Any] = [
      "tool": r.toolName, "version": r.toolVersion, "command_line": r.commandLine,
      "network": r.network, "title": r.title,
      "parameters": Dictionary(
        r.parameters.map { ($0.name, ParameterJSON.value($0.value)) },
        uniquingKeysWith: { a, _ in a }),
      "sections": ReportHTML.sections(r),
      "accounts": r.summary.nodes, "edges": r.summary.edges, "communities": r.communityCount,
      "imports": r.imports.map {
        [
          "file": $0.file, "sha256": $0.sha256, "kind": $0.kind, "rows_read": $0.rowsRead,
          "rows_imported": $0.rowsImported, "rows_rejected": $0.rowsRejected,
        ] as [String: Any]
      },
    ]
    if let generatedAt = r.generatedAt { object["generated_at"] = generatedAt }
    if let span = r.timeSpan {
      object["time_span"] = [
        ISO8601Text.text(span.lowerBound), ISO8601Text.text(span.upperBound),
      ]
    }
    return object
  }

  static func account(_ a: AnalystReport.Account) -> [String: Any] {
    var object: [String: Any] = [
      "account": a.name, "pagerank": a.pageRank, "pagerank_rank": a.pageRankRank,
      "in_degree": a.inDegree, "in_strength": a.inStrength, "betweenness": a.betweenness,
      "betweenness_rank": a.betweennessRank, "other_communities": a.otherCommunities,
      "why": a.reasons,
    ]
    if let c = a.community { object["community"] = c }
    if let c = a.constraint { object["constraint"] = c }
    if let e = a.effectiveSize { object["effective_size"] = e }
    return object
  }
}
