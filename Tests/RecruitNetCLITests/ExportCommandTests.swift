import Foundation
import Testing

/// End-to-end tests of `recruitnet export` and of importing what it writes, through the binary.
@Suite struct ExportCommandTests {
  /// A workspace from the bundled recruitment sample (edges with four types and times, and an
  /// account table with typed attributes and labels).
  func sampleWorkspace(in folder: URL) throws -> String {
    let workspace = folder.appendingPathComponent("study.rnet").path
    let result = try CLI.run([
      "import", "Samples/recruitment/edges.csv", "--nodes", "Samples/recruitment/accounts.csv",
      "--into", workspace, "--quiet",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    return workspace
  }

  /// The JSON export as comparable sets: node lines and edge lines.
  func contents(
    _ workspace: String, folder: URL, attributes: Bool = true, edgeKeys: Set<String>? = nil
  ) throws -> (nodes: Set<String>, edges: Set<String>) {
    let out = folder.appendingPathComponent(UUID().uuidString + ".json").path
    let result = try CLI.run(["export", workspace, "--format", "json", "--out", out, "--quiet"])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try CLI.json(String(contentsOfFile: out, encoding: .utf8))
    let nodes = (object["nodes"] as? [[String: Any]] ?? []).map { node -> String in
      guard attributes else { return "\(node["id"] ?? "")" }
      return node.keys.sorted().map { "\($0)=\(node[$0].map { "\($0)|\(type(of: $0))" } ?? "")" }
        .joined(separator: " ")
    }
    let edges = (object["edges"] as? [[String: Any]] ?? []).map { edge -> String in
      let keys = attributes ? edge.keys.sorted() : ["source", "target", "type", "weight"]
      return keys.filter { $0 != "key" && (edgeKeys?.contains($0) ?? true) }.map {
        "\($0)=\(edge[$0] ?? "")"
      }.joined(separator: " ")
    }
    return (Set(nodes), Set(edges))
  }

  @Test(arguments: ["graphml", "gexf", "gml", "pajek", "dot", "json", "csv"])
  func exportThenImportKeepsEverything(format: String) throws {
    let folder = try CLI.temporaryFolder()
    let workspace = try sampleWorkspace(in: folder)
    let file = folder.appendingPathComponent("export.\(format == "pajek" ? "net" : format)").path
    let exported = try CLI.run(["export", workspace, "--format", format, "--out", file])
    #expect(exported.status == 0, "\(exported.stderr)")
    #expect(exported.stdout.contains("\(file): \(format)"))
    let back = folder.appendingPathComponent("back.rnet").path
    var arguments = ["import", file, "--into", back, "--quiet"]
    if format == "csv" {
      arguments += ["--nodes", folder.appendingPathComponent("export.nodes.csv").path]
    }
    let imported = try CLI.run(arguments)
    #expect(imported.status == 0, "\(imported.stderr)")
    // Pajek keeps names, direction, edge types and weights, not attributes, counts or times.
    // CSV goes back through the edge-list reader, which takes one time column and counts rows
    // afresh: weights and first times survive, row counts and last times do not.
    let full = format != "pajek"
    let edgeKeys: Set<String>? =
      format == "csv" ? ["source", "target", "type", "weight", "first_time"] : nil
    let original = try contents(workspace, folder: folder, attributes: full, edgeKeys: edgeKeys)
    let roundTripped = try contents(back, folder: folder, attributes: full, edgeKeys: edgeKeys)
    #expect(original.nodes.count == 600)
    #expect(original.edges.count == 4841)
    #expect(
      roundTripped.nodes == original.nodes,
      "\(format): nodes differ, e.g. \(roundTripped.nodes.subtracting(original.nodes).first ?? "-")"
    )
    #expect(
      roundTripped.edges == original.edges,
      "\(format): edges differ, e.g. \(roundTripped.edges.subtracting(original.edges).first ?? "-")"
    )
  }

  @Test func pseudonymizedExportHidesEveryName() throws {
    let folder = try CLI.temporaryFolder()
    let workspace = try sampleWorkspace(in: folder)
    let key = folder.appendingPathComponent("key").path
    try Data("0123456789abcdef0123456789abcdef".utf8).write(to: URL(fileURLWithPath: key))
    for format in ["graphml", "gexf", "gml", "pajek", "dot", "json"] {
      let first = folder.appendingPathComponent("p1.\(format)").path
      let second = folder.appendingPathComponent("p2.\(format)").path
      for out in [first, second] {
        let result = try CLI.run([
          "export", workspace, "--format", format, "--out", out, "--pseudonymize",
          "--pseudonym-key", key, "--quiet",
        ])
        #expect(result.status == 0, "\(result.stderr)")
      }
      let text = try String(contentsOfFile: first, encoding: .utf8)
      #expect(!text.contains("acct_0"), "\(format) still holds an account name")
      #expect(text.contains("acct-"), "\(format) holds pseudonyms")
      #expect(
        try String(contentsOfFile: second, encoding: .utf8) == text,
        "\(format): pseudonyms are stable")
    }
    let csv = folder.appendingPathComponent("p.csv").path
    #expect(
      try CLI.run([
        "export", workspace, "--format", "csv", "--out", csv, "--pseudonymize", "--pseudonym-key",
        key,
      ]).status == 0)
    for file in [csv, folder.appendingPathComponent("p.nodes.csv").path] {
      #expect(!(try String(contentsOfFile: file, encoding: .utf8)).contains("acct_0"))
    }
    let noKey = try CLI.run([
      "export", workspace, "--format", "json", "--out", csv + ".json", "--pseudonymize",
    ])
    #expect(noKey.status == 1)
    #expect(noKey.stderr.contains("pseudonym"))
  }

  @Test func stdoutAndUsageErrors() throws {
    let json = try CLI.run([
      "export", "Samples/krebs-911/edges.csv", "--undirected", "--format", "json", "--out", "-",
    ])
    #expect(json.status == 0, "\(json.stderr)")
    let object = try CLI.json(json.stdout)
    #expect(object["directed"] as? Bool == false)
    let csv = try CLI.run([
      "export", "Samples/krebs-911/edges.csv", "--format", "csv", "--out", "-",
    ])
    #expect(csv.status == 64)
    let help = try CLI.run(["export", "--help"])
    #expect(help.stdout.contains("Examples:"))
    #expect(help.stdout.contains("--pseudonymize"))
  }

  @Test func badNetworkFileExitsWithItsLineAndImportsNothing() throws {
    let folder = try CLI.temporaryFolder()
    let bad = folder.appendingPathComponent("bad.graphml")
    try Data(
      """
      <?xml version="1.0"?>
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
        <key id="w" for="edge" attr.name="weight" attr.type="double"/>
        <graph edgedefault="directed">
          <edge source="a" target="b"><data key="w">heavy</data></edge>
        </graph>
      </graphml>
      """.utf8
    ).write(to: bad)
    let workspace = folder.appendingPathComponent("study.rnet").path
    let result = try CLI.run(["import", bad.path, "--into", workspace])
    #expect(result.status == 1)
    #expect(result.stderr.contains("bad.graphml:5: error:"), "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: workspace))
    // Converting a network file directly: GraphML in, GML out.
    let good = folder.appendingPathComponent("good.graphml")
    try Data(
      String(contentsOf: bad, encoding: .utf8).replacingOccurrences(of: "heavy", with: "2.5").utf8
    ).write(to: good)
    let gml = folder.appendingPathComponent("good.gml").path
    let converted = try CLI.run(["export", good.path, "--format", "gml", "--out", gml])
    #expect(converted.status == 0, "\(converted.stderr)")
    #expect(try String(contentsOfFile: gml, encoding: .utf8).contains("weight 2.5"))
  }
}
