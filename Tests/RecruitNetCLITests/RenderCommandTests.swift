import Foundation
import RecruitNetWorkspace
import Testing

/// End-to-end tests of `recruitnet render`, run through the binary on the samples.
@Suite struct RenderCommandTests {
  /// The recruitment sample in a fresh workspace, with its planted cells saved as partition
  /// `planted` (through `Workspace.savePartition`, as `recruitnet communities --save` will).
  func workspace() throws -> (folder: URL, path: String) {
    let folder = try CLI.temporaryFolder()
    let path = folder.appendingPathComponent("study.rnet").path
    let imported = try CLI.run([
      "import", "Samples/recruitment/edges.csv", "--into", path, "--quiet",
    ])
    #expect(imported.status == 0, "\(imported.stderr)")
    let workspace = try Workspace(path: path)
    let names = try workspace.loadNodeNames()
    let text = try String(
      contentsOf: CLI.repositoryRoot.appendingPathComponent("Samples/recruitment/groups.csv"),
      encoding: .utf8)
    var group: [String: UInt32] = [:]
    for line in text.split(separator: "\n").dropFirst() {
      guard let comma = line.lastIndex(of: ","), let g = UInt32(line[line.index(after: comma)...])
      else { continue }
      var name = String(line[..<comma])
      if name.hasPrefix("\"") {
        name = String(name.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
      }
      group[name] = g - 1
    }
    let communities = (0..<names.count).map { group[names[$0]] ?? UInt32.max }
    try workspace.savePartition(
      SavedPartition(
        name: "planted", algorithm: "file", parameters: "{}", revision: 1,
        createdAt: "2026-12-01T00:00:00Z",
        communities: communities))
    return (folder, path)
  }

  func count(_ svg: String, _ className: String) -> Int {
    svg.components(separatedBy: "class=\"\(className)\"").count - 1
  }

  func svg(_ folder: URL, _ arguments: [String]) throws -> (CLIResult, String) {
    let out = folder.appendingPathComponent("d-\(UUID().uuidString).svg").path
    let result = try CLI.run(arguments + ["--out", out])
    let text = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
    return (result, text)
  }

  @Test func savedPartitionDrawsFiveCellBoxesWithEveryAccountAndEdge() throws {
    let (folder, path) = try workspace()
    let (result, text) = try svg(
      folder, ["render", path, "--partition", "planted", "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(count(text, "cluster") == 5)
    #expect(count(text, "node") == 596)  // 600 accounts, 596 with ties
    #expect(count(text, "edge") == 4841)
    let report = try CLI.json(result.stdout)
    #expect(report["clusters"] as? Int == 5)
    #expect(report["communities"] as? String == "saved:planted")
    // The quoted account names of the sample are drawn as text (top:30 may not include them; tooltips do).
    #expect(text.contains("news, daily, C"))
    #expect(
      text.contains("the &quot;lion&quot; media, C") || text.contains("the \"lion\" media, C"))
    let same = try svg(folder, ["render", path, "--communities", "saved:planted", "--seed", "0"])
    #expect(Bool(same.1 == text), "same seed, same bytes")  // a Bool: no diff of 2 MB documents
    // fdp draws the cluster boxes itself (its positions are not reproducible: see the README).
    let fdp = try svg(
      folder, ["render", path, "--partition", "planted", "--layout", "fdp", "--seed", "3"])
    #expect(fdp.0.status == 0, "\(fdp.0.stderr)")
    #expect(count(fdp.1, "cluster") == 5)
    #expect(count(fdp.1, "node") == 596)
  }

  @Test func wccAndTheAutomaticCommunityMap() throws {
    let (folder, path) = try workspace()
    let (result, text) = try svg(
      folder, ["render", path, "--communities", "wcc", "--level", "nodes"])
    #expect(result.status == 0, "\(result.stderr)")
    // The sample has one big weak component and a few accounts on their own.
    let info = try CLI.json(try CLI.run(["info", path, "--format", "json"]).stdout)
    #expect(count(text, "cluster") == info["weak_components"] as? Int)
    let map = try svg(folder, ["render", path, "--partition", "planted", "--map-threshold", "100"])
    #expect(map.0.status == 0, "\(map.0.stderr)")
    #expect(map.0.stderr.contains("drawing the community map"))
    #expect(count(map.1, "node") == 5)
    #expect(count(map.1, "cluster") == 0)
    let quiet = try svg(
      folder, ["render", path, "--partition", "planted", "--level", "communities", "--quiet"])
    #expect(quiet.0.stderr.isEmpty)
    #expect(count(quiet.1, "node") == 5)
  }

  @Test func filteredViews() throws {
    let (folder, path) = try workspace()
    let ego = try svg(
      folder, ["render", path, "--partition", "planted", "--ego", "acct_0060", "--depth", "1"])
    #expect(ego.0.status == 0, "\(ego.0.stderr)")
    #expect(count(ego.1, "node ego") == 1)
    #expect(ego.1.contains(">acct_0060</text>"))
    let top = try svg(
      folder, ["render", path, "--partition", "planted", "--top", "40", "--labels", "none"])
    #expect(count(top.1, "node") == 40)
    #expect(!top.1.contains(">acct_"), "no account labels with --labels none")
    let community = try svg(folder, ["render", path, "--partition", "planted", "--community", "4"])
    #expect(count(community.1, "cluster") == 1)
    #expect(community.1.contains("<title>cluster_4</title>"))
    let retweets = try svg(
      folder,
      ["render", path, "--partition", "planted", "--edge-type", "retweet", "--min-weight", "5"])
    #expect(retweets.0.status == 0, "\(retweets.0.stderr)")
    #expect(count(retweets.1, "edge") > 0 && count(retweets.1, "edge") < 4841)
    #expect(!retweets.1.contains("mention edges"))
  }

  @Test func pseudonymsReplaceEveryName() throws {
    let (folder, path) = try workspace()
    let key = folder.appendingPathComponent("key")
    try Data("0123456789abcdef0123456789abcdef".utf8).write(to: key)
    let (result, text) = try svg(
      folder,
      [
        "render", path, "--partition", "planted", "--labels", "all", "--pseudonymize",
        "--pseudonym-key", key.path,
      ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(!text.contains("acct_"))
    #expect(!text.contains("news, daily"))
    #expect(text.contains(">acct&#45;"))  // Graphviz writes "-" as &#45;
  }

  @Test func formatsByExtensionAndErrors() throws {
    let (folder, path) = try workspace()
    for (ext, magic) in [
      ("png", [0x89, 0x50, 0x4E, 0x47]), ("pdf", Array("%PDF".utf8).map(Int.init)),
    ] {
      let out = folder.appendingPathComponent("d.\(ext)").path
      let result = try CLI.run([
        "render", path, "--partition", "planted", "--out", out, "--max-size", "8",
      ])
      #expect(result.status == 0, "\(result.stderr)")
      let bytes = try #require(FileManager.default.contents(atPath: out))
      #expect(Array(bytes.prefix(4)).map(Int.init) == magic)
    }
    let dot = folder.appendingPathComponent("d.dot").path
    #expect(try CLI.run(["render", path, "--partition", "planted", "--out", dot]).status == 0)
    #expect(try String(contentsOfFile: dot, encoding: .utf8).contains("pos=\""))

    let bad = try CLI.run(["render", path, "--out", folder.appendingPathComponent("d.jpg").path])
    #expect(bad.status == 64)
    let missing = folder.appendingPathComponent("none.svg").path
    let unknown = try CLI.run([
      "render", path, "--communities", "wcc", "--ego", "acct_9999", "--out", missing,
    ])
    #expect(unknown.status == 1)
    #expect(unknown.stderr.contains("unknown account 'acct_9999'"))
    #expect(!FileManager.default.fileExists(atPath: missing), "nothing written on failure")
    // Communities default to Leiden, which finds the sample's five planted cells.
    let leidenOut = folder.appendingPathComponent("leiden.svg").path
    let leiden = try CLI.run(["render", path, "--out", leidenOut, "--format", "json"])
    #expect(leiden.status == 0, "\(leiden.stderr)")
    let leidenReport = try CLI.json(leiden.stdout)
    #expect(leidenReport["communities"] as? String == "leiden")
    #expect(leidenReport["clusters"] as? Int == 5)
    let noPartition = try CLI.run(["render", path, "--partition", "nope", "--out", missing])
    #expect(noPartition.status == 1)
    #expect(noPartition.stderr.contains("unknown saved partition 'nope'"))
    let help = try CLI.run(["render", "--help"])
    #expect(help.stdout.contains("Examples:"))
  }

  @Test func krebsEdgeListWithFdpAndEveryLabel() throws {
    let folder = try CLI.temporaryFolder()
    let out = folder.appendingPathComponent("911.svg").path
    let result = try CLI.run([
      "render", "Samples/krebs-911/edges.csv", "--undirected", "--communities", "wcc", "--layout",
      "fdp", "--labels", "all",
      "--out", out, "--timings",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let text = try String(contentsOfFile: out, encoding: .utf8)
    #expect(count(text, "node") == 62)
    #expect(count(text, "edge") == 152)
    #expect(count(text, "cluster") == 1)
    #expect(text.contains(">Mohamed Atta</text>"))
    #expect(result.stderr.contains("\"render\""))
  }
}
