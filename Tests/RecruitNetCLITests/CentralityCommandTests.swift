import Foundation
import Testing

/// End-to-end tests of `recruitnet centrality`, run through the binary, against the networkx
/// values in Tests/RecruitNetCentralityTests/Fixtures (written by Scripts/oracles/centrality.py).
@Suite struct CentralityCommandTests {
  func oracle(_ name: String) throws -> [String: Any] {
    let url = CLI.repositoryRoot.appendingPathComponent(
      "Tests/RecruitNetCentralityTests/Fixtures/\(name).json")
    return try CLI.json(String(contentsOf: url, encoding: .utf8))
  }

  func expected(_ oracle: [String: Any], _ column: String) throws -> [String: Double] {
    let all = try #require(oracle["expected"] as? [String: [String: Any]])
    return try #require(all[column]).compactMapValues { ($0 as? NSNumber)?.doubleValue }
  }

  /// Parses CSV rows (quoted fields allowed) into arrays of fields.
  func csvRows(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var characters = Array(text).makeIterator()
    func endField() {
      row.append(field)
      field = ""
    }
    func endRow() {
      endField()
      rows.append(row)
      row = []
    }
    while let c = characters.next() {
      if quoted {
        guard c == "\"" else {
          field.append(c)
          continue
        }
        guard let next = characters.next() else {
          quoted = false
          continue
        }
        if next == "\"" {
          field.append("\"")
        } else {
          quoted = false
          if next == "," { endField() } else if next == "\n" { endRow() }
        }
      } else if c == "\"" {
        quoted = true
      } else if c == "," {
        endField()
      } else if c == "\n" {
        endRow()
      } else {
        field.append(c)
      }
    }
    return rows
  }

  func importSample() throws -> (folder: URL, workspace: String) {
    let folder = try CLI.temporaryFolder()
    let workspace = folder.appendingPathComponent("study.rnet").path
    let imported = try CLI.run([
      "import", "Samples/recruitment/edges.csv", "--into", workspace, "--quiet",
    ])
    #expect(imported.status == 0, "\(imported.stderr)")
    return (folder, workspace)
  }

  @Test func csvMatchesNetworkxAndIsSortedAndCached() throws {
    let (_, workspace) = try importSample()
    let oracle = try oracle("recruitment")
    let pagerank = try expected(oracle, "pagerank")
    let betweenness = try expected(oracle, "betweenness")
    let first = try CLI.run([
      "centrality", workspace, "--measure", "pagerank,betweenness", "--format", "csv", "--timings",
    ])
    #expect(first.status == 0, "\(first.stderr)")
    let rows = csvRows(first.stdout)
    #expect(rows.first == ["node", "pagerank", "betweenness"])
    let data = rows.dropFirst()
    #expect(data.count == pagerank.count)
    var previous = Double.infinity
    for row in data {
      let value = try #require(Double(row[1]))
      #expect(abs(value - (pagerank[row[0]] ?? .nan)) <= 1e-9, "pagerank \(row[0])")
      let second = try #require(Double(row[2]))
      #expect(abs(second - (betweenness[row[0]] ?? .nan)) <= 1e-9, "betweenness \(row[0])")
      #expect(value <= previous)
      previous = value
    }
    #expect(first.stderr.contains("\"compute\""))
    // The same query again answers from the workspace's cache, with the same bytes.
    let second = try CLI.run([
      "centrality", workspace, "--measure", "pagerank,betweenness", "--format", "csv", "--timings",
    ])
    #expect(second.stdout == first.stdout)
    #expect(!second.stderr.contains("\"compute\""))
    let fresh = try CLI.run([
      "centrality", workspace, "--measure", "pagerank,betweenness", "--format", "csv", "--no-cache",
      "--timings",
    ])
    #expect(fresh.stdout == first.stdout)
    #expect(fresh.stderr.contains("\"compute\""))
    // --top keeps the first rows.
    let top = try CLI.run([
      "centrality", workspace, "--measure", "pagerank,betweenness", "--format", "csv", "--top", "7",
    ])
    #expect(csvRows(top.stdout) == Array(rows.prefix(8)))
  }

  @Test func importInvalidatesTheCache() throws {
    let (folder, workspace) = try importSample()
    let before = try CLI.run([
      "centrality", workspace, "--measure", "in-degree", "--account", "acct_0001", "--format",
      "csv",
    ])
    #expect(before.status == 0, "\(before.stderr)")
    let extra = folder.appendingPathComponent("extra.csv")
    try "source,target\nnewcomer_1,acct_0001\nnewcomer_2,acct_0001\n".write(
      to: extra, atomically: true, encoding: .utf8)
    #expect(try CLI.run(["import", extra.path, "--into", workspace, "--quiet"]).status == 0)
    let after = try CLI.run([
      "centrality", workspace, "--measure", "in-degree", "--account", "acct_0001", "--format",
      "csv", "--timings",
    ])
    #expect(after.stderr.contains("\"compute\""))
    let a = try #require(Int(csvRows(before.stdout)[1][2]))
    let b = try #require(Int(csvRows(after.stdout)[1][2]))
    #expect(b == a + 2)
  }

  @Test func accountRanksAndPersonalizedPageRank() throws {
    let (folder, workspace) = try importSample()
    let oracle = try oracle("recruitment")
    let pagerank = try expected(oracle, "pagerank")
    let result = try CLI.run([
      "centrality", workspace, "--measure", "pagerank", "--account", "acct_0060", "--format", "csv",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let row = csvRows(result.stdout)[1]
    let value = try #require(pagerank["acct_0060"])
    #expect(row[0] == "acct_0060" && row[1] == "pagerank")
    let printed = try #require(Double(row[2]))
    #expect(abs(printed - value) <= 1e-9)
    #expect(Int(row[3]) == pagerank.values.filter { $0 > value }.count + 1)

    let seeds = try #require(oracle["seeds"] as? [String])
    let seedFile = folder.appendingPathComponent("seeds.txt")
    try ("# seed accounts\n" + seeds.joined(separator: "\n") + "\n").write(
      to: seedFile, atomically: true, encoding: .utf8)
    let personalized = try expected(oracle, "pagerank:seeds")
    for arguments in [["--seed-file", seedFile.path], seeds.flatMap { ["--seed-account", $0] }] {
      let run = try CLI.run(
        ["centrality", workspace, "--measure", "pagerank", "--format", "json"] + arguments)
      #expect(run.status == 0, "\(run.stderr)")
      let rows = try #require(try CLI.json(run.stdout)["rows"] as? [[String: Any]])
      #expect(rows.count == personalized.count)
      for row in rows {
        let name = try #require(row["node"] as? String)
        let value = try #require((row["pagerank"] as? NSNumber)?.doubleValue)
        #expect(abs(value - (personalized[name] ?? .nan)) <= 1e-9)
      }
    }
  }

  @Test func pseudonymizedRankingKeepsValuesAndHidesNames() throws {
    let (folder, workspace) = try importSample()
    let key = folder.appendingPathComponent("key")
    try Data((0..<32).map { UInt8($0 * 7 % 251) }).write(to: key)
    let plain = try CLI.run(["centrality", workspace, "--measure", "pagerank", "--format", "csv"])
    let hidden = try CLI.run([
      "centrality", workspace, "--measure", "pagerank", "--format", "csv", "--pseudonymize",
      "--pseudonym-key", key.path,
    ])
    #expect(hidden.status == 0, "\(hidden.stderr)")
    let plainRows = csvRows(plain.stdout)
    let hiddenRows = csvRows(hidden.stdout)
    #expect(plainRows.count == hiddenRows.count && plainRows.count > 500)
    #expect(
      plainRows.map { $0.dropFirst() } == hiddenRows.map { $0.dropFirst() },
      "same values, same order")
    let pseudonyms = hiddenRows.dropFirst().map { $0[0] }
    #expect(pseudonyms.allSatisfy { $0.hasPrefix("acct-") && $0.count == 17 })
    #expect(Set(pseudonyms).count == pseudonyms.count)
    #expect(!hidden.stdout.contains("acct_0"), "no real name printed")
    // --account takes the real name and prints its pseudonym, the one in the ranking.
    let one = try CLI.run([
      "centrality", workspace, "--measure", "pagerank", "--account", "acct_0060", "--format", "csv",
      "--pseudonymize",
      "--pseudonym-key", key.path,
    ])
    let row = csvRows(one.stdout)[1]
    let rankRow = try #require(hiddenRows.first { $0[0] == row[0] })
    #expect(rankRow[1] == row[2])
    let plainRow = try #require(plainRows.first { $0[0] == "acct_0060" })
    #expect(plainRow[1] == row[2])
    // Without a key it refuses, and says how to give one.
    let noKey = try CLI.run(["centrality", workspace, "--measure", "pagerank", "--pseudonymize"])
    #expect(noKey.status == 1)
    #expect(noKey.stderr.contains("--pseudonym-key"))
  }

  @Test func plainFileAndOutFile() throws {
    let folder = try CLI.temporaryFolder()
    let out = folder.appendingPathComponent("ranks.csv").path
    let result = try CLI.run([
      "centrality", "Samples/krebs-911/edges.csv", "--undirected", "--measure",
      "betweenness,constraint", "--format", "csv", "--out", out,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    let rows = csvRows(try String(contentsOfFile: out, encoding: .utf8))
    let oracle = try oracle("krebs-911")
    let betweenness = try expected(oracle, "betweenness")
    let constraint = try expected(oracle, "constraint")
    #expect(rows.count == betweenness.count + 1)
    for row in rows.dropFirst() {
      let b = try #require(Double(row[1]))
      let c = try #require(Double(row[2]))
      #expect(abs(b - (betweenness[row[0]] ?? .nan)) <= 1e-9)
      #expect(abs(c - (constraint[row[0]] ?? .nan)) <= 1e-9)
    }
  }

  @Test func clearErrors() throws {
    let (_, workspace) = try importSample()
    let cases: [([String], String)] = [
      (["--measure", "pagernk"], "did you mean 'pagerank'"),
      (["--measure", "pagerank", "--account", "acct_001"], "unknown account 'acct_001'"),
      (["--measure", "pagerank", "--seed-account", "nobody"], "unknown seed account 'nobody'"),
      (["--measure", "degree", "--weighted"], "does not use edge weights"),
      (["--measure", "pagerank", "--edge-type", "like"], "like"),
      (["--measure", "pagerank", "--damping", "1.5"], "damping"),
    ]
    for (arguments, message) in cases {
      let result = try CLI.run(["centrality", workspace] + arguments)
      #expect(result.status == 1, "\(arguments): \(result.stderr)")
      #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
    }
    let list = try CLI.run(["centrality", "--list"])
    #expect(list.status == 0)
    #expect(list.stdout.contains("betweenness-approx") && list.stdout.contains("networkx pagerank"))
  }
}
