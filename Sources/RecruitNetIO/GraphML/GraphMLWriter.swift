/// Writes GraphML that networkx (`read_graphml`), igraph, Gephi and yEd read.
///
/// Node ids are node keys (see ``InterchangeNetwork``); every node attribute becomes a `<key>`
/// typed `long`, `double` or `string` (a key whose values mix numbers and text is written as
/// `string`); edges carry `weight` (double), `type` (string), and, where present, `count` (long)
/// and `first_time`/`last_time` (long, Unix seconds). Edges between the same pair with different
/// types are written as parallel edges, which networkx reads as a multigraph.
public enum GraphMLWriter {
  public static func write(_ network: InterchangeNetwork) throws(ImportError) -> String {
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    out +=
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
    let nodeKeys = NodeColumn.columns(
      of: network, kindID: "n_kind", labelsID: "n_labels", attributePrefix: "n")
    for key in nodeKeys {
      out +=
        "  <key id=\"\(key.id)\" for=\"node\" attr.name=\"\(try XMLText.escaped(key.key, what: "attribute name"))\" attr.type=\"\(key.type.xmlTypeName)\"/>\n"
    }
    out += "  <key id=\"e_weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
    out += "  <key id=\"e_type\" for=\"edge\" attr.name=\"type\" attr.type=\"string\"/>\n"
    let hasCounts = network.hasCounts
    let hasTimes = network.hasTimes
    if hasCounts {
      out += "  <key id=\"e_count\" for=\"edge\" attr.name=\"count\" attr.type=\"long\"/>\n"
    }
    if hasTimes {
      out += "  <key id=\"e_first\" for=\"edge\" attr.name=\"first_time\" attr.type=\"long\"/>\n"
      out += "  <key id=\"e_last\" for=\"edge\" attr.name=\"last_time\" attr.type=\"long\"/>\n"
    }
    out += "  <graph id=\"G\" edgedefault=\"\(network.isDirected ? "directed" : "undirected")\">\n"
    var keys: [String] = []
    keys.reserveCapacity(network.nodes.count)
    for node in network.nodes {
      let key = try XMLText.escaped(node.key, what: "node name \"\(node.name)\"")
      keys.append(key)
      var data = ""
      for nodeKey in nodeKeys {
        if let value = nodeKey.text(of: node) {
          data +=
            "      <data key=\"\(nodeKey.id)\">\(try XMLText.escaped(value, what: "attribute \(nodeKey.key)"))</data>\n"
        }
      }
      if data.isEmpty {
        out += "    <node id=\"\(key)\"/>\n"
      } else {
        out += "    <node id=\"\(key)\">\n" + data + "    </node>\n"
      }
    }
    for edge in network.edges {
      out += "    <edge source=\"\(keys[edge.source])\" target=\"\(keys[edge.target])\">\n"
      out += "      <data key=\"e_weight\">\(InterchangeNetwork.realText(edge.weight))</data>\n"
      out +=
        "      <data key=\"e_type\">\(try XMLText.escaped(edge.type, what: "edge type"))</data>\n"
      if hasCounts { out += "      <data key=\"e_count\">\(edge.count)</data>\n" }
      if let first = edge.firstTime { out += "      <data key=\"e_first\">\(first)</data>\n" }
      if let last = edge.lastTime { out += "      <data key=\"e_last\">\(last)</data>\n" }
      out += "    </edge>\n"
    }
    out += "  </graph>\n</graphml>\n"
    return out
  }
}
