import ArgumentParser
import Foundation
import RecruitNet

/// `recruitnet why`: the evidence that ties one account to a seed set.
struct WhyCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "why",
    abstract:
      "Why an account is a candidate of an expansion: its scores, ranks and every edge to the seeds.",
    discussion: """
      Prints the account's scores as `recruitnet expand` computes them (seed ties, share, from seeds, to seeds, personalized PageRank), its rank under each criterion among the candidates, and every edge between it and a seed with its direction, type, weight, number of input rows and first and last time.

      Examples:
        recruitnet why Samples/recruitment/edges.csv acct_0042 --seeds acct_0001,acct_0002,acct_0003
        recruitnet why study.rnet someaccount --seeds label:recruiter --format json
      """)

  @OptionGroup var source: NetworkArguments
  var network: String { source.network }

  @Argument(help: ArgumentHelp("The account to explain.", valueName: "account"))
  var account: String

  @Option(
    help: ArgumentHelp(
      "The seed accounts: a file (one name per line), names comma-separated, or label:NAME.",
      valueName: "file|names|label:NAME"))
  var seeds: String

  @Option(
    help: ArgumentHelp(
      "Rank among accounts adjacent to at least this many distinct seeds (as in expand).",
      valueName: "n"))
  var minSeedTies = 2

  @Option(
    name: .customLong("edge-type"),
    help: ArgumentHelp("Only edges of this type (default: all types).", valueName: "type"))
  var onlyType: String?

  @Option(help: ArgumentHelp("Damping of personalized PageRank.", valueName: "alpha"))
  var damping = 0.85

  @OptionGroup(title: "Output")
  var output: ReportOutputArguments

  @OptionGroup(title: "Pseudonyms")
  var pseudonyms: PseudonymOptions

  @OptionGroup var common: CommonOptions

  func validate() throws {
    if minSeedTies < 0 { throw ValidationError("--min-seed-ties must be 0 or more.") }
    if !(damping > 0 && damping < 1) { throw ValidationError("--damping must be between 0 and 1.") }
  }

  func run() async throws {
    var clock = PhaseClock()
    var timings = Timings()
    var request = WhyRequest(account: account, seeds: try AccountSetSource(argument: seeds))
    request.minSeedTies = minSeedTies
    request.edgeType = onlyType
    request.damping = damping
    let input = try source.input()
    let answer = try await input.why(request)
    timings.add("compute", clock.lap())
    var report = WhyReport(answer: answer, network: network)
    report.pseudonymizer = try pseudonyms.pseudonymizer()
    report.precision = output.precision
    try output.write(report.text(output.format))
    timings.add("output", clock.lap())
    if common.timings { Terminal.writeError(timings.json + "\n") }
  }
}
