import RecruitNetGraph

/// A network as the interchange formats (GraphML, GEXF, GML, Pajek, DOT, JSON node-link, CSV)
/// carry it: named nodes with a kind, typed attributes and labels, and edges with a type, a
/// weight, a row count and a time span. Every reader produces one and every writer consumes one,
/// so each format is one reader and one writer, and the workspace sees one shape.
///
/// Conventions shared by every format (so that a round trip keeps everything):
/// - A node's identity in a file is its *key*: the name for accounts, `kind:name` for nodes of
///   other kinds (`hashtag:jihad`), so that a hashtag and an account of the same name stay two
///   nodes. Nodes that are not accounts also carry a `kind` attribute; a reader that sees one
///   takes the kind from it and drops the `kind:` prefix from the key.
/// - Names are exact strings: `007` is never read as the number 7.
/// - Reserved node attributes: `kind` (node kind) and `labels` (`;`-separated workspace labels).
/// - Reserved edge attributes: `weight`, `type` (edge type; default `edge`), `count` (rows
///   merged into the edge), `first_time` and `last_time` (Unix seconds). Other edge attributes
///   are not kept (the workspace has no place for them) and are listed in ``ignoredEdgeAttributes``.
public struct InterchangeNetwork: Sendable, Equatable {
  /// One node.
  public struct Node: Sendable, Equatable {
    /// The node's name (an account name, a hashtag, a domain), without any kind prefix.
    public var name: String
    /// The node kind: `account`, `hashtag`, `domain`, …
    public var kind: String
    /// Typed attributes in a stable order.
    public var attributes: [NodeAttribute]
    /// Workspace labels (`seed`, `verdict=supporter`).
    public var labels: [String]

    public init(
      name: String, kind: String = "account", attributes: [NodeAttribute] = [],
      labels: [String] = []
    ) {
      self.name = name
      self.kind = kind
      self.attributes = attributes
      self.labels = labels
    }

    /// The node's key in a file: the name, or `kind:name` for nodes that are not accounts.
    public var key: String { kind == InterchangeNetwork.accountKind ? name : kind + ":" + name }

    /// The value of attribute `key`, if set.
    public func attribute(_ key: String) -> AttributeValue? {
      attributes.first { $0.key == key }?.value
    }
  }

  /// One edge: a merged (source, target, type) edge of the workspace, or one edge of a file.
  public struct Edge: Sendable, Equatable {
    /// Index of the source node in ``InterchangeNetwork/nodes``.
    public var source: Int
    /// Index of the target node.
    public var target: Int
    public var type: String
    public var weight: Double
    /// How many input rows (tweets, edge-list rows) were merged into this edge.
    public var count: Int
    public var firstTime: Int64?
    public var lastTime: Int64?

    public init(
      source: Int, target: Int, type: String = InterchangeNetwork.defaultEdgeType,
      weight: Double = 1, count: Int = 1, firstTime: Int64? = nil, lastTime: Int64? = nil
    ) {
      self.source = source
      self.target = target
      self.type = type
      self.weight = weight
      self.count = count
      self.firstTime = firstTime
      self.lastTime = lastTime
    }
  }

  /// The kind of account nodes.
  public static let accountKind = "account"
  /// The edge type of edges without one.
  public static let defaultEdgeType = "edge"

  public var isDirected: Bool
  public var nodes: [Node]
  public var edges: [Edge]
  /// Edge attributes found in the file that the workspace does not keep.
  public var ignoredEdgeAttributes: Set<String> = []

  public init(isDirected: Bool, nodes: [Node] = [], edges: [Edge] = []) {
    self.isDirected = isDirected
    self.nodes = nodes
    self.edges = edges
  }

  /// Whether two edges join the same pair of nodes (in either order when undirected): a format
  /// must then be written as a multigraph (one edge per type).
  public var hasParallelEdges: Bool {
    var seen = Set<UInt64>()
    for edge in edges {
      var (a, b) = (edge.source, edge.target)
      if !isDirected && a > b { swap(&a, &b) }
      if !seen.insert(UInt64(a) << 32 | UInt64(b)).inserted { return true }
    }
    return false
  }

  /// Whether any edge has a time.
  public var hasTimes: Bool { edges.contains { $0.firstTime != nil || $0.lastTime != nil } }

  /// Whether any edge merges several rows.
  public var hasCounts: Bool { edges.contains { $0.count != 1 } }

  /// The attribute keys of the nodes, in first-seen order, each with the one type that holds all
  /// its values (see ``AttributeColumnType``).
  public var nodeAttributeColumns: [(key: String, type: AttributeColumnType)] {
    var order: [String] = []
    var types: [String: AttributeColumnType] = [:]
    for node in nodes {
      for attribute in node.attributes {
        let type = AttributeColumnType(attribute.value)
        if let known = types[attribute.key] {
          types[attribute.key] = known.widened(with: type)
        } else {
          order.append(attribute.key)
          types[attribute.key] = type
        }
      }
    }
    return order.map { ($0, types[$0] ?? .text) }
  }

  /// Whether any node is not an account, or has labels.
  public var hasKinds: Bool { nodes.contains { $0.kind != Self.accountKind } }
  public var hasLabels: Bool { nodes.contains { !$0.labels.isEmpty } }
}

/// A node attribute: a key and a typed value.
public struct NodeAttribute: Sendable, Equatable {
  public var key: String
  public var value: AttributeValue

  public init(_ key: String, _ value: AttributeValue) {
    self.key = key
    self.value = value
  }
}

/// The declared type of an attribute column in formats that type a column once (GraphML keys,
/// GEXF attributes): integers stay integers, a mix of integers and reals becomes real, anything
/// mixed with text becomes text.
public enum AttributeColumnType: Sendable, Equatable {
  case integer, real, text

  init(_ value: AttributeValue) {
    switch value {
    case .integer: self = .integer
    case .real: self = .real
    case .text: self = .text
    }
  }

  func widened(with other: AttributeColumnType) -> AttributeColumnType {
    if self == other { return self }
    if self == .text || other == .text { return .text }
    return .real
  }
}

extension AttributeValue {
  /// The value as text, the way the writers spell it: integers in decimal, reals in the
  /// shortest form that reads back to the same double (Swift's `description`), text as is.
  public var text: String {
    switch self {
    case .integer(let value): return String(value)
    case .real(let value): return InterchangeNetwork.realText(value)
    case .text(let value): return value
    }
  }
}

extension InterchangeNetwork {
  /// A real number's text, shortest round-trip form; whole numbers keep a `.0` so that they read
  /// back as reals, and non-finite values use the spellings XML Schema and networkx read.
  public static func realText(_ value: Double) -> String {
    if value.isNaN { return "NaN" }
    if value.isInfinite { return value < 0 ? "-INF" : "INF" }
    return value.description
  }
}
