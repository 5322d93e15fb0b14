/// Writes networkx's node-link JSON as networkx 3.6's `node_link_data` does (`"edges"`), read by
/// `nx.node_link_graph(data, edges="edges")` and by d3-style tools.
///
/// Ids are always JSON strings, so no reader can turn `"007"` into 7 or round a long numeric id.
/// Attribute values keep their type (JSON integers, reals with a fraction or exponent, strings);
/// written by hand rather than through JSONSerialization, which writes the real 2.0 as `2` and
/// would make it an integer on the way back. With parallel edges `"multigraph": true` and each
/// edge has a `"key"` (its type), as networkx expects.
public enum NodeLinkJSONWriter {
  public static func write(_ network: InterchangeNetwork) -> String {
    let multigraph = network.hasParallelEdges
    var out =
      "{\n  \"directed\": \(network.isDirected),\n  \"multigraph\": \(multigraph),\n  \"graph\": {},\n  \"nodes\": [\n"
    for (index, node) in network.nodes.enumerated() {
      var fields = ["\"id\": " + string(node.key)]
      if node.kind != InterchangeNetwork.accountKind {
        fields.append("\"kind\": " + string(node.kind))
      }
      if !node.labels.isEmpty {
        fields.append("\"labels\": " + string(node.labels.joined(separator: ";")))
      }
      for attribute in node.attributes {
        fields.append(string(attribute.key) + ": " + value(attribute.value))
      }
      out +=
        "    {" + fields.joined(separator: ", ") + "}"
        + (index + 1 < network.nodes.count ? ",\n" : "\n")
    }
    out += "  ],\n  \"edges\": [\n"
    let hasCounts = network.hasCounts
    for (index, edge) in network.edges.enumerated() {
      var fields = [
        "\"source\": " + string(network.nodes[edge.source].key),
        "\"target\": " + string(network.nodes[edge.target].key),
      ]
      if multigraph { fields.append("\"key\": " + string(edge.type)) }
      fields.append("\"type\": " + string(edge.type))
      fields.append("\"weight\": " + value(.real(edge.weight)))
      if hasCounts { fields.append("\"count\": \(edge.count)") }
      if let first = edge.firstTime { fields.append("\"first_time\": \(first)") }
      if let last = edge.lastTime { fields.append("\"last_time\": \(last)") }
      out +=
        "    {" + fields.joined(separator: ", ") + "}"
        + (index + 1 < network.edges.count ? ",\n" : "\n")
    }
    out += "  ]\n}\n"
    return out
  }

  static func value(_ value: AttributeValue) -> String {
    switch value {
    case .integer(let v): return String(v)
    case .real(let v):
      // JSON has no NaN or infinity; networkx writes them as the bare words Python's json reads.
      if v.isNaN { return "NaN" }
      if v.isInfinite { return v < 0 ? "-Infinity" : "Infinity" }
      return v.description
    case .text(let s): return string(s)
    }
  }

  static func string(_ text: String) -> String {
    // Fast path (most names): nothing to escape.
    if !text.utf8.contains(where: {
      $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\")
    }) {
      return "\"" + text + "\""
    }
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
