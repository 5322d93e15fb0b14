import ArgumentParser
import Foundation
import RecruitNet

/// `recruitnet coordination layers WS`: the saved layers with their parameters; `--delete NAME`
/// removes one.
struct CoordinationLayersCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "layers",
    abstract: "List the layers saved in a workspace (coordination --save), or delete one.",
    discussion: """
      Each layer keeps the parameters that produced it and the graph revision it was computed on; a layer computed before a later import says so (re-run the coordination command with --save NAME --replace to bring it up to date).

      Examples:
        recruitnet coordination layers study.rnet
        recruitnet coordination layers study.rnet --delete rt60
      """)

  @Argument(help: "A workspace.") var network: String

  @Option(help: ArgumentHelp("Delete this layer.", valueName: "name")) var delete: String?

  @Option(help: "Output format.") var format: OutputFormat = .table

  @OptionGroup var common: CommonOptions

  func run() async throws {
    let workspace = try NetworkInput(path: network).requireWorkspace(for: "layers")
    if let delete {
      guard try workspace.deleteLayer(named: delete) else {
        throw AnalysisError.unknown(
          "saved layer", delete, in: try workspace.layerNames(), listing: true)
      }
      if !common.quiet { Terminal.writeError("deleted layer '\(delete)'\n") }
      return
    }
    let revision = try workspace.revision()
    let layers = try workspace.layerSummaries()
    let header = ["name", "kind", "accounts", "edges", "current", "created_at", "parameters"]
    let rows = layers.map {
      [
        $0.name, $0.kind, String($0.nodeCount), String($0.edgeCount),
        $0.revision == revision ? "yes" : "no (revision \($0.revision) of \(revision))",
        $0.createdAt, $0.parameters,
      ]
    }
    switch format {
    case .csv: Terminal.write(([header] + rows).map(CSVText.row).joined())
    case .json:
      Terminal.write(
        JSONText.encode([
          "network": network,
          "layers": rows.map { Dictionary(uniqueKeysWithValues: zip(header, $0)) },
        ]) + "\n")
    case .table:
      Terminal.write(
        layers.isEmpty
          ? "no saved layers in \(network) (coordination --save NAME saves one)\n"
          : TextTable.render([header] + rows) + "\n")
    }
  }
}
