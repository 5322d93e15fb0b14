/// Writes GML that networkx (`read_gml`), igraph and Gephi read.
///
/// Nodes get `id` 0…n−1 and `label` = node key (unique, as `read_gml` requires); every attribute
/// keeps its type (unquoted integers and reals, quoted text). Edges carry `weight`, `type`, and
/// where present `count`, `first_time`, `last_time`. With parallel edges the graph says
/// `multigraph 1`. Attribute names must be GML keys (letters, digits, `_`).
public enum GMLWriter {
  public static func write(_ network: InterchangeNetwork) throws(ImportError) -> String {
    var out = "graph [\n"
    out += "  directed \(network.isDirected ? 1 : 0)\n"
    if network.hasParallelEdges { out += "  multigraph 1\n" }
    for (index, node) in network.nodes.enumerated() {
      out += "  node [\n    id \(index)\n    label \"\(GMLTokenizer.escaped(node.key))\"\n"
      if node.kind != InterchangeNetwork.accountKind {
        out += "    kind \"\(GMLTokenizer.escaped(node.kind))\"\n"
      }
      if !node.labels.isEmpty {
        out += "    labels \"\(GMLTokenizer.escaped(node.labels.joined(separator: ";")))\"\n"
      }
      for attribute in node.attributes {
        try checkKey(attribute.key)
        out += "    \(attribute.key) \(value(attribute.value))\n"
      }
      out += "  ]\n"
    }
    let hasCounts = network.hasCounts
    for edge in network.edges {
      out += "  edge [\n    source \(edge.source)\n    target \(edge.target)\n"
      out +=
        "    weight \(value(.real(edge.weight)))\n    type \"\(GMLTokenizer.escaped(edge.type))\"\n"
      if hasCounts { out += "    count \(edge.count)\n" }
      if let first = edge.firstTime { out += "    first_time \(first)\n" }
      if let last = edge.lastTime { out += "    last_time \(last)\n" }
      out += "  ]\n"
    }
    out += "]\n"
    return out
  }

  static func value(_ value: AttributeValue) -> String {
    switch value {
    case .integer(let v): return String(v)
    case .real(let v):
      if v.isNaN { return "NAN" }
      if v.isInfinite { return v < 0 ? "-INF" : "+INF" }
      return v.description
    case .text(let s): return "\"" + GMLTokenizer.escaped(s) + "\""
    }
  }

  static func checkKey(_ key: String) throws(ImportError) {
    let valid =
      key.unicodeScalars.first.map { $0 == "_" || ($0.isASCII && $0.properties.isAlphabetic) }
      ?? false
      && key.unicodeScalars.allSatisfy {
        $0 == "_"
          || ($0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil))
      }
    guard valid, !["id", "label", "kind", "labels"].contains(key) else {
      throw ImportError(
        .badHeader, InputLocation(file: "export"),
        "attribute \"\(key)\" cannot be a GML key (letters, digits and _ only, not id/label/kind/labels); export as GraphML or JSON instead"
      )
    }
  }
}
