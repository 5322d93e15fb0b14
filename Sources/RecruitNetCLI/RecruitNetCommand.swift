import ArgumentParser
import Foundation
import RecruitNet

/// The `recruitnet` command: a thin layer of subcommands over the library.
@main
struct RecruitNetCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "recruitnet",
    abstract: "Analyse online recruitment networks: import, measure, group and draw.",
    discussion: """
      Networks live in a workspace file (SQLite) made by `recruitnet import`. Every command also accepts a plain edge-list file, which it reads in memory.

      Examples:
        recruitnet import Samples/recruitment/edges.csv --nodes Samples/recruitment/accounts.csv --into study.rnet
        recruitnet info study.rnet
        recruitnet centrality study.rnet --measure pagerank,betweenness --top 20
        recruitnet partitions import study.rnet Samples/recruitment/groups.csv --name planted
        recruitnet info Samples/krebs-911/edges.csv --undirected --format json
      """,
    version: "0.1.0",
    subcommands: [
      ImportCommand.self, InfoCommand.self, CentralityCommand.self, CommunitiesCommand.self,
      RenderCommand.self,
      ExportCommand.self, PartitionsCommand.self, CoordinationCommand.self, KeyPlayersCommand.self,
      WhatIfCommand.self, DismantleCommand.self, ExpandCommand.self, WhyCommand.self,
      InsularityCommand.self, SnapshotsCommand.self, DiffCommand.self, ReturnsCommand.self,
      LabelsCommand.self, SurvivalCommand.self, EstimateCommand.self, BrokerageCommand.self,
      BridgesCommand.self, ReportCommand.self,
    ])

  /// Parses, runs, and maps errors to exit codes: 0 success, 1 user or data error (printed as
  /// `recruitnet: [FILE:LINE[:COL]: ]error: message[; hint]`), 64 usage error (argument-parser's own).
  static func main() async {
    do {
      var command = try parseAsRoot()
      if var asyncCommand = command as? AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
    } catch let error as any RecruitNetError {
      fail(error)
    } catch {
      exit(withError: error)
    }
  }

  /// Prints the error in the one shape every error has, with the command-line hint for its
  /// code, and exits with status 1.
  static func fail(_ error: any RecruitNetError) -> Never {
    let location = error.inputLocation.map { "\($0): " } ?? ""
    let hint =
      FlagHints.hint(for: error).map { $0.hasPrefix("see ") ? " (\($0))" : "; \($0)" } ?? ""
    Terminal.writeError("recruitnet: \(location)error: \(error.message)\(hint)\n")
    Foundation.exit(1)
  }
}

/// A user error the CLI detects itself (exit code 1).
struct UserError: RecruitNetError {
  let message: String
  init(_ message: String) { self.message = message }
  var codeName: String { "cli.usage" }
}
