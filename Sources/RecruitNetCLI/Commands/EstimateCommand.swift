import ArgumentParser
import Foundation
import RecruitNet

/// `recruitnet estimate`: how many accounts there are, from a reviewed sample or two lists.
struct EstimateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "estimate",
    abstract:
      "Estimate a population's size: candidates x reviewed precision (Wilson interval), or two-list capture-recapture (Lincoln-Petersen, Chapman).",
    discussion: """
      From a candidate list and a reviewed random sample of it: --candidates N --reviewed n --confirmed c gives N x c/n with N times the Wilson (1927) score 95% interval of the precision c/n.

      From two independent searches: --capture n1 (found by the first) --recapture n2 (by the second) --both m (by both) gives Lincoln-Petersen n1*n2/m and Chapman's (n1+1)(n2+1)/(m+1) - 1 with its 95% interval (Seber's variance, normal approximation, lower end at least the n1+n2-m accounts seen).

      Examples:
        recruitnet estimate --candidates 5000 --reviewed 200 --confirmed 140
        recruitnet estimate --capture 100 --recapture 80 --both 20
        recruitnet estimate --capture 100 --recapture 80 --both 20 --format json
      """)

  @Option(help: ArgumentHelp("Accounts on the candidate list.", valueName: "n"))
  var candidates: Int?

  @Option(help: ArgumentHelp("Candidates reviewed (a random sample).", valueName: "n"))
  var reviewed: Int?

  @Option(help: ArgumentHelp("Reviewed candidates confirmed.", valueName: "n"))
  var confirmed: Int?

  @Option(help: ArgumentHelp("Accounts found by the first search (n1).", valueName: "n"))
  var capture: Int?

  @Option(help: ArgumentHelp("Accounts found by the second search (n2).", valueName: "n"))
  var recapture: Int?

  @Option(help: ArgumentHelp("Accounts found by both searches (m).", valueName: "n"))
  var both: Int?

  @Option(help: "Output format.")
  var format: OutputFormat = .table

  @Option(
    help: ArgumentHelp(
      "Write the output to this file (atomically) instead of stdout.", valueName: "file"))
  var out: String?

  func request() throws -> PopulationEstimateRequest {
    let precision = [candidates, reviewed, confirmed]
    let lists = [capture, recapture, both]
    let anyPrecision = precision.contains { $0 != nil }
    let anyLists = lists.contains { $0 != nil }
    if anyPrecision && anyLists {
      throw ValidationError(
        "Give --candidates/--reviewed/--confirmed or --capture/--recapture/--both, not both kinds.")
    }
    if anyLists {
      guard let capture, let recapture, let both else {
        throw ValidationError("Capture-recapture needs --capture, --recapture and --both.")
      }
      return .captureRecapture(first: capture, second: recapture, both: both)
    }
    guard let candidates, let reviewed, let confirmed else {
      throw ValidationError(
        "Give --candidates, --reviewed and --confirmed, or --capture, --recapture and --both.")
    }
    return .precision(candidates: candidates, reviewed: reviewed, confirmed: confirmed)
  }

  func validate() throws { _ = try request() }

  func run() throws {
    let estimate = try request().run()
    try OutputFile.write(PopulationEstimateReport(estimate: estimate).text(format), to: out)
  }
}
