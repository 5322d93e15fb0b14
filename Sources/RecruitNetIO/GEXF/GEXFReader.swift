/// Reads GEXF 1.1, 1.2 and 1.3 (gexf.net), as Gephi and networkx write it.
///
/// Kept: `defaultedgetype`, node ids as exact strings, node `label` (as the attribute `label`
/// when it differs from the id), `<attvalues>` typed by their `<attributes>` declaration
/// (`integer`/`long` → integer, `float`/`double` → real, `boolean` → integer 1/0, others → text)
/// with `<default>`s applied, edge `weight`, the edge type (an attribute titled `type`, else the
/// GEXF 1.3 edge `kind`, else the edge `label`), and edge time from `start`/`end` (integer or
/// ISO 8601) or the attributes `first_time`/`last_time`. A `mutual` edge in a directed graph is
/// two edges, as in networkx. Refused: nested nodes, mixed directed and undirected edges, and
/// any DOCTYPE (see `SafeXMLParser`).
public enum GEXFReader {
  public static func read(bytes: [UInt8], file: String) throws(ImportError) -> InterchangeNetwork {
    let handler = GEXFHandler(file: file)
    try SafeXMLParser.parse(bytes, file: file, format: "GEXF", handler: handler)
    guard handler.sawGraph else {
      throw ImportError(
        .emptyFile, InputLocation(file: file),
        "no <graph> element; expected <gexf><graph defaultedgetype=\"directed\">…")
    }
    return handler.assembler.finish()
  }
}

private final class GEXFHandler: XMLEventHandler {
  struct Attribute {
    var title: String
    var type: String
    var defaultValue: AttributeValue?
  }

  let file: String
  var assembler: NetworkAssembler
  var sawGraph = false
  var attributeClass = ""
  var declared: [String: [String: Attribute]] = ["node": [:], "edge": [:]]
  var declaredOrder: [String: [String]] = ["node": [], "edge": []]
  var currentAttribute: String?
  var inDefault = false
  var textBuffer = ""
  var nodeDepth = 0
  var currentNode: Int?
  var nodeValues: [String: AttributeValue] = [:]
  var nodeID = ""
  var nodeLabel: String?
  var currentEdge: (source: Int, target: Int, location: InputLocation, mutual: Bool)?
  var edgeAttributes: [(key: String, value: AttributeValue)] = []
  var edgeKind: String?
  var edgeLabel: String?
  var edgeValues: [String: AttributeValue] = [:]

  init(file: String) {
    self.file = file
    assembler = NetworkAssembler(file: file, isDirected: true)
  }

  func start(element: String, attributes: [String: String], at location: InputLocation)
    throws(ImportError)
  {
    switch element {
    case "graph":
      sawGraph = true
      switch attributes["defaultedgetype"] ?? "undirected" {
      case "directed", "mutual": assembler.isDirected = true
      case "undirected": assembler.isDirected = false
      case let other:
        throw ImportError(
          .badHeader, location,
          "<graph defaultedgetype=\"\(other)\">; expected directed, undirected or mutual")
      }
    case "attributes":
      attributeClass = attributes["class"] ?? "node"
    case "attribute":
      guard let id = attributes["id"] else {
        throw ImportError(
          .badHeader, location,
          "<attribute> without an id; expected <attribute id=\"0\" title=\"…\" type=\"…\">")
      }
      let type = (attributes["type"] ?? "string").lowercased()
      guard
        [
          "integer", "long", "float", "double", "boolean", "string", "liststring", "anyuri", "date",
          "listboolean", "listinteger", "listlong", "listfloat", "listdouble",
        ].contains(type)
      else {
        throw ImportError(
          .badHeader, location,
          "<attribute id=\"\(id)\"> has type=\"\(type)\"; expected integer, long, float, double, boolean or string"
        )
      }
      guard attributeClass == "node" || attributeClass == "edge" else { return }
      declared[attributeClass, default: [:]][id] = Attribute(
        title: attributes["title"] ?? id, type: type)
      declaredOrder[attributeClass, default: []].append(id)
      currentAttribute = id
    case "default":
      if currentAttribute != nil {
        inDefault = true
        textBuffer = ""
      }
    case "node":
      guard sawGraph else { throw ImportError(.badHeader, location, "<node> outside <graph>") }
      nodeDepth += 1
      guard nodeDepth == 1 else {
        throw ImportError(
          .badHeader, location,
          "nested <node> elements (hierarchical GEXF) are not supported; expected a flat node list")
      }
      guard let id = attributes["id"], !id.isEmpty else {
        throw ImportError(.emptyName, location, "<node> without an id; expected <node id=\"…\">")
      }
      let node = assembler.node(key: id)
      currentNode = node
      nodeValues = [:]
      nodeID = id
      nodeLabel = attributes["label"]
    case "edge":
      guard sawGraph else { throw ImportError(.badHeader, location, "<edge> outside <graph>") }
      guard let source = attributes["source"], let target = attributes["target"] else {
        throw ImportError(
          .badHeader, location,
          "<edge> without source and target; expected <edge source=\"…\" target=\"…\">")
      }
      var mutual = false
      switch attributes["type"] {
      case nil: break
      case "directed"?:
        if !assembler.isDirected {
          throw ImportError(
            .badHeader, location,
            "a directed <edge> in an undirected graph; mixed graphs are not supported")
        }
      case "undirected"?:
        if assembler.isDirected {
          throw ImportError(
            .badHeader, location,
            "an undirected <edge> in a directed graph; mixed graphs are not supported")
        }
      case "mutual"?:
        mutual = assembler.isDirected
      case let other?:
        // networkx writes an edge attribute named "type" here; take it as the edge type.
        edgeKind = other
      }
      currentEdge = (assembler.node(key: source), assembler.node(key: target), location, mutual)
      edgeAttributes = []
      edgeValues = [:]
      if attributes["kind"] != nil { edgeKind = attributes["kind"] }
      edgeLabel = attributes["label"]
      if let weight = attributes["weight"] {
        guard let value = XMLSchemaNumber.double(weight) else {
          throw ImportError(
            .badWeight, location,
            "<edge weight=\"\(weight)\"> is not a number; expected a finite non-negative number")
        }
        edgeAttributes.append(("weight", .real(value)))
      }
      if let start = attributes["start"] {
        edgeAttributes.append(("first_time", AttributeValue(inferring: start)))
      }
      if let end = attributes["end"] {
        edgeAttributes.append(("last_time", AttributeValue(inferring: end)))
      }
    case "attvalue":
      let target = currentEdge != nil ? "edge" : "node"
      guard currentEdge != nil || currentNode != nil else { return }
      guard let id = attributes["for"] ?? attributes["id"] else {
        throw ImportError(
          .badHeader, location, "<attvalue> without for; expected <attvalue for=\"0\" value=\"…\">")
      }
      guard let attribute = declared[target]?[id] else {
        throw ImportError(
          .badHeader, location,
          "<attvalue for=\"\(id)\"> refers to no \(target) <attribute id=\"\(id)\">")
      }
      guard let text = attributes["value"] else {
        throw ImportError(.badHeader, location, "<attvalue for=\"\(id)\"> without a value")
      }
      let value = try typed(text, attribute: attribute, location: location)
      if target == "edge" { edgeValues[id] = value } else { nodeValues[id] = value }
    case "nodes", "edges", "attvalues", "meta", "creator", "description", "keywords", "gexf",
      "spells", "spell", "parents", "parent":
      break
    default:
      break
    }
  }

  func end(element: String, at location: InputLocation) throws(ImportError) {
    switch element {
    case "default":
      if inDefault, let id = currentAttribute, let attribute = declared[attributeClass]?[id] {
        declared[attributeClass]?[id]?.defaultValue = try typed(
          textBuffer, attribute: attribute, location: location)
      }
      inDefault = false
    case "attribute":
      currentAttribute = nil
    case "node":
      nodeDepth -= 1
      guard nodeDepth == 0, let node = currentNode else { return }
      for id in declaredOrder["node"] ?? [] {
        guard let attribute = declared["node"]?[id],
          let value = nodeValues[id] ?? attribute.defaultValue
        else { continue }
        try assembler.setNodeAttribute(node, key: attribute.title, value: value, at: location)
      }
      // The label is the name (networkx and recruitnet write it so); keep it only if it differs.
      let kind = assembler.network.nodes[node].kind
      if let label = nodeLabel, label != nodeID,
        !(kind != InterchangeNetwork.accountKind && nodeID == kind + ":" + label)
      {
        try assembler.setNodeAttribute(node, key: "label", value: .text(label), at: location)
      }
      currentNode = nil
    case "edge":
      guard let edge = currentEdge else { return }
      var attributes = edgeAttributes
      var typed = false
      for id in declaredOrder["edge"] ?? [] {
        guard let attribute = declared["edge"]?[id],
          let value = edgeValues[id] ?? attribute.defaultValue
        else { continue }
        if attribute.title == "type" { typed = true }
        attributes.append((attribute.title, value))
      }
      if !typed, let type = edgeKind ?? edgeLabel { attributes.append(("type", .text(type))) }
      if edgeKind != nil, let label = edgeLabel, label != edgeKind {
        attributes.append(("label", .text(label)))
      }
      try assembler.addEdge(
        source: edge.source, target: edge.target, attributes: attributes, at: edge.location)
      if edge.mutual && edge.source != edge.target {
        try assembler.addEdge(
          source: edge.target, target: edge.source, attributes: attributes, at: edge.location)
      }
      currentEdge = nil
      edgeKind = nil
      edgeLabel = nil
    default:
      break
    }
  }

  func text(_ text: String) {
    if inDefault { textBuffer += text }
  }

  func typed(_ text: String, attribute: Attribute, location: InputLocation) throws(ImportError)
    -> AttributeValue
  {
    switch attribute.type {
    case "integer", "long":
      guard let value = Int64(text.trimmingSpaces()) else {
        throw ImportError(
          .badHeader, location,
          "value \"\(text)\" of \"\(attribute.title)\" is not a whole number; expected type \(attribute.type)"
        )
      }
      return .integer(value)
    case "float", "double":
      guard let value = XMLSchemaNumber.double(text.trimmingSpaces()) else {
        throw ImportError(
          .badHeader, location,
          "value \"\(text)\" of \"\(attribute.title)\" is not a number; expected type \(attribute.type)"
        )
      }
      return .real(value)
    case "boolean":
      guard let value = AttributeValue.boolean(text) else {
        throw ImportError(
          .badHeader, location,
          "value \"\(text)\" of \"\(attribute.title)\" is not a boolean; expected true or false")
      }
      return value
    default:
      return .text(text)
    }
  }
}
