import RecruitNetGraph
import RecruitNetIO

extension WorkspaceImporter {
  /// What the import of one network file (GraphML, GEXF, GML, Pajek, DOT, JSON) did.
  public struct NetworkReport: Sendable {
    public var file: String
    public var format: InterchangeFormat
    public var sha256: String
    public var nodes: Int
    public var edges: Int
    public var isDirected: Bool
    /// Edge attributes of the file that the workspace does not keep.
    public var ignoredEdgeAttributes: [String]
  }

  /// A network file parsed and waiting to be added to the builder.
  struct ParsedNetwork {
    var file: String
    var format: InterchangeFormat
    var sha256: String
    var network: InterchangeNetwork
  }

  /// Parses the network files, skipping those whose content was imported before. Runs before the
  /// builder exists, because a new workspace takes its direction from the first network file.
  func parseNetworkFiles(
    ledger: inout ImportLedger, outcome: inout Outcome,
    progress: (@Sendable (String) -> Void)?
  ) throws -> [ParsedNetwork] {
    var parsed: [ParsedNetwork] = []
    for file in networkFiles {
      progress?("reading \(file)")
      let (network, format, sha256) = try InterchangeReader.read(path: file, format: networkFormat)
      // A network file carries its own direction and columns: its content alone decides.
      if let earlier = ledger.sameContent(sha256: sha256).first {
        outcome.skipped.append((file, earlier.file, earlier.importedAt))
        continue
      }
      ledger.add(
        ImportLedger.Earlier(
          id: nil, file: file, importedAt: "this import", kind: format.rawValue, options: [:]),
        sha256: sha256)
      parsed.append(ParsedNetwork(file: file, format: format, sha256: sha256, network: network))
    }
    return parsed
  }

  /// Adds parsed networks to `builder` and records each as an import with its node attributes.
  func addNetworks(
    _ parsed: [ParsedNetwork], to builder: inout GraphBuilder, entries: inout [ImportEntry],
    outcome: inout Outcome
  ) throws {
    for item in parsed {
      let records = try item.network.add(to: &builder, file: item.file)
      var entry = ImportEntry(
        file: item.file, sha256: item.sha256, kind: item.format.rawValue,
        rowsRead: item.network.edges.count,
        rowsImported: item.network.edges.count, rowsRejected: 0,
        options: ["format": item.format.rawValue, "directed": String(item.network.isDirected)])
      entry.nodeRecords = records
      entries.append(entry)
      outcome.networkReports.append(
        NetworkReport(
          file: item.file, format: item.format, sha256: item.sha256,
          nodes: item.network.nodes.count,
          edges: item.network.edges.count, isDirected: item.network.isDirected,
          ignoredEdgeAttributes: item.network.ignoredEdgeAttributes.sorted()))
    }
  }
}
