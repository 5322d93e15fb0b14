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
      throw UserError(
        NameSuggestions.unknown("measure", sizeBy, in: CentralityMeasure.allCases.map(\.rawValue))
          + " (see `recruitnet centrality --list`)")
    }
    let pseudonymizer = try pseudonyms.pseudonymizer()

    progress("loading \(network)")
    let (loaded, workspace) = try await NetworkSource.load(
      network, options: edgeList.options(), directed: direction.requested)
    let graph = try onlyType.map { try loaded.filtered(edgeType: $0) } ?? loaded
    let merged = graph.mergingEdgeTypes()
    timings.add("load", clock.lap())

    // Communities: a saved partition, or an algorithm by name (the one entry point).
    progress("finding communities")
    let (partition, source) = try communityPartition(merged, workspace: workspace)
    timings.add("communities", clock.lap())

    progress("computing \(measure.rawValue)")
    var parameters = CentralityParameters()
    parameters.seed = seed
    let scores: NodeScores
    do {
      scores = try measure.scores(on: merged, parameters: parameters)
    } catch {
      throw UserError("\(measure.rawValue): \(error.message)")
    }
    timings.add("centrality", clock.lap())

    // Display names, pseudonymized when asked; only for the nodes a diagram shows.
    func displayNames(_ nodes: [NodeID]) throws -> [String] {
      let raw = nodes.map { graph.names.name(of: $0) }
      guard let pseudonymizer else { return raw }
      let kinds = nodes.map { graph.kindNames[graph.names.kindIndex(of: $0)] }
      return try pseudonymizer.pseudonyms(for: raw, kinds: kinds)
    }
    let topMembers = Self.topMembers(partition: partition, scores: scores.values)
    let topNames = try displayNames(topMembers.compactMap { $0 })
    var topAccounts = [String?](repeating: nil, count: partition.communityCount)
    var nameIndex = 0
    for (c, member) in topMembers.enumerated() where member != nil {
      topAccounts[c] = topNames[nameIndex]
      nameIndex += 1
    }

    let nodeFilter = top != nil || community != nil || ego != nil
    var drawMap = level == .communities
    if level == .auto && !nodeFilter && merged.nodeCount > mapThreshold {
      drawMap = true
      if !common.quiet {
        Terminal.writeError(
          "recruitnet: note: \(merged.nodeCount) accounts is more than \(mapThreshold): drawing the community map (--level nodes draws every account)\n"
        )
      }
    }
    let baseName = URL(fileURLWithPath: network).lastPathComponent
    let spec: DiagramSpec
    let diagramLayout: DiagramLayout
    var report: [(String, String)] = []
    if drawMap {
      var map = CommunityMap(
        graph: merged, communities: partition.communities, communityCount: partition.communityCount,
        topAccounts: topAccounts, measure: measure.rawValue,
        title: title ?? "\(baseName): community map (\(source))")
      if let top { map.maxCommunities = top }
      map.labels = labelPolicy
      map.showsLegend = !noLegend
      spec = map.spec(for: format)
      let drawn = map.drawnCommunities.count
      diagramLayout = .engine(layout?.engine ?? (drawn > 300 ? .sfdp : .neato))
      report += [
        ("level", "communities"), ("nodes", "\(drawn)"), ("edges", "\(spec.edges.count)"),
        ("clusters", "0"),
      ]
    } else {
      var selected: [NodeID] = Array(merged.nodes)
      var highlighted: [NodeID] = []
      var boxed: Set<UInt32>? = nil
      var notes: [String] = []
      var view = "cluster diagram"
      if let top {
        selected = DiagramSelection.top(top, scores: scores.values)
        view = "top \(top) by \(measure.rawValue)"
      } else if let community {
        guard community >= 0, community < partition.communityCount else {
          throw UserError(
            "no community \(community); the partition has communities 0 to \(partition.communityCount - 1)"
          )
        }
        selected = DiagramSelection.community(
          UInt32(community), communities: partition.communities, in: merged)
        boxed = [UInt32(community)]
        view = "community C\(community) and its outside contacts"
        notes.append("pale nodes outside the box: contacts in other communities")
      } else if let ego {
        guard let node = graph.node(named: ego) else {
          throw UserError(NameSuggestions.unknown("account", ego, in: graph.names))
        }
        selected = merged.neighborhood(of: [node], hops: depth)
        highlighted = [node]
        let shown = try displayNames([node])[0]
        view = "ego network of \(shown), depth \(depth)"
        notes.append("black outline: \(shown)")
      }
      let selection = DiagramSelection(
        graph: graph, nodes: selected, minWeight: minWeight,
        dropIsolated: onlyType != nil || minWeight != nil,
        keep: Set(highlighted))
      var diagram = ClusterDiagram(
        selection: selection, isDirected: graph.isDirected,
        names: try displayNames(selection.nodes),
        communities: selection.nodes.map { partition[$0] },
        scores: selection.nodes.map { scores[$0] },
        measure: measure.rawValue, communitySizes: partition.sizes, topAccounts: topAccounts,
        edgeTypeNames: graph.edgeTypeNames, title: title ?? "\(baseName): \(view) (\(source))")
      diagram.boxed = boxed
      let highlightSet = Set(highlighted)
      diagram.highlighted = Set(
        selection.nodes.indices.filter { highlightSet.contains(selection.nodes[$0]) })
      diagram.labels = labelPolicy
      diagram.showsLegend = !noLegend
      diagram.notes = notes
      spec = diagram.spec(for: format)
      switch layout {
      case .fdp?, .dot?: diagramLayout = .engine(layout?.engine ?? .fdp)
      case let choice?: diagramLayout = .composed(inner: choice.engine)
      case nil: diagramLayout = .composed(inner: nil)
      }
      report += [
        ("level", "nodes"), ("nodes", "\(spec.nodes.count)"), ("edges", "\(spec.edges.count)"),
        ("clusters", "\(spec.clusters.count)"),
      ]
    }
    var finalSpec = spec
    if let maxSize { finalSpec.graphAttributes["size"] = "\(maxSize),\(maxSize)" }
    timings.add("diagram", clock.lap())

    progress("laying out \(finalSpec.nodes.count) nodes with \(diagramLayout.name)")
    let bytes = try await GraphvizRenderer.shared.draw(
      finalSpec, layout: diagramLayout, format: format, seed: seed)
    timings.add("render", clock.lap())
    try OutputFile.write(bytes: bytes, to: out)
    report =
      [("file", out), ("format", format.rawValue)] + report + [
        ("communities", source), ("size_by", measure.rawValue), ("layout", diagramLayout.name),
        ("seed", "\(seed)"),
        ("bytes", "\(bytes.count)"),
      ]
    try OutputFile.write(Self.summary(report, format: self.format), to: nil)
    timings.add("output", clock.lap())
    if common.timings { Terminal.writeError(timings.json + "\n") }
  }

  /// The partition to draw and a description of where it came from (`wcc`, `saved:planted`).
  func communityPartition(_ merged: Graph, workspace: Workspace?) throws -> (Partition, String) {
    let savedName =
      partition ?? (communities.hasPrefix("saved:") ? String(communities.dropFirst(6)) : nil)
    if let savedName {
      guard let workspace else {
        throw UserError("a saved partition needs a workspace; '\(network)' is an edge-list file")
      }
      guard let saved = try workspace.partition(named: savedName, nodeCount: merged.nodeCount)
      else {
        let names = try workspace.partitionNames()
        throw UserError(
          NameSuggestions.unknown("saved partition", savedName, in: names)
            + (names.isEmpty ? " (the workspace has none)" : ""))
      }
      let labels = Array(saved.communities.prefix(merged.nodeCount))
      return (Partition(labels: labels, algorithm: saved.algorithm), "saved:\(savedName)")
    }
    guard let algorithm = CommunityAlgorithm(rawValue: communities) else {
      throw UserError(
        NameSuggestions.unknown(
          "community algorithm", communities, in: CommunityAlgorithm.allCases.map(\.rawValue)))
    }
    var options = CommunityOptions()
    options.seed = seed
    options.resolution = resolution
    return (try algorithm.detect(in: merged, options: options), algorithm.rawValue)
  }

  /// The highest-scoring member of each community (ties: smallest id; NaN scores count lowest).
  static func topMembers(partition: Partition, scores: [Double]) -> [NodeID?] {
    var best = [NodeID?](repeating: nil, count: partition.communityCount)
    var bestScore = [Double](repeating: -.infinity, count: partition.communityCount)
    for (node, c) in partition.communities.enumerated() where c != Partition.unassigned {
      let score = scores[node].isNaN ? -Double.infinity : scores[node]
      if best[Int(c)] == nil || score > bestScore[Int(c)] {
        best[Int(c)] = NodeID(node)
        bestScore[Int(c)] = score
      }
    }
    return best
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
