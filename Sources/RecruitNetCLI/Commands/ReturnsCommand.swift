import ArgumentParser
import Foundation
import RecruitNet

/// `recruitnet returns`: accounts that came back under a new name after a suspension.
struct ReturnsCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "returns",
    abstract:
      "Link accounts that appeared in later snapshots to accounts suspended or deleted before them.",
    discussion: """
      A candidate pair is an account first seen after another was first seen suspended or deleted. Its score is the similarity of their names (1 - Levenshtein distance / longer length, lower-cased, the best of the two names and of each against the other without its trailing number: abu_x and Abu_X_3 score 1, abu_x2 and abu_x3 5/6), averaged with the overlap of their neighbours (Jaccard) when both are accounts of the network. Each new account keeps its best link above --threshold; the links make chains of incarnations, printed with the last follower count of each (Berger and Perez's measure of what a suspension costs).

      Examples:
        recruitnet returns study.rnet
        recruitnet returns study.rnet --threshold 0.8 --format csv --out returns.csv --pseudonymize
      """)

  @Argument(help: "The workspace.") var workspace: String
  @Option(help: ArgumentHelp("Keep links scoring at least this (0 to 1).", valueName: "score"))
  var threshold = 0.6
  @Option(
    name: .customLong("as-of"),
    help: ArgumentHelp("Only the snapshots taken up to this time.", valueName: "time"))
  var asOf: String?
  @OptionGroup(title: "Output") var output: OutputArguments
  @OptionGroup(title: "Pseudonyms") var pseudonyms: PseudonymOptions

  func validate() throws {
    if !(0...1).contains(threshold) { throw ValidationError("--threshold must be from 0 to 1.") }
    if let asOf, TimestampParsing.unixSeconds(asOf) == nil {
      throw ValidationError("--as-of \"\(asOf)\" is not a time; use e.g. 2015-06-01.")
    }
  }

  func run() async throws {
    var request = ReturnsRequest()
    request.threshold = threshold
    request.asOf = asOf.flatMap(TimestampParsing.unixSeconds)
    let answer = try await NetworkInput(path: workspace).returningAccounts(request)
    var report = ReturnsReport(answer: answer)
    report.pseudonymizer = try pseudonyms.pseudonymizer()
    try output.write(report.text(output.format))
  }
}
