import Foundation
import Testing

/// End-to-end tests of `recruitnet import` and `recruitnet info`, run through the binary.
@Suite struct ImportAndInfoTests {
  /// Compares `info --format json` with the networkx oracle written by Scripts/oracles/graph_summary.py.
  func checkAgainstOracle(_ name: String, info: [String: Any]) throws {
    let url = try #require(
      Bundle.module.url(forResource: "Fixtures/oracle/\(name).summary", withExtension: "json"))
    let oracle = try CLI.json(String(contentsOf: url, encoding: .utf8))
    for key in [
      "nodes", "self_loops", "weak_components", "largest_weak_component", "degree_min",
      "degree_max",
    ] {
      #expect(
        (info[key] as? NSNumber)?.intValue == (oracle[key] as? NSNumber)?.intValue,
        "\(name): \(key)")
    }
    #expect(
      (info["simple_edges"] as? NSNumber)?.intValue == (oracle["edges"] as? NSNumber)?.intValue,
      "\(name): edges")
    for key in [
      "weight_total", "density", "degree_median", "reciprocity", "strong_components",
      "largest_strong_component",
    ] {
      let ours = (info[key] as? NSNumber)?.doubleValue
      let theirs = (oracle[key] as? NSNumber)?.doubleValue
      if let ours, let theirs {
        #expect(
          abs(ours - theirs) <= 1e-12 * max(1, abs(theirs)), "\(name): \(key) \(ours) vs \(theirs)")
      } else {
        #expect(ours == nil && theirs == nil, "\(name): \(key)")
      }
    }
  }

  @Test func recruitmentSampleMatchesNetworkx() throws {
    let folder = try CLI.temporaryFolder()
    let workspace = folder.appendingPathComponent("study.rnet").path
    let imported = try CLI.run([
      "import", "Samples/recruitment/edges.csv", "--into", workspace, "--quiet",
    ])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(imported.stdout.contains("rows imported"))
    let info = try CLI.run(["info", workspace, "--format", "json"])
    #expect(info.status == 0)
    let object = try CLI.json(info.stdout)
    try checkAgainstOracle("recruitment", info: object)
    let types = try #require(object["edge_types"] as? [String: Any])
    #expect(Set(types.keys) == ["retweet", "mention", "reply", "follow"])
    // Cached answer is identical.
    let again = try CLI.run(["info", workspace, "--format", "json"])
    #expect(
      NSDictionary(dictionary: try CLI.json(again.stdout)) == NSDictionary(dictionary: object))
  }

  @Test func krebsSampleUndirectedFromPlainFile() throws {
    let info = try CLI.run([
      "info", "Samples/krebs-911/edges.csv", "--undirected", "--format", "json",
    ])
    #expect(info.status == 0, "\(info.stderr)")
    try checkAgainstOracle("krebs-911", info: CLI.json(info.stdout))
  }

  @Test func realDataFromSharedFolder() throws {
    let higgs = CLI.sharedData.appendingPathComponent(
      "higgs-twitter/higgs-mention_network.edgelist"
    ).path
    let snabook = CLI.sharedData.appendingPathComponent("krebs-911-snabook/9_11_edgelist.txt").path
    guard FileManager.default.fileExists(atPath: higgs) else {
      print("skipping: ../shared/data is not here (a user's clone has none; CI has it)")
      return
    }
    let folder = try CLI.temporaryFolder()
    let workspace = folder.appendingPathComponent("higgs.rnet").path
    let imported = try CLI.run([
      "import", higgs, "--edge-type", "mention", "--into", workspace, "--timings",
    ])
    #expect(imported.status == 0, "\(imported.stderr)")
    let timings = try CLI.json(
      try #require(imported.stderr.split(separator: "\n").last).description)
    #expect(timings["load"] != nil && timings["compute"] != nil && timings["output"] != nil)
    try checkAgainstOracle(
      "higgs-mention", info: CLI.json(CLI.run(["info", workspace, "--format", "json"]).stdout))
    let krebs = try CLI.run(["info", snabook, "--undirected", "--format", "json"])
    try checkAgainstOracle("krebs-911-snabook", info: CLI.json(krebs.stdout))
  }

  @Test func nodeTableAndReimport() throws {
    let folder = try CLI.temporaryFolder()
    let workspace = folder.appendingPathComponent("study.rnet").path
    let first = try CLI.run([
      "import", "Samples/recruitment/edges.csv", "--nodes", "Samples/recruitment/accounts.csv",
      "--into", workspace,
      "--format", "json",
    ])
    #expect(first.status == 0, "\(first.stderr)")
    #expect((try CLI.json(first.stdout)["nodes"] as? Int) == 600)
    let second = try CLI.run(["import", "Samples/recruitment/edges.csv", "--into", workspace])
    #expect(second.status == 0)
    #expect(second.stdout.contains("skipped"))
    #expect(second.stdout.contains("unchanged"))
  }

  @Test func badDataExitsOneWithALocatedError() throws {
    let folder = try CLI.temporaryFolder()
    let bad = folder.appendingPathComponent("bad.csv")
    try Data("source,target,weight\na,b,1\nc,d,-3\n".utf8).write(to: bad)
    let workspace = folder.appendingPathComponent("w.rnet").path
    let result = try CLI.run(["import", bad.path, "--into", workspace])
    #expect(result.status == 1)
    #expect(
      result.stderr
        == "recruitnet: \(bad.path):3:5: error: weight -3.0 is not allowed; expected a finite, non-negative number (column \"weight\")\n"
    )
    #expect(!FileManager.default.fileExists(atPath: workspace))
    let skipped = try CLI.run(["import", bad.path, "--into", workspace, "--skip-invalid"])
    #expect(skipped.status == 0)
    #expect(skipped.stdout.contains("1 rejected"))
    let missing = try CLI.run(["info", folder.appendingPathComponent("none.csv").path])
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("no such file"))
  }

  @Test func usageErrorsExitSixtyFour() throws {
    #expect(try CLI.run(["import", "x.csv"]).status == 64)
    #expect(try CLI.run(["info", "x.csv", "--format", "yaml"]).status == 64)
    #expect(try CLI.run(["info", "x.csv", "--directed", "--undirected"]).status == 64)
  }

  @Test func helpHasExamples() throws {
    for command in ["import", "info"] {
      let help = try CLI.run([command, "--help"])
      #expect(help.status == 0)
      #expect(help.stdout.contains("Examples:"))
      #expect(help.stdout.contains("Samples/"))
    }
  }

  /// The first-user traps: a commented node-table header, a re-import with another edge type
  /// refused as a duplicate, no way back from a wrong import, a CSV report that was a table.
  @Test func wrongImportIsNotedAndReplaced() throws {
    let folder = try CLI.temporaryFolder()
    let workspace = folder.appendingPathComponent("w.rnet").path
    let edges = folder.appendingPathComponent("edges.csv").path
    let nodes = folder.appendingPathComponent("nodes.csv").path
    try "# source, target\n0,1\n1,2\n2,0\n".write(toFile: edges, atomically: true, encoding: .utf8)
    try "# index, name, group\n0,Alice,1\n1,Bob,1\n2,Carol,2\n".write(
      toFile: nodes, atomically: true, encoding: .utf8)
    let first = try CLI.run([
      "import", edges, "--nodes", nodes, "--node-column", "1", "--into", workspace,
    ])
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout.contains("3 node rows (header read from the commented first line"))
    let again = try CLI.run(["import", edges, "--edge-type", "follow", "--into", workspace])
    #expect(again.status == 0)
    #expect(again.stdout.contains("with other options (edge_type (none) → follow): both"))
    #expect(again.stderr.contains("--replace"))
    let fixed = try CLI.run([
      "import", edges, "--edge-type", "follow", "--replace", "--into", workspace,
      "--report-format", "csv",
    ])
    #expect(fixed.status == 0, "\(fixed.stderr)")
    #expect(
      fixed.stdout
        == "file,kind,rows_read,rows_imported,rows_rejected,status\n\(edges),edges,3,3,0,replaced earlier import\n"
    )
    let info = try CLI.json(try CLI.run(["info", workspace, "--format", "json"]).stdout)
    #expect((info["edges"] as? NSNumber)?.intValue == 3)
    // The type the replaced import gave has no edge left and is not listed.
    #expect((info["edge_types"] as? [String: Any])?.keys.sorted() == ["follow"])
    #expect(((info["edge_types"] as? [String: Any])?["follow"] as? NSNumber)?.intValue == 3)
  }
}
