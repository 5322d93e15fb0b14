import RecruitNetGraph

/// A diagram to draw: plain values, so they can cross into the renderer's isolation domain.
///
/// Attribute values are plain strings. The renderer sets them with `agsafeset`, which never
/// parses them as DOT, so a value cannot open a subgraph or an HTML-like label; the only
/// interpretation left is Graphviz's escString backslash escapes (`\N`, `\n`, …) in labels and
/// tooltips, which ``GraphvizText/literal(_:)`` neutralises. Build labels from input through it.
public struct DiagramSpec: Sendable {
  /// A point in Graphviz's coordinate space (points, 1/72 inch, y upwards).
  public struct Point: Sendable, Equatable {
    public var x: Double
    public var y: Double
    public init(x: Double, y: Double) {
      self.x = x
      self.y = y
    }
  }

  /// A node: `id` is the Graphviz node name (never shown), `label` the text drawn in it.
  public struct Node: Sendable {
    public var id: String
    public var label: String
    public var attributes: [String: String]
    /// A fixed position (drawn by the `nop` engine, Graphviz's `neato -n`).
    public var position: Point?
    public init(
      id: String, label: String, attributes: [String: String] = [:], position: Point? = nil
    ) {
      self.id = id
      self.label = label
      self.attributes = attributes
      self.position = position
    }
  }

  /// An edge between two node ids.
  public struct Edge: Sendable {
    public var from: String
    public var to: String
    public var attributes: [String: String]
    public init(from: String, to: String, attributes: [String: String] = [:]) {
      self.from = from
      self.to = to
      self.attributes = attributes
    }
  }

  /// A `cluster_` subgraph: a labelled box around its nodes (drawn by dot and fdp, and by `nop`
  /// when its `bb` attribute is set).
  public struct Cluster: Sendable {
    public var name: String
    public var label: String
    public var nodeIDs: [String]
    public var attributes: [String: String]
    public init(name: String, label: String, nodeIDs: [String], attributes: [String: String] = [:])
    {
      self.name = name
      self.label = label
      self.nodeIDs = nodeIDs
      self.attributes = attributes
    }
  }

  public var isDirected: Bool
  public var nodes: [Node] = []
  public var edges: [Edge] = []
  /// `cluster_` subgraphs (drawn as boxes by the dot and fdp layouts).
  public var clusters: [Cluster] = []
  /// Graph attributes; keys `node:NAME` and `edge:NAME` set node and edge defaults.
  public var graphAttributes: [String: String] = [:]
  /// The graph label as an HTML-like table (the legend), made only by ``Legend``.
  public var htmlLabel: String?

  public init(isDirected: Bool) { self.isDirected = isDirected }

  /// A spec drawing every node and edge of `graph` (for small graphs), labelled by name.
  public init(graph: Graph) {
    self.init(isDirected: graph.isDirected)
    for v in graph.nodes {
      let name = graph.names.name(of: v)
      nodes.append(
        Node(
          id: "n\(v)", label: GraphvizText.literal(GraphvizText.shortened(name)),
          attributes: ["tooltip": GraphvizText.tooltip(name)]))
    }
    graph.forEachEdge { u, v, _ in edges.append(Edge(from: "n\(u)", to: "n\(v)")) }
  }
}
