import Foundation
import RecruitNetGraph

/// `info`'s summary of a network (`GraphSummary`) as text, in a fixed order of keys.
public enum SummaryReport {
  /// The summary as a JSON object (also what a workspace caches).
  public static func object(_ s: GraphSummary) -> [String: Any] {
    [
      "nodes": s.nodes, "edges": s.edges, "simple_edges": s.simpleEdges, "directed": s.isDirected,
      "weight_total": s.weightTotal, "self_loops": s.selfLoops,
      "edge_types": Dictionary(
        s.edgesByType.filter { $0.count > 0 }.map { ($0.name, $0.count) }, uniquingKeysWith: +),
      "node_kinds": Dictionary(s.nodesByKind.map { ($0.name, $0.count) }, uniquingKeysWith: +),
      "reciprocity": s.reciprocity ?? NSNull(), "density": s.density,
      "weak_components": s.weakComponents, "largest_weak_component": s.largestWeakComponent,
      "strong_components": s.strongComponents ?? NSNull(),
      "largest_strong_component": s.largestStrongComponent ?? NSNull(),
      "degree_min": s.degreeMin, "degree_median": s.degreeMedian, "degree_max": s.degreeMax,
      "memory_bytes": s.memoryBytes,
    ]
  }

  static let order = [
    "nodes", "node_kinds", "edges", "edge_types", "simple_edges", "directed", "weight_total",
    "self_loops", "reciprocity",
    "density", "weak_components", "largest_weak_component", "strong_components",
    "largest_strong_component", "degree_min", "degree_median", "degree_max", "memory_bytes",
  ]

  static func text(_ key: String, _ value: Any, precision: Int? = nil) -> String {
    if key == "directed" { return (value as? Bool) == true ? "true" : "false" }
    // Fractions are rounded; whole numbers (counts, and totals such as 766.0) print as stored.
    if let precision, let number = value as? NSNumber, !(value is Bool),
      number.doubleValue != number.doubleValue.rounded()
    {
      return TableNumber.text(number.doubleValue, precision: precision)
    }
    return text(value)
  }

  static func text(_ value: Any) -> String {
    switch value {
    case is NSNull: return "-"
    case let flag as Bool: return flag ? "true" : "false"
    case let dictionary as [String: Any]:
      return dictionary.keys.sorted().map { "\($0)=\(text(dictionary[$0] ?? NSNull()))" }.joined(
        separator: " ")
    case let number as NSNumber: return number.stringValue
    default: return "\(value)"
    }
  }

  /// The object as a table of key and value, CSV `key,value`, or JSON.
  public static func text(
    _ object: [String: Any], format: ReportFormat,
    precision: Int = TableNumber.defaultPrecision
  ) -> String {
    switch format {
    case .json: return JSONText.encode(object) + "\n"
    case .csv:
      return CSVText.row(["key", "value"])
        + order.compactMap { key in
          object[key].map { CSVText.row([key, text(key, $0)]) }
        }.joined()
    case .table:
      return TextTable.render(
        order.compactMap { key in object[key].map { [key, text(key, $0, precision: precision)] } })
    }
  }
}
