/// Writes GEXF 1.3 (gexf.net/1.3), which Gephi and networkx (`read_gexf`) read.
///
/// Node ids are node keys and labels are names; node attributes are declared once each as
/// `long`, `double` or `string` (a mix of numbers and text is `string`), plus `kind` and
/// `labels` where used. Edges carry `weight`, the edge type as GEXF 1.3's `kind` and as `label`
/// (what Gephi shows; networkx reads it as the edge attribute `label`), `count` as an attribute,
/// and times as `start`/`end` (integer Unix seconds; the graph is then `mode="dynamic"
/// timeformat="integer"`). Parallel edges of different types are separate `<edge>`s.
public enum GEXFWriter {
  public static func write(_ network: InterchangeNetwork) throws(ImportError) -> String {
    let hasTimes = network.hasTimes
    let hasCounts = network.hasCounts
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    out +=
      "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
    out += "  <meta>\n    <creator>recruitnet</creator>\n  </meta>\n"
    out +=
      "  <graph defaultedgetype=\"\(network.isDirected ? "directed" : "undirected")\"\(hasTimes ? " mode=\"dynamic\" timeformat=\"integer\"" : " mode=\"static\"")>\n"
    let nodeColumns = NodeColumn.columns(
      of: network, kindID: "kind", labelsID: "labels", attributePrefix: "")
    if !nodeColumns.isEmpty {
      out += "    <attributes class=\"node\" mode=\"static\">\n"
      for column in nodeColumns {
        out +=
          "      <attribute id=\"\(try XMLText.escaped(column.id, what: "attribute id"))\" title=\"\(try XMLText.escaped(column.key, what: "attribute name"))\" type=\"\(column.type.xmlTypeName)\"/>\n"
      }
      out += "    </attributes>\n"
    }
    if hasCounts {
      out +=
        "    <attributes class=\"edge\" mode=\"static\">\n      <attribute id=\"count\" title=\"count\" type=\"long\"/>\n    </attributes>\n"
    }
    out += "    <nodes>\n"
    var keys: [String] = []
    keys.reserveCapacity(network.nodes.count)
    for node in network.nodes {
      let key = try XMLText.escaped(node.key, what: "node name \"\(node.name)\"")
      keys.append(key)
      var values = ""
      for column in nodeColumns {
        if let value = column.text(of: node) {
          values +=
            "          <attvalue for=\"\(column.id)\" value=\"\(try XMLText.escaped(value, what: "attribute \(column.key)"))\"/>\n"
        }
      }
      let label = try XMLText.escaped(node.name, what: "node name")
      if values.isEmpty {
        out += "      <node id=\"\(key)\" label=\"\(label)\"/>\n"
      } else {
        out +=
          "      <node id=\"\(key)\" label=\"\(label)\">\n        <attvalues>\n" + values
          + "        </attvalues>\n      </node>\n"
      }
    }
    out += "    </nodes>\n    <edges>\n"
    for (index, edge) in network.edges.enumerated() {
      let type = try XMLText.escaped(edge.type, what: "edge type")
      out +=
        "      <edge id=\"\(index)\" source=\"\(keys[edge.source])\" target=\"\(keys[edge.target])\" weight=\"\(InterchangeNetwork.realText(edge.weight))\" kind=\"\(type)\" label=\"\(type)\""
      if let first = edge.firstTime { out += " start=\"\(first)\"" }
      if let last = edge.lastTime { out += " end=\"\(last)\"" }
      if hasCounts {
        out +=
          ">\n        <attvalues>\n          <attvalue for=\"count\" value=\"\(edge.count)\"/>\n        </attvalues>\n      </edge>\n"
      } else {
        out += "/>\n"
      }
    }
    out += "    </edges>\n  </graph>\n</gexf>\n"
    return out
  }
}
