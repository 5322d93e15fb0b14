/// Reads GraphML (graphml.graphdrawing.org), as networkx, igraph, Gephi, yEd and Cytoscape
/// write it.
///
/// Kept: `edgedefault` (direction), node ids as exact strings, `<data>` values typed by their
/// `<key attr.type>` (`int`/`long` → integer, `float`/`double` → real, `boolean` → integer 1/0,
/// `string` → text) with `<default>` values applied as networkx does, and the reserved attributes
/// of ``InterchangeNetwork``. Parallel edges (a multigraph) are kept one per edge; edges of the
/// same (source, target, type) are merged by the workspace. Refused with an error: nested graphs,
/// hyperedges, mixed directed and undirected edges, and any DOCTYPE (see `SafeXMLParser`).
public enum GraphMLReader {
  public static func read(bytes: [UInt8], file: String) throws(ImportError) -> InterchangeNetwork {
    let handler = GraphMLHandler(file: file)
    try SafeXMLParser.parse(bytes, file: file, format: "GraphML", handler: handler)
    guard handler.sawGraph else {
      throw ImportError(
        .emptyFile, InputLocation(file: file),
        "no <graph> element; expected <graphml><graph edgedefault=\"directed\">…")
    }
    return handler.assembler.finish()
  }
}

/// The GraphML event handler: a small state machine over graphml/key/default/graph/node/edge/data.
private final class GraphMLHandler: XMLEventHandler {
  struct Key {
    var name: String
    var type: String
    var domain: String
    var defaultValue: AttributeValue?
  }

  let file: String
  var assembler: NetworkAssembler
  var keys: [String: Key] = [:]
  var keyOrder: [String] = []
  var ignoredKeys = Set<String>()
  var sawGraph = false
  var graphDepth = 0
  var currentKey: String?
  var inDefault = false
  var textBuffer = ""
  var dataKey: String?
  var dataLocation = InputLocation(file: "")
  var currentNode: Int?
  var nodeData: [(String, AttributeValue)] = []
  var currentEdge: (source: Int, target: Int, location: InputLocation)?
  var edgeData: [(key: String, value: AttributeValue)] = []
  var edgeSeenKeys: Set<String> = []

  init(file: String) {
    self.file = file
    assembler = NetworkAssembler(file: file, isDirected: true)
  }

  func localName(_ element: String) -> String {
    if let colon = element.lastIndex(of: ":") {
      return String(element[element.index(after: colon)...])
    }
    return element
  }

  func start(element: String, attributes: [String: String], at location: InputLocation)
    throws(ImportError)
  {
    // GraphML's own elements are unprefixed; yEd's extensions (y:…) are ignored.
    let name = element
    switch name {
    case "key":
      guard let id = attributes["id"] else {
        throw ImportError(
          .badHeader, location,
          "<key> without an id attribute; expected <key id=\"d0\" for=\"node\" attr.name=\"…\" attr.type=\"…\">"
        )
      }
      let type = (attributes["attr.type"] ?? "string").lowercased()
      guard ["int", "long", "float", "double", "boolean", "string"].contains(type) else {
        throw ImportError(
          .badHeader, location,
          "<key id=\"\(id)\"> has attr.type=\"\(type)\"; expected int, long, float, double, boolean or string"
        )
      }
      currentKey = id
      // yEd's graphics keys (yfiles.type="nodegraphics", …) hold drawing markup, not attributes.
      if attributes["yfiles.type"] != nil {
        ignoredKeys.insert(id)
        return
      }
      keys[id] = Key(
        name: attributes["attr.name"] ?? id, type: type, domain: attributes["for"] ?? "all")
      keyOrder.append(id)
    case "default":
      if currentKey != nil {
        inDefault = true
        textBuffer = ""
      }
    case "graph":
      if graphDepth > 0 || currentNode != nil {
        throw ImportError(
          .badHeader, location, "nested <graph> elements are not supported; expected one flat graph"
        )
      }
      graphDepth += 1
      sawGraph = true
      switch attributes["edgedefault"] ?? "directed" {
      case "directed": assembler.isDirected = true
      case "undirected": assembler.isDirected = false
      case let other:
        throw ImportError(
          .badHeader, location, "<graph edgedefault=\"\(other)\">; expected directed or undirected")
      }
    case "node":
      guard graphDepth > 0 else {
        throw ImportError(.badHeader, location, "<node> outside <graph>")
      }
      guard let id = attributes["id"] else {
        throw ImportError(
          .emptyName, location, "<node> without an id attribute; expected <node id=\"…\">")
      }
      guard !id.isEmpty else {
        throw ImportError(.emptyName, location, "<node id=\"\"> has an empty id; expected a name")
      }
      currentNode = assembler.node(key: id)
      nodeData = []
    case "edge":
      guard graphDepth > 0 else {
        throw ImportError(.badHeader, location, "<edge> outside <graph>")
      }
      guard let source = attributes["source"], let target = attributes["target"] else {
        throw ImportError(
          .badHeader, location,
          "<edge> without source and target attributes; expected <edge source=\"…\" target=\"…\">")
      }
      if let directed = attributes["directed"], (directed == "true") != assembler.isDirected {
        throw ImportError(
          .badHeader, location,
          "<edge directed=\"\(directed)\"> in a graph with edgedefault=\"\(assembler.isDirected ? "directed" : "undirected")\"; mixed graphs are not supported"
        )
      }
      currentEdge = (assembler.node(key: source), assembler.node(key: target), location)
      edgeData = []
      edgeSeenKeys = []
    case "data":
      guard let key = attributes["key"] else {
        throw ImportError(
          .badHeader, location, "<data> without a key attribute; expected <data key=\"d0\">")
      }
      if ignoredKeys.contains(key) { return }
      guard keys[key] != nil else {
        throw ImportError(
          .badHeader, location,
          "<data key=\"\(key)\"> refers to no <key id=\"\(key)\">; expected a key declared before the graph"
        )
      }
      dataKey = key
      dataLocation = location
      textBuffer = ""
    case "hyperedge":
      throw ImportError(.badHeader, location, "<hyperedge> is not supported; expected plain edges")
    default:
      break
    }
  }

  func end(element: String, at location: InputLocation) throws(ImportError) {
    switch element {
    case "default":
      if inDefault, let id = currentKey, let key = keys[id] {
        keys[id]?.defaultValue = try typed(textBuffer, key: key, location: location)
      }
      inDefault = false
    case "key":
      currentKey = nil
    case "graph":
      graphDepth -= 1
    case "data":
      guard let id = dataKey, let key = keys[id] else { return }
      dataKey = nil
      let value = try typed(textBuffer, key: key, location: dataLocation)
      if currentEdge != nil {
        edgeData.append((key.name, value))
        edgeSeenKeys.insert(id)
      } else if currentNode != nil {
        nodeData.append((id, value))
      }
    case "node":
      guard let node = currentNode else { return }
      var seen = Set<String>()
      for (id, value) in nodeData {
        seen.insert(id)
        if let key = keys[id] {
          try assembler.setNodeAttribute(node, key: key.name, value: value, at: location)
        }
      }
      for id in keyOrder where !seen.contains(id) {
        if let key = keys[id], key.domain == "node" || key.domain == "all",
          let value = key.defaultValue
        {
          try assembler.setNodeAttribute(node, key: key.name, value: value, at: location)
        }
      }
      currentNode = nil
    case "edge":
      guard let edge = currentEdge else { return }
      for id in keyOrder where !edgeSeenKeys.contains(id) {
        if let key = keys[id], key.domain == "edge" || key.domain == "all",
          let value = key.defaultValue
        {
          edgeData.append((key.name, value))
        }
      }
      try assembler.addEdge(
        source: edge.source, target: edge.target, attributes: edgeData, at: edge.location)
      currentEdge = nil
    default:
      break
    }
  }

  func text(_ text: String) {
    if dataKey != nil || inDefault { textBuffer += text }
  }

  func typed(_ text: String, key: Key, location: InputLocation) throws(ImportError)
    -> AttributeValue
  {
    switch key.type {
    case "int", "long":
      guard let value = Int64(text.trimmingSpaces()) else {
        throw ImportError(
          .badHeader, location,
          "<data> value \"\(text)\" for \"\(key.name)\" is not a whole number; expected attr.type=\"\(key.type)\""
        )
      }
      return .integer(value)
    case "float", "double":
      guard let value = XMLSchemaNumber.double(text.trimmingSpaces()) else {
        throw ImportError(
          .badHeader, location,
          "<data> value \"\(text)\" for \"\(key.name)\" is not a number; expected attr.type=\"\(key.type)\""
        )
      }
      return .real(value)
    case "boolean":
      guard let value = AttributeValue.boolean(text) else {
        throw ImportError(
          .badHeader, location,
          "<data> value \"\(text)\" for \"\(key.name)\" is not a boolean; expected true, false, 1 or 0"
        )
      }
      return value
    default:
      return .text(text)
    }
  }
}

/// Numbers as XML Schema spells them (`INF`, `-INF`, `NaN` besides decimals), and as Python's
/// `repr` does (`inf`, `nan`).
enum XMLSchemaNumber {
  static func double(_ text: String) -> Double? {
    switch text {
    case "INF", "inf", "+INF", "Infinity": return .infinity
    case "-INF", "-inf", "-Infinity": return -.infinity
    case "NaN", "nan", "NAN": return .nan
    default: return Double(text)
    }
  }
}
