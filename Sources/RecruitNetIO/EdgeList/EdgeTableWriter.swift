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
        edge.firstTime.map(iso8601) ?? "", edge.lastTime.map(iso8601) ?? "",
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

  /// Unix seconds as `YYYY-MM-DDTHH:MM:SSZ` (proleptic Gregorian, UTC).
  static func iso8601(_ seconds: Int64) -> String {
    let days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400
    let secondOfDay = seconds - days * 86400
    // Howard Hinnant's civil-from-days algorithm.
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    func two(_ v: Int64) -> String { v < 10 ? "0\(v)" : "\(v)" }
    let yearText =
      year >= 0 && year < 10000
      ? String(repeating: "0", count: 4 - String(year).count) + String(year) : String(year)
    return
      "\(yearText)-\(two(month))-\(two(day))T\(two(secondOfDay / 3600)):\(two(secondOfDay % 3600 / 60)):\(two(secondOfDay % 60))Z"
  }
}
