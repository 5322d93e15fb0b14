import ArgumentParser
import Foundation
import RecruitNet

/// `recruitnet keyplayers`: whom to remove to break the network, or who reaches everyone.
struct KeyPlayersCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "keyplayers",
    abstract:
      "Find the k accounts whose removal fragments the network most, or that reach it best (Borgatti's key players).",
    discussion: """
      Objectives (Borgatti 2006, "Identifying sets of key players in a social network"): fragmentation F = 1 - sum_k s_k(s_k-1)/(n(n-1)) over the components left after removing the set (eq. 4); distance-fragmentation DF = 1 - 2 sum_{i<j} (1/d_ij)/(n(n-1)) after removal, 1/d = 0 between components (eq. 9); reach = sum over accounts j outside the set of 1/d(S,j), over N - k (with --targets: only targets count, divided by their number).

      Conventions: the network is made undirected and simple (directions, weights, repeated edges and self-loops ignored); isolates are kept. F and DF divide by the pairs among the N - k remaining nodes (--denominator remaining, Borgatti's) or among all N with removed accounts as isolates (--denominator all); both rank sets the same way, and the JSON output has both.

      Methods: exact is a branch and bound that proves the optimum ("optimal") and lists every tied optimal set (up to 10), or, stopped by --time-limit, reports the best found, the best value any set could still reach and the share of sets unexplored. greedy is Borgatti's search: from a greedy set and random sets, swap a member for a non-member while the objective improves; it reports its restarts and seed and is the same for a seed on any number of threads. auto (the default) runs greedy, then exact when the network is small enough.

      Examples:
        recruitnet keyplayers Samples/krebs-911/edges.csv --k 3
        recruitnet keyplayers study.rnet --k 5 --objective distance-fragmentation --time-limit 30
        recruitnet keyplayers study.rnet --k 4 --objective reach --targets unlabelled.txt --format json
        recruitnet keyplayers study.rnet --k 10 --method greedy --restarts 50 --seed 7 --exclude verified.txt
      """)

  @OptionGroup var source: NetworkArguments
  var network: String { source.network }

  @Option(help: ArgumentHelp("The number of key players.", valueName: "k"))
  var k = 3

  @Option(help: "What the set is chosen for.")
  var objective: KeyPlayerObjective = .fragmentation

  @Option(
    name: .customLong("edge-type"),
    help: ArgumentHelp("Only edges of this type (default: all types merged).", valueName: "type"))
  var onlyType: String?

  @Option(
    help: ArgumentHelp(
      "Never choose the accounts in this file (one name per line), or these names, comma-separated.",
      valueName: "file|names"))
  var exclude: String?

  @Option(
    help: ArgumentHelp(
      "Reach: count only the accounts in this file (one per line), or these names, comma-separated.",
      valueName: "file|names"))
  var targets: String?

  @Option(help: "Search method.")
  var method: KeyPlayerSearch.Method = .auto

  @Option(
    help: ArgumentHelp(
      "Stop the exact search after this many seconds and report the gap (0: no limit).",
      valueName: "seconds"))
  var timeLimit = 10.0

  @Option(help: ArgumentHelp("Greedy restarts.", valueName: "n"))
  var restarts = 20

  @Option(help: ArgumentHelp("Seed of the greedy restarts.", valueName: "n"))
  var seed: UInt64 = 0

  @Option(help: "The pairs F and DF divide by in the table: remaining (N - k) or all (N).")
  var denominator: FragmentationDenominator = .remaining

  @Option(help: ArgumentHelp("List at most this many tied optimal sets.", valueName: "n"))
  var ties = 10

  @Option(help: ArgumentHelp("Threads (default: all cores).", valueName: "n"))
  var threads: Int?

  @OptionGroup(title: "Output")
  var output: OutputArguments

  @OptionGroup var names: NameArguments

  @OptionGroup var common: CommonOptions

  func validate() throws {
    if k < 1 { throw ValidationError("--k must be at least 1.") }
    if restarts < 1 { throw ValidationError("--restarts must be at least 1.") }
    if timeLimit < 0 || !timeLimit.isFinite {
      throw ValidationError("--time-limit must be a number of seconds, 0 or more.")
    }
    if ties < 1 { throw ValidationError("--ties must be at least 1.") }
    if let threads, threads < 1 { throw ValidationError("--threads must be at least 1.") }
    if targets != nil && objective != .reach {
      throw ValidationError("--targets applies to --objective reach.")
    }
  }

  func run() async throws {
    var clock = PhaseClock()
    var timings = Timings()
    var request = KeyPlayerRequest()
    request.objective = objective
    request.k = k
    request.method = method
    request.timeLimit = timeLimit > 0 ? timeLimit : nil
    request.restarts = restarts
    request.seed = seed
    request.denominator = denominator
    request.edgeType = onlyType
    request.excluded = try exclude.map(SeedList.names(fileOrList:)) ?? []
    request.targets = try targets.map(SeedList.names(fileOrList:)) ?? []
    request.tieLimit = ties
    request.threads = threads
    let input = try source.input()
    let answer = try await input.keyPlayers(request)
    timings.add("compute", clock.lap())
    let shown = try names.renamer(for: input).map { answer.renamed($0) } ?? answer
    try output.write(KeyPlayerReport(answer: shown, network: network).text(output.format))
    timings.add("output", clock.lap())
    if common.timings { Terminal.writeError(timings.json + "\n") }
  }
}

extension KeyPlayerObjective: ExpressibleByArgument {}
extension KeyPlayerSearch.Method: ExpressibleByArgument {}
extension FragmentationDenominator: ExpressibleByArgument {}
