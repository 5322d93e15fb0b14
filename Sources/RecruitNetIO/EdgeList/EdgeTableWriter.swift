/// Writes a network as a CSV edge list plus a node table beside it, the two files
/// `recruitnet import EDGES --nodes NODES` reads back.
///
/// Edges: `source,target,type,weight,count,time,last_time` (`time` = first time, ISO 8601 UTC,
/// the column the edge-list reader takes by default; `last_time` is informative). Nodes:
/// `name,kind,labels,<attributes…>`, one row per node, so isolated nodes survive. RFC 4180
/// quoting. Caveats (CSV has no types): the node-table reader infers types again, so a text
/// attribute that looks like a number (`12`) comes back as a number, while `007` stays text; and
/// the edge-list reader gives every source and target one kind, so networks with hashtags or
/// domains round-trip through GraphML, GEXF, GML or JSON rather than CSV.
public enum EdgeTableWriter {
  /// The node table's path for an edges file: `edges.csv` → `edges.nodes.csv`.
  public static func nodeTablePath(forEdges path: String) -> String {
    if path.lowercased().hasSuffix(".csv") { return String(path.dropLast(4)) + ".nodes.csv" }
    return path + ".nodes.csv"
  }

  public static func write(_ network: InterchangeNetwork) -> (edges: String, nodes: String) {
    var edges = "source,target,type,weight,count,time,last_time\n"
    for edge in network.edges {
      let fields = [
        network.nodes[edge.source].name, network.nodes[edge.target].name, edge.type,
        InterchangeNetwork.realText(edge.weight), String(edge.count),
        edge.firstTime.map(ISO8601Text.text) ?? "", edge.lastTime.map(ISO8601Text.text) ?? "",
      ]
      edges += row(fields)
    }
    let columns = network.nodeAttributeColumns.map(\.key).filter {
      !["name", "kind", "labels", "label"].contains($0)
    }
    var nodes = row(["name", "kind", "labels"] + columns)
    for node in network.nodes {
      nodes += row(
        [node.name, node.kind, node.labels.joined(separator: ";")]
          + columns.map { node.attribute($0)?.text ?? "" })
    }
    return (edges, nodes)
  }

  static func row(_ fields: [String]) -> String {
    fields.map { field in
      field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "#" })
        || field.hasPrefix(" ") || field.hasSuffix(" ")
        ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }.joined(separator: ",") + "\n"
  }
}
