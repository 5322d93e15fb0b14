import ArgumentParser
import Foundation
import RecruitNet

/// `recruitnet bridges`: the edges that carry the most shortest paths (edge betweenness).
struct BridgesCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bridges",
    abstract:
      "Rank edges by edge betweenness: the bridges that carry the most shortest paths, listed by their endpoints.",
    discussion: """
      Edge betweenness as networkx's edge_betweenness_centrality: for each edge, the sum over ordered pairs (s, t) of the share of their shortest paths through it, its own endpoints included. Directed networks follow edge directions; an undirected edge sums its two directions. Normalized (the default) divides by K(n-1) with K the sources (n when exact); --no-normalize multiplies by n/K and halves on undirected networks (an exact undirected value then counts each unordered pair once).

      Exact by default. --sample K draws K distinct sources with --seed S and scales their sums by n/K (networkx's k; the same seed draws other sources than Python's random does, so sampled values match networkx in expectation, not digit for digit). Unweighted by default (networkx's weight=None); --weighted reads the weight as a length, --weight-as strength as 1/weight.

      Edge types are merged (weights summed) unless --edge-type picks one. Output: the top edges (default 20; csv and json list all unless --top is given), each as source, target and value; --pseudonymize replaces account names.

      Examples:
        recruitnet bridges Samples/krebs-911/edges.csv --undirected --top 10
        recruitnet bridges study.rnet --top 20 --sample 100 --seed 7
        recruitnet bridges study.rnet --weighted --edge-type retweet --format csv --out bridges.csv
      """)

  @OptionGroup var source: NetworkArguments
  var network: String { source.network }

  @Option(
    help: ArgumentHelp(
      "List only the first N edges (default: 20 in a table, all in csv and json).",
      valueName: "N"))
  var top: Int?

  @Option(
    help: ArgumentHelp("Sample K source nodes instead of all (networkx's k).", valueName: "K"))
  var sample: Int?

  @Option(help: ArgumentHelp("Seed of the sampled sources.", valueName: "S"))
  var seed: UInt64 = 0

  @Flag(help: "Use edge weights as path lengths (networkx's weight='weight').")
  var weighted = false

  @Option(
    help: ArgumentHelp(
      "With --weighted: 'distance' (weight is a length) or 'strength' (length = 1/weight).",
      valueName: "reading"))
  var weightAs: CentralityCommand.WeightReading = .distance

  @Flag(
    name: .customLong("no-normalize"),
    help:
      "Raw pair sums (scaled by n/K, halved when undirected) instead of networkx's normalization.")
  var noNormalize = false

  @Option(
    name: .customLong("edge-type"),
    help: ArgumentHelp("Only edges of this type (default: all types merged).", valueName: "type"))
  var onlyType: String?

  @Option(help: ArgumentHelp("Threads (default: all cores).", valueName: "n"))
  var threads: Int?

  @OptionGroup(title: "Output")
  var output: OutputArguments

  @OptionGroup(title: "Pseudonyms")
  var pseudonyms: PseudonymOptions

  @OptionGroup var common: CommonOptions

  func validate() throws {
    if let top, top < 1 { throw ValidationError("--top must be at least 1.") }
    if let sample, sample < 1 { throw ValidationError("--sample must be at least 1.") }
    if let threads, threads < 1 { throw ValidationError("--threads must be at least 1.") }
  }

  func run() async throws {
    var clock = PhaseClock()
    var timings = Timings()
    let pseudonymizer = try pseudonyms.pseudonymizer()
    var request = BridgeRequest()
    request.sampleSize = sample
    request.seed = seed
    request.length = weighted ? (weightAs == .strength ? .strength : .distance) : .hops
    request.isNormalized = !noNormalize
    request.edgeType = onlyType
    request.threads = threads
    let input = try source.input()
    let answer = try await input.bridges(request)
    timings.add("compute", clock.lap())
    let report = BridgeReport(
      answer: answer, network: network, top: top ?? (output.format == .table ? 20 : nil),
      pseudonymizer: pseudonymizer)
    try output.write(report.text(output.format))
    timings.add("output", clock.lap())
    if common.timings { Terminal.writeError(timings.json + "\n") }
  }
}
