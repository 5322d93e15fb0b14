import ArgumentParser
import RecruitNet

extension InterchangeFormat: ExpressibleByArgument {}

/// How `import` sends each file to the edge-list reader or to a network-format reader, and how
/// it reports a network file.
enum NetworkFileRouting {
  /// Splits `files` into edge lists and network files: by `forcing` when given, else detected
  /// per file (extension, then first bytes; see ``InterchangeFormat/detect(path:)``).
  static func split(_ files: [String], forcing: InterchangeFormat?) -> (
    edgeLists: [String], networks: [String]
  ) {
    var edgeLists: [String] = []
    var networks: [String] = []
    for file in files {
      let format = forcing ?? InterchangeFormat.detect(path: file)
      if format == .csv { edgeLists.append(file) } else { networks.append(file) }
    }
    return (edgeLists, networks)
  }

  static func line(_ report: WorkspaceImporter.NetworkReport) -> String {
    var line =
      "\(report.file): \(report.format.rawValue), \(report.isDirected ? "directed" : "undirected"), \(report.nodes) nodes, \(report.edges) edges"
    if !report.ignoredEdgeAttributes.isEmpty {
      line += " (edge attributes not kept: \(report.ignoredEdgeAttributes.joined(separator: ", ")))"
    }
    return line
  }

  static func json(_ report: WorkspaceImporter.NetworkReport) -> [String: Any] {
    [
      "file": report.file, "format": report.format.rawValue, "sha256": report.sha256,
      "nodes": report.nodes,
      "edges": report.edges, "directed": report.isDirected,
      "ignored_edge_attributes": report.ignoredEdgeAttributes,
    ]
  }
}
