import ArgumentParser
import RecruitNet

/// The seed set of an expansion and what makes a candidate: shared by `expand` and `why`, so
/// that `why` explains exactly the ranking `expand` printed.
struct SeedSetArguments: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The seed accounts: a file (one name per line), names comma-separated, or label:NAME.",
      valueName: "file|names|label:NAME"))
  var seeds: String

  @Option(
    help: ArgumentHelp(
      "Candidates are the accounts adjacent to at least this many distinct seeds (0: every account personalized PageRank reaches).",
      valueName: "n"))
  var minSeedTies = 2

  @Option(
    name: .customLong("edge-type"),
    help: ArgumentHelp("Only edges of this type (default: all types).", valueName: "type"))
  var onlyType: String?

  @Option(help: ArgumentHelp("Damping of personalized PageRank.", valueName: "alpha"))
  var damping = 0.85

  func validate() throws {
    if minSeedTies < 0 { throw ValidationError("--min-seed-ties must be 0 or more.") }
    if !(damping > 0 && damping < 1) { throw ValidationError("--damping must be between 0 and 1.") }
  }

  /// The seed set, parsed.
  func source() throws -> AccountSetSource { try AccountSetSource(argument: seeds) }
}
