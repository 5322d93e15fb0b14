import ArgumentParser
import Foundation
import RecruitNet

/// `recruitnet labels`: labelling in rounds, with review sheets and verdicts.
struct LabelsCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "labels",
    abstract:
      "Label accounts in rounds: give a label, sample a review sheet, record verdicts, see each account's history and each round's precision.",
    discussion: """
      Every labelling and every verdict is kept with its round, source file, time and author; nothing is overwritten, so `labels history` shows an account's labels and verdicts in the order they were made. The same file recorded twice for one round is refused.

      Examples:
        recruitnet expand study.rnet --seeds label:seed --top 200 --format csv --out candidates.csv
        recruitnet labels add study.rnet candidates.csv --label candidate --round 1 --by analyst1
        recruitnet labels sample study.rnet --label candidate --n 50 --stratify attr:group --seed 1 --out sheet.csv
        recruitnet labels import study.rnet sheet.csv --round 2 --by reviewer2
        recruitnet labels rounds study.rnet --label candidate
        recruitnet labels history study.rnet acct_0147
      """,
    subcommands: [Add.self, Sample.self, Import.self, Rounds.self, History.self])

  /// The author recorded with each event: `--by`, else the user's login name.
  static func author(_ given: String?) -> String {
    given ?? ProcessInfo.processInfo.environment["USER"] ?? "unknown"
  }

  /// `labels add WORKSPACE FILE --label L --round R`.
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "Give a label in a round to the accounts of a file (a list with an account column, or one name per line)."
    )
    @Argument(help: "The workspace.") var workspace: String
    @Argument(help: "The accounts: a CSV with an account column (expand's output), or names.")
    var file: String
    @Option(help: "The label.") var label: String
    @Option(help: "The round (from 1).") var round: Int
    @Option(help: "Who labels (default: the login name).") var by: String?

    func validate() throws {
      if label.isEmpty { throw ValidationError("--label needs a non-empty label.") }
    }

    func run() throws {
      let outcome = try NetworkInput(path: workspace).addLabel(
        file: file, label: label, round: round, by: LabelsCommand.author(by))
      var line = "\(workspace): gave '\(label)' to \(outcome.events) accounts in round \(round)"
      if outcome.notInNetwork > 0 { line += " (\(outcome.notInNetwork) not in the network)" }
      Terminal.write(line + "\n")
    }
  }

  /// `labels sample WORKSPACE --label L --n N`.
  struct Sample: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "Write a review sheet: a random sample of the accounts given a label and not yet reviewed.",
      discussion: """
        With --stratify, the sample is allocated to the groups in proportion to their sizes (largest remainders). The sheet (CSV: account,label,round,group,verdict,notes) is for a reviewer to fill the verdict column with confirmed/yes, rejected/no or unsure, then `labels import`.
        """)
    @Argument(help: "The workspace.") var workspace: String
    @Option(help: "The label.") var label: String
    @Option(help: "Only accounts given the label in this round.") var round: Int?
    @Option(help: "How many accounts.") var n = 50
    @Option(
      help: ArgumentHelp(
        "Stratify by groups: saved:NAME, attr:KEY or a name,group file.",
        valueName: "saved:NAME|attr:KEY|file"))
    var stratify: String?
    @Option(help: "Random seed.") var seed: UInt64 = 1
    @Option(
      help: ArgumentHelp("Write the sheet to this file (atomically).", valueName: "file"))
    var out: String?
    @OptionGroup(title: "Pseudonyms") var pseudonyms: PseudonymOptions

    func validate() throws {
      if n < 1 { throw ValidationError("--n must be at least 1.") }
    }

    func run() async throws {
      let rows = try await NetworkInput(path: workspace).reviewSheet(
        label: label, round: round, size: n, stratify: stratify.map(GroupSource.init(argument:)),
        seed: seed)
      var sheet = ReviewSheetReport(rows: rows)
      sheet.pseudonymizer = try pseudonyms.pseudonymizer()
      try OutputFile.write(sheet.csv, to: out)
      if out != nil {
        Terminal.writeError("wrote \(rows.count) accounts to review to \(out ?? "")\n")
      }
    }
  }

  /// `labels import WORKSPACE SHEET --round R`.
  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Record the verdicts of a filled review sheet as a round.",
      discussion: """
        Rows whose verdict is empty have not been reviewed and are skipped. Rows without a label column take --label.
        """)
    @Argument(help: "The workspace.") var workspace: String
    @Argument(help: "The review sheet (account, label, verdict columns).") var file: String
    @Option(help: "The round the verdicts belong to.") var round: Int
    @Option(help: "The label, for sheets without a label column.") var label: String?
    @Option(help: "Who reviewed (default: the login name).") var by: String?

    func run() throws {
      let outcome = try NetworkInput(path: workspace).recordVerdicts(
        file: file, label: label, round: round, by: LabelsCommand.author(by))
      let verdicts = LabelVerdict.allCases.map { "\($0.rawValue) \(outcome.byVerdict[$0] ?? 0)" }
        .joined(separator: ", ")
      Terminal.write(
        "\(workspace): recorded \(outcome.events) verdicts in round \(round) (\(verdicts))\n")
    }
  }

  /// `labels rounds WORKSPACE --label L`.
  struct Rounds: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Each round of a label: accounts labelled, verdicts, precision, candidates so far.")
    @Argument(help: "The workspace.") var workspace: String
    @Option(help: "The label.") var label: String
    @OptionGroup(title: "Output") var output: OutputArguments

    func run() throws {
      let rounds = try NetworkInput(path: workspace).labelRounds(label: label)
      try output.write(LabelRoundsReport(label: label, rounds: rounds).text(output.format))
    }
  }

  /// `labels history WORKSPACE ACCOUNT`.
  struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "An account's labels and verdicts, in the order they were recorded.")
    @Argument(help: "The workspace.") var workspace: String
    @Argument(help: "The account.") var account: String
    @OptionGroup(title: "Output") var output: OutputArguments

    func run() throws {
      let events = try Workspace(path: workspace).labelEvents(account: account)
      try output.write(LabelHistoryReport(account: account, events: events).text(output.format))
    }
  }
}
