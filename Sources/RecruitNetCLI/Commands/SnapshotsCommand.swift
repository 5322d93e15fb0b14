import ArgumentParser
import Foundation
import RecruitNet

/// `recruitnet snapshots`: later collections of the accounts' statuses.
struct SnapshotsCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "snapshots",
    abstract:
      "Import, list and delete account-status snapshots; each account's course through them.",
    discussion: """
      A snapshot is a later look-up of the accounts: a table with a header naming an account column (account, name, screen_name) and a status column (active, suspended, deleted, renamed, protected), and optionally followers, following, statuses, renamed_to, user_id and created. Snapshots are kept by account name beside the network (accounts need not be nodes) and survive imports. `recruitnet diff` compares two; `snapshots courses` gives every account's first and last sighting and final state, in the columns `recruitnet survival` reads.

      Examples:
        recruitnet snapshots import study.rnet status-2015-03.csv --name march --taken 2015-03-01
        recruitnet snapshots list study.rnet
        recruitnet diff study.rnet --from march --to june
        recruitnet snapshots courses study.rnet --groups saved:leiden --format csv --out courses.csv
        recruitnet snapshots delete study.rnet march
      """,
    subcommands: [Import.self, List.self, Courses.self, Delete.self])

  /// `snapshots import WORKSPACE FILE --name NAME --taken TIME`.
  struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Save an account-status table as a named snapshot.",
      discussion: """
        The same file imported twice under two names is refused (it would count its accounts twice); --replace corrects a snapshot imported wrongly under the same name.
        """)
    @Argument(help: "The workspace.") var workspace: String
    @Argument(help: "An account-status table (CSV, TSV; gzip allowed).") var file: String
    @Option(help: "The snapshot's name.") var name: String
    @Option(
      help: ArgumentHelp(
        "When the statuses were collected (ISO 8601 date or time, Unix seconds).",
        valueName: "time"))
    var taken: String
    @Flag(help: "Replace the snapshot of this name.") var replace = false

    func validate() throws {
      if name.trimmingCharacters(in: .whitespaces).isEmpty {
        throw ValidationError("--name needs a non-empty name.")
      }
      if TimestampParsing.unixSeconds(taken) == nil {
        throw ValidationError("--taken \"\(taken)\" is not a time; use e.g. 2015-03-01.")
      }
    }

    func run() async throws {
      guard let takenAt = TimestampParsing.unixSeconds(taken) else {
        throw ValidationError("--taken \"\(taken)\" is not a time; use e.g. 2015-03-01.")
      }
      let input = try NetworkInput(path: workspace)
      let outcome = try await input.importSnapshot(
        file: file, name: name, takenAt: takenAt, replacing: replace)
      Terminal.write("\(workspace): " + SnapshotImportReport(outcome: outcome).text)
    }
  }

  /// `snapshots list WORKSPACE`.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the snapshots, oldest first.")
    @Argument(help: "The workspace.") var workspace: String

    func run() throws {
      Terminal.write(
        SnapshotListReport(
          snapshots: try Workspace(path: workspace).snapshots(), workspace: workspace
        )
        .text)
    }
  }

  /// `snapshots courses WORKSPACE`.
  struct Courses: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Every account's first and last sighting and state, as of a date.",
      discussion: """
        Columns: account, group, created, first_seen (the first snapshot listing it), last_seen (for an account gone at the end, the first snapshot it was seen gone; otherwise the last snapshot listing it), status (its state at the last snapshot listing it), the number of snapshots, and followers at the first and last. CSV output is what `recruitnet survival` reads.
        """)
    @Argument(help: "The workspace.") var workspace: String
    @Option(
      name: .customLong("as-of"),
      help: ArgumentHelp("Only the snapshots taken up to this time.", valueName: "time"))
    var asOf: String?
    @Option(
      help: ArgumentHelp(
        "Each account's group: saved:NAME, attr:KEY or a name,group file.",
        valueName: "saved:NAME|attr:KEY|file"))
    var groups: String?
    @OptionGroup(title: "Output") var output: OutputArguments
    @OptionGroup(title: "Pseudonyms") var pseudonyms: PseudonymOptions

    func validate() throws {
      if let asOf, TimestampParsing.unixSeconds(asOf) == nil {
        throw ValidationError("--as-of \"\(asOf)\" is not a time; use e.g. 2015-06-01.")
      }
    }

    func run() async throws {
      let input = try NetworkInput(path: workspace)
      let asOf = self.asOf.flatMap(TimestampParsing.unixSeconds)
      let courses = try await input.accountCourses(
        asOf: asOf, groups: groups.map(GroupSource.init(argument:)))
      var report = AccountCourseReport(courses: courses, asOf: asOf)
      report.pseudonymizer = try pseudonyms.pseudonymizer()
      try output.write(report.text(output.format))
    }
  }

  /// `snapshots delete WORKSPACE NAME`.
  struct Delete: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Delete a snapshot.")
    @Argument(help: "The workspace.") var workspace: String
    @Argument(help: "The snapshot's name.") var name: String

    func run() throws {
      let store = try Workspace(path: workspace)
      guard try store.deleteSnapshot(name) else {
        throw AnalysisError.unknown(
          "snapshot", name, in: try store.snapshots().map(\.name), listing: true)
      }
      Terminal.write("\(workspace): deleted snapshot '\(name)'\n")
    }
  }
}

/// `recruitnet diff`: two snapshots compared.
struct DiffCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract:
      "Compare two snapshots: who appeared, vanished, was suspended or renamed, and the network before and after.",
    discussion: """
      The suspension rate is the share of the accounts that existed (active or protected) at --from and are listed at --to that are suspended at --to. The network at each snapshot drops the accounts suspended or deleted there; accounts the snapshot does not list, and renamed ones, are kept.

      Examples:
        recruitnet diff study.rnet --from march --to june
        recruitnet diff study.rnet --from march --to june --format csv --out changes.csv --pseudonymize
      """)

  @Argument(help: "The workspace.") var workspace: String
  @Option(help: ArgumentHelp("The earlier snapshot.", valueName: "name")) var from: String
  @Option(help: ArgumentHelp("The later snapshot.", valueName: "name")) var to: String
  @Option(help: ArgumentHelp("Accounts listed per category in a table.", valueName: "n"))
  var listed = 10
  @OptionGroup(title: "Output") var output: OutputArguments
  @OptionGroup(title: "Pseudonyms") var pseudonyms: PseudonymOptions

  func validate() throws {
    if listed < 0 { throw ValidationError("--listed must be 0 or more.") }
  }

  func run() async throws {
    let input = try NetworkInput(path: workspace)
    let diff = try await input.diffSnapshots(from: from, to: to)
    var report = SnapshotDiffReport(diff: diff)
    report.pseudonymizer = try pseudonyms.pseudonymizer()
    report.listed = listed
    try output.write(report.text(output.format))
  }
}
