import CGraphviz

/// Messages Graphviz reported during the current call, collected by ``collectGraphvizMessage``.
///
/// Graphviz reports errors through one process-wide callback (`agseterrf`) that cannot carry a
/// context pointer, so the messages go to a global. Only code isolated to ``GraphvizRenderer``
/// (one global actor) installs the callback, calls Graphviz or reads this buffer, so it is never
/// touched concurrently.
nonisolated(unsafe) private var graphvizMessages: [String] = []

/// The `agseterrf` callback: keeps the message instead of letting Graphviz print it on stderr.
private func collectGraphvizMessage(_ message: UnsafeMutablePointer<CChar>?) -> Int32 {
  if let message { graphvizMessages.append(String(cString: message)) }
  return 0
}

/// Where each node of a laid-out diagram ended up.
public struct LayoutResult: Sendable {
  /// Node centres in points, in the order of ``DiagramSpec/nodes``.
  public var positions: [DiagramSpec.Point]
  /// The bounding box of the drawing (lower left, upper right), in points.
  public var lowerLeft: DiagramSpec.Point
  public var upperRight: DiagramSpec.Point
}

/// The one place that calls into Graphviz.
///
/// Graphviz is not thread-safe (`man cgraph`; libgvc keeps mutable globals), so every call goes
/// through this single global actor; only `Sendable` values (a ``DiagramSpec`` in, bytes or
/// positions out) cross it. The process keeps one Graphviz context; each call creates and frees
/// its own graph, layout and output buffer, so many renders in one process do not accumulate
/// memory. Graphviz's error and warning messages are captured (never printed) and errors are
/// thrown as ``RenderError`` with Graphviz's text.
@globalActor
public actor GraphvizRenderer {
  public static let shared = GraphvizRenderer()

  /// The Graphviz context (plugins loaded once), kept for the life of the process.
  private let context: OpaquePointer?

  init() {
    agseterrf(collectGraphvizMessage)
    context = gvContext()
  }

  /// Lays out `spec` with `engine` and renders it as `format`.
  ///
  /// - Throws: ``RenderError`` when Graphviz cannot start, lay out or render (with its message).
  public func render(_ spec: DiagramSpec, engine: LayoutEngine = .dot, format: DiagramFormat = .svg)
    throws(RenderError) -> [UInt8]
  {
    let (context, graph, _) = try build(spec)
    defer { agclose(graph) }
    try layOut(graph, context: context, engine: engine)
    defer { gvFreeLayout(context, graph) }
    var buffer: UnsafeMutablePointer<CChar>? = nil
    var length: UInt32 = 0
    let rendered = withMutableCString(format.graphvizName) {
      gvRenderData(context, graph, $0, &buffer, &length)
    }
    guard rendered == 0, let buffer else {
      throw RenderError(
        .graphviz(step: "Graphviz cannot render \(format.rawValue)", details: Self.takeMessages()))
    }
    defer { gvFreeRenderData(buffer) }
    graphvizMessages.removeAll()
    return buffer.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
      Array(UnsafeBufferPointer(start: $0, count: Int(length)))
    }
  }

  /// Lays out `spec` with `engine` and returns the node positions, without rendering.
  public func layout(_ spec: DiagramSpec, engine: LayoutEngine) throws(RenderError) -> LayoutResult
  {
    let (context, graph, handles) = try build(spec)
    defer { agclose(graph) }
    try layOut(graph, context: context, engine: engine)
    defer { gvFreeLayout(context, graph) }
    graphvizMessages.removeAll()
    let positions = handles.map { handle in
      handle.map { DiagramSpec.Point(x: cgv_node_x($0), y: cgv_node_y($0)) }
        ?? DiagramSpec.Point(x: 0, y: 0)
    }
    return LayoutResult(
      positions: positions,
      lowerLeft: .init(x: cgv_graph_llx(graph), y: cgv_graph_lly(graph)),
      upperRight: .init(x: cgv_graph_urx(graph), y: cgv_graph_ury(graph)))
  }

  private func layOut(
    _ graph: UnsafeMutablePointer<Agraph_t>, context: OpaquePointer, engine: LayoutEngine
  )
    throws(RenderError)
  {
    // Seed the C generators from the graph's `start` (0 without one): see cgv_seed_random.
    let start = withMutableCString("start") { agget(graph, $0) }.map { String(cString: $0) } ?? ""
    cgv_seed_random(UInt(UInt64(start) ?? 0))
    let laidOut = withMutableCString(engine.rawValue) { gvLayout(context, graph, $0) }
    guard laidOut == 0 else {
      throw RenderError(
        .graphviz(step: "Graphviz layout \(engine.rawValue) failed", details: Self.takeMessages()))
    }
  }

  /// The collected messages as a suffix (": message; message"), and clears them.
  private static func takeMessages() -> String {
    let text = graphvizMessages.joined().split(whereSeparator: \.isNewline).joined(separator: "; ")
    graphvizMessages.removeAll()
    return text.isEmpty ? "" : ": " + text
  }

  /// Builds the Graphviz graph for `spec`; the caller closes it. Returns the node handles in
  /// spec order (nil for a duplicate id).
  private func build(_ spec: DiagramSpec) throws(RenderError)
    -> (OpaquePointer, UnsafeMutablePointer<Agraph_t>, [UnsafeMutablePointer<Agnode_t>?])
  {
    graphvizMessages.removeAll()
    guard let context else {
      throw RenderError(.graphviz(step: "cannot start Graphviz", details: Self.takeMessages()))
    }
    let created: UnsafeMutablePointer<Agraph_t>? = withMutableCString("diagram") { name in
      agopen(name, spec.isDirected ? cgv_directed() : cgv_undirected(), cgv_deterministic_disc())
    }
    guard let graph = created else {
      throw RenderError(
        .graphviz(step: "cannot create a Graphviz graph", details: Self.takeMessages()))
    }
    for (key, value) in spec.graphAttributes.sorted(by: { $0.key < $1.key }) {
      // `node:NAME` and `edge:NAME` keys set the default of a node or edge attribute.
      if key.hasPrefix("node:") || key.hasPrefix("edge:") {
        let kind = key.hasPrefix("node:") ? AGNODE : AGEDGE
        withMutableCString(String(key.dropFirst(5))) { k in
          withMutableCString(value) { v in _ = agattr(graph, kind, k, v) }
        }
      } else {
        set(graph, key, value)
      }
    }
    if let html = spec.htmlLabel {
      withMutableCString("label") { name in
        withMutableCString(html) { value in
          _ = cgv_set_html(graph, graph, Int32(AGRAPH), name, value)
        }
      }
    }
    var symbols = SymbolTable(graph: graph)
    var parentOf: [String: UnsafeMutablePointer<Agraph_t>] = [:]
    for cluster in spec.clusters {
      let subgraph = withMutableCString(cluster.name) { agsubg(graph, $0, 1) }
      guard let subgraph else { continue }
      set(subgraph, "label", cluster.label)
      for (key, value) in cluster.attributes.sorted(by: { $0.key < $1.key }) {
        set(subgraph, key, value)
      }
      for id in cluster.nodeIDs { parentOf[id] = subgraph }
    }
    var handleOf: [String: UnsafeMutablePointer<Agnode_t>] = [:]
    handleOf.reserveCapacity(spec.nodes.count)
    var handles: [UnsafeMutablePointer<Agnode_t>?] = []
    handles.reserveCapacity(spec.nodes.count)
    for node in spec.nodes {
      guard handleOf[node.id] == nil else {
        handles.append(nil)
        continue
      }
      let owner = parentOf[node.id] ?? graph
      guard let handle = withMutableCString(node.id, { agnode(owner, $0, 1) }) else {
        handles.append(nil)
        continue
      }
      handleOf[node.id] = handle
      handles.append(handle)
      symbols.set(handle, kind: AGNODE, "label", node.label)
      for (key, value) in node.attributes.sorted(by: { $0.key < $1.key }) {
        symbols.set(handle, kind: AGNODE, key, value)
      }
      if let position = node.position {
        symbols.set(handle, kind: AGNODE, "pos", "\(position.x),\(position.y)!")
      }
    }
    for edge in spec.edges {
      guard let from = handleOf[edge.from], let to = handleOf[edge.to],
        let handle = agedge(graph, from, to, nil, 1)
      else { continue }
      for (key, value) in edge.attributes.sorted(by: { $0.key < $1.key }) {
        symbols.set(handle, kind: AGEDGE, key, value)
      }
    }
    return (context, graph, handles)
  }

  /// Sets an attribute of a graph or subgraph as a plain (non-HTML) string.
  private func set(_ object: UnsafeMutablePointer<Agraph_t>, _ key: String, _ value: String) {
    withMutableCString(key) { k in
      withMutableCString(value) { v in
        withMutableCString("") { empty in _ = agsafeset(object, k, v, empty) }
      }
    }
  }
}

/// Node and edge attribute symbols of one graph, declared once each: `agsafeset` would look the
/// name up on every call, and a 20k-node diagram sets about ten attributes per node.
private struct SymbolTable {
  let graph: UnsafeMutablePointer<Agraph_t>
  var symbols: [String: UnsafeMutablePointer<Agsym_t>] = [:]

  init(graph: UnsafeMutablePointer<Agraph_t>) { self.graph = graph }

  mutating func set(_ object: UnsafeMutableRawPointer, kind: Int32, _ key: String, _ value: String)
  {
    let cacheKey = kind == AGNODE ? "n:" + key : "e:" + key
    var symbol = symbols[cacheKey]
    if symbol == nil {
      symbol = withMutableCString(key) { k in
        agattr(graph, kind, k, nil)
          ?? withMutableCString("") { empty in agattr(graph, kind, k, empty) }
      }
      symbols[cacheKey] = symbol
    }
    guard let symbol else { return }
    withMutableCString(value) { v in _ = agxset(object, symbol, v) }
  }

  mutating func set<T>(
    _ object: UnsafeMutablePointer<T>, kind: Int32, _ key: String, _ value: String
  ) {
    set(UnsafeMutableRawPointer(object), kind: kind, key, value)
  }
}

/// cgraph takes `char *` but copies every string, so a temporary mutable view is safe.
private func withMutableCString<R>(_ string: String, _ body: (UnsafeMutablePointer<CChar>) -> R)
  -> R
{
  string.withCString { body(UnsafeMutablePointer(mutating: $0)) }
}
