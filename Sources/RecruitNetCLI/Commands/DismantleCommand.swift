import ArgumentParser
import Foundation
import RecruitNet

/// `recruitnet dismantle`: which accounts, removed, break the network apart.
struct DismantleCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dismantle",
    abstract:
      "Dismantle a network: remove accounts by an adaptive strategy until the giant component is below a threshold.",
    discussion: """
      Strategies (recomputed after each removal; several, comma-separated, are run and compared): degree (highest remaining degree), ci:1, ci:2, ci:3 (Collective Influence, Morone & Makse 2015; ci = ci:2), corehd (highest degree in the 2-core, Zdeborová et al. 2016, then degree on the remaining forest), pagerank, betweenness (exact up to 2000 remaining nodes, sampled with --seed above), custom:FILE (the accounts listed in FILE, one per line, in that order; the rest are not removed).

      Conventions: the network is made undirected and simple (directions, weights and repeats dropped; isolates count in N). Removal stops once the giant component has at most until*N nodes. --reinsert then puts removed accounts back one at a time, the one joining the smallest total cluster first (ties: lowest id), while the giant stays at most until*N (Braunstein et al. 2016). q(p) is the fraction of N removed when the giant first drops below p*N; R is Schneider et al.'s robustness, the mean giant fraction over the full removal sequence (completed by adaptive degree after the strategy stops). Ties go to the lowest node id.

      Output: a table (one row per strategy: removed, giant after, q at 10/5/1 %, R, seconds, and the first accounts removed), json (everything, numbers as numbers, the full order and curve) or csv (the curves: strategy,removed,fraction_removed,giant,giant_fraction). --plot writes an SVG chart of the curves.

      Examples:
        recruitnet dismantle study.rnet --strategy ci:2 --reinsert
        recruitnet dismantle study.rnet --strategy degree,ci:1,ci:2,corehd --plot curves.svg
        recruitnet dismantle study.rnet --strategy corehd --edge-type retweet --until 0.05 --format json
        recruitnet dismantle Samples/krebs-911/edges.csv --strategy betweenness,ci:2 --until 0.1
        recruitnet dismantle study.rnet --strategy custom:suspended.txt --format csv --out curve.csv
      """)

  @OptionGroup var source: NetworkArguments
  var network: String { source.network }

  @Option(
    name: .customLong("strategy"),
    help: ArgumentHelp(
      "Strategies, comma-separated or repeated: degree, ci:1, ci:2, ci:3, corehd, pagerank, betweenness, custom:FILE. Default: ci:2.",
      valueName: "names"))
  var strategyLists: [String] = []

  @Flag(help: "Put back removed accounts that do not rejoin a cluster above the threshold.")
  var reinsert = false

  @Option(
    help: ArgumentHelp(
      "Stop once the giant component is at most this fraction of N (0 runs to the end).",
      valueName: "fraction"))
  var until = 0.01

  @Option(help: ArgumentHelp("Write an SVG plot of the curves to this file.", valueName: "file"))
  var plot: String?

  @Option(
    name: .customLong("edge-type"),
    help: ArgumentHelp("Only edges of this type (default: all types merged).", valueName: "type"))
  var onlyType: String?

  @Option(help: ArgumentHelp("Random seed of sampled betweenness.", valueName: "n"))
  var seed: UInt64 = 0

  @Option(
    help: ArgumentHelp(
      "PageRank and betweenness: recompute after every N removals (default 1).", valueName: "n"))
  var recomputeEvery = 1

  @OptionGroup(title: "Output")
  var output: OutputArguments

  @OptionGroup var names: NameArguments

  @OptionGroup var common: CommonOptions

  func validate() throws {
    if !(0...1).contains(until) { throw ValidationError("--until must be between 0 and 1.") }
    if recomputeEvery < 1 { throw ValidationError("--recompute-every must be at least 1.") }
  }

  /// The request the options describe (custom files read here).
  func request() throws -> DismantleRequest {
    var request = DismantleRequest()
    let names = strategyLists.flatMap { $0.split(separator: ",") }.map {
      $0.trimmingCharacters(in: .whitespaces)
    }.filter { !$0.isEmpty }
    for name in names.isEmpty ? ["ci:2"] : names {
      var custom: [String]? = nil
      if name.hasPrefix("custom:") {
        let file = String(name.dropFirst("custom:".count))
        do {
          custom = try String(contentsOfFile: file, encoding: .utf8).split(
            whereSeparator: \.isNewline
          )
          .map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty && !$0.hasPrefix("#")
          }
        } catch {
          throw UserError("cannot read the custom order '\(file)': \(error.localizedDescription)")
        }
      }
      request.strategies.append(try DismantleRequest.parseStrategy(name, customNames: custom))
    }
    request.until = until
    request.reinsert = reinsert
    request.edgeType = onlyType
    request.seed = seed
    request.recomputeEvery = recomputeEvery
    return request
  }

  func run() async throws {
    var clock = PhaseClock()
    var timings = Timings()
    let progress = Progress(quiet: common.quiet)
    let request = try request()
    let input = try source.input()
    let outcome = try await input.dismantle(request, progress: progress.reporter)
    timings.add("compute", clock.lap())
    let shown = try names.renamer(for: input).map { outcome.renamed($0) } ?? outcome
    let report = DismantleReport(outcome: shown, network: network)
    // The plot first: a failed plot leaves no output half-done, and the file is written atomically.
    if let plot {
      let title = "Dismantling \(URL(fileURLWithPath: network).lastPathComponent)"
      try OutputFile.write(bytes: Array(DismantlePlot.svg(outcome, title: title).utf8), to: plot)
    }
    try output.write(report.text(output.format))
    timings.add("output", clock.lap())
    if common.timings { Terminal.writeError(timings.json + "\n") }
  }
}
