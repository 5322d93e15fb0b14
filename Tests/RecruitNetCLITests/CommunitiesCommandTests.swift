import Foundation
import Testing

/// End-to-end tests of `recruitnet communities`, run through the binary on the bundled samples:
/// Samples/recruitment (five planted cells, Samples/recruitment/groups.csv) and Samples/krebs-911.
@Suite struct CommunitiesCommandTests {
  /// The recruitment sample with its account table (600 accounts, attribute `group`).
  func importSample(withNodes: Bool = true) throws -> (folder: URL, workspace: String) {
    let folder = try CLI.temporaryFolder()
    let workspace = folder.appendingPathComponent("study.rnet").path
    var arguments = ["import", "Samples/recruitment/edges.csv", "--into", workspace, "--quiet"]
    if withNodes { arguments += ["--nodes", "Samples/recruitment/accounts.csv"] }
    let imported = try CLI.run(arguments)
    #expect(imported.status == 0, "\(imported.stderr)")
    return (folder, workspace)
  }

  /// `node,community` rows (names may be quoted) into a dictionary, checking the header.
  func assignments(_ csv: String) throws -> [String: Int] {
    let rows = CentralityCommandTests().csvRows(csv)
    #expect(rows.first == ["node", "community"])
    var result: [String: Int] = [:]
    for row in rows.dropFirst() {
      let community = Int(row[1])
      #expect(community != nil, "row \(row)")
      result[row[0]] = community ?? -1
    }
    return result
  }

  @Test func csvIsCanonicalAndFindsThePlantedCells() throws {
    let (_, workspace) = try importSample()
    for algorithm in ["infomap", "labelprop"] {
      let run = try CLI.run([
        "communities", workspace, "--algorithm", algorithm, "--seed", "3", "--format", "csv",
        "--timings",
      ])
      #expect(run.status == 0, "\(run.stderr)")
      let assignment = try assignments(run.stdout)
      #expect(assignment.count == 600)
      // Numbered from 0 by decreasing size, every number used.
      var sizes: [Int: Int] = [:]
      for c in assignment.values { sizes[c, default: 0] += 1 }
      let numbers = sizes.keys.sorted()
      #expect(numbers == Array(0..<numbers.count))
      #expect(numbers.map { sizes[$0] ?? 0 } == numbers.map { sizes[$0] ?? 0 }.sorted(by: >))
      // The four accounts without ties (in cells 1, 2, 3 and 5) are singletons at the end.
      #expect(numbers.suffix(4).allSatisfy { sizes[$0] == 1 }, "\(algorithm): \(sizes)")
      if algorithm == "infomap" {
        // Infomap recovers the planted cells of 160, 140, 120, 100 and 80 accounts exactly (less
        // the isolated ones), largest first.
        #expect(numbers.map { sizes[$0] ?? 0 } == [159, 139, 119, 100, 79, 1, 1, 1, 1], "\(sizes)")
      }
      let timings = try CLI.json(String(run.stderr.split(separator: "\n").last ?? ""))
      #expect(
        Set(timings.keys) == [
          "load", "compute", "cache", "output", "load_cpu", "compute_cpu", "cache_cpu",
          "output_cpu",
        ])
    }
  }

  @Test func pseudonymizedAssignmentsKeepTheGroupsAndMatchCentrality() throws {
    let (folder, workspace) = try importSample()
    let key = folder.appendingPathComponent("key")
    try Data((0..<24).map { UInt8(($0 * 13 + 5) % 256) }).write(to: key)
    let hide = ["--pseudonymize", "--pseudonym-key", key.path]
    let plain = try assignments(
      try CLI.run(["communities", workspace, "--algorithm", "infomap", "--format", "csv"]).stdout)
    let run = try CLI.run(
      ["communities", workspace, "--algorithm", "infomap", "--format", "csv"] + hide)
    #expect(run.status == 0, "\(run.stderr)")
    let hidden = try assignments(run.stdout)
    #expect(hidden.count == plain.count)
    #expect(hidden.keys.allSatisfy { $0.hasPrefix("acct-") && $0.count == 17 })
    // The same pseudonyms as `centrality --pseudonymize` with the same key, in the same groups.
    let ranks = CentralityCommandTests().csvRows(
      try CLI.run(["centrality", workspace, "--measure", "degree", "--format", "csv"] + hide).stdout
    )
    let plainRanks = CentralityCommandTests().csvRows(
      try CLI.run(["centrality", workspace, "--measure", "degree", "--format", "csv"]).stdout)
    for (hiddenRow, plainRow) in zip(ranks.dropFirst(), plainRanks.dropFirst()) {
      #expect(hidden[hiddenRow[0]] == plain[plainRow[0]], "\(plainRow[0])")
    }
    let table = try CLI.run(
      ["communities", workspace, "--algorithm", "infomap", "--account", "acct_0060"] + hide)
    #expect(table.status == 0, "\(table.stderr)")
    #expect(!table.stdout.contains("acct_0"), "no real name in the table")
  }

  @Test func compareWithGroupsFileAndAttribute() throws {
    let (_, workspace) = try importSample()
    for algorithm in ["infomap", "labelprop"] {
      let run = try CLI.run([
        "communities", workspace, "--algorithm", algorithm, "--compare",
        "Samples/recruitment/groups.csv", "--format", "json",
      ])
      #expect(run.status == 0, "\(run.stderr)")
      let json = try CLI.json(run.stdout)
      let comparison = try #require(json["comparison"] as? [String: Any])
      let nmi = try #require(comparison["nmi"] as? Double)
      // Infomap finds the cells (NMI ≈ 0.99, only the isolated accounts differ); label propagation,
      // weaker by nature, splits a few (≈ 0.9).
      #expect(nmi > (algorithm == "infomap" ? 0.98 : 0.85), "\(algorithm) NMI \(nmi)")
      #expect(comparison["nodes_compared"] as? Int == 600)
      #expect(comparison["nodes_without_label"] as? Int == 0)
      let attribute = try CLI.run([
        "communities", workspace, "--algorithm", algorithm, "--compare", "attr:group", "--format",
        "json",
      ])
      let byAttribute = try #require(try CLI.json(attribute.stdout)["comparison"] as? [String: Any])
      #expect(byAttribute["nmi"] as? Double == nmi)
    }
    // The table prints the comparison too.
    let table = try CLI.run([
      "communities", workspace, "--algorithm", "infomap", "--compare",
      "Samples/recruitment/groups.csv",
    ])
    #expect(table.status == 0)
    #expect(
      table.stdout.contains("NMI:") && table.stdout.contains("adjusted Rand index:")
        && table.stdout.contains("codelength (bits):"))
  }

  @Test func jsonReportsEveryCommunity() throws {
    let (_, workspace) = try importSample()
    let run = try CLI.run([
      "communities", workspace, "--algorithm", "infomap", "--seed", "1", "--format", "json",
      "--top", "3",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let json = try CLI.json(run.stdout)
    let summary = try #require(json["summary"] as? [String: Any])
    let communities = try #require(json["communities"] as? [[String: Any]])
    #expect(summary["count"] as? Int == communities.count)
    #expect((summary["modularity"] as? Double ?? 0) > 0.7)
    #expect((summary["codelength"] as? Double ?? 0) > 0)
    #expect((summary["coverage"] as? Double ?? 0) > 0.9)
    let first = communities[0]
    #expect(first["size"] as? Int == 159)
    #expect((first["top_accounts"] as? [[String: Any]])?.count == 3)
    #expect((first["links"] as? [[String: Any]])?.isEmpty == false)
    let parameters = try #require(json["parameters"] as? [String: Any])
    #expect(parameters["seed"] as? Int == 1 && parameters["trials"] as? Int == 10)
    #expect(json["rank_by"] as? String == "pagerank")
  }

  @Test func saveShowRoundTripAndAccount() throws {
    let (_, workspace) = try importSample()
    let computed = try CLI.run([
      "communities", workspace, "--algorithm", "infomap", "--seed", "4", "--format", "csv",
      "--save", "cells",
    ])
    #expect(computed.status == 0, "\(computed.stderr)")
    let shown = try CLI.run(["communities", workspace, "--show", "cells", "--format", "csv"])
    #expect(shown.status == 0, "\(shown.stderr)")
    #expect(shown.stdout == computed.stdout)
    let json = try CLI.json(
      try CLI.run(["communities", workspace, "--show", "cells", "--format", "json"]).stdout)
    #expect(json["saved_as"] as? String == "cells" && json["algorithm"] as? String == "infomap")
    let account = try CLI.run([
      "communities", workspace, "--show", "cells", "--account", "acct_0001", "--format", "csv",
    ])
    #expect(account.status == 0, "\(account.stderr)")
    let rows = CentralityCommandTests().csvRows(account.stdout)
    let community = try assignments(computed.stdout)["acct_0001"]
    #expect(rows.count == 2 && rows[1][0] == "acct_0001" && Int(rows[1][1]) == community)
    #expect(rows[1][2] == "159")
    // An unknown account is an error with close matches.
    let unknown = try CLI.run([
      "communities", workspace, "--show", "cells", "--account", "acct_00001",
    ])
    #expect(unknown.status == 1)
    #expect(
      unknown.stderr.contains("unknown account 'acct_00001'")
        && unknown.stderr.contains("did you mean"))
    let missing = try CLI.run(["communities", workspace, "--show", "celss"])
    #expect(missing.status == 1 && missing.stderr.contains("did you mean 'cells'?"))
  }

  @Test func sameSeedSameOutputOnAnyThreadCountAndCache() throws {
    let (_, workspace) = try importSample()
    let one = try CLI.run([
      "communities", workspace, "--algorithm", "infomap", "--seed", "8", "--format", "csv",
      "--threads", "1", "--no-cache",
    ])
    let two = try CLI.run([
      "communities", workspace, "--algorithm", "infomap", "--seed", "8", "--format", "csv",
      "--threads", "2", "--timings",
    ])
    #expect(one.status == 0 && two.status == 0)
    #expect(one.stdout == two.stdout)
    let cached = try CLI.run([
      "communities", workspace, "--algorithm", "infomap", "--seed", "8", "--format", "csv",
      "--timings",
    ])
    #expect(cached.stdout == one.stdout)
    #expect(!cached.stderr.contains("\"compute\""))
  }

  @Test func compareErrorsNameFileAndLine() throws {
    // Without the account table, the four accounts without ties are not in the network: the
    // comparison is on the accounts both share, and says how many it left out.
    let (folder, workspace) = try importSample(withNodes: false)
    let run = try CLI.run([
      "communities", workspace, "--algorithm", "wcc", "--compare", "Samples/recruitment/groups.csv",
      "--format", "json",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let comparison = try CLI.json(run.stdout)["comparison"] as? [String: Any]
    #expect(comparison?["names_not_in_network"] as? Int == 4)
    let table = try CLI.run([
      "communities", workspace, "--algorithm", "wcc", "--compare", "Samples/recruitment/groups.csv",
    ])
    #expect(table.stdout.contains("labelled names not here"), "\(table.stdout)")
    let bad = folder.appendingPathComponent("labels.csv")
    try "node,label\nacct_0001,1\nacct_0002\n".write(to: bad, atomically: true, encoding: .utf8)
    let short = try CLI.run(["communities", workspace, "--algorithm", "wcc", "--compare", bad.path])
    #expect(short.status == 1)
    #expect(short.stderr.contains("labels.csv:3: error: expected two fields"), "\(short.stderr)")
    try "node,label\nacct_0001,1\nacct_0001,2\n".write(to: bad, atomically: true, encoding: .utf8)
    let conflict = try CLI.run([
      "communities", workspace, "--algorithm", "wcc", "--compare", bad.path,
    ])
    #expect(conflict.status == 1 && conflict.stderr.contains("labels.csv:3"))
    let attribute = try CLI.run([
      "communities", workspace, "--algorithm", "wcc", "--compare", "attr:cell",
    ])
    #expect(attribute.status == 1 && attribute.stderr.contains("node attribute"))
  }

  @Test func plainEdgeListsAndUsageErrors() throws {
    let krebs = try CLI.run([
      "communities", "Samples/krebs-911/edges.csv", "--undirected", "--algorithm", "labelprop",
      "--top", "2",
    ])
    #expect(krebs.status == 0, "\(krebs.stderr)")
    #expect(krebs.stdout.contains("modularity:") && krebs.stdout.contains("top by pagerank"))
    let wcc = try CLI.run([
      "communities", "Samples/krebs-911/edges.csv", "--undirected", "--algorithm", "wcc",
      "--format", "csv",
    ])
    #expect(try assignments(wcc.stdout).values.allSatisfy { $0 == 0 })  // one component
    let save = try CLI.run([
      "communities", "Samples/krebs-911/edges.csv", "--algorithm", "wcc", "--save", "x",
    ])
    #expect(save.status == 1 && save.stderr.contains("saving a partition needs a workspace"))
    let usage = try CLI.run(["communities", "Samples/krebs-911/edges.csv", "--algorithm", "nope"])
    #expect(usage.status == 64)
    let cpm = try CLI.run([
      "communities", "Samples/krebs-911/edges.csv", "--algorithm", "infomap", "--quality", "cpm",
    ])
    #expect(cpm.status == 64)
    let measure = try CLI.run([
      "communities", "Samples/krebs-911/edges.csv", "--algorithm", "wcc", "--rank-by", "pagerenk",
    ])
    #expect(measure.status == 1 && measure.stderr.contains("did you mean 'pagerank'?"))
    let list = try CLI.run(["communities", "--list"])
    #expect(list.status == 0 && list.stdout.contains("doi:10.1073/pnas.0706851105"))
    let help = try CLI.run(["communities", "--help"])
    #expect(
      help.status == 0 && help.stdout.contains("Examples:") && help.stdout.contains("--compare"))
    // An atomically written --out file, and nothing on stdout.
    let folder = try CLI.temporaryFolder()
    let out = folder.appendingPathComponent("groups.csv").path
    let written = try CLI.run([
      "communities", "Samples/krebs-911/edges.csv", "--undirected", "--algorithm", "infomap",
      "--format", "csv", "--out", out,
    ])
    #expect(written.status == 0 && written.stdout.isEmpty)
    #expect(try String(contentsOfFile: out, encoding: .utf8).hasPrefix("node,community\n"))
  }

  /// One syntax for partitions: `saved:NAME` and a bare saved NAME both work in --compare (a bare
  /// name used to fail with "no such file"), and a wrong name lists the saved ones.
  @Test func compareAcceptsASavedPartitionByNameAsRenderDoes() throws {
    let (_, workspace) = try importSample()
    let saved = try CLI.run([
      "communities", workspace, "--algorithm", "leiden", "--seed", "1", "--save", "cells",
      "--quiet",
    ])
    #expect(saved.status == 0, "\(saved.stderr)")
    var nmi: [Double] = []
    for argument in ["saved:cells", "cells"] {
      let compared = try CLI.run([
        "communities", workspace, "--algorithm", "labelprop", "--compare", argument, "--format",
        "json",
      ])
      #expect(compared.status == 0, "\(compared.stderr)")
      let comparison = try #require(try CLI.json(compared.stdout)["comparison"] as? [String: Any])
      nmi.append(try #require(comparison["nmi"] as? Double))
    }
    #expect(nmi.count == 2 && nmi[0] == nmi[1] && nmi[0] > 0.5)
    let wrong = try CLI.run(["communities", workspace, "--compare", "saved:cell"])
    #expect(wrong.status == 1)
    #expect(wrong.stderr.contains("unknown saved partition 'cell'"))
    #expect(wrong.stderr.contains("cells"))
  }
}
