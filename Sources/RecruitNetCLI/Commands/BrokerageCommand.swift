import ArgumentParser
import Foundation
import RecruitNet

/// `recruitnet brokerage`: who brokers between groups (Gould–Fernandez roles), or who spans the
/// boundary between two groups.
struct BrokerageCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "brokerage",
    abstract:
      "Gould–Fernandez brokerage roles per account for a grouping, or the boundary spanners between two groups.",
    discussion: """
      Roles (Gould & Fernandez 1989, as R's sna::brokerage computes them): an account v brokers the ordered pair (a, b) when a -> v -> b and a does not reach b directly. By the groups of a, v and b: coordinator w_I (A -> A -> A), itinerant w_O (A -> B -> A), representative b_IO (A -> A -> B), gatekeeper b_OI (A -> B -> B), liaison b_O (A -> B -> C), and the total t. Each count comes with its expectation and z-score under random group assignment at the network's density (sna's exp.nli and z.nli; z is empty where the standard deviation is 0).

      Conventions: edge types are merged (or one is chosen with --edge-type); weights and repeated rows do not count; self-loops are dropped. On an undirected network every edge counts in both directions, so an open two-path a - v - b counts twice for v (what sna gives for a symmetric matrix). Accounts the grouping gives no group share the group "(no group)".

      Groups (--groups): saved:NAME (a partition saved in the workspace; a bare NAME works too), attr:KEY (a node attribute, e.g. from `import --nodes`), a `name,group` file (a header row, then the name and its group in the first two columns), or a community algorithm (leiden, louvain, labelprop, infomap, wcc, scc) run with its defaults.

      Boundary spanners (--between A --and B, group names as the roles table prints them): the accounts tied to both groups (neighbours in either direction, counted once), with their tie counts into each, the length of the shortest path from A to B through each, and one shortest path from A to B (following directions on a directed network).

      Edge betweenness, the bridges between groups, is `recruitnet bridges`.

      Examples:
        recruitnet brokerage Samples/recruitment/edges.csv --groups Samples/recruitment/groups.csv --top 10
        recruitnet brokerage Samples/krebs-911/edges.csv --undirected --groups Samples/krebs-911/nodes.csv
        recruitnet brokerage study.rnet --groups attr:group --top 10
        recruitnet brokerage study.rnet --groups saved:cells --format csv --out roles.csv
        recruitnet brokerage study.rnet --groups leiden --format json
        recruitnet brokerage study.rnet --groups attr:group --between 1 --and 2
        RECRUITNET_PSEUDONYM_KEY=... recruitnet brokerage study.rnet --groups attr:group --pseudonymize --format csv --out shared.csv
      """)

  @OptionGroup var source: NetworkArguments
  var network: String { source.network }

  @Option(
    help: ArgumentHelp(
      "Where the groups come from: saved:NAME, attr:KEY, a name,group file, or a community algorithm.",
      valueName: "source"))
  var groups: String

  @Option(
    help: ArgumentHelp(
      "Boundary spanners: the group paths start from (a group name as printed).",
      valueName: "group"))
  var between: String?

  @Option(
    name: .customLong("and"),
    help: ArgumentHelp("Boundary spanners: the other group.", valueName: "group"))
  var other: String?

  @Option(
    help: ArgumentHelp(
      "List only the first N accounts (default: 20 in a table, all in csv and json).",
      valueName: "N"))
  var top: Int?

  @Option(
    name: .customLong("edge-type"),
    help: ArgumentHelp("Only edges of this type (default: all types merged).", valueName: "type"))
  var onlyType: String?

  @Option(
    help: ArgumentHelp(
      "Threads (default: all cores; the result does not depend on it).", valueName: "n"))
  var threads: Int?

  @OptionGroup(title: "Output")
  var output: OutputArguments

  @OptionGroup(title: "Pseudonyms")
  var pseudonyms: PseudonymOptions

  @OptionGroup var common: CommonOptions

  func validate() throws {
    if let top, top < 1 { throw ValidationError("--top must be at least 1.") }
    if let threads, threads < 1 { throw ValidationError("--threads must be at least 1.") }
    if (between == nil) != (other == nil) {
      throw ValidationError("Give both --between A and --and B for boundary spanners.")
    }
    if groups.isEmpty { throw ValidationError("--groups needs a source.") }
  }

  func run() async throws {
    var clock = PhaseClock()
    var timings = Timings()
    let pseudonymizer = try pseudonyms.pseudonymizer()
    let input = try source.input()
    let grouping = NodeGrouping(argument: groups)
    let text: String
    if let between, let other {
      var request = BoundarySpannerRequest()
      request.grouping = grouping
      request.groupA = between
      request.groupB = other
      request.edgeType = onlyType
      let answer = try await input.boundarySpanners(request)
      timings.add("compute", clock.lap())
      text = BoundarySpannerReport(
        answer: answer, network: network, top: top, pseudonymizer: pseudonymizer
      ).text(output.format)
    } else {
      var request = BrokerageRequest()
      request.grouping = grouping
      request.edgeType = onlyType
      request.threads = threads
      let answer = try await input.brokerage(request)
      timings.add("compute", clock.lap())
      text = BrokerageReport(
        answer: answer, network: network, top: top, pseudonymizer: pseudonymizer
      ).text(output.format)
    }
    try output.write(text)
    timings.add("output", clock.lap())
    if common.timings { Terminal.writeError(timings.json + "\n") }
  }
}
