import ArgumentParser
import Foundation
import RecruitNet

/// `recruitnet info`: what a network holds.
struct InfoCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "info",
    abstract:
      "Summarise a network: nodes, edges per type, weights, self-loops, reciprocity, density, components, degrees.",
    discussion: """
      Edges are distinct (source, target, type) edges after merging. Density, reciprocity, components and degrees use the simple graph with all edge types merged, with networkx's conventions (nx.density, nx.overall_reciprocity; a self-loop adds 2 to a degree). On a workspace the result is cached until the next import.

      Examples:
        recruitnet info study.rnet
        recruitnet info study.rnet --format json
        recruitnet info study.rnet --edge-type retweet
        recruitnet info Samples/krebs-911/edges.csv --undirected
      """)

  @Argument(
    help: ArgumentHelp(
      "A workspace file, or an edge-list file read in memory.", valueName: "network"))
  var network: String

  @Option(
    name: .customLong("edge-type"),
    help: ArgumentHelp("Only edges of this type.", valueName: "type"))
  var onlyType: String?

  @Option(help: "Output format.")
  var format: OutputFormat = .table

  @Option(
    help: ArgumentHelp(
      "Significant digits of fractions in a table (csv and json keep every digit).",
      valueName: "digits"))
  var precision = TableNumber.defaultPrecision

  @Flag(help: "Compute afresh instead of answering from the workspace's cache.")
  var noCache = false

  @OptionGroup(title: "Direction")
  var direction: DirectionArguments

  @OptionGroup(title: "Edge list (when NETWORK is a plain file)")
  var edgeList: EdgeListArguments

  @OptionGroup(title: "Time slice (tweet archives)") var slice: TimeSliceArguments

  @OptionGroup var common: CommonOptions

  func run() async throws {
    var clock = PhaseClock()
    var timings = Timings()
    let cacheKey =
      // `info-view:` since one edge type became a view of the nodes its edges touch.
      (onlyType == nil ? "info:*:" : "info-view:\(onlyType ?? ""):")
      + "\(direction.requested.map(String.init) ?? "-")"
      + (slice.since != nil || slice.until != nil ? ":\(slice.keyText)" : "")
    var object: [String: Any]? = nil
    var input = try NetworkInput(
      path: network, edgeListOptions: edgeList.options(), directed: direction.requested)
    try slice.apply(to: &input)
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
      var computed = SummaryReport.object(summary)
      computed["source"] = network
      if let onlyType { computed["edge_type_filter"] = onlyType }
      if let since = input.since { computed["since"] = since }
      if let until = input.until { computed["until"] = until }
      timings.add("compute", clock.lap())
      if let workspace = input.workspace {
        workspace.storeSummary(key: cacheKey, json: JSONText.encode(computed))
      }
      object = computed
    }
    guard let object else { return }
    Terminal.write(SummaryReport.text(object, format: format, precision: precision))
    timings.add("output", clock.lap())
    if common.timings { Terminal.writeError(timings.json + "\n") }
  }
}
