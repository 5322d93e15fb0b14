import ArgumentParser
import Foundation
import RecruitNet

/// `recruitnet expand`: grow a suspect set from seeds, each candidate with its evidence.
struct ExpandCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "expand",
    abstract:
      "Rank the accounts outside a seed set by their ties to it, with the seed edges that put each there.",
    discussion: """
      Scores every account outside the seeds: seed ties (distinct seeds adjacent in either direction), share (seed ties over all distinct accounts adjacent: the share of its ties that are with the set, Berger and Morgan's in-set measure), from seeds (summed weight of the edges seed -> account: on a mention layer, how often seeds mention it), to seeds, and PageRank personalized on the seeds. --by ranks by one of them, or by all three fused (reciprocal-rank fusion). Each candidate lists the seed edges that tie it to the set; `recruitnet why` prints them all for one account. The seed set's own internal and external ties and its E-I index come first.

      Seeds are a file (one name per line), names separated by commas, or label:NAME for the accounts a node-label import marked with NAME.

      Examples:
        recruitnet expand Samples/recruitment/edges.csv --seeds acct_0001,acct_0002,acct_0003
        recruitnet expand study.rnet --seeds label:seed --by mentions --edge-type mention --top 50
        recruitnet expand study.rnet --seeds seeds.txt --by ppr --min-seed-ties 0 --format csv --out candidates.csv
      """)

  @OptionGroup var source: NetworkArguments
  var network: String { source.network }

  @OptionGroup var seedSet: SeedSetArguments

  @Option(help: ArgumentHelp("What to rank by.", valueName: "follow-share|mentions|ppr|all"))
  var by: SeedExpansion.Ranking = .all

  @Option(help: ArgumentHelp("List this many candidates.", valueName: "N"))
  var top = 100

  @Option(
    help: ArgumentHelp(
      "Seeds whose edges are shown per candidate in a table (csv and json list them all).",
      valueName: "n"))
  var evidence = 3

  @OptionGroup(title: "Output")
  var output: OutputArguments

  @OptionGroup(title: "Output")
  var digits: PrecisionArguments

  @OptionGroup(title: "Pseudonyms")
  var pseudonyms: PseudonymOptions

  @OptionGroup var common: CommonOptions

  func validate() throws {
    if top < 1 { throw ValidationError("--top must be at least 1.") }
    if evidence < 0 { throw ValidationError("--evidence must be 0 or more.") }
  }

  func run() async throws {
    var clock = PhaseClock()
    var timings = Timings()
    var request = ExpansionRequest(seeds: try seedSet.source())
    request.ranking = by
    request.top = top
    request.minSeedTies = seedSet.minSeedTies
    request.edgeType = seedSet.onlyType
    request.damping = seedSet.damping
    let input = try source.input()
    let answer = try await input.expand(request)
    timings.add("compute", clock.lap())
    var report = ExpansionReport(answer: answer, network: network)
    report.pseudonymizer = try pseudonyms.pseudonymizer()
    report.evidenceShown = evidence
    report.precision = digits.precision
    try output.write(report.text(output.format))
    timings.add("output", clock.lap())
    if common.timings { Terminal.writeError(timings.json + "\n") }
  }
}

extension SeedExpansion.Ranking: ExpressibleByArgument {}
