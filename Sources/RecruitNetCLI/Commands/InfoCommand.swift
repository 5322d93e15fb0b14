import ArgumentParser
import Foundation
import RecruitNet

/// `recruitnet info`: what a network holds.
struct InfoCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "info",
    abstract: "Summarise a network: nodes, edges per type, weights, self-loops, reciprocity, density, components, degrees.",
    discussion: """
      Edges are distinct (source, target, type) edges after merging. Density, reciprocity, components and degrees use the simple graph with all edge types merged, with networkx's conventions (nx.density, nx.overall_reciprocity; a self-loop adds 2 to a degree). On a workspace the result is cached until the next import.

      Examples:
        recruitnet info study.rnet
        recruitnet info study.rnet --format json
        recruitnet info study.rnet --edge-type retweet
        recruitnet info Samples/krebs-911/edges.csv --undirected
      """)

  @Argument(help: ArgumentHelp("A workspace file, or an edge-list file read in memory.", valueName: "network"))
  var network: String

  @Option(name: .customLong("edge-type"), help: ArgumentHelp("Only edges of this type.", valueName: "type"))
  var onlyType: String?

  @Option(help: "Output format.")
  var format: OutputFormat = .table

  @Flag(help: "Compute afresh instead of answering from the workspace's cache.")
  var noCache = false

  @OptionGroup(title: "Direction")
  var direction: DirectionArguments

  @OptionGroup(title: "Edge list (when NETWORK is a plain file)")
  var edgeList: EdgeListArguments

  @OptionGroup var common: CommonOptions

  func run() async throws {
    var clock = PhaseClock()
    var timings = Timings()
    let cacheKey = "info:\(onlyType ?? "*"):\(direction.requested.map(String.init) ?? "-")"
    var object: [String: Any]? = nil
    let input = try NetworkInput(path: network, edgeListOptions: edgeList.options(), directed: direction.requested)
    if !noCache, let workspace = input.workspace {
      if let cached = try workspace.cachedSummary(key: cacheKey),
        let parsed = try? JSONSerialization.jsonObject(with: Data(cached.utf8)) as? [String: Any]
      {
        object = parsed
      }
      timings.add("load", clock.lap())
    }
    if object == nil {
      let progress = Progress(quiet: common.quiet)
      progress("loading \(network)")
      let graph = try await input.graph(edgeType: onlyType, mergingTypes: false)
      timings.add("load", clock.lap())
      let summary = graph.summary()
      var computed = Self.json(summary)
      computed["source"] = network
      if let onlyType { computed["edge_type_filter"] = onlyType }
      timings.add("compute", clock.lap())
      if let workspace = input.workspace { workspace.storeSummary(key: cacheKey, json: JSONText.encode(computed)) }
      object = computed
    }
    guard let object else { return }
    Terminal.write(render(object))
    timings.add("output", clock.lap())
    if common.timings { Terminal.writeError(timings.json + "\n") }
  }

  static func json(_ s: GraphSummary) -> [String: Any] {
    [
      "nodes": s.nodes, "edges": s.edges, "simple_edges": s.simpleEdges, "directed": s.isDirected,
      "weight_total": s.weightTotal, "self_loops": s.selfLoops,
      "edge_types": Dictionary(s.edgesByType.map { ($0.name, $0.count) }, uniquingKeysWith: +),
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
    "nodes", "node_kinds", "edges", "edge_types", "simple_edges", "directed", "weight_total", "self_loops", "reciprocity",
    "density", "weak_components", "largest_weak_component", "strong_components",
    "largest_strong_component", "degree_min", "degree_median", "degree_max", "memory_bytes",
  ]

  static func text(_ key: String, _ value: Any) -> String {
    if key == "directed" { return (value as? Bool) == true ? "true" : "false" }
    return text(value)
  }

  static func text(_ value: Any) -> String {
    switch value {
    case is NSNull: return "-"
    case let flag as Bool: return flag ? "true" : "false"
    case let dictionary as [String: Any]:
      return dictionary.keys.sorted().map { "\($0)=\(text(dictionary[$0] ?? NSNull()))" }.joined(separator: " ")
    case let number as NSNumber: return number.stringValue
    default: return "\(value)"
    }
  }

  private func render(_ object: [String: Any]) -> String {
    switch format {
    case .json: return JSONText.encode(object) + "\n"
    case .csv:
      return CSVText.row(["key", "value"]) + Self.order.compactMap { key in
        object[key].map { CSVText.row([key, Self.text(key, $0)]) }
      }.joined()
    case .table:
      return TextTable.render(Self.order.compactMap { key in object[key].map { [key, Self.text(key, $0)] } })
    }
  }
}
