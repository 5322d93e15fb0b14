import Foundation
import RecruitNetGraph
import Testing

/// A graph with R's `sna::brokerage()` output for a grouping of its nodes, written by
/// `Scripts/oracles/brokerage.py` (whose brute force over all two-paths agreed with sna's raw
/// counts before it wrote the file). The fixture holds names, groups and edges, so the test needs
/// nothing outside the repository.
struct BrokerageFixture {
  static let names = [
    "path", "star", "two-cliques", "one-of-each-role", "krebs-911", "london-gang",
    "italian-gangs", "recruitment",
  ]

  let graph: Graph
  /// Group codes by first appearance, per node id.
  let groups: [UInt32]
  let groupCount: Int
  /// Node name → six numbers (w_I, w_O, b_IO, b_OI, b_O, t); nil for NaN, ±infinity as such.
  let raw: [String: [Double?]]
  let expected: [String: [Double?]]
  let sd: [String: [Double?]]
  let z: [String: [Double?]]

  init(_ name: String) throws {
    let url = try #require(
      Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures"))
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    var builder = GraphBuilder(isDirected: try #require(document["directed"] as? Bool))
    let nodes = try #require(document["nodes"] as? [String])
    for node in nodes { _ = builder.node(named: node) }
    for edge in try #require(document["edges"] as? [[String]]) {
      builder.addEdge(
        from: builder.node(named: edge[0]), to: builder.node(named: edge[1]), type: 0, weight: 1)
    }
    graph = try builder.build()
    var codes: [String: UInt32] = [:]
    var groups = [UInt32](repeating: 0, count: nodes.count)
    for (node, label) in zip(nodes, try #require(document["groups"] as? [String])) {
      let code = codes[label] ?? UInt32(codes.count)
      codes[label] = code
      groups[Int(try #require(graph.node(named: node)))] = code
    }
    self.groups = groups
    groupCount = codes.count
    func table(_ key: String) throws -> [String: [Double?]] {
      try #require(document[key] as? [String: [Any]]).mapValues { row in
        row.map { value -> Double? in
          if let text = value as? String { return text == "inf" ? .infinity : -.infinity }
          return (value as? NSNumber)?.doubleValue
        }
      }
    }
    raw = try table("raw")
    expected = try table("expected")
    sd = try table("sd")
    z = try table("z")
  }
}

/// Whether `actual` is `expected` (nil = NaN) within a relative tolerance: sna's numbers are
/// written with 15 significant digits.
func agrees(_ actual: Double, _ expected: Double?, tolerance: Double = 1e-9) -> Bool {
  guard let expected else { return actual.isNaN }
  if expected.isInfinite { return actual == expected }
  return abs(actual - expected) <= tolerance * max(1, abs(expected))
}
