import ArgumentParser
import Foundation
import RecruitNet

/// `recruitnet coordination`: which accounts act in concert — the same retweets, texts, links,
/// replies or hashtags within seconds of each other. The network itself is the default
/// subcommand; `evidence` and `layers` work on saved layers.
struct CoordinationCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "coordination",
    abstract: "Coordination networks: accounts that share the same trace within a window.",
    discussion: """
      `recruitnet coordination WORKSPACE --by TRACE --window SECONDS` builds the network (the default subcommand; every option is in `recruitnet coordination network --help`). Traces: \(CoordinationTrace.allCases.map(\.rawValue).joined(separator: ", ")).

      Examples:
        recruitnet coordination study.rnet --by co-retweet --window 60
        recruitnet coordination study.rnet --by co-tweet --window 60 --report groups --pseudonymize
        recruitnet coordination study.rnet --by co-retweet --window 60 --permutations 999 --seed 1 --save rt60
        recruitnet coordination evidence study.rnet 1001 1002 --layer rt60
        recruitnet coordination layers study.rnet
      """,
    subcommands: [
      CoordinationNetworkCommand.self, CoordinationEvidenceCommand.self,
      CoordinationLayersCommand.self,
    ],
    defaultSubcommand: CoordinationNetworkCommand.self)
}

/// `recruitnet coordination [network] WS --by TRACE --window W`: the network, its accounts or
/// its groups; `--save NAME` keeps it as a layer.
struct CoordinationNetworkCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "network",
    abstract: "Build a coordination network: accounts that share the same trace within a window.",
    discussion: """
      Traces (--by): co-retweet (same retweeted tweet), co-tweet (same text, lower case, @mentions removed, white space collapsed), co-similar (word sets with Jaccard similarity ≥ --similarity), co-reply (same tweet replied to), co-link (same URL), co-domain (same web domain), co-hashtag (same hashtag), hashtag-sequence (the same ordered hashtags of a tweet with two or more, Pacheco et al. 2021), co-post (any two messages: the null baseline), and fast-retweet (an edge A → B for each of A's tweets that B retweeted within --window seconds after it: amplification on sight; needs the originals in the workspace). The names and weights are those of the coordination-network-toolkit: an edge A → B weighs the number of distinct messages of A that B matched within the window; retweets count only for co-retweet, co-hashtag and co-post.

      Before the sweep the number of in-window pairs (the cost) is counted; over --max-pairs the command stops and names the objects responsible.

      --permutations N tests every edge against N copies of the data with the accounts' timing randomised (--null-model shuffle: each message a new time within its account's active period; circular-shift: each account's timeline shifted), seeded by --seed: p = (1 + copies with a weight at least the observed) / (N + 1), and Benjamini–Hochberg q-values over every pair of accounts that share an object; the report says how many edges have q ≤ --fdr. --backbone keeps the edges that carry the structure: percentile:P, top:K per account, or disparity:A (Serrano, Boguñá & Vespignani 2009; α identical to netbone's).

      --report edges (default) lists the directed edges; accounts lists each coordinated account's partners and strengths; groups lists the groups (--groups components, or leiden with --seed) with their size, density, time span and the objects most members shared. --save NAME keeps the network in the workspace as a layer: `centrality`, `communities`, `render` and `info` analyse it with --edge-type NAME, `coordination evidence` lists the messages behind any of its edges, and `coordination layers` lists the saved layers with their parameters. A saved name is never overwritten without --replace.

      Examples:
        recruitnet import tweets.csv --into study.rnet          # coordination-network-toolkit CSV, detected
        recruitnet coordination study.rnet --by co-retweet --window 60
        recruitnet coordination study.rnet --by co-tweet --window 3600 --min-weight 2 --format csv --out cotweet.csv
        recruitnet coordination study.rnet --by co-retweet --lead 0 --lag 30        # B retweets within 30 s after A
        recruitnet coordination study.rnet --by co-link --window 60 --evidence pairs.csv
        recruitnet coordination study.rnet --by co-similar --similarity 0.8 --window 3600
        recruitnet coordination study.rnet --by co-tweet --window 60 --report groups --groups leiden --seed 1
        recruitnet coordination study.rnet --by co-retweet --window 60 --save rt60
        recruitnet coordination study.rnet --by co-retweet --window 60 --permutations 999 --seed 1
        recruitnet coordination study.rnet --by co-hashtag --window 300 --backbone disparity:0.05
        recruitnet centrality study.rnet --edge-type rt60 --measure pagerank
        recruitnet coordination evidence study.rnet 1001 1002 --layer rt60
      """)

  @Argument(help: "A workspace holding imported tweets.") var network: String

  @Option(
    help: "The shared trace: \(CoordinationTrace.allCases.map(\.rawValue).joined(separator: ", "))."
  )
  var by: CoordinationTrace

  @Option(help: ArgumentHelp("Symmetric window in seconds: |Δt| ≤ W.", valueName: "seconds"))
  var window: Int64?

  @Option(
    help: ArgumentHelp(
      "With --lag: how long before A's message B's may come.", valueName: "seconds"))
  var lead: Int64?

  @Option(
    help: ArgumentHelp(
      "With --lead: how long after A's message B's may come.", valueName: "seconds"))
  var lag: Int64?

  @Flag(help: "Read --window as fixed consecutive bins (⌊t / W⌋) instead of a sliding window.")
  var bins = false

  @Option(
    help: ArgumentHelp(
      "With --bins: also give each edge a recency-weighted weight, each matched message counting α^(bins before the last) (Weber & Neumann's fading window), α in (0, 1].",
      valueName: "alpha"))
  var decay: Double?

  @Option(help: "Leave out edges with a smaller weight.") var minWeight = 1

  @Option(
    help: "For co-similar: the least Jaccard similarity of two texts' word sets, in (0, 1].")
  var similarity = 0.9

  @Option(help: "Stop before the sweep when it would examine more in-window pairs than this.")
  var maxPairs = CoordinationParameters.defaultMaxPairs

  @Option(
    help: ArgumentHelp(
      "Only tweets at or after this time (ISO 8601 or Unix seconds).", valueName: "time"))
  var since: String?

  @Option(help: ArgumentHelp("Only tweets before this time.", valueName: "time")) var until: String?

  @Option(help: "Rows of the table (all rows in CSV and JSON).") var top: Int?

  @Option(help: "Output format.") var format: OutputFormat = .table

  @Option(help: ArgumentHelp("Write the edges to this file instead of stdout.", valueName: "file"))
  var out: String?

  @Option(
    help: ArgumentHelp(
      "Also write the message pairs behind every edge to this CSV file.", valueName: "file"))
  var evidence: String?

  @Option(
    help: ArgumentHelp(
      "Keep only a backbone of the edges: percentile:P (weight at least the P-th percentile), top:K (each account's K heaviest) or disparity:A (Serrano et al.'s disparity filter at α = A); pairs of accounts are judged as one undirected edge unless --backbone-directed.",
      valueName: "filter"))
  var backbone: String?

  @Flag(help: "With --backbone: judge each directed edge on its own.") var backboneDirected = false

  @Option(
    help: ArgumentHelp(
      "Test every edge against this many permutations of the accounts' timing (p- and Benjamini–Hochberg q-values).",
      valueName: "n"))
  var permutations: Int?

  @Option(
    help:
      "With --permutations: shuffle (new times within each account's active period) or circular-shift."
  )
  var nullModel = CoordinationNullModel.shuffle

  @Option(help: "With --permutations: the false-discovery rate level for q-values.")
  var fdr = 0.05

  @Option(help: "What to list: edges, accounts or groups.") var report = CoordinationListing.edges

  @Option(help: "How --report groups finds groups: components or leiden.")
  var groups = CoordinationGrouping.components

  @Option(help: "The seed for --groups leiden and for --permutations.") var seed: UInt64 = 0

  @Option(
    help: ArgumentHelp(
      "Save the network in the workspace as a layer of this name (analyse it with --edge-type NAME).",
      valueName: "name"))
  var save: String?

  @Flag(help: "With --save: replace a saved layer of the same name.") var replace = false

  @Option(help: "Worker threads (default: all cores).") var threads = ParallelLoop
    .defaultThreadCount

  @OptionGroup var pseudonyms: PseudonymOptions
  @OptionGroup var common: CommonOptions

  func validate() throws {
    if minWeight < 1 { throw ValidationError("--min-weight must be at least 1.") }
    if maxPairs < 0 { throw ValidationError("--max-pairs must be 0 or more.") }
    if let top, top < 1 { throw ValidationError("--top must be at least 1.") }
    if threads < 1 { throw ValidationError("--threads must be at least 1.") }
    if replace && save == nil { throw ValidationError("--replace goes with --save NAME.") }
    _ = try backboneSpec()
    if let decay {
      if !bins { throw ValidationError("--decay weighs fixed bins; add --bins.") }
      if !(decay > 0 && decay <= 1) {
        throw ValidationError("--decay must be in (0, 1], not \(decay).")
      }
      if by == .coSimilar || by == .fastRetweet {
        throw ValidationError("--decay applies to shared-object traces, not \(by.rawValue).")
      }
    }
    if backboneDirected && backbone == nil {
      throw ValidationError("--backbone-directed goes with --backbone.")
    }
    if let permutations,
      !(1...CoordinationSignificanceParameters.maxPermutations).contains(permutations)
    {
      throw ValidationError(
        "--permutations must be between 1 and \(CoordinationSignificanceParameters.maxPermutations)."
      )
    }
    if !(fdr > 0 && fdr < 1) { throw ValidationError("--fdr must be in (0, 1), not \(fdr).") }
    if permutations != nil && by == .coSimilar {
      throw ValidationError("--permutations tests shared-object traces; co-similar has none.")
    }
    if let save, save.trimmingCharacters(in: .whitespaces).isEmpty {
      throw ValidationError("--save needs a layer name.")
    }
    if !(similarity > 0 && similarity <= 1) {
      throw ValidationError("--similarity must be in (0, 1], not \(similarity).")
    }
    _ = try coordinationWindow()
  }

  /// The backbone `--backbone` describes.
  func backboneSpec() throws -> CoordinationBackboneSpec? {
    guard let backbone else { return nil }
    let parts = backbone.split(separator: ":", maxSplits: 1).map(String.init)
    guard parts.count == 2, let kind = CoordinationBackboneSpec.Kind(rawValue: parts[0]),
      let value = Double(parts[1])
    else {
      throw ValidationError(
        "--backbone \"\(backbone)\" is not a filter; use percentile:90, top:3 or disparity:0.05.")
    }
    let valid =
      switch kind {
      case .percentile: (0...100).contains(value)
      case .top: value >= 1 && value == value.rounded() && value < 1e9
      case .disparity: value > 0 && value <= 1
      }
    guard valid else {
      throw ValidationError(
        "--backbone \(kind.rawValue) takes \(kind == .percentile ? "a percentile in 0…100" : kind == .top ? "a whole number of edges, at least 1" : "an α in (0, 1]"), not \(parts[1])."
      )
    }
    return CoordinationBackboneSpec(kind: kind, value: value, directed: backboneDirected)
  }

  /// The window the options describe.
  func coordinationWindow() throws -> CoordinationWindow {
    let window: CoordinationWindow
    switch (self.window, lead, lag) {
    case (let w?, nil, nil): window = bins ? .bins(seconds: w) : .symmetric(seconds: w)
    case (nil, let lead?, let lag?) where !bins: window = .leadLag(lead: lead, lag: lag)
    case (nil, nil, nil): throw ValidationError("give --window SECONDS, or --lead and --lag.")
    default:
      throw ValidationError(
        "give either --window (optionally with --bins) or both --lead and --lag.")
    }
    do { try Coordination.validate(window) } catch { throw ValidationError(error.message + ".") }
    return window
  }

  func run() async throws {
    var clock = PhaseClock()
    var timings = Timings()
    let progress = Progress(quiet: common.quiet)
    let slice = try TweetArguments.parseWindow(since: since, until: until)
    var parameters = CoordinationParameters(
      trace: by, window: try coordinationWindow(), minWeight: minWeight, maxPairs: maxPairs)
    parameters.similarity = similarity
    var request = CoordinationRequest(
      parameters: parameters, since: slice.since, until: slice.until)
    request.backbone = try backboneSpec()
    request.decay = decay
    if let permutations {
      request.significance = CoordinationSignificanceParameters(
        nullModel: nullModel, permutations: permutations, seed: seed, fdrLevel: fdr)
    }
    let input = try NetworkInput(path: network)
    if let save, !replace, let workspace = input.workspace {
      // Before the work: a taken name fails now, not after minutes of computing.
      if try workspace.layerNames().contains(save) {
        throw WorkspaceError(
          .nameTaken, network, "a layer named '\(save)' exists; choose another name, or replace it")
      }
    }
    timings.add("load", clock.lap())
    let result = try request.run(on: input, threads: threads, progress: progress.reporter)
    timings.add("compute", clock.lap())
    if let save {
      try result.save(
        as: save, in: input.requireWorkspace(for: "saving a layer"), replacing: replace)
    }
    var output = CoordinationReport(result: result, network: network)
    output.top = top
    output.pseudonymizer = try pseudonyms.pseudonymizer()
    if let evidence { try OutputFile.write(output.evidenceCSV(), to: evidence) }
    switch report {
    case .edges: try OutputFile.write(output.text(format), to: out)
    case .accounts: try OutputFile.write(output.accountsText(format), to: out)
    case .groups:
      let found = try result.groups(by: groups, seed: seed)
      try OutputFile.write(output.groupsText(found, grouping: groups, format: format), to: out)
    }
    if let save, !common.quiet {
      Terminal.writeError(
        "saved layer '\(save)' (\(result.network.edges.count) edges); analyse it with --edge-type \(save)\n"
      )
    }
    timings.add("output", clock.lap())
    if common.timings { Terminal.writeError(timings.json + "\n") }
  }
}

/// What `coordination --report` lists.
enum CoordinationListing: String, CaseIterable, ExpressibleByArgument {
  case edges, accounts, groups
}

extension CoordinationTrace: ExpressibleByArgument {}
extension CoordinationGrouping: ExpressibleByArgument {}
extension CoordinationNullModel: ExpressibleByArgument {}
