import ArgumentParser
import Foundation
import RecruitNet

/// `recruitnet centrality`: who the hubs, amplifiers and brokers are.
struct CentralityCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "centrality",
    abstract:
      "Rank accounts by centrality: degree, PageRank, eigenvector, Katz, HITS, betweenness, closeness, coreness, clustering, Burt's constraint and effective size (structural holes).",
    discussion: """
      Every measure gives networkx's numbers with networkx's defaults, including whether edge weights are used (`recruitnet centrality --list` names the function each one matches); --weighted and --unweighted override that. Measures run on all edge types merged (weights summed), or on one type with --edge-type. Directed measures follow edge direction: eigenvector, Katz, closeness and harmonic look at in-edges, as networkx does.

      Brokers: constraint and effective size are Burt's structural-hole measures around each account (networkx's constraint and effective_size). Brokerage between groups (Gould–Fernandez coordinator, itinerant, representative, gatekeeper and liaison roles, and boundary spanners) is `recruitnet brokerage`; the edges that bridge the network (edge betweenness) are `recruitnet bridges`.

      Output: one row per account, sorted by the first measure (highest first, ties by name). csv has the header node,<measure>,...; json has the rows and the parameters each measure used. --account prints the value and rank (1 = highest; ties share a rank) of given accounts. On a workspace, results are cached with their parameters until the next import; --no-cache computes afresh.

      Examples:
        recruitnet centrality study.rnet --measure pagerank --top 20
        recruitnet centrality study.rnet --measure pagerank,betweenness,coreness --format csv --out ranks.csv
        recruitnet centrality study.rnet --measure pagerank --seed-account acct_0001 --seed-account acct_0002
        recruitnet centrality study.rnet --measure betweenness --edge-type retweet --account acct_0042
        recruitnet centrality study.rnet --measure betweenness-approx --epsilon 0.01 --seed 7
        recruitnet centrality Samples/krebs-911/edges.csv --undirected --measure betweenness,constraint
        RECRUITNET_PSEUDONYM_KEY=... recruitnet centrality study.rnet --measure pagerank --top 50 --pseudonymize --format csv --out shared.csv
        recruitnet centrality --list
      """)

  @Argument(
    help: ArgumentHelp(
      "A workspace file, or an edge-list file read in memory.", valueName: "network"))
  var network: String?

  @Option(
    name: .customLong("measure"),
    help: ArgumentHelp(
      "Measures, comma-separated or repeated (see --list). Default: degree.", valueName: "names"))
  var measureLists: [String] = []

  @Flag(help: "List the measures and the networkx function each one matches, then exit.")
  var list = false

  @Option(help: ArgumentHelp("Print only the first K rows.", valueName: "K"))
  var top: Int?

  @Option(
    name: .customLong("account"),
    help: ArgumentHelp(
      "Print this account's value and rank for each measure (repeatable).", valueName: "name"))
  var accounts: [String] = []

  @Option(
    name: .customLong("edge-type"),
    help: ArgumentHelp("Only edges of this type (default: all types merged).", valueName: "type"))
  var onlyType: String?

  @Option(help: "Output format.")
  var format: OutputFormat = .table

  @Option(
    help: ArgumentHelp(
      "Significant digits of fractions in a table (csv and json keep every digit).",
      valueName: "digits"))
  var precision = TableNumber.defaultPrecision

  @Option(
    help: ArgumentHelp(
      "Write the output to this file (atomically) instead of stdout.", valueName: "file"))
  var out: String?

  @Flag(help: "Use edge weights, whatever the measure's networkx default.")
  var weighted = false

  @Flag(help: "Ignore edge weights, whatever the measure's networkx default.")
  var unweighted = false

  @Option(
    help: ArgumentHelp(
      "For weighted path measures (betweenness, closeness, harmonic): 'distance' (weight is a length, networkx's reading) or 'strength' (length = 1/weight).",
      valueName: "reading"))
  var weightAs: WeightReading = .distance

  @Flag(
    name: .customLong("no-normalize"),
    help:
      "Betweenness: raw pair sums (halved for undirected graphs) instead of networkx's normalization."
  )
  var noNormalize = false

  @Option(help: ArgumentHelp("PageRank damping factor.", valueName: "d"))
  var damping = 0.85

  @Option(help: ArgumentHelp("Katz attenuation factor (default 0.1, networkx's).", valueName: "a"))
  var alpha: Double?

  @Option(help: ArgumentHelp("Katz constant term.", valueName: "b"))
  var beta = 1.0

  @Option(
    help: ArgumentHelp(
      "Power-iteration tolerance (default: networkx's, 1e-6; HITS 1e-12).", valueName: "tol"))
  var tolerance: Double?

  @Option(
    help: ArgumentHelp(
      "Power-iteration limit (default: networkx's; PageRank and eigenvector 100, Katz 1000).",
      valueName: "n"))
  var maxIterations: Int?

  @Option(
    help: ArgumentHelp(
      "PageRank: run exactly N iterations, without a convergence test (benchmarks).", valueName: "n"
    ))
  var iterations: Int?

  @Option(
    help: ArgumentHelp("Approximate betweenness: the additive error bound ε.", valueName: "ε"))
  var epsilon = 0.01

  @Option(help: ArgumentHelp("Approximate betweenness: the failure probability δ.", valueName: "δ"))
  var delta = 0.1

  @Option(
    help: ArgumentHelp("Random seed for randomized measures (betweenness-approx).", valueName: "n"))
  var seed: UInt64 = 0

  @Option(
    name: .customLong("seed-account"),
    help: ArgumentHelp("Personalize PageRank from this account (repeatable).", valueName: "name"))
  var seedAccounts: [String] = []

  @Option(
    help: ArgumentHelp(
      "Personalize PageRank from the accounts in this file (one name per line; `name,weight` lines give weights).",
      valueName: "file"))
  var seedFile: String?

  @Option(help: ArgumentHelp("Threads (default: all cores).", valueName: "n"))
  var threads: Int?

  @Flag(help: "Rank nodes of every kind (hashtags, domains, …), not only accounts.")
  var allKinds = false

  @Flag(help: "Compute afresh instead of answering from the workspace's cache.")
  var noCache = false

  @OptionGroup(title: "Pseudonyms")
  var pseudonyms: PseudonymOptions

  @OptionGroup(title: "Direction")
  var direction: DirectionArguments

  @OptionGroup(title: "Edge list (when NETWORK is a plain file)")
  var edgeList: EdgeListArguments

  @OptionGroup(title: "Time slice (tweet archives)") var slice: TimeSliceArguments

  @OptionGroup var common: CommonOptions

  enum WeightReading: String, ExpressibleByArgument, CaseIterable { case distance, strength }

  func validate() throws {
    if weighted && unweighted {
      throw ValidationError("Give --weighted or --unweighted, not both.")
    }
    if let top, top < 1 { throw ValidationError("--top must be at least 1.") }
    if let threads, threads < 1 { throw ValidationError("--threads must be at least 1.") }
    if !list && network == nil {
      throw ValidationError("Give a network (a workspace or an edge-list file), or --list.")
    }
  }

  func measures() throws -> [CentralityMeasure] {
    let names = measureLists.flatMap { $0.split(separator: ",") }.map {
      $0.trimmingCharacters(in: .whitespaces)
    }.filter { !$0.isEmpty }
    if names.isEmpty { return [.degree] }
    var result: [CentralityMeasure] = []
    for name in names {
      guard let measure = CentralityMeasure(rawValue: name) else {
        throw AnalysisError.unknown("measure", name, in: CentralityMeasure.allCases.map(\.rawValue))
      }
      if !result.contains(measure) { result.append(measure) }
    }
    return result
  }

  /// The request the options describe.
  func request() throws -> CentralityRequest {
    var request = CentralityRequest()
    request.measures = try measures()
    request.edgeType = onlyType
    request.usesCache = !noCache
    var parameters = CentralityParameters()
    parameters.weighted = weighted ? true : unweighted ? false : nil
    parameters.weightAs = weightAs == .strength ? .strength : .distance
    parameters.isNormalized = !noNormalize
    parameters.damping = damping
    parameters.alpha = alpha
    parameters.beta = beta
    parameters.tolerance = tolerance
    parameters.maxIterations = maxIterations
    parameters.iterations = iterations
    parameters.epsilon = epsilon
    parameters.delta = delta
    parameters.seed = seed
    if let threads { parameters.threads = threads }
    request.parameters = parameters
    request.seeds = SeedList(
      seedAccounts.map { SeedList.Seed($0) } + (try seedFile.map(SeedList.read)?.seeds ?? []))
    return request
  }

  func run() async throws {
    if list {
      let rows =
        [["measure", "matches"]] + CentralityMeasure.allCases.map { [$0.rawValue, $0.reference] }
      Terminal.write(TextTable.render(rows))
      return
    }
    guard let network else { return }
    var clock = PhaseClock()
    var timings = Timings()
    let progress = Progress(quiet: common.quiet)
    let request = try request()
    var input = try NetworkInput(
      path: network, edgeListOptions: edgeList.options(), directed: direction.requested)
    try slice.apply(to: &input)
    let result = try await input.centrality(
      request, namesIndexed: !accounts.isEmpty, progress: progress.reporter,
      phase: { timings.add($0, clock.lap()) })
    var report = RankingReport(result: result, network: network, edgeType: onlyType)
    report.top = top
    report.accounts = accounts
    report.allKinds = allKinds
    report.pseudonymizer = try pseudonyms.pseudonymizer()
    report.seeds = request.seeds.seeds
    report.precision = precision
    let text = try report.text(format)
    try OutputFile.write(text, to: out)
    timings.add("output", clock.lap())
    if common.timings { Terminal.writeError(timings.json + "\n") }
  }
}
