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
        recruitnet info Samples/krebs-911/edges.csv --undirected --format json
      """,
    version: "0.1.0",
    subcommands: [
      ImportCommand.self, InfoCommand.self, CentralityCommand.self, CommunitiesCommand.self, RenderCommand.self,
      ExportCommand.self,
    ])

  /// Parses, runs, and maps errors to exit codes: 0 success, 1 user or data error (printed as
  /// `recruitnet: error: …`), 64 usage error (argument-parser's own).
  static func main() async {
    do {
      var command = try parseAsRoot()
      if var asyncCommand = command as? AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
    } catch let error as ImportError {
      failLocated(error.description)
    } catch let error as WorkspaceError {
      failLocated(error.description)
    } catch let error as GraphError {
      fail(error.message)
    } catch let error as CentralityError {
      fail(error.message)
    } catch let error as CommunityError {
      fail(error.message)
    } catch let error as RenderError {
      fail(error.message)
    } catch let error as UserError {
      fail(error.message)
    } catch {
      exit(withError: error)
    }
  }

  static func fail(_ message: String) -> Never {
    Terminal.writeError("recruitnet: error: \(message)\n")
    Foundation.exit(1)
  }

  /// Fails with an error that already reads `file:line:column: error: message` (the form
  /// editors and compilers use), prefixed only by the program name.
  static func failLocated(_ description: String) -> Never {
    Terminal.writeError("recruitnet: \(description)\n")
    Foundation.exit(1)
  }
}

/// A user error the CLI detects itself (exit code 1).
struct UserError: Error {
  let message: String
  init(_ message: String) { self.message = message }
}
