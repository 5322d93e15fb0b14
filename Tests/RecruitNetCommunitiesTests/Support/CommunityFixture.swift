import Foundation
import RecruitNetCommunities
import RecruitNetGraph
import Testing

/// A graph with what leidenalg, igraph and networkx found and computed on it, written by
/// `Scripts/oracles/communities.py` (see that script for the exact calls).
struct CommunityFixture {
  struct Summary {
    let values: [Double]
    let mean: Double
    let best: Double
    let nmi: Double?
  }

  struct NamedPartition {
    let name: String
    let membership: [UInt32]
    let modularity: Double
    let modularityAtGamma: Double
    let unweightedModularity: Double
    let directedModularity: Double?
  }

  static let names = ["karate", "polbooks", "football", "lesmis", "recruitment"]

  let name: String
  let graph: Graph
  let truth: [UInt32]?
  let seeds: [UInt64]
  let gamma: Double
  let cpmResolution: Double
  /// leidenalg runs: `modularity`, `resolution` (γ = ``gamma``), `cpm`, `directed`.
  let leiden: [String: Summary]
  /// igraph's `community_multilevel`.
  let multilevel: Summary
  let partitions: [NamedPartition]

  init(_ name: String) throws {
    let url = try #require(
      Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures"))
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    self.name = name
    var builder = GraphBuilder(isDirected: try #require(document["directed"] as? Bool))
    for node in try #require(document["nodes"] as? [String]) { _ = builder.node(named: node) }
    for edge in try #require(document["edges"] as? [[Any]]) {
      let source = try #require(edge[0] as? String)
      let target = try #require(edge[1] as? String)
      let weight = try #require((edge[2] as? NSNumber)?.doubleValue)
      builder.addEdge(
        from: builder.node(named: source), to: builder.node(named: target), type: 0, weight: weight)
    }
    graph = try builder.build()
    truth = (document["truth"] as? [NSNumber])?.map { $0.uint32Value }
    seeds = try #require(document["seeds"] as? [NSNumber]).map { $0.uint64Value }
    gamma = try #require((document["gamma"] as? NSNumber)?.doubleValue)
    cpmResolution = try #require((document["cpmResolution"] as? NSNumber)?.doubleValue)
    func summary(_ any: Any?) throws -> Summary {
      let object = try #require(any as? [String: Any])
      return Summary(
        values: try #require(object["values"] as? [NSNumber]).map(\.doubleValue),
        mean: try #require((object["mean"] as? NSNumber)?.doubleValue),
        best: try #require((object["best"] as? NSNumber)?.doubleValue),
        nmi: (object["nmi"] as? NSNumber)?.doubleValue)
    }
    var leiden: [String: Summary] = [:]
    for (key, value) in try #require(document["leiden"] as? [String: Any]) {
      leiden[key] = try summary(value)
    }
    self.leiden = leiden
    multilevel = try summary(document["multilevel"])
    partitions = try #require(document["partitions"] as? [[String: Any]]).map { entry in
      NamedPartition(
        name: try #require(entry["name"] as? String),
        membership: try #require(entry["membership"] as? [NSNumber]).map(\.uint32Value),
        modularity: try #require((entry["modularity"] as? NSNumber)?.doubleValue),
        modularityAtGamma: try #require((entry["modularityAtGamma"] as? NSNumber)?.doubleValue),
        unweightedModularity: try #require(
          (entry["unweightedModularity"] as? NSNumber)?.doubleValue),
        directedModularity: (entry["directedModularity"] as? NSNumber)?.doubleValue)
    }
  }
}
