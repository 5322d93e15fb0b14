import Foundation
import RecruitNetCommunities
import RecruitNetGraph
import RecruitNetTestSupport
import Testing

/// A graph with the values networkx, igraph, scikit-learn and Infomap computed on it, written by
/// `Scripts/oracles/communities_quality.py` into `Fixtures/quality/<name>.json`. The classic
/// graphs are read from `../shared/data/classic` (nil when absent); the directed one is inline.
struct QualityFixture {
  let name: String
  let graph: Graph
  let document: [String: Any]
  let isWeighted: Bool

  static let names = ["karate", "polbooks", "football", "directed-planted"]
  static let folders = ["karate": "karate-zachary", "polbooks": "polbooks", "football": "football"]

  /// The fixture, or nil (with a note) when its graph's data are not here.
  static func load(_ name: String) throws -> QualityFixture? {
    let url = try #require(
      Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures/quality"))
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    let directed = try #require(document["directed"] as? Bool)
    var builder = GraphBuilder(isDirected: directed)
    var edges: [(String, String, Double)] = []
    if let inline = document["edges"] as? [[Any]] {
      for edge in inline {
        edges.append(
          (
            try #require(edge[0] as? String), try #require(edge[1] as? String),
            try #require((edge[2] as? NSNumber)?.doubleValue)
          ))
      }
    } else {
      guard let folder = folders[name], let path = SharedData.path("classic/\(folder)/edges.tsv")
      else { return nil }
      let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        .dropFirst()
      for line in lines {
        let fields = line.split(separator: "\t").map(String.init)
        edges.append((fields[0], fields[1], fields.count > 2 ? try #require(Double(fields[2])) : 1))
      }
    }
    // Nodes in numeric order, so node ids equal the graphs' numeric names.
    let truth = try #require(document["truth"] as? [String: String])
    for node in truth.keys.sorted(by: { Int($0) ?? 0 < Int($1) ?? 0 }) {
      _ = builder.node(named: node)
    }
    for (s, t, w) in edges {
      builder.addEdge(from: builder.node(named: s), to: builder.node(named: t), type: 0, weight: w)
    }
    return QualityFixture(
      name: name, graph: try builder.build(), document: document,
      isWeighted: try #require(document["weighted"] as? Bool))
  }

  func double(_ key: String) throws -> Double {
    try #require((document[key] as? NSNumber)?.doubleValue, "\(name): \(key)")
  }

  func object(_ key: String) throws -> [String: Any] {
    try #require(document[key] as? [String: Any], "\(name): \(key)")
  }

  /// A labelling keyed by node name, as a partition of the graph.
  func partition(_ labels: [String: Any]) throws -> Partition {
    var codes: [String: UInt32] = [:]
    var result = [UInt32](repeating: Partition.unassigned, count: graph.nodeCount)
    for (node, label) in labels {
      let id = try #require(graph.names.id(for: node), "\(name): node \(node)")
      let text = "\(label)"
      let code = codes[text] ?? UInt32(codes.count)
      codes[text] = code
      result[Int(id)] = code
    }
    return Partition(labels: result, algorithm: "fixture")
  }

  func truth() throws -> Partition { try partition(try object("truth")) }
  func given() throws -> Partition { try partition(try object("given")) }
}
