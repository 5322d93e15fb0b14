import ArgumentParser
import Foundation
import RecruitNet

/// `recruitnet import`: edge lists and node tables into a workspace.
struct ImportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import edge lists (CSV, TSV, whitespace) or tweet archives (v1.1, v2, CSV), plain or .gz, into a workspace file.",
    discussion: """
      Rows with the same source, target and edge type are merged: weights are summed and the number of rows kept. Self-loops are kept and counted. Importing a file whose content was imported before is detected (SHA-256) and skipped, so nothing is counted twice. The workspace is replaced only when everything succeeded.

      Examples:
        recruitnet import Samples/recruitment/edges.csv --into study.rnet
        recruitnet import Samples/recruitment/edges.csv --nodes Samples/recruitment/accounts.csv --into study.rnet
        recruitnet import Samples/krebs-911/edges.csv --undirected --into krebs.rnet
        recruitnet import follows.tsv.gz --edge-type follow --no-header --into study.rnet
        recruitnet import mentions.csv --source from --target to --weight none --skip-invalid --into study.rnet
        recruitnet import network.graphml --into study.rnet          # also .gexf .gml .net .dot .json
        recruitnet import Samples/tweets/tweets.jsonl --into tweets.rnet
        recruitnet import tweets-*.jsonl.gz --layers hashtags,domains --since 2015-11-13 --into tweets.rnet
        recruitnet import isis.csv --format tweets-csv --edge-types retweet,mention --into isis.rnet

      Tweet archives (v1.1 or v2 JSON Lines, JSON arrays, v2 responses, CSV exports; see the README's "Tweet archives") become retweet, mention, reply and quote edges between accounts, weight = number of tweets; every tweet is stored once by id, so overlapping archives count nothing twice.
      """)

  @Argument(help: ArgumentHelp("Edge-list files, tweet archives, or network files (GraphML, GEXF, GML, Pajek, DOT, JSON node-link) to import.", valueName: "file"))
  var files: [String] = []

  @Option(help: ArgumentHelp("The workspace file to create or add to.", valueName: "workspace"))
  var into: String

  @Option(name: .customLong("nodes"), help: ArgumentHelp("A node table (CSV/TSV with a header): name column, optional kind and label columns, other columns become attributes. Repeatable.", valueName: "file"))
  var nodeFiles: [String] = []

  @Option(help: ArgumentHelp("The node table's name column (default: name, account, screen_name, username, id or node).", valueName: "column"))
  var nodeColumn: String?

  @OptionGroup(title: "Edge list")
  var edgeList: EdgeListArguments

  @Option(help: ArgumentHelp("One edge type for every row (e.g. follow), when the file has no type column. Default: edge.", valueName: "name"))
  var edgeType: String?

  @OptionGroup(title: "Direction")
  var direction: DirectionArguments

  @Option(help: "What the files are (edges, tweets-v1, tweets-v2, tweets-csv; default: detected per file), or the report's format (table, json, csv).")
  var format: ImportFormat?

  @Option(help: "Output format of the import report (when --format names the input format).")
  var reportFormat: OutputFormat?

  @OptionGroup(title: "Tweet archives")
  var tweets: TweetArguments

  /// The input format, if one was given.
  var declaredFormat: ImportFormat? { format.flatMap { $0.isInputFormat ? $0 : nil } }

  /// The report's format: `--report-format`, else a report format given as `--format`, else table.
  var reportStyle: OutputFormat { reportFormat ?? format?.report ?? .table }

  @Option(help: ArgumentHelp("Read every file as this network format instead of detecting it (by extension, then by content). Tweet archives take --format tweets-….", valueName: "graphml|gexf|gml|pajek|dot|json|csv"))
  var inputFormat: InterchangeFormat?

  @OptionGroup var common: CommonOptions

  func validate() throws {
    if files.isEmpty && nodeFiles.isEmpty { throw ValidationError("Give at least one edge-list file or --nodes table.") }
    if edgeList.typeColumn != nil && edgeType != nil { throw ValidationError("Give --type (a column) or --edge-type (one type), not both.") }
  }

  func run() async throws {
    if inputFormat != nil && declaredFormat?.tweetFormat != nil {
      throw ValidationError("Give --input-format (network files) or --format tweets-… (tweet archives), not both.")
    }
    if inputFormat == nil, try isTweetImport() { return try await runTweets() }
    if tweets.isUsed { throw ValidationError("--since, --until, --edge-types and --layers apply to tweet archives only.") }
    var importer = WorkspaceImporter(workspacePath: into, directed: direction.requested)
    let routed = NetworkFileRouting.split(files, forcing: inputFormat)
    importer.edgeFiles = routed.edgeLists
    importer.networkFiles = routed.networks
    importer.networkFormat = inputFormat == .csv ? nil : inputFormat
    importer.edgeOptions = edgeList.options(edgeType: edgeType)
    importer.nodeFiles = nodeFiles
    importer.nodeReader = NodeTableReader(nameColumn: nodeColumn.map(ColumnReference.init))
    let progress = Progress(quiet: common.quiet)
    var timings = Timings()
    let outcome = try await importer.run(progress: progress.reporter)
    for (phase, seconds) in outcome.timings { timings.addWall(phase == "load" ? "load" : "compute", seconds) }
    timings.addCPU(as: "import")
    var clock = PhaseClock()
    print(report(outcome))
    timings.add("output", clock.lap())
    if common.timings {
      var detailed = timings
      for (phase, seconds) in outcome.timings where phase != "load" { detailed.addWall("import_\(phase)", seconds) }
      Terminal.writeError(detailed.json + "\n")
    }
  }

  private func report(_ outcome: WorkspaceImporter.Outcome) -> String {
    let summary = outcome.graph.map { ($0.nodeCount, $0.edgeCount) }
    switch reportStyle {
    case .json:
      var files: [[String: Any]] = outcome.edgeReports.map { report in
        [
          "file": report.file, "sha256": report.sha256, "rows_read": report.rowsRead,
          "rows_imported": report.rowsImported, "rows_rejected": report.rowsRejected,
          "self_loop_rows": report.selfLoopRows, "comment_lines": report.commentLines,
          "delimiter": report.delimiter.name, "header": report.header ?? NSNull(),
          "columns": Dictionary(report.columns.map { ($0.role, $0.column) }, uniquingKeysWith: { a, _ in a }),
          "rejections": report.firstRejections.map(\.description),
        ]
      }
      files += outcome.nodeTables.map { ["file": $0.file, "node_rows": $0.rows] }
      files += outcome.networkReports.map(NetworkFileRouting.json)
      let object: [String: Any] = [
        "workspace": into, "written": outcome.wrote, "files": files,
        "skipped": outcome.skipped.map { ["file": $0.file, "same_content_as": $0.earlierFile, "imported_at": $0.importedAt] },
        "nodes": summary?.0 ?? 0, "edges": summary?.1 ?? 0,
      ]
      return JSONText.encode(object)
    case .table, .csv:
      var lines: [String] = []
      for skip in outcome.skipped {
        lines.append("skipped \(skip.file): the same content was already imported (as \(skip.earlierFile), \(skip.importedAt))")
      }
      for report in outcome.edgeReports {
        var line = "\(report.file): \(report.rowsImported) rows imported"
        if report.rowsRejected > 0 { line += ", \(report.rowsRejected) rejected" }
        if report.selfLoopRows > 0 { line += ", \(report.selfLoopRows) self-loop rows kept" }
        if report.commentLines > 0 { line += ", \(report.commentLines) comment lines skipped" }
        line += " (\(report.delimiter.name)-delimited, \(report.header == nil ? "no header" : "header"); "
        line += report.columns.map { "\($0.role)=\($0.column)" }.joined(separator: " ") + ")"
        lines.append(line)
        for rejection in report.firstRejections { lines.append("  rejected: \(rejection)") }
        if report.rowsRejected > report.firstRejections.count {
          lines.append("  … and \(report.rowsRejected - report.firstRejections.count) more rejected rows")
        }
      }
      for table in outcome.nodeTables { lines.append("\(table.file): \(table.rows) node rows") }
      lines += outcome.networkReports.map(NetworkFileRouting.line)
      if let summary {
        lines.append(outcome.wrote
          ? "\(into): \(summary.0) nodes, \(summary.1) edges"
          : "\(into): unchanged (\(summary.0) nodes, \(summary.1) edges)")
      }
      return lines.joined(separator: "\n")
    }
  }
}
