import ArgumentParser
import RecruitNet

/// `--since` / `--until` on the analysis commands: the network of the tweets posted in
/// `[since, until)`, rebuilt from the workspace's stored tweets when the command runs.
struct TimeSliceArguments: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Only the tweets posted at or after this time (ISO 8601 or Unix seconds; workspaces of tweet archives).",
      valueName: "time"))
  var since: String?

  @Option(help: ArgumentHelp("Only the tweets posted before this time.", valueName: "time"))
  var until: String?

  func validate() throws { _ = try TweetArguments.parseWindow(since: since, until: until) }

  /// `input` restricted to the slice.
  func apply(to input: inout NetworkInput) throws {
    let window = try TweetArguments.parseWindow(since: since, until: until)
    input.since = window.since
    input.until = window.until
  }

  /// The slice as part of a cache key (`*` for the whole network).
  var keyText: String { "\(since ?? "*")..\(until ?? "*")" }
}
