/// Writes Graphviz DOT: `digraph` or `graph`, one statement per node with its attributes and one
/// per edge with `type`, `weight` and, where present, `count`, `first_time` and `last_time`.
///
/// Text values are quoted and numbers bare, so ``DOTReader`` reads back the same types (reals
/// that need an exponent, NaN and infinities are quoted, since DOT numerals have no exponent).
/// Names are always quoted; only `"` needs an escape in DOT. For drawing, prefer
/// `recruitnet render`; this is for tools that read DOT as data (networkx with pydot, Gephi).
public enum DOTWriter {
  public static func write(_ network: InterchangeNetwork) throws(ImportError) -> String {
    var out = network.isDirected ? "digraph \"recruitnet\" {\n" : "graph \"recruitnet\" {\n"
    let arrow = network.isDirected ? " -> " : " -- "
    var keys: [String] = []
    keys.reserveCapacity(network.nodes.count)
    for node in network.nodes {
      let key = try quoted(node.key)
      keys.append(key)
      var attributes: [String] = []
      if node.kind != InterchangeNetwork.accountKind { attributes.append("kind=\(try quoted(node.kind))") }
      if !node.labels.isEmpty { attributes.append("labels=\(try quoted(node.labels.joined(separator: ";")))") }
      for attribute in node.attributes { attributes.append("\(try quoted(attribute.key))=\(try value(attribute.value))") }
      out += "  " + key + (attributes.isEmpty ? "" : " [" + attributes.joined(separator: ", ") + "]") + ";\n"
    }
    let hasCounts = network.hasCounts
    for edge in network.edges {
      var attributes = ["type=\(try quoted(edge.type))", "weight=\(try value(.real(edge.weight)))"]
      if hasCounts { attributes.append("count=\(edge.count)") }
      if let first = edge.firstTime { attributes.append("first_time=\(first)") }
      if let last = edge.lastTime { attributes.append("last_time=\(last)") }
      out += "  " + keys[edge.source] + arrow + keys[edge.target] + " [" + attributes.joined(separator: ", ") + "];\n"
    }
    out += "}\n"
    return out
  }

  static func value(_ value: AttributeValue) throws(ImportError) -> String {
    switch value {
    case .integer(let v): return String(v)
    case .real(let v):
      let text = InterchangeNetwork.realText(v)
      return text.contains("e") || !v.isFinite ? try quoted(text) : text
    case .text(let s): return try quoted(s)
    }
  }

  static func quoted(_ text: String) throws(ImportError) -> String {
    if text.hasSuffix("\\") {
      throw ImportError(.badHeader, InputLocation(file: "export"), "\"\(text)\" ends with a backslash, which a DOT string cannot hold; export as GraphML or JSON instead")
    }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }
}
