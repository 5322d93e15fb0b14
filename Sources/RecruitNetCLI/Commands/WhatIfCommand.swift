import ArgumentParser
import Foundation
import RecruitNet

/// `recruitnet whatif`: what suspending some accounts would do to the network.
struct WhatIfCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "whatif",
    abstract:
      "Before and after suspending accounts: components, fragmentation, reach from seeds, PageRank ranks, next best suspensions.",
    discussion: """
      Measures the network before and after removing the --suspend accounts (with --as-of, also those the workspace's snapshots saw suspended or deleted by then): the number of components and the giant component's size, fragmentation F and distance-weighted fragmentation DF (Borgatti 2006, eq. 4 and 9) under both denominators (pairs among the remaining nodes, and among all N with suspended accounts as isolates), and with --seeds the distance-weighted reach of the seed accounts and the accounts cut off from every seed. PageRank (networkx's defaults, on the network as stored, all edge types merged) is recomputed on the accounts left; the accounts among the top --top before or after whose rank changed are listed. The next best suspensions are the accounts whose removal, on top of those made, leaves the fewest connected pairs (one greedy step on F).

      Conventions: F, DF and reach use the network made undirected and simple, isolates kept. Nothing is written to the workspace.

      Examples:
        recruitnet whatif Samples/krebs-911/edges.csv --suspend "Mohamed Atta,Hani Hanjour"
        recruitnet whatif study.rnet --suspend suspended.txt --seeds recruiters.txt --format json
        recruitnet whatif study.rnet --as-of 2015-09-01 --seeds recruiters.txt
      """)

  @OptionGroup var source: NetworkArguments
  var network: String { source.network }

  @Option(
    help: ArgumentHelp(
      "The accounts to suspend: a file (one name per line) or names, comma-separated.",
      valueName: "file|names"))
  var suspend: String?

  @Option(
    name: .customLong("as-of"),
    help: ArgumentHelp(
      "Also suspend the accounts the workspace's snapshots saw suspended or deleted by this time.",
      valueName: "time"))
  var asOf: String?

  @Option(
    help: ArgumentHelp(
      "Seed accounts (a file or names, comma-separated): reach from them and who is cut off.",
      valueName: "file|names"))
  var seeds: String?

  @Option(
    name: .customLong("edge-type"),
    help: ArgumentHelp("Only edges of this type (default: all types merged).", valueName: "type"))
  var onlyType: String?

  @Option(help: ArgumentHelp("Compare the PageRank ranks of the top N accounts.", valueName: "N"))
  var top = 10

  @Option(help: ArgumentHelp("Propose this many next suspensions.", valueName: "n"))
  var next = 5

  @OptionGroup(title: "Output")
  var output: OutputArguments

  @OptionGroup var names: NameArguments

  @OptionGroup var common: CommonOptions

  func validate() throws {
    if top < 1 { throw ValidationError("--top must be at least 1.") }
    if next < 0 { throw ValidationError("--next must be 0 or more.") }
    if suspend == nil && asOf == nil { throw ValidationError("Give --suspend, --as-of or both.") }
    if let asOf, TimestampParsing.unixSeconds(asOf) == nil {
      throw ValidationError("--as-of \"\(asOf)\" is not a time; use e.g. 2015-06-01.")
    }
  }

  func run() async throws {
    var clock = PhaseClock()
    var timings = Timings()
    var request = WhatIfRequest()
    request.suspended = try suspend.map(SeedList.names(fileOrList:)) ?? []
    request.suspendedAsOf = asOf.flatMap(TimestampParsing.unixSeconds)
    request.seeds = try seeds.map(SeedList.names(fileOrList:)) ?? []
    request.edgeType = onlyType
    request.top = top
    request.next = next
    let input = try source.input()
    let answer = try await input.whatIf(request)
    timings.add("compute", clock.lap())
    let shown = try names.renamer(for: input).map { answer.renamed($0) } ?? answer
    try output.write(WhatIfReport(answer: shown, network: network).text(output.format))
    timings.add("output", clock.lap())
    if common.timings { Terminal.writeError(timings.json + "\n") }
  }
}
