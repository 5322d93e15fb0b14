import ArgumentParser
import Foundation
import RecruitNet

/// `recruitnet export`: a network to GraphML, GEXF, GML, Pajek, DOT, JSON node-link or CSV.
struct ExportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract:
      "Write a network as GraphML, GEXF 1.3, GML, Pajek, DOT, JSON node-link or CSV, for Gephi, networkx, igraph, ORA or R.",
    discussion: """
      NETWORK is a workspace (names, node kinds, typed node attributes, labels, edge types, weights, row counts and times are written), an edge-list file, or a network file in any format `import` reads (to convert between formats). Account names are written exactly as they are (`007` stays `007`); with --pseudonymize they are replaced by stable keyed pseudonyms everywhere: node ids, labels, name attributes (screen_name, …) and @mentions in text attributes. Free-text attributes (description, location, text, url, …) are personal data and are left out unless --include-text or --keep-attributes asks for them; --drop-attributes leaves out others. --edge-type T exports one edge type, or a saved coordination layer.

      What each format keeps is in the README's "Interchange formats" section. csv writes two files: the edges (source,target,type,weight,count,time,last_time) to --out and a node table (name,kind,labels,attributes…) beside it, FILE.nodes.csv for FILE.csv; `recruitnet import FILE.csv --nodes FILE.nodes.csv` reads them back. The output appears complete or not at all (temporary file, then rename). --out - writes to stdout (not for csv).

      Examples:
        recruitnet export study.rnet --format graphml --out study.graphml
        recruitnet export study.rnet --format gexf --out study.gexf --pseudonymize --pseudonym-key key
        recruitnet export study.rnet --format json --out - | python3 -c 'import json,sys,networkx as nx; print(nx.node_link_graph(json.load(sys.stdin), edges="edges"))'
        recruitnet export study.rnet --format csv --out shared/edges.csv --drop-attributes followers,statuses
        recruitnet export study.rnet --edge-type rt60 --format graphml --out coordination.graphml --pseudonymize
        recruitnet export Samples/krebs-911/edges.csv --undirected --format pajek --out krebs.net
        recruitnet export network.graphml --format gml --out network.gml
      """)

  @Argument(
    help: ArgumentHelp(
      "A workspace file, an edge-list file, or a network file (GraphML, GEXF, GML, Pajek, DOT, JSON).",
      valueName: "network"))
  var network: String

  @Option(help: "The format to write.")
  var format: InterchangeFormat

  @Option(
    help: ArgumentHelp(
      "The file to write (atomically), or - for stdout (not for csv). For csv, the node table goes beside it as NAME.nodes.csv.",
      valueName: "file"))
  var out: String

  @Option(
    name: .customLong("edge-type"),
    help: ArgumentHelp(
      "Only the edges of this type, or of this saved layer (coordination --save NAME).",
      valueName: "type"))
  var onlyType: String?

  @Option(
    help: ArgumentHelp(
      "Write only these node attributes (comma-separated keys).", valueName: "keys"))
  var keepAttributes: String?

  @Option(
    help: ArgumentHelp(
      "Never write these node attributes (comma-separated keys).", valueName: "keys"))
  var dropAttributes: String?

  @Flag(
    help:
      "Also write free-text attributes (description, location, text, url, …), which are left out by default: they are personal data."
  )
  var includeText = false

  @OptionGroup(title: "Pseudonyms")
  var pseudonyms: PseudonymOptions

  @OptionGroup(title: "Direction")
  var direction: DirectionArguments

  @OptionGroup(title: "Edge list (when NETWORK is a plain file)")
  var edgeList: EdgeListArguments

  @OptionGroup(title: "Time slice (tweet archives)") var slice: TimeSliceArguments

  @OptionGroup var common: CommonOptions

  /// The keys of a comma-separated list.
  static func keys(_ list: String) -> Set<String> {
    Set(
      list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
        !$0.isEmpty
      })
  }

  func validate() throws {
    if let keepAttributes, Self.keys(keepAttributes).isEmpty {
      throw ValidationError("--keep-attributes names no attribute.")
    }
    if format == .csv && out == "-" {
      throw ValidationError(
        "csv writes two files (edges and a node table); give --out FILE.csv, not -.")
    }
  }

  func run() async throws {
    let progress = Progress(quiet: common.quiet)
    var timings = Timings()
    var clock = PhaseClock()
    let pseudonymizer = try pseudonyms.pseudonymizer()
    progress("loading \(network)")
    var input = try NetworkInput(
      path: network, edgeListOptions: edgeList.options(), directed: direction.requested)
    try slice.apply(to: &input)
    var document = try await input.interchangeNetwork(edgeType: onlyType)
    timings.add("load", clock.lap())
    let selection = InterchangeNetwork.AttributeSelection(
      keep: keepAttributes.map(Self.keys), drop: dropAttributes.map(Self.keys) ?? [],
      includesFreeText: includeText)
    let leftOut: [String]
    (document, leftOut) = document.selectingAttributes(selection)
    if let pseudonymizer { document = try document.pseudonymized(with: pseudonymizer) }
    progress("writing \(format.rawValue)")
    let (text, nodeTable) = try document.encoded(as: format)
    timings.add("compute", clock.lap())
    if let nodeTable {
      // Each file is written atomically; the node table goes first, so a finished edges file
      // always has its node table beside it.
      try OutputFile.write(nodeTable, to: EdgeTableWriter.nodeTablePath(forEdges: out))
    }
    try OutputFile.write(text, to: out == "-" ? nil : out)
    timings.add("output", clock.lap())
    if out != "-" && !common.quiet {
      var line =
        "\(out): \(format.rawValue), \(document.nodes.count) nodes, \(document.edges.count) edges"
      if let nodeTable {
        line +=
          "; node table \(EdgeTableWriter.nodeTablePath(forEdges: out)) (\(nodeTable.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } - 1) rows)"
      }
      if pseudonymizer != nil { line += "; names pseudonymized" }
      if !leftOut.isEmpty {
        line +=
          "; left out attributes \(leftOut.joined(separator: ", "))"
          + (includeText || keepAttributes != nil
            ? "" : " (free text is personal data: --include-text or --keep-attributes writes it)")
      }
      Terminal.write(line + "\n")
    }
    if common.timings { Terminal.writeError(timings.json + "\n") }
  }
}
