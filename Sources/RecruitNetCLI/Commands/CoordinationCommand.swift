import ArgumentParser
import Foundation
import RecruitNet

/// `recruitnet coordination`: which accounts act in concert — the same retweets, texts, links,
/// replies or hashtags within seconds of each other.
struct CoordinationCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "coordination",
    abstract: "Build a coordination network: accounts that share the same trace within a window.",
    discussion: """
      Traces (--by): co-retweet (same retweeted tweet), co-tweet (same text, lower case, @mentions removed, white space collapsed), co-similar (word sets with Jaccard similarity ≥ --similarity), co-reply (same tweet replied to), co-link (same URL), co-domain (same web domain), co-hashtag (same hashtag), co-post (any two messages: the null baseline). The names and weights are those of the coordination-network-toolkit: an edge A → B weighs the number of distinct messages of A that B matched within the window; retweets count only for co-retweet, co-hashtag and co-post.

      Before the sweep the number of in-window pairs (the cost) is counted; over --max-pairs the command stops and names the objects responsible.

      Examples:
        recruitnet import tweets.csv --into study.rnet          # coordination-network-toolkit CSV, detected
        recruitnet coordination study.rnet --by co-retweet --window 60
        recruitnet coordination study.rnet --by co-tweet --window 3600 --min-weight 2 --format csv --out cotweet.csv
        recruitnet coordination study.rnet --by co-retweet --lead 0 --lag 30        # B retweets within 30 s after A
        recruitnet coordination study.rnet --by co-link --window 60 --evidence pairs.csv
        recruitnet coordination study.rnet --by co-similar --similarity 0.8 --window 3600
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

  @Option(help: "Worker threads (default: all cores).") var threads = ParallelLoop
    .defaultThreadCount

  @OptionGroup var pseudonyms: PseudonymOptions
  @OptionGroup var common: CommonOptions

  func validate() throws {
    if minWeight < 1 { throw ValidationError("--min-weight must be at least 1.") }
    if maxPairs < 0 { throw ValidationError("--max-pairs must be 0 or more.") }
    if let top, top < 1 { throw ValidationError("--top must be at least 1.") }
    if threads < 1 { throw ValidationError("--threads must be at least 1.") }
    if !(similarity > 0 && similarity <= 1) {
      throw ValidationError("--similarity must be in (0, 1], not \(similarity).")
    }
    _ = try coordinationWindow()
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
    let request = CoordinationRequest(
      parameters: parameters, since: slice.since, until: slice.until)
    let input = try NetworkInput(path: network)
    timings.add("load", clock.lap())
    let result = try request.run(on: input, threads: threads, progress: progress.reporter)
    timings.add("compute", clock.lap())
    var report = CoordinationReport(result: result, network: network)
    report.top = top
    report.pseudonymizer = try pseudonyms.pseudonymizer()
    if let evidence {
      let names = report.printedName
      let rows = result.network.edges.flatMap { edge in
        result.evidence(source: edge.source, target: edge.target).map {
          (names(edge.source), names(edge.target), $0)
        }
      }
      try OutputFile.write(CoordinationReport.evidenceCSV(rows), to: evidence)
    }
    try OutputFile.write(report.text(format), to: out)
    timings.add("output", clock.lap())
    if common.timings { Terminal.writeError(timings.json + "\n") }
  }
}

extension CoordinationTrace: ExpressibleByArgument {}
