import ArgumentParser
import Foundation
import RecruitNet

/// `recruitnet coordination evidence WS A B --layer NAME`: the message pairs behind one edge of a
/// saved coordination layer, recomputed from the stored tweets with the layer's parameters.
struct CoordinationEvidenceCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "evidence",
    abstract: "List the message pairs behind an edge of a saved coordination layer.",
    discussion: """
      SOURCE and TARGET are accounts as the coordination report prints them (user ids where the archive has them, else names). The pairs are recomputed from the workspace's tweets with the layer's trace, window and time slice, so every weight can be traced to tweets: each row is a message of SOURCE, a message of TARGET inside the window, both times, Δt (target − source) and the shared object. --pseudonymize covers the accounts, the message ids and the @handles inside shared texts.

      Examples:
        recruitnet coordination study.rnet --by co-retweet --window 60 --save rt60
        recruitnet coordination evidence study.rnet 1001 1002 --layer rt60
        recruitnet coordination evidence study.rnet 1001 1002 --layer rt60 --format csv --out pairs.csv
      """)

  @Argument(help: "A workspace with a saved coordination layer.") var network: String
  @Argument(help: "The account the edge leaves.") var source: String
  @Argument(help: "The account the edge reaches.") var target: String

  @Option(help: ArgumentHelp("The saved layer (coordination --save NAME).", valueName: "name"))
  var layer: String

  @Option(help: "Output format: table or csv.") var format: OutputFormat = .table

  @Option(help: ArgumentHelp("Write to this file instead of stdout.", valueName: "file"))
  var out: String?

  @OptionGroup var pseudonyms: PseudonymOptions
  @OptionGroup var common: CommonOptions

  func validate() throws {
    if format == .json { throw ValidationError("evidence is written as a table or csv.") }
  }

  func run() async throws {
    let input = try NetworkInput(path: network)
    let workspace = try input.requireWorkspace(for: "coordination evidence")
    let request = try CoordinationRequest.ofLayer(named: layer, in: workspace)
    Progress(quiet: common.quiet)("reading the \(request.parameters.trace.rawValue) events")
    var result = try request.eventsOnly(on: input)
    let known = result.userIDs.values.sorted()
    guard let a = result.account(named: source) else {
      throw AnalysisError.unknown("account", source, in: known)
    }
    guard let b = result.account(named: target) else {
      throw AnalysisError.unknown("account", target, in: known)
    }
    try request.attachTexts(to: &result, in: workspace, accounts: [a, b])
    var report = CoordinationReport(result: result, network: network)
    report.pseudonymizer = try pseudonyms.pseudonymizer()
    let edge = CoordinationEdge(
      source: a, target: b, weight: 0, pairs: 0, meanDelta: 0, minDelta: 0)
    let text =
      format == .csv
      ? report.evidenceCSV(edges: [edge]) : report.evidenceTable(source: a, target: b)
    try OutputFile.write(text, to: out)
  }
}
