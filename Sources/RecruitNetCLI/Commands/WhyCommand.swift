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
        recruitnet why study.rnet someaccount --seeds label:seed --format json
      """)

  @OptionGroup var source: NetworkArguments
  var network: String { source.network }

  @Argument(help: ArgumentHelp("The account to explain.", valueName: "account"))
  var account: String

  @OptionGroup var seedSet: SeedSetArguments

  @OptionGroup(title: "Output")
  var output: OutputArguments

  @OptionGroup(title: "Output")
  var digits: PrecisionArguments

  @OptionGroup(title: "Pseudonyms")
  var pseudonyms: PseudonymOptions

  @OptionGroup var common: CommonOptions

  func run() async throws {
    var clock = PhaseClock()
    var timings = Timings()
    var request = WhyRequest(account: account, seeds: try seedSet.source())
    request.minSeedTies = seedSet.minSeedTies
    request.edgeType = seedSet.onlyType
    request.damping = seedSet.damping
    let input = try source.input()
    let answer = try await input.why(request)
    timings.add("compute", clock.lap())
    var report = WhyReport(answer: answer, network: network)
    report.pseudonymizer = try pseudonyms.pseudonymizer()
    report.precision = digits.precision
    try output.write(report.text(output.format))
    timings.add("output", clock.lap())
    if common.timings { Terminal.writeError(timings.json + "\n") }
  }
}
