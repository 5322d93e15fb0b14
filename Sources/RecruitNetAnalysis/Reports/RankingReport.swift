import Foundation
import RecruitNetCentrality
import RecruitNetGraph
import RecruitNetIO

/// How a report is printed.
public enum ReportFormat: String, Sendable, CaseIterable { case table, json, csv }

/// A ranking as an analyst reads it: sorted by the first measure (highest first, ties by
/// name), cut to the top rows, or the value and rank of given accounts; names pseudonymized
/// when asked.
public struct RankingReport: Sendable {
  public var result: CentralityResult
  /// The network's path as given, printed in JSON.
  public var network: String
  public var edgeType: String?
  /// Only the first `top` rows.
  public var top: Int? = nil
  /// Report these accounts' values and ranks instead of the ranking.
  public var accounts: [String] = []
  /// Rank nodes of every kind (hashtags, domains, …), not only accounts.
  public var allKinds = false
  public var pseudonymizer: Pseudonymizer? = nil
  /// Significant digits of the values in a table (CSV and JSON keep every digit).
  public var precision = TableNumber.defaultPrecision
  /// The seeds of personalized PageRank, printed in JSON.
  public var seeds: [SeedList.Seed] = []

  public init(result: CentralityResult, network: String, edgeType: String?) {
    self.result = result
    self.network = network
    self.edgeType = edgeType
  }

  /// Counts print as integers, everything else in Swift's shortest round-trip form, or with
  /// `precision` significant digits (tables).
  static func text(_ value: Double, _ measure: String, precision: Int? = nil) -> String {
    if value.isNaN { return "nan" }
    if value == value.rounded(), abs(value) < 1e15,
      ["degree", "in-degree", "out-degree", "coreness", "in-coreness", "out-coreness"].contains(
        measure)
    {
      return String(Int(value))
    }
    if let precision { return TableNumber.text(value, precision: precision) }
    return "\(value)"
  }

  /// The ranking as text: a table, CSV (`node,<measure>,…`) or JSON (rows and the
  /// parameters each measure used); with ``accounts``, each account's value and rank.
  public func text(_ format: ReportFormat) throws -> String {
    let results = result.scores
    let names = result.names
    let isDirected = result.isDirected
    let include: ((NodeID) -> Bool)? = allKinds ? nil : { names.kindIndex(of: $0) == 0 }
    let header = ["node"] + results.map(\.measure)
    // Ranking ties still break by real name; only the printed names are pseudonyms.
    let shown = PrintedNames(names: names, pseudonymizer: pseudonymizer)
    let seeds = self.seeds.map { (shown.account($0.name), $0.weight) }
    if !accounts.isEmpty {
      var rows: [[String]] = []
      var objects: [[String: Any]] = []
      for account in accounts {
        guard let node = names.id(for: account) else {
          throw AnalysisError.unknown("account", account, in: names)
        }
        for scores in results {
          let value = scores[node]
          let rank = scores.rank(of: node, include: include)
          rows.append([
            shown.account(account), scores.measure,
            Self.text(value, scores.measure, precision: format == .table ? precision : nil),
            String(rank),
          ])
          objects.append([
            "node": shown.account(account), "measure": scores.measure,
            "value": value.isNaN ? NSNull() : value, "rank": rank,
          ])
        }
      }
      switch format {
      case .csv: return ([["node", "measure", "value", "rank"]] + rows).map(CSVText.row).joined()
      case .table: return TextTable.render([["node", "measure", "value", "rank"]] + rows)
      case .json:
        return JSONText.encode(
          envelope(results, network: network, isDirected: isDirected, seeds: seeds, rows: objects))
          + "\n"
      }
    }
    guard let first = results.first else { return "" }
    let order = first.ranking(names: names, limit: top, include: include)
    switch format {
    case .csv:
      var text = CSVText.row(header)
      text.reserveCapacity(order.count * 32)
      for node in order {
        text += CSVText.row([shown(node)] + results.map { Self.text($0[node], $0.measure) })
      }
      return text
    case .table:
      let rows = order.enumerated().map { index, node in
        [String(index + 1), shown(node)]
          + results.map { Self.text($0[node], $0.measure, precision: precision) }
      }
      return TextTable.render([["rank"] + header] + rows)
    case .json:
      let rows: [[String: Any]] = order.map { node in
        var row: [String: Any] = ["node": shown(node)]
        for scores in results { row[scores.measure] = scores[node].isNaN ? NSNull() : scores[node] }
        return row
      }
      return JSONText.encode(
        envelope(results, network: network, isDirected: isDirected, seeds: seeds, rows: rows))
        + "\n"
    }
  }

  func envelope(
    _ results: [NodeScores], network: String, isDirected: Bool, seeds: [(String, Double)],
    rows: [[String: Any]]
  ) -> [String: Any] {
    var parameters: [String: Any] = [:]
    for scores in results {
      var object: [String: Any] = [:]
      for parameter in scores.parameters {
        object[parameter.name] = ParameterJSON.value(parameter.value)
      }
      parameters[scores.measure] = object
    }
    var result: [String: Any] = [
      "network": network, "edge_type": edgeType ?? "all (merged)", "directed": isDirected,
      "measures": results.map(\.measure), "parameters": parameters, "rows": rows,
    ]
    if !seeds.isEmpty { result["seed_accounts"] = seeds.map { [$0.0, $0.1] as [Any] } }
    if let top { result["top"] = top }
    return result
  }
}
