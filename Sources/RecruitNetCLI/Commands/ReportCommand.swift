import ArgumentParser
import Foundation
import RecruitNet

/// `recruitnet report`: an analyst's briefing on a network as one self-contained HTML file.
struct ReportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract:
      "Write an analyst report: one self-contained HTML file with the overview, key accounts, brokers, communities, distributions and method.",
    discussion: """
      The page needs nothing from the network: its CSS, its SVG charts and diagram and a small script that sorts tables (click a column header) are inline. Sections: Overview (accounts, edges per type, weight, time span when edges carry times, reciprocity, density, components, and a workspace's import ledger with file hashes), Key accounts (top --top by PageRank, with in-degree, in-strength, betweenness, community and why each is listed), Brokers (by betweenness and by lowest Burt constraint, with the communities each connects), Communities (the Graphviz cluster diagram, or the community map above --diagram-threshold accounts; a card per community; sizes), Distributions (degree CCDFs on log-log axes, edge-type mix) and Method (each measure's definition and reference, the parameters, this command line, and a JSON manifest in the page). Sections without data are left out.

      The numbers are those of `recruitnet info`, `centrality` and `communities` with the same options (measures and communities on the edge types merged). Betweenness is exact up to 20,000 accounts and sampled above (Riondato–Kornaropoulos, --seed). --pseudonymize replaces account names everywhere, the diagram included. --format md writes the same content as Markdown, with the diagram and charts as SVG files beside it (report.md → report-diagram.svg, report-sizes.svg, …); --format json writes the data behind the report. The file is written atomically.

      Examples:
        recruitnet report study.rnet --out report.html
        recruitnet report study.rnet --out report.html --top 30 --communities louvain --seed 7 --title "Cell study"
        RECRUITNET_PSEUDONYM_KEY=... recruitnet report study.rnet --out shared.html --pseudonymize
        recruitnet report study.rnet --out briefing.md --format md
        recruitnet report Samples/krebs-911/edges.csv --undirected --out 911.html
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable { case html, md, json }

  @Argument(
    help: ArgumentHelp(
      "A workspace file, or an edge-list file read in memory.", valueName: "network"))
  var network: String

  @Option(help: ArgumentHelp("The report file (written atomically).", valueName: "file"))
  var out: String

  @Option(help: ArgumentHelp("Rows of the account tables.", valueName: "N"))
  var top = 20

  @Option(
    help: ArgumentHelp(
      "Community algorithm (leiden, louvain, labelprop, infomap, wcc, scc).",
      valueName: "algorithm"))
  var communities = "leiden"

  @Option(help: ArgumentHelp("Resolution for leiden and louvain.", valueName: "γ"))
  var resolution = 1.0

  @Option(
    help: ArgumentHelp(
      "Seed of the community algorithm, sampled betweenness and the diagram layout.",
      valueName: "n"))
  var seed: UInt64 = 0

  @Option(help: ArgumentHelp("The report's heading (default: the file name).", valueName: "text"))
  var title: String?

  @Option(
    help: ArgumentHelp(
      "Accounts above which the diagram is the community map instead of the cluster diagram.",
      valueName: "n"))
  var diagramThreshold = 1000

  @Flag(help: "Leave out the Graphviz diagram.")
  var noDiagram = false

  @Option(
    help:
      "html: the page; md: Markdown with the figures as SVG files beside it; json: the data behind the page."
  )
  var format: Format = .html

  @OptionGroup(title: "Direction")
  var direction: DirectionArguments

  @OptionGroup(title: "Edge list (when NETWORK is a plain file)")
  var edgeList: EdgeListArguments

  @OptionGroup(title: "Pseudonyms")
  var pseudonyms: PseudonymOptions

  @OptionGroup var common: CommonOptions

  func validate() throws {
    if top < 1 { throw ValidationError("--top must be at least 1.") }
    if diagramThreshold < 1 { throw ValidationError("--diagram-threshold must be at least 1.") }
    if !(resolution > 0 && resolution.isFinite) {
      throw ValidationError("--resolution must be a positive number.")
    }
  }

  func run() async throws {
    var clock = PhaseClock()
    var timings = Timings()
    let progress = Progress(quiet: common.quiet)
    guard let algorithm = CommunityAlgorithm(rawValue: communities) else {
      throw AnalysisError.unknown(
        "community algorithm", communities, in: CommunityAlgorithm.allCases.map(\.rawValue))
    }
    var request = ReportRequest()
    request.title = title
    request.top = top
    request.communities = algorithm
    request.resolution = resolution
    request.seed = seed
    request.diagramThreshold = diagramThreshold
    request.drawsDiagram = !noDiagram
    request.pseudonymizer = try pseudonyms.pseudonymizer()
    request.toolName = "recruitnet"
    request.toolVersion = RecruitNetCommand.configuration.version
    request.commandLine = ["recruitnet"] + CommandLine.arguments.dropFirst()
    request.generatedAt = ISO8601DateFormatter().string(from: Date())

    let input = try NetworkInput(
      path: network, edgeListOptions: edgeList.options(), directed: direction.requested)
    let report = try await input.report(request, progress: progress.reporter)
    timings.add("compute", clock.lap())
    let text: String
    switch format {
    case .html: text = try ReportHTML.render(report)
    case .json: text = JSONText.encode(ReportJSON.object(report)) + "\n"
    case .md:
      // Figures beside the Markdown file: report.md → report-diagram.svg, report-sizes.svg, …
      let url = URL(fileURLWithPath: out)
      let stem = url.deletingPathExtension().lastPathComponent
      let markdown = ReportMarkdown.render(report, figurePrefix: stem)
      for figure in markdown.figures {
        try OutputFile.write(
          figure.svg, to: url.deletingLastPathComponent().appendingPathComponent(figure.file).path)
      }
      text = markdown.text
    }
    try OutputFile.write(text, to: out)
    timings.add("output", clock.lap())
    if !common.quiet {
      Terminal.writeError(
        "recruitnet: wrote \(out) (\(text.utf8.count) bytes): \(report.summary.nodes) nodes, \(report.communityCount) communities\n"
      )
    }
    if common.timings { Terminal.writeError(timings.json + "\n") }
  }
}
