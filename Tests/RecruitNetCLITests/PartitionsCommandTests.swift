import Foundation
import Testing

/// `recruitnet partitions`: known groups loaded from a file, listed, shown, exported, compared,
/// drawn and deleted, on the recruitment sample (five planted cells in
/// Samples/recruitment/groups.csv).
@Suite struct PartitionsCommandTests {
  @Test func importListShowExportCompareDrawDelete() throws {
    let (folder, workspace) = try CommunitiesCommandTests().importSample()
    defer { try? FileManager.default.removeItem(at: folder) }
    let imported = try CLI.run([
      "partitions", "import", workspace, "Samples/recruitment/groups.csv", "--name", "planted",
    ])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(
      imported.stdout.contains("saved partition 'planted' (5 groups, 600 of 600 nodes assigned)"))

    let list = try CLI.run(["partitions", "list", workspace, "--format", "csv"])
    let rows = CentralityCommandTests().csvRows(list.stdout)
    #expect(rows.first == ["name", "algorithm", "communities", "nodes", "revision", "created"])
    #expect(rows.count == 2 && rows[1].prefix(4) == ["planted", "file", "5", "600"])

    let show = try CLI.run(["partitions", "show", workspace, "planted"])
    #expect(
      show.status == 0 && show.stdout.contains("communities:") && show.stdout.contains("groups:"))

    // The export has every account once, and the same groups as the file (up to numbering).
    let export = try CLI.run(["partitions", "export", workspace, "planted"])
    let exported = try CommunitiesCommandTests().assignments(export.stdout)
    #expect(exported.count == 600)
    let file = CentralityCommandTests().csvRows(
      try String(
        contentsOfFile: CLI.repositoryRoot.appendingPathComponent("Samples/recruitment/groups.csv")
          .path, encoding: .utf8))
    var pairs = Set<[String]>()
    for row in file.dropFirst() { pairs.insert([row[1], String(exported[row[0]] ?? -1)]) }
    #expect(pairs.count == 5, "each planted group maps to one exported community")

    // Comparing the planted partition with the same file is a perfect match.
    let compared = try CLI.run([
      "communities", workspace, "--show", "planted", "--compare", "Samples/recruitment/groups.csv",
      "--format", "json",
    ])
    let comparison = try CLI.json(compared.stdout)["comparison"] as? [String: Any]
    #expect(
      comparison?["nmi"] as? Double == 1 && comparison?["adjusted_rand_index"] as? Double == 1)
    let savedSource = try CLI.run([
      "communities", workspace, "--algorithm", "wcc", "--compare", "saved:planted", "--format",
      "json",
    ])
    #expect(savedSource.status == 0, "\(savedSource.stderr)")
    #expect(
      (try CLI.json(savedSource.stdout)["comparison"] as? [String: Any])?["labels"] as? Int == 5)

    let svg = folder.appendingPathComponent("planted.svg").path
    let drawn = try CLI.run([
      "render", workspace, "--partition", "planted", "--out", svg, "--format", "json",
    ])
    #expect(drawn.status == 0, "\(drawn.stderr)")
    #expect((try CLI.json(drawn.stdout)["communities"] as? String) == "saved:planted")

    let deleted = try CLI.run(["partitions", "delete", workspace, "planted"])
    #expect(deleted.status == 0)
    let again = try CLI.run(["partitions", "delete", workspace, "planted"])
    #expect(again.status == 1 && again.stderr.contains("unknown saved partition 'planted'"))
    #expect(try CLI.run(["partitions", "list", workspace]).stdout.contains("no saved partitions"))
  }

  @Test func namesNotInTheNetworkAreListed() throws {
    let (folder, workspace) = try CommunitiesCommandTests().importSample(withNodes: false)
    defer { try? FileManager.default.removeItem(at: folder) }
    let groups = folder.appendingPathComponent("groups.csv")
    try "name,group\nacct_0001,a\nnobody,b\nacct_0002,a\n".write(
      to: groups, atomically: true, encoding: .utf8)
    let result = try CLI.run(["partitions", "import", workspace, groups.path, "--name", "bad"])
    #expect(result.status == 0)
    #expect(
      result.stdout.hasSuffix(
        "(1 group, 2 of 596 nodes assigned); 1 name is not in the network and left out: \(groups.path):3: 'nobody'\n"
      ))
    #expect(try CLI.run(["partitions", "list", workspace]).stdout.contains("bad"))
  }
}
