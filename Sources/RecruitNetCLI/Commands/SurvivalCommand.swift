import ArgumentParser
import Foundation
import RecruitNet

/// `recruitnet survival`: how fast accounts are suspended, per group, from an account-status table.
struct SurvivalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "survival",
    abstract:
      "Account lifetimes until suspension: Kaplan-Meier curves, suspension shares within 48 hours and 90 days, and a log-rank test between groups.",
    discussion: """
      Input: an account-status table (CSV or TSV) with a header naming the columns account, status (active, suspended, deleted, renamed, protected), last_seen, created and/or first_seen, and optionally a group column (a community, a label); --groups FILE takes the groups from a separate account,label file instead. Dates are ISO 8601 dates or datetimes (UTC unless an offset is given).

      Lifetime: from created (--origin created, the default; first_seen where created is empty) or from first_seen (--origin first-seen; created where first_seen is empty) to last_seen, in days. A suspended account had the event at last_seen; every other status is censored at last_seen (deleted and renamed accounts were not suspended while they were followed). Accounts created before the collection began are counted from creation, with no correction for left truncation; --origin first-seen counts every account from its first sighting instead.

      Output per group: accounts, suspensions, censored, median lifetime; at each --at window: S(t) with its 95% interval, and the share suspended within the window in the form of Conway et al.'s "Disrupting Daesh" (2017): naive (suspended within t over all accounts, censored ones included in the denominator) and Kaplan-Meier (1 - S(t), censored accounts used only while seen), with the number censored before t. Then the log-rank test between the groups. Kaplan-Meier, its exponential-Greenwood interval and the log-rank test follow lifelines. json gives every number and the full curves; csv gives the curves (group,days,at_risk,suspended,censored,survival,lower,upper). --plot writes an SVG of the curves. Only group names are printed, never accounts.

      Examples:
        recruitnet survival Samples/suspensions/status.csv
        recruitnet survival status.csv --group-by community --at 48h,7d,90d --plot km.svg
        recruitnet survival status.csv --origin first-seen --format json --out survival.json
        recruitnet survival status.csv --group-by none --format csv --out curve.csv
        recruitnet survival Samples/suspensions/status.csv --groups Samples/recruitment/groups.csv
      """)

  @Argument(help: ArgumentHelp("The account-status table (CSV or TSV).", valueName: "table"))
  var table: String

  @Option(
    name: .customLong("group-by"),
    help: ArgumentHelp(
      "Column holding each account's group, or 'none' for one group. Default: the column 'group' if there is one.",
      valueName: "column"))
  var groupBy: String?

  @Option(
    name: .customLong("groups"),
    help: ArgumentHelp(
      "Group the accounts by a separate file of account,label rows (a saved partition exported as CSV, a label sheet) instead of a column; accounts it does not list form the group 'unlabelled'.",
      valueName: "file"))
  var groupsFile: String?

  @Option(help: "Where a lifetime starts: created or first-seen.")
  var origin: LifetimeOrigin = .created

  @Option(
    help: ArgumentHelp(
      "Windows, comma-separated: 48h, 2d, 90d, 12w, or days. Default: 48h,90d (Conway et al.).",
      valueName: "windows"))
  var at: String = "48h,90d"

  @Option(help: ArgumentHelp("Write an SVG plot of the curves to this file.", valueName: "file"))
  var plot: String?

  @Option(help: "Output format.")
  var format: OutputFormat = .table

  @Option(
    help: ArgumentHelp(
      "Write the output to this file (atomically) instead of stdout.", valueName: "file"))
  var out: String?

  @OptionGroup var common: CommonOptions

  func windows() throws -> [Double] {
    let parts = at.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    guard !parts.isEmpty else { throw ValidationError("--at needs at least one window.") }
    return try parts.map { part in
      guard let days = SurvivalRequest.parseWindow(part) else {
        throw ValidationError(
          "--at: '\(part)' is not a window; write 48h, 2d, 90d, 12w or a number of days.")
      }
      return days
    }
  }

  func validate() throws {
    _ = try windows()
    if groupsFile != nil && groupBy != nil {
      throw ValidationError("Give --group-by or --groups, not both.")
    }
  }

  func request() throws -> SurvivalRequest {
    var request = SurvivalRequest(path: table)
    switch groupBy {
    case nil: request.grouping = groupsFile.map { .labels(file: $0) } ?? .automatic
    case "none": request.grouping = .none
    case let column?: request.grouping = .column(column)
    }
    request.origin = origin
    request.windows = try windows()
    return request
  }

  func run() throws {
    var clock = PhaseClock()
    var timings = Timings()
    let request = try request()
    let (lifetimes, grouping) = try request.load()
    timings.add("load", clock.lap())
    let outcome = try request.analyse(lifetimes, grouping: grouping)
    timings.add("compute", clock.lap())
    let report = SurvivalReport(outcome: outcome)
    if let plot {
      let title = "Time to suspension: \(URL(fileURLWithPath: table).lastPathComponent)"
      try OutputFile.write(bytes: Array(SurvivalPlot.svg(outcome, title: title).utf8), to: plot)
    }
    try OutputFile.write(report.text(format), to: out)
    timings.add("output", clock.lap())
    if common.timings { Terminal.writeError(timings.json + "\n") }
  }
}

extension LifetimeOrigin: ExpressibleByArgument {}
