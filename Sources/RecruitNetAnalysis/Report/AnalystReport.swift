import RecruitNetCentrality
import RecruitNetGraph
import RecruitNetWorkspace

/// The numbers behind an analyst report (``NetworkInput/report(_:progress:)``): the overview,
/// the ranked accounts, the communities, the degree distributions and the method, with account
/// names already as they are to be shown (pseudonymized when asked).
///
/// It holds data only; ``ReportHTML`` renders it as one self-contained page and
/// ``ReportJSON`` as the data behind that page.
public struct AnalystReport: Sendable {
  /// One ranked account, with every measure its table row shows.
  public struct Account: Sendable, Equatable {
    public var node: NodeID
    /// The name as shown (its pseudonym when the report pseudonymizes).
    public var name: String
    public var pageRank: Double
    /// 1 for the highest PageRank (ties by node id).
    public var pageRankRank: Int
    public var inDegree: Int
    public var inStrength: Double
    public var betweenness: Double
    public var betweennessRank: Int
    /// Burt's constraint and effective size; nil when not computed (large networks) or
    /// undefined (an isolated account).
    public var constraint: Double?
    public var effectiveSize: Double?
    /// Its community, or nil when the partition leaves it unassigned.
    public var community: Int?
    /// The other communities its neighbours (in or out) belong to, ascending.
    public var otherCommunities: [Int]
    /// Short reasons it is listed ("top 1% PageRank", "ties to 3 other communities", …).
    public var reasons: [String]
  }

  /// One community's card.
  public struct CommunityCard: Sendable, Equatable {
    public var index: Int
    public var size: Int
    public var internalEdges: Int
    public var density: Double
    /// NaN when the smaller volume is 0 (see `PartitionQuality`).
    public var conductance: Double
    /// Its highest-PageRank accounts, best first (shown names).
    public var topAccounts: [String]
    /// Its strongest links to other communities: community and summed weight.
    public var links: [Link]

    public struct Link: Sendable, Equatable {
      public var community: Int
      public var weight: Double
    }
  }

  /// Edges of one type.
  public struct EdgeTypeShare: Sendable, Equatable {
    /// Its index among the network's edge types (the diagram's colour for it).
    public var index: Int
    public var name: String
    public var edges: Int
    public var weight: Double
  }

  /// One point of a complementary CDF: the share of accounts with degree at least `degree`.
  public struct CCDFPoint: Sendable, Equatable {
    public var degree: Int
    public var share: Double
  }

  public var title: String
  /// The network's path as given.
  public var network: String
  public var summary: GraphSummary
  /// First and last edge time (Unix seconds), when edges carry times.
  public var timeSpan: ClosedRange<Int64>?
  /// The workspace's import ledger (empty for a plain edge-list file).
  public var imports: [Workspace.ImportRecord]
  /// The edge types with at least one edge, when the network has named types.
  public var edgeTypes: [EdgeTypeShare]

  /// The `top` accounts by PageRank.
  public var keyAccounts: [Account]
  /// The `top` accounts by betweenness.
  public var brokers: [Account]
  /// The `top` accounts by lowest Burt constraint (accounts with at least two neighbours); empty
  /// when constraint was not computed.
  public var lowConstraint: [Account]
  /// Which betweenness the tables show (exact, or sampled on large networks).
  public var betweennessMeasure: CentralityMeasure
  /// Whether constraint and effective size were computed.
  public var hasStructuralHoles: Bool

  public var communityAlgorithm: String
  public var communityCount: Int
  public var modularity: Double
  /// Every community (its number) and its size, largest first (ties by number).
  public var communitySizes: [(community: Int, size: Int)]
  /// Bars of the community-size chart.
  public var maxSizeBars: Int
  public var communityCards: [CommunityCard]
  /// The Graphviz diagram as SVG markup (the XML prolog removed), and what it shows.
  public var diagramSVG: String?
  public var diagramSummary: [(key: String, value: String)]

  /// In- and out-degree CCDFs (one series, "degree", for an undirected network).
  public var degreeCCDF: [(name: String, points: [CCDFPoint])]

  /// The parameters every number depends on, in order.
  public var parameters: [(name: String, value: String)]
  public var toolName: String
  public var toolVersion: String
  public var commandLine: [String]
  public var generatedAt: String?
}
