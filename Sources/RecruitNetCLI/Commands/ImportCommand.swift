import ArgumentParser
import Foundation
import RecruitNet

/// `recruitnet import`: edge lists and node tables into a workspace.
struct ImportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract:
      "Import edge lists (CSV, TSV, whitespace) or tweet archives (v1.1, v2, CSV), plain or .gz, into a workspace file.",
    discussion: """
      Rows with the same source, target and edge type are merged: weights are summed and the number of rows kept. Self-loops are kept and counted. Importing a file whose content was imported before with the same options is detected (SHA-256) and skipped, so nothing is counted twice; the same content with other options is imported with a warning, or replaces the earlier import with --replace. A node table whose first line is a commented header (`# index, name, …`, as Netzschleuder writes) is read with that header. The workspace is replaced only when everything succeeded.

      Examples:
        recruitnet import Samples/recruitment/edges.csv --into study.rnet
        recruitnet import Samples/recruitment/edges.csv --nodes Samples/recruitment/accounts.csv --into study.rnet
        recruitnet import Samples/krebs-911/edges.csv --undirected --into krebs.rnet
        recruitnet import follows.tsv.gz --edge-type follow --no-header --into study.rnet
        recruitnet import mentions.csv --source from --target to --weight none --skip-invalid --into study.rnet
        recruitnet import follows.csv --edge-type retweet --replace --into study.rnet   # fix a wrong --edge-type
        recruitnet import network.graphml --into study.rnet          # also .gexf .gml .net .dot .json
        recruitnet import Samples/tweets/tweets.jsonl --into tweets.rnet
        recruitnet import tweets-*.jsonl.gz --layers hashtags,domains --since 2015-11-13 --into tweets.rnet
        recruitnet import isis.csv --format tweets-csv --edge-types retweet,mention --into isis.rnet

      Tweet archives (v1.1 or v2 JSON Lines, JSON arrays, v2 responses, CSV exports; see the README's "Tweet archives") become retweet, mention, reply and quote edges between accounts, weight = number of tweets; every tweet is stored once by id, so overlapping archives count nothing twice.
      """)

  @Argument(
    help: ArgumentHelp(
      "Edge-list files, tweet archives, or network files (GraphML, GEXF, GML, Pajek, DOT, JSON node-link) to import.",
      valueName: "file"))
  var files: [String] = []

  @Option(help: ArgumentHelp("The workspace file to create or add to.", valueName: "workspace"))
  var into: String

  @Option(
    name: .customLong("nodes"),
    help: ArgumentHelp(
      "A node table (CSV/TSV with a header): name column, optional kind and label columns, other columns become attributes. Repeatable.",
      valueName: "file"))
  var nodeFiles: [String] = []

  @Option(
    help: ArgumentHelp(
      "The node table's name column (default: name, account, screen_name, username, id or node).",
      valueName: "column"))
  var nodeColumn: String?

  @OptionGroup(title: "Edge list")
  var edgeList: EdgeListArguments

  @Flag(
    help:
      "A file whose content was imported before with other options (another --edge-type, --node-column, …) replaces that earlier import instead of adding to it. Recorded in the imports ledger."
  )
  var replace = false

  @Option(
    help: ArgumentHelp(
      "One edge type for every row (e.g. follow), when the file has no type column. Default: edge.",
      valueName: "name"))
  var edgeType: String?

  @OptionGroup(title: "Direction")
  var direction: DirectionArguments

  @Option(
    help:
      "What the files are (edges, tweets-v1, tweets-v2, tweets-csv, coordination-csv; default: detected per file), or the report's format (table, json, csv)."
  )
  var format: ImportFormat?

  @Option(help: "Output format of the import report (when --format names the input format).")
  var reportFormat: OutputFormat?

  @OptionGroup(title: "Tweet archives")
  var tweets: TweetArguments

  /// The input format, if one was given.
  var declaredFormat: ImportFormat? { format.flatMap { $0.isInputFormat ? $0 : nil } }

  /// The report's format: `--report-format`, else a report format given as `--format`, else table.
  var reportStyle: OutputFormat { reportFormat ?? format?.report ?? .table }

  @Option(
    help: ArgumentHelp(
      "Read every file as this network format instead of detecting it (by extension, then by content). Tweet archives take --format tweets-….",
      valueName: "graphml|gexf|gml|pajek|dot|json|csv"))
  var inputFormat: InterchangeFormat?

  @OptionGroup var common: CommonOptions

  func validate() throws {
    if files.isEmpty && nodeFiles.isEmpty {
      throw ValidationError("Give at least one edge-list file or --nodes table.")
    }
    if edgeList.typeColumn != nil && edgeType != nil {
      throw ValidationError("Give --type (a column) or --edge-type (one type), not both.")
    }
  }

  func run() async throws {
    if inputFormat != nil && declaredFormat?.tweetFormat != nil {
      throw ValidationError(
        "Give --input-format (network files) or --format tweets-… (tweet archives), not both.")
    }
    if inputFormat == nil, try isTweetImport() { return try await runTweets() }
    if tweets.isUsed {
      throw ValidationError(
        "--since, --until, --edge-types and --layers apply to tweet archives only.")
    }
    var importer = WorkspaceImporter(workspacePath: into, directed: direction.requested)
    let routed = InterchangeFormat.route(files, forcing: inputFormat)
    importer.edgeFiles = routed.edgeLists
    importer.networkFiles = routed.networks
    importer.networkFormat = inputFormat == .csv ? nil : inputFormat
    importer.edgeOptions = edgeList.options(edgeType: edgeType)
    importer.nodeFiles = nodeFiles
    let edgeOptions = edgeList.options(edgeType: edgeType)
    importer.nodeReader = NodeTableReader(
      nameColumn: nodeColumn.map(ColumnReference.init), comment: edgeOptions.comment)
    importer.replace = replace
    let progress = Progress(quiet: common.quiet)
    var timings = Timings()
    let outcome = try await importer.run(progress: progress.reporter)
    for (phase, seconds) in outcome.timings {
      timings.addWall(phase == "load" ? "load" : "compute", seconds)
    }
    timings.addCPU(as: "import")
    var clock = PhaseClock()
    let report = outcome.text(workspace: into, format: reportStyle)
    Terminal.write(report.hasSuffix("\n") ? report : report + "\n")
    if outcome.reimported.contains(where: { !$0.replaced }) && !common.quiet {
      Terminal.writeError(
        "recruitnet: note: to take the earlier import out instead, run the same import again with --replace\n"
      )
    }
    timings.add("output", clock.lap())
    if common.timings {
      var detailed = timings
      for (phase, seconds) in outcome.timings where phase != "load" {
        detailed.addWall("import_\(phase)", seconds)
      }
      Terminal.writeError(detailed.json + "\n")
    }
  }
}
