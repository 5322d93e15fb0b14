import ArgumentParser
import Foundation
import RecruitNet

extension CommunityAlgorithm: ExpressibleByArgument {}

/// `recruitnet communities`: which groups talk among themselves, how good the split is, and how
/// it compares with labels the analyst already holds.
struct CommunitiesCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "communities",
    abstract:
      "Find communities (Leiden, Louvain, label propagation, Infomap, components), report and compare them.",
    discussion: """
      Algorithms run on all edge types merged (weights summed) or on one type with --edge-type; randomized ones take --seed, and the same seed gives the same partition on any machine and thread count. `recruitnet communities --list` names the paper and the peer function each algorithm matches.

      Output: csv has the header node,community, with communities numbered from 0 by decreasing size (rows grouped by community). table and json summarise each community (size, internal edges and weight, density, conductance, its top accounts by --rank-by, its strongest links to other communities) and the whole partition (count, sizes, modularity, coverage, Infomap's codelength, the parameters used). Conventions are networkx's: conductance = cut / min(vol(S), vol(rest)) (on a directed network the cut counts edges both ways and a volume counts out-degrees, as nx.conductance does on a DiGraph, so it can exceed 1; add --undirected for the undirected definition, which cannot), coverage = share of edges inside communities, modularity as networkx's modularity() (--directed-modularity for Leicht–Newman's).

      --compare FILE (a `node,label` file with a header), --compare attr:KEY (a node attribute of the workspace, e.g. from `import --nodes`) or --compare saved:NAME (a saved partition; a bare NAME works too, as in `render --partition`) prints NMI (arithmetic normalization), adjusted Rand index and variation of information (natural log) against those labels in the table and json output; nodes without a label are left out and counted. --save NAME stores the partition in the workspace with its parameters; --show NAME prints a saved one; --account NAME prints an account's community and that community's top accounts. On a workspace, results are cached until the next import; --no-cache computes afresh.

      Examples:
        recruitnet communities study.rnet --algorithm infomap --seed 7 --save cells
        recruitnet communities study.rnet --algorithm labelprop --compare Samples/recruitment/groups.csv
        recruitnet communities study.rnet --algorithm infomap --compare attr:group --format json
        recruitnet communities study.rnet --show cells --account acct_0042
        recruitnet communities study.rnet --algorithm leiden --resolution 0.5 --edge-type retweet --format csv --out groups.csv
        recruitnet communities Samples/krebs-911/edges.csv --undirected --algorithm infomap --top 3
        RECRUITNET_PSEUDONYM_KEY=... recruitnet communities study.rnet --format csv --out groups.csv --pseudonymize
        recruitnet communities --list
      """)

  @Argument(
    help: ArgumentHelp(
      "A workspace file, or an edge-list file read in memory.", valueName: "network"))
  var network: String?

  @Option(help: "The algorithm (see --list).")
  var algorithm: CommunityAlgorithm = .leiden

  @Flag(help: "List the algorithms and the reference each one matches, then exit.")
  var list = false

  @Option(
    help: ArgumentHelp(
      "Resolution γ of modularity (Louvain, Leiden) or of CPM (Leiden with --quality cpm).",
      valueName: "γ"))
  var resolution = 1.0

  @Option(help: ArgumentHelp("Seed of the randomized algorithms.", valueName: "n"))
  var seed: UInt64 = 0

  @Option(
    name: .customLong("edge-type"),
    help: ArgumentHelp("Only edges of this type (default: all types merged).", valueName: "type"))
  var onlyType: String?

  @Option(help: "Quality function Leiden optimises: modularity or cpm (constant Potts model).")
  var quality: QualityFunction = .modularity

  @Flag(
    help:
      "Louvain and Leiden on a directed graph: optimise, and report, directed (Leicht–Newman) modularity."
  )
  var directedModularity = false

  @Flag(help: "Use edge weights (the default).")
  var weighted = false

  @Flag(help: "Ignore edge weights: every edge weighs 1.")
  var unweighted = false

  @Option(
    help: ArgumentHelp(
      "Rank each community's accounts by this centrality measure (see `recruitnet centrality --list`).",
      valueName: "measure"))
  var rankBy = "pagerank"

  @Option(help: ArgumentHelp("Top accounts shown per community.", valueName: "K"))
  var top = 5

  @Option(
    help: ArgumentHelp(
      "Communities shown in the table (largest first; json and csv have all).", valueName: "n"))
  var maxCommunities = 20

  @Option(
    help: ArgumentHelp(
      "Compare with labels: a `node,label` file, or attr:KEY for a node attribute of the workspace.",
      valueName: "file|attr:KEY"))
  var compare: String?

  @Option(
    help: ArgumentHelp("Save the partition in the workspace under this name.", valueName: "name"))
  var save: String?

  @Option(
    help: ArgumentHelp(
      "Print the saved partition of this name instead of computing one.", valueName: "name"))
  var show: String?

  @Option(
    name: .customLong("account"),
    help: ArgumentHelp(
      "Print this account's community and that community's top accounts (repeatable).",
      valueName: "name"))
  var accounts: [String] = []

  @Option(
    help: ArgumentHelp("Infomap: independent trials; the shortest codelength wins.", valueName: "n")
  )
  var trials = 10

  @Option(
    help: ArgumentHelp("Infomap: teleportation probability τ of the directed flow.", valueName: "τ")
  )
  var teleportation = 0.15

  @Flag(
    help:
      "Infomap: teleport to nodes uniformly and encode teleportation steps (Infomap's --to-nodes --recorded-teleportation; its default is not to)."
  )
  var recordedTeleportation = false

  @Option(
    help: ArgumentHelp("Label propagation: sweeps before giving up on convergence.", valueName: "n")
  )
  var maxIterations = 1000

  @Option(
    help: ArgumentHelp(
      "Leiden: iterations of move, refine and aggregate; -1 (the default) repeats until an iteration changes nothing, leidenalg's n_iterations=-1. igraph and leidenalg's own default is 2.",
      valueName: "n"))
  var iterations = -1

  @Option(
    help: ArgumentHelp(
      "Threads (default: all cores; the result does not depend on it).", valueName: "n"))
  var threads: Int?

  @Flag(help: "Compute afresh instead of answering from the workspace's cache.")
  var noCache = false

  @Option(help: "Output format.")
  var format: OutputFormat = .table

  @Option(
    help: ArgumentHelp(
      "Write the output to this file (atomically) instead of stdout.", valueName: "file"))
  var out: String?

  @OptionGroup(title: "Pseudonyms")
  var pseudonyms: PseudonymOptions

  @OptionGroup(title: "Direction")
  var direction: DirectionArguments

  @OptionGroup(title: "Edge list (when NETWORK is a plain file)")
  var edgeList: EdgeListArguments

  @OptionGroup(title: "Time slice (tweet archives)") var slice: TimeSliceArguments

  @OptionGroup var common: CommonOptions

  enum QualityFunction: String, ExpressibleByArgument, CaseIterable { case modularity, cpm }

  func validate() throws {
    if weighted && unweighted {
      throw ValidationError("Give --weighted or --unweighted, not both.")
    }
    if top < 1 { throw ValidationError("--top must be at least 1.") }
    if maxCommunities < 1 { throw ValidationError("--max-communities must be at least 1.") }
    if let threads, threads < 1 { throw ValidationError("--threads must be at least 1.") }
    if trials < 1 { throw ValidationError("--trials must be at least 1.") }
    if maxIterations < 1 { throw ValidationError("--max-iterations must be at least 1.") }
    if iterations == 0 || iterations < -1 {
      throw ValidationError("--iterations must be at least 1, or -1 for until stable.")
    }
    if !(teleportation > 0 && teleportation < 1) {
      throw ValidationError("--teleportation must be between 0 and 1 (exclusive).")
    }
    if !(resolution >= 0 && resolution.isFinite) {
      throw ValidationError("--resolution must be a non-negative number.")
    }
    if quality == .cpm && algorithm != .leiden {
      throw ValidationError("--quality cpm applies only to --algorithm leiden.")
    }
    if show != nil && save != nil { throw ValidationError("Give --show or --save, not both.") }
    if let save, save.isEmpty { throw ValidationError("--save needs a non-empty name.") }
    if !list && network == nil {
      throw ValidationError("Give a network (a workspace or an edge-list file), or --list.")
    }
  }

  var isWeighted: Bool { !unweighted }

  func run() async throws {
    if list {
      let rows =
        [["algorithm", "seeded", "matches"]]
        + CommunityAlgorithm.allCases.map {
          [$0.rawValue, $0.isRandomized ? "yes" : "no", $0.reference]
        }
      Terminal.write(TextTable.render(rows))
      return
    }
    guard let network else { return }
    var clock = PhaseClock()
    var timings = Timings()
    let progress = Progress(quiet: common.quiet)
    guard let measure = CentralityMeasure(rawValue: rankBy) else {
      throw AnalysisError.unknown("measure", rankBy, in: CentralityMeasure.allCases.map(\.rawValue))
    }
    var request = CommunityReportRequest()
    request.detection.algorithm = algorithm
    request.detection.options = communityOptions()
    request.detection.edgeType = onlyType
    request.detection.usesCache = !noCache
    request.show = show
    request.save = save
    request.compareWith = compare.map(GroupSource.init(argument:))
    // The csv of assignments prints no measure: measure only for table, json and --account.
    request.measures = format != .csv || !accounts.isEmpty
    request.rankBy = measure
    request.pseudonymizer = try pseudonyms.pseudonymizer()
    var input = try NetworkInput(
      path: network, edgeListOptions: edgeList.options(), directed: direction.requested)
    try slice.apply(to: &input)
    var report = try await input.communityReport(
      request, progress: progress.reporter, phase: { timings.add($0, clock.lap()) })
    report.topCount = top
    report.maxCommunities = maxCommunities
    report.accounts = accounts
    let text = try report.text(format)
    try OutputFile.write(text, to: out)
    timings.add("output", clock.lap())
    if common.timings { Terminal.writeError(timings.json + "\n") }
  }

  func communityOptions() -> CommunityOptions {
    var options = CommunityOptions()
    options.resolution = resolution
    options.seed = seed
    options.weighted = isWeighted
    if let threads { options.threads = threads }
    options.trials = trials
    options.teleportation = teleportation
    options.recordsTeleportation = recordedTeleportation
    options.maxIterations = maxIterations
    options.quality = CommunityQuality(rawValue: quality.rawValue) ?? .modularity
    options.directedModularity = directedModularity
    options.iterations = iterations
    return options
  }
}
