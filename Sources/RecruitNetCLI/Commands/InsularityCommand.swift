import ArgumentParser
import Foundation
import RecruitNet

/// `recruitnet insularity`: how inward-looking a set of accounts or the groups of a partition are.
struct InsularityCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "insularity",
    abstract:
      "How inward-looking a set or groups are: internal and external ties, E-I index, in-set ties per member.",
    discussion: """
      A tie is a pair of accounts joined in either direction. For a set (--set), prints its internal and external ties, Krackhardt and Stern's E-I index (E - I) / (E + I) and internal share, and for each member its in-set followers (distinct members with an edge to it, and their share of all its followers), in-set followees and mutual in-set ties. For groups (--groups: a saved partition, node attribute or name,group file), prints each group's ties and E-I index and the whole network's.

      Examples:
        recruitnet insularity Samples/recruitment/edges.csv --groups Samples/recruitment/groups.csv
        recruitnet insularity study.rnet --set label:seed
        recruitnet insularity study.rnet --groups saved:leiden --format csv
      """)

  @OptionGroup var source: NetworkArguments
  var network: String { source.network }

  @Option(
    help: ArgumentHelp(
      "A set of accounts: a file (one name per line), names comma-separated, or label:NAME.",
      valueName: "file|names|label:NAME"))
  var set: String?

  @Option(
    help: ArgumentHelp(
      "Groups: saved:NAME (a saved partition), attr:KEY (a node attribute) or a name,group file.",
      valueName: "saved:NAME|attr:KEY|file"))
  var groups: String?

  @Option(
    name: .customLong("edge-type"),
    help: ArgumentHelp("Only edges of this type (default: all types merged).", valueName: "type"))
  var onlyType: String?

  @OptionGroup(title: "Output")
  var output: OutputArguments

  @OptionGroup(title: "Output")
  var digits: PrecisionArguments

  @OptionGroup(title: "Pseudonyms")
  var pseudonyms: PseudonymOptions

  @OptionGroup var common: CommonOptions

  func validate() throws {
    if set == nil && groups == nil { throw ValidationError("Give --set, --groups or both.") }
  }

  func run() async throws {
    var clock = PhaseClock()
    var timings = Timings()
    var request = InsularityRequest()
    request.set = try set.map(AccountSetSource.init(argument:))
    request.groups = groups.map(GroupSource.init(argument:))
    request.edgeType = onlyType
    let input = try source.input()
    let answer = try await input.insularity(request)
    timings.add("compute", clock.lap())
    var report = InsularityReport(answer: answer, network: network)
    report.pseudonymizer = try pseudonyms.pseudonymizer()
    report.precision = digits.precision
    try output.write(report.text(output.format))
    timings.add("output", clock.lap())
    if common.timings { Terminal.writeError(timings.json + "\n") }
  }
}
