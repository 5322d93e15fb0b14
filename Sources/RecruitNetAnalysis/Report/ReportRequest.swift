import RecruitNetCentrality
import RecruitNetCommunities
import RecruitNetIO

/// An analyst report to build: which communities, how many accounts per table, the seed, and
/// what the report says about how it was made.
///
/// ``NetworkInput/report(_:progress:)`` computes every number through the library's own calls
/// (the summary, ``NetworkInput/centrality(_:namesIndexed:progress:phase:)``,
/// ``NetworkInput/communities(_:on:)`` and ``NetworkInput/diagram(_:progress:phase:)``), so the
/// report shows the numbers the other commands print; ``AnalystReport`` then renders them.
public struct ReportRequest: Sendable {
  /// The report's heading (default: the network's file name).
  public var title: String? = nil
  /// Rows of the key-account and broker tables, and accounts named per community card.
  public var top = 20
  /// The community detection of the Communities section and of every "community" column.
  public var communities = CommunityAlgorithm.leiden
  /// Resolution of Leiden and Louvain.
  public var resolution = 1.0
  /// Seed of the randomized community algorithms, of sampled betweenness and of the layout.
  public var seed: UInt64 = 0
  /// Pseudonyms for account names, everywhere the report prints one (tables, cards, diagram).
  public var pseudonymizer: Pseudonymizer? = nil
  /// Accounts above which betweenness is estimated by Riondato–Kornaropoulos sampling instead of
  /// Brandes's exact O(nm) computation.
  public var exactBetweennessLimit = 20_000
  /// Accounts above which Burt's constraint and effective size (O(Σ deg²)) are left out.
  public var structuralHolesLimit = 200_000
  /// Accounts above which the diagram is the community map instead of the cluster diagram.
  public var diagramThreshold = 1000
  /// Whether to draw the community diagram with Graphviz.
  public var drawsDiagram = true
  /// Community cards shown (the largest communities).
  public var maxCommunityCards = 12
  /// Bars of the community-size chart (the largest communities).
  public var maxSizeBars = 40
  /// The producing tool's name, version and command line, recorded in the Method section.
  public var toolName = "RecruitNet"
  public var toolVersion = ""
  public var commandLine: [String] = []
  /// When the report was made (ISO 8601), recorded as given; nil leaves it out.
  public var generatedAt: String? = nil

  public init() {}
}
