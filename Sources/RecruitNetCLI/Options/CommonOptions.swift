import ArgumentParser
import RecruitNet

/// Options every command takes: timings and quiet.
struct CommonOptions: ParsableArguments {
  @Flag(
    help:
      "Print, as the last line on stderr, a JSON object with the seconds spent per phase (load, compute, output)."
  )
  var timings = false

  @Flag(help: "Print no progress messages.")
  var quiet = false

  @Flag(
    help:
      "In CSV output, keep text that starts with = + - @ as it is (by default it is prefixed with ' so that spreadsheets do not run it as a formula)."
  )
  var rawCSV = false

  func validate() throws {
    // Set once, while the options are parsed and before anything is written.
    CSVText.defusesFormulas = !rawCSV
  }
}

/// Output format of commands that print data.
typealias OutputFormat = ReportFormat

extension ReportFormat: ExpressibleByArgument {}

/// How to read an edge list: shared by `import` and by every command that accepts a plain file.
struct EdgeListArguments: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Source column: a header name or a 1-based number. Default: a column named source/from/src, else column 1.",
      valueName: "column"))
  var source: String?

  @Option(
    help: ArgumentHelp(
      "Target column. Default: a column named target/to/dst, else column 2.", valueName: "column"))
  var target: String?

  @Option(
    help: ArgumentHelp(
      "Weight column, or 'none' for weight 1 per row. Default: a column named weight; without a header, column 3 if rows have one.",
      valueName: "column"))
  var weight: String?

  @Option(
    name: .customLong("type"),
    help: ArgumentHelp(
      "Column holding each row's edge type (retweet, mention, ...). Default: a column named type.",
      valueName: "column"))
  var typeColumn: String?

  @Option(
    help: ArgumentHelp(
      "Timestamp column (ISO 8601, Unix seconds or M/D/YYYY H:MM). Default: a column named time/timestamp.",
      valueName: "column"))
  var time: String?

  @Flag(name: .customLong("header"), help: "The first row is a header.")
  var forceHeader = false

  @Flag(
    name: .customLong("no-header"),
    help: "The first row is data. (Default: detected from known column names.)")
  var forceNoHeader = false

  @Option(help: "Field delimiter.")
  var delimiter: DelimiterChoice = .auto

  @Option(
    help: ArgumentHelp("Comment character for whole-line comments, or 'none'.", valueName: "char"))
  var comment: String = "#"

  @Option(
    help: ArgumentHelp(
      "Node kind of the source column (account, hashtag, domain, ...).", valueName: "kind"))
  var sourceKind: String = "account"

  @Option(help: ArgumentHelp("Node kind of the target column.", valueName: "kind"))
  var targetKind: String = "account"

  @Flag(
    help:
      "Skip malformed rows, count them and list the first few, instead of stopping at the first.")
  var skipInvalid = false

  @Option(
    help: ArgumentHelp(
      "How rows with the same source, target and type become one weight: sum (one row per interaction), max, min (weights read as lengths), first, mean. The number of rows merged is kept whatever the rule.",
      valueName: "rule"))
  var merge: EdgeMergeRule = .sum

  func validate() throws {
    if forceHeader && forceNoHeader {
      throw ValidationError("Give --header or --no-header, not both.")
    }
    if comment != "none" && comment.utf8.count != 1 {
      throw ValidationError("--comment takes one ASCII character or 'none'.")
    }
  }

  /// The reading options, with `edgeType` as the one type of every row (import's `--edge-type`).
  func options(edgeType: String? = nil) -> EdgeListOptions {
    var options = EdgeListOptions()
    options.source = source.map(ColumnReference.init)
    options.target = target.map(ColumnReference.init)
    if let weight { options.weight = weight == "none" ? .none : .column(ColumnReference(weight)) }
    options.typeColumn = typeColumn.map(ColumnReference.init)
    options.edgeType = edgeType
    options.time = time.map(ColumnReference.init)
    options.header = forceHeader ? .present : forceNoHeader ? .absent : .auto
    options.delimiter = delimiter
    options.comment = comment == "none" ? nil : comment.utf8.first
    options.skipInvalid = skipInvalid
    options.sourceKind = sourceKind
    options.targetKind = targetKind
    options.merge = merge
    return options
  }
}

extension DelimiterChoice: ExpressibleByArgument {}
extension EdgeMergeRule: ExpressibleByArgument {}

/// `--directed` (default) or `--undirected`.
struct DirectionArguments: ParsableArguments {
  @Flag(name: .customLong("directed"), help: "Edges have a direction (the default).")
  var forceDirected = false

  @Flag(
    name: .customLong("undirected"),
    help:
      "Edges have no direction: a,b and b,a are one edge. On a directed workspace, analyse its undirected projection."
  )
  var undirected = false

  func validate() throws {
    if forceDirected && undirected {
      throw ValidationError("Give --directed or --undirected, not both.")
    }
  }

  /// `nil` when neither flag was given.
  var requested: Bool? { undirected ? false : forceDirected ? true : nil }
}
extension InterchangeFormat: ExpressibleByArgument {}
