/// Writes Pajek `.net`, which Pajek, networkx (`read_pajek`), igraph and Gephi read.
///
/// `*Vertices n` with `number "key"` lines (nodes that are not accounts add networkx's
/// `0.0 0.0 ellipse` placeholders and `kind "…"`), then `*Arcs` (directed) or `*Edges` with
/// `from to weight l "type"` lines. Pajek has no typed attributes or times: node attributes,
/// labels, times and row counts are not written (use GraphML, GEXF, GML or JSON to keep them).
/// Quotes and backslashes in names are escaped with a backslash, as networkx's reader expects.
public enum PajekWriter {
  public static func write(_ network: InterchangeNetwork) throws(ImportError) -> String {
    var out = "*Vertices \(network.nodes.count)\n"
    for (index, node) in network.nodes.enumerated() {
      guard !hasLineBreak(node.key) else {
        throw ImportError(
          .badHeader, InputLocation(file: "export"),
          "node name \"\(node.name)\" holds a line break, which Pajek's line-based format cannot hold; export as GraphML or JSON instead"
        )
      }
      out += "\(index + 1) \(quoted(node.key))"
      if node.kind != InterchangeNetwork.accountKind {
        out += " 0.0 0.0 ellipse kind \(quoted(node.kind))"
      }
      out += "\n"
    }
    out += network.isDirected ? "*Arcs\n" : "*Edges\n"
    var quotedTypes: [String: String] = [:]
    for edge in network.edges {
      let type: String
      if let known = quotedTypes[edge.type] {
        type = known
      } else {
        guard !hasLineBreak(edge.type) else {
          throw ImportError(
            .badHeader, InputLocation(file: "export"),
            "edge type \"\(edge.type)\" holds a line break, which Pajek cannot hold")
        }
        type = quoted(edge.type)
        quotedTypes[edge.type] = type
      }
      out +=
        "\(edge.source + 1) \(edge.target + 1) \(InterchangeNetwork.realText(edge.weight)) l \(type)\n"
    }
    return out
  }

  static func hasLineBreak(_ text: String) -> Bool {
    text.utf8.contains { $0 == 0x0A || $0 == 0x0D }
  }

  static func quoted(_ text: String) -> String {
    if !text.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\"") }) {
      return "\"" + text + "\""
    }
    return "\""
      + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
        of: "\"", with: "\\\"") + "\""
  }
}
