import CGraphviz
import RecruitNetGraph

/// A diagram to draw: plain values, so they can cross into the renderer's isolation domain.
public struct DiagramSpec: Sendable {
  public struct Node: Sendable {
    public var id: String
    public var label: String
    public var attributes: [String: String]
    public init(id: String, label: String, attributes: [String: String] = [:]) {
      self.id = id
      self.label = label
      self.attributes = attributes
    }
  }

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

  public struct Cluster: Sendable {
    public var name: String
    public var label: String
    public var nodeIDs: [String]
    public init(name: String, label: String, nodeIDs: [String]) {
      self.name = name
      self.label = label
      self.nodeIDs = nodeIDs
    }
  }

  public var isDirected: Bool
  public var nodes: [Node] = []
  public var edges: [Edge] = []
  /// `cluster_` subgraphs (drawn as boxes by the dot and fdp layouts).
  public var clusters: [Cluster] = []
  public var graphAttributes: [String: String] = [:]

  public init(isDirected: Bool) { self.isDirected = isDirected }

  /// A spec drawing every node and edge of `graph` (for small graphs), labelled by name.
  public init(graph: Graph) {
    self.init(isDirected: graph.isDirected)
    for v in graph.nodes { nodes.append(Node(id: "n\(v)", label: graph.names.name(of: v))) }
    graph.forEachEdge { u, v, _ in edges.append(Edge(from: "n\(u)", to: "n\(v)")) }
  }
}

/// Why Graphviz could not draw a diagram.
public struct RenderError: Error, Sendable, CustomStringConvertible {
  public var message: String
  public var description: String { message }
}

/// The Graphviz layout engines RecruitNet uses.
public enum LayoutEngine: String, Sendable, CaseIterable {
  case dot, fdp, sfdp, neato, circo
}

/// The one place that calls into Graphviz.
///
/// Graphviz is not thread-safe (`man cgraph`; libgvc keeps mutable globals), so every call goes
/// through this single global actor; only `Sendable` values (a ``DiagramSpec`` in, bytes out)
/// cross it. Each render creates and frees its own graph and layout.
@globalActor
public actor GraphvizRenderer {
  public static let shared = GraphvizRenderer()

  /// Lays out `spec` with `engine` and renders it as `format` (`svg`, `png`, `pdf`, `dot`).
  public func render(_ spec: DiagramSpec, engine: LayoutEngine = .dot, format: String = "svg") throws(RenderError) -> [UInt8] {
    guard let context = gvContext() else { throw RenderError(message: "cannot start Graphviz") }
    defer { gvFreeContext(context) }
    let graph: UnsafeMutablePointer<Agraph_t>? = withMutableCString("diagram") { name in
      agopen(name, spec.isDirected ? cgv_directed() : cgv_undirected(), nil)
    }
    guard let graph else { throw RenderError(message: "cannot create a Graphviz graph") }
    defer { agclose(graph) }
    for (key, value) in spec.graphAttributes.sorted(by: { $0.key < $1.key }) { set(graph, key, value) }
    var handles: [String: UnsafeMutablePointer<Agnode_t>] = [:]
    var parentOf: [String: UnsafeMutablePointer<Agraph_t>] = [:]
    for cluster in spec.clusters {
      let subgraph = withMutableCString(cluster.name) { agsubg(graph, $0, 1) }
      guard let subgraph else { continue }
      set(subgraph, "label", cluster.label)
      for id in cluster.nodeIDs { parentOf[id] = subgraph }
    }
    for node in spec.nodes {
      let owner = parentOf[node.id] ?? graph
      guard let handle = withMutableCString(node.id, { agnode(owner, $0, 1) }) else { continue }
      handles[node.id] = handle
      set(handle, "label", node.label)
      for (key, value) in node.attributes.sorted(by: { $0.key < $1.key }) { set(handle, key, value) }
    }
    for edge in spec.edges {
      guard let from = handles[edge.from], let to = handles[edge.to],
        let handle = agedge(graph, from, to, nil, 1)
      else { continue }
      for (key, value) in edge.attributes.sorted(by: { $0.key < $1.key }) { set(handle, key, value) }
    }
    let laidOut = withMutableCString(engine.rawValue) { gvLayout(context, graph, $0) }
    guard laidOut == 0 else { throw RenderError(message: "Graphviz layout \(engine.rawValue) failed") }
    defer { gvFreeLayout(context, graph) }
    var buffer: UnsafeMutablePointer<CChar>? = nil
    var length: UInt32 = 0
    let rendered = withMutableCString(format) { gvRenderData(context, graph, $0, &buffer, &length) }
    guard rendered == 0, let buffer else { throw RenderError(message: "Graphviz cannot render \(format)") }
    defer { gvFreeRenderData(buffer) }
    return buffer.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
      Array(UnsafeBufferPointer(start: $0, count: Int(length)))
    }
  }

  /// Sets an attribute; labels are passed as plain strings, which Graphviz escapes in its output.
  private func set(_ object: UnsafeMutableRawPointer, _ key: String, _ value: String) {
    withMutableCString(key) { k in
      withMutableCString(value) { v in
        withMutableCString("") { empty in _ = agsafeset(object, k, v, empty) }
      }
    }
  }

  private func set<T>(_ object: UnsafeMutablePointer<T>, _ key: String, _ value: String) {
    set(UnsafeMutableRawPointer(object), key, value)
  }
}

/// cgraph takes `char *` but copies every string, so a temporary mutable view is safe.
private func withMutableCString<R>(_ string: String, _ body: (UnsafeMutablePointer<CChar>) -> R) -> R {
  string.withCString { body(UnsafeMutablePointer(mutating: $0)) }
}
