import ArgumentParser
import Foundation
import RecruitNet

/// `recruitnet render`: diagrams of the network through Graphviz.
struct RenderCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract:
      "Draw the network: community cluster diagrams, community maps and ego networks (SVG, PNG, PDF, DOT).",
    discussion: """
      The format comes from the --out extension: .svg, .png, .pdf, or .dot (the DOT source with the layout's positions). The file is written atomically.

      Cluster diagram (--level nodes): one box per community, labelled with its number, size and top account; nodes sized by --size-by (area ∝ score) and coloured by community (Okabe–Ito, colour-blind safe; past seven communities shapes and lightness change too); names on the top accounts (--labels); edge width by weight; edge colour and line style by edge type; a legend. Community map (--level communities): one node per community sized by its members, links as wide as the summed weight between communities. --level auto (default) draws the map when the whole network has more than --map-threshold accounts, and says so on stderr.

      Filtered views (node level): --top N (the N highest by --size-by and the edges among them), --community ID (one community and its outside contacts, which are drawn without a box), --ego NAME --depth D (the account's neighbourhood, the account outlined in black), --edge-type T and --min-weight W (only those edges, and the accounts they connect).

      Layout: cluster boxes are kept on any size by laying out each community first (with --layout sfdp, neato or circo; by default neato up to 150 members, sfdp above), then the communities as boxes, then drawing at those pinned positions (Graphviz's neato -n). --layout fdp or dot lets Graphviz draw the clusters itself (slow past a few thousand nodes). The community map uses neato (sfdp past 300 communities). Every layout but fdp gives the same bytes for the same --seed (Graphviz's fdp varies from run to run on clustered graphs).

      Communities come from --communities ALGORITHM (leiden, louvain, labelprop, infomap, wcc, scc; computed on all edge types merged, or on --edge-type) or from a partition saved in the workspace (--partition NAME, or --communities saved:NAME). Labels are drawn as plain text: no input is read as Graphviz or HTML markup. --pseudonymize replaces account names in labels and tooltips.

      Examples:
        recruitnet render study.rnet --out diagram.svg                 # communities by Leiden
        recruitnet render study.rnet --out cells.png --partition planted --labels top:20
        recruitnet render study.rnet --out top.pdf --top 100 --size-by betweenness
        recruitnet render study.rnet --out ego.svg --ego acct_0042 --depth 2
        recruitnet render study.rnet --out map.png --level communities --communities louvain
        recruitnet render study.rnet --out retweets.svg --edge-type retweet --min-weight 3
        recruitnet render Samples/krebs-911/edges.csv --undirected --out 911.png --communities wcc --layout fdp --labels all
        RECRUITNET_PSEUDONYM_KEY=... recruitnet render study.rnet --out shared.png --pseudonymize
      """)

  @Argument(
    help: ArgumentHelp(
      "A workspace file, or an edge-list file read in memory.", valueName: "network"))
  var network: String

  @Option(
    help: ArgumentHelp(
      "The diagram file; its extension (.svg, .png, .pdf, .dot) sets the format.", valueName: "file"
    ))
  var out: String

  @Option(
    help:
      "nodes: one node per account (cluster diagram); communities: one node per community (map); auto: the map above --map-threshold accounts."
  )
  var level: Level = .auto

  @Option(
    help: ArgumentHelp("Accounts above which --level auto draws the community map.", valueName: "n")
  )
  var mapThreshold = 2000

  @Option(
    help: ArgumentHelp(
      "Community algorithm (leiden, louvain, labelprop, infomap, wcc, scc), or saved:NAME for a saved partition.",
      valueName: "algorithm"))
  var communities = "leiden"

  @Option(
    help: ArgumentHelp(
      "Use the partition saved in the workspace under this name.", valueName: "name"))
  var partition: String?

  @Option(help: ArgumentHelp("Resolution for leiden and louvain.", valueName: "γ"))
  var resolution = 1.0

  @Option(
    help: ArgumentHelp(
      "Centrality measure that sizes nodes and picks the top accounts (see `recruitnet centrality --list`).",
      valueName: "measure"))
  var sizeBy = "pagerank"

  @Option(
    help: ArgumentHelp(
      "Which nodes carry names: top:K (the K highest by --size-by), all or none.",
      valueName: "top:K|all|none"))
  var labels = "top:30"

  @Option(
    help: ArgumentHelp(
      "Draw only the N highest-scoring accounts and the edges among them (with --level communities: the N largest communities).",
      valueName: "N"))
  var top: Int?

  @Option(
    help: ArgumentHelp(
      "Draw one community (its number in the legend) and its outside contacts.", valueName: "ID"))
  var community: Int?

  @Option(
    help: ArgumentHelp(
      "Draw this account's neighbourhood, the account highlighted.", valueName: "name"))
  var ego: String?

  @Option(
    help: ArgumentHelp("Steps from the --ego account (following edges both ways).", valueName: "D"))
  var depth = 1

  @Option(
    name: .customLong("edge-type"),
    help: ArgumentHelp(
      "Only edges of this type (communities and sizes are computed on it too).", valueName: "type"))
  var onlyType: String?

  @Option(help: ArgumentHelp("Only edges of at least this weight (node level).", valueName: "W"))
  var minWeight: Double?

  @Option(help: "Graphviz layout engine (default: by view, see above).")
  var layout: LayoutChoice?

  @Option(
    help: ArgumentHelp("Seed of the layout and of randomized community algorithms.", valueName: "n")
  )
  var seed: UInt64 = 0

  @Option(
    help: ArgumentHelp(
      "Title shown on top of the legend (default: the file name and view).", valueName: "text"))
  var title: String?

  @Option(
    help: ArgumentHelp(
      "Largest drawing size in inches (Graphviz `size`), for PNG and PDF.", valueName: "inches"))
  var maxSize: Double?

  @Flag(help: "Draw no legend.")
  var noLegend = false

  @Option(help: "Format of the summary printed on stdout.")
  var format: OutputFormat = .table

  @OptionGroup(title: "Direction")
  var direction: DirectionArguments

  @OptionGroup(title: "Edge list (when NETWORK is a plain file)")
  var edgeList: EdgeListArguments

  @OptionGroup(title: "Pseudonyms")
  var pseudonyms: PseudonymOptions

  @OptionGroup(title: "Time slice (tweet archives)") var slice: TimeSliceArguments

  @OptionGroup var common: CommonOptions

  enum Level: String, ExpressibleByArgument, CaseIterable { case auto, nodes, communities }

  enum LayoutChoice: String, ExpressibleByArgument, CaseIterable {
    case sfdp, fdp, neato, dot, circo
    var engine: LayoutEngine {
      switch self {
      case .sfdp: .sfdp
      case .fdp: .fdp
      case .neato: .neato
      case .dot: .dot
      case .circo: .circo
      }
    }
  }

  func validate() throws {
    guard DiagramFormat(fileName: out) != nil else {
      throw ValidationError("--out must end in .svg, .png, .pdf or .dot (got '\(out)').")
    }
    if LabelPolicy(argument: labels) == nil {
      throw ValidationError("--labels takes top:K, all or none (got '\(labels)').")
    }
    if [top != nil, community != nil, ego != nil].filter({ $0 }).count > 1 {
      throw ValidationError("Give one of --top, --community and --ego.")
    }
    if let top, top < 1 { throw ValidationError("--top must be at least 1.") }
    if depth < 0 { throw ValidationError("--depth must be at least 0.") }
    if mapThreshold < 1 { throw ValidationError("--map-threshold must be at least 1.") }
    if let minWeight, !minWeight.isFinite {
      throw ValidationError("--min-weight must be a number.")
    }
    if let maxSize, !(maxSize > 0 && maxSize.isFinite) {
      throw ValidationError("--max-size must be a positive number of inches.")
    }
    if level == .communities && (community != nil || ego != nil || minWeight != nil) {
      throw ValidationError(
        "--community, --ego and --min-weight draw accounts; they do not apply to --level communities."
      )
    }
    if partition != nil && communities != "leiden" && !communities.hasPrefix("saved:") {
      throw ValidationError("Give --partition or --communities, not both.")
    }
  }

  func run() async throws {
    var clock = PhaseClock()
    var timings = Timings()
    let progress = Progress(quiet: common.quiet)
    guard let format = DiagramFormat(fileName: out), let labelPolicy = LabelPolicy(argument: labels)
    else { return }
    guard let measure = CentralityMeasure(rawValue: sizeBy) else {
      throw AnalysisError.unknown("measure", sizeBy, in: CentralityMeasure.allCases.map(\.rawValue))
    }
    var request = DiagramRequest(format: format)
    request.level = DiagramRequest.Level(rawValue: level.rawValue) ?? .auto
    request.mapThreshold = mapThreshold
    // `saved:NAME` or a bare NAME, in --partition as in --communities and --compare.
    if let saved = (partition ?? (communities.hasPrefix("saved:") ? communities : nil)).map({
      $0.hasPrefix("saved:") ? String($0.dropFirst(6)) : $0
    }) {
      request.communities = .saved(saved)
    } else {
      guard let algorithm = CommunityAlgorithm(rawValue: communities) else {
        throw AnalysisError.unknown(
          "community algorithm", communities, in: CommunityAlgorithm.allCases.map(\.rawValue))
      }
      request.communities = .algorithm(algorithm)
    }
    request.resolution = resolution
    request.sizeBy = measure
    request.labels = labelPolicy
    if let top { request.focus = .top(top) }
    if let community { request.focus = .community(community) }
    if let ego { request.focus = .ego(ego, depth: depth) }
    request.edgeType = onlyType
    request.minWeight = minWeight
    request.layout = layout?.engine
    request.seed = seed
    request.title = title
    request.maxSize = maxSize
    request.showsLegend = !noLegend
    request.pseudonymizer = try pseudonyms.pseudonymizer()

    var input = try NetworkInput(
      path: network, edgeListOptions: edgeList.options(), directed: direction.requested)
    try slice.apply(to: &input)
    let diagram = try await input.diagram(
      request, progress: progress.reporter,
      phase: { timings.add($0, clock.lap()) })
    if let (accounts, threshold) = diagram.mapInsteadOfAccounts, !common.quiet {
      Terminal.writeError(
        "recruitnet: note: \(accounts) accounts is more than \(threshold): drawing the community map (--level nodes draws every account)\n"
      )
    }
    try OutputFile.write(bytes: diagram.bytes, to: out)
    let report = [("file", out)] + diagram.summary.map { ($0.key, $0.value) }
    try OutputFile.write(Self.summary(report, format: self.format), to: nil)
    timings.add("output", clock.lap())
    if common.timings { Terminal.writeError(timings.json + "\n") }
  }

  static func summary(_ rows: [(String, String)], format: OutputFormat) -> String {
    switch format {
    case .table: return TextTable.render(rows.map { [$0.0, $0.1] })
    case .csv: return ([["key", "value"]] + rows.map { [$0.0, $0.1] }).map(CSVText.row).joined()
    case .json:
      var object: [String: Any] = [:]
      for (key, value) in rows { object[key] = Int(value).map { $0 as Any } ?? value }
      return JSONText.encode(object) + "\n"
    }
  }
}
