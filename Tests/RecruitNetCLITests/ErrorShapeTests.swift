import Foundation
import Testing

/// Every located error prints in one shape, `recruitnet: FILE[:LINE[:COL]]: error: message`,
/// with "error:" once; unlocated errors print `recruitnet: error: message`.
@Suite struct ErrorShapeTests {
  /// The shape, and "error:" exactly once.
  func expectShape(
    _ stderr: String, file: String, line: Int? = nil, column: Int? = nil, _ rest: String
  ) {
    var location = file
    if let line { location += ":\(line)" }
    if let column { location += ":\(column)" }
    #expect(stderr.hasPrefix("recruitnet: \(location): error: \(rest)"), "\(stderr)")
    #expect(stderr.components(separatedBy: "error:").count == 2, "\(stderr)")
    #expect(stderr.hasSuffix("\n") && stderr.split(separator: "\n").count == 1, "\(stderr)")
  }

  @Test func locatedErrorsHaveOneShape() throws {
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    func write(_ name: String, _ text: String) throws -> String {
      let url = folder.appendingPathComponent(name)
      try text.write(to: url, atomically: true, encoding: .utf8)
      return url.path
    }
    let workspace = folder.appendingPathComponent("study.rnet").path
    #expect(
      try CLI.run(["import", "Samples/recruitment/edges.csv", "--into", workspace, "--quiet"])
        .status == 0)

    // An edge list with a bad weight: file, line and column.
    let edges = try write("edges.csv", "source,target,weight\na,b,1\nb,c,abc\n")
    let bad = try CLI.run(["info", edges])
    #expect(bad.status == 1)
    expectShape(bad.stderr, file: edges, line: 3, column: 5, "weight")

    // A seed file with a negative weight: file and line (it printed "error:" twice before).
    let seeds = try write("seeds.txt", "acct_0001\nacct_0002,-2\n")
    let seeded = try CLI.run([
      "centrality", workspace, "--measure", "pagerank", "--seed-file", seeds,
    ])
    #expect(seeded.status == 1)
    expectShape(
      seeded.stderr, file: seeds, line: 2, "seed weight must be a non-negative number, got -2.0")
    let empty = try write("empty-seeds.txt", "# nobody\n")
    expectShape(
      try CLI.run(["centrality", workspace, "--measure", "pagerank", "--seed-file", empty]).stderr,
      file: empty,
      "no seed accounts in the file")

    // A comparison file naming accounts that are not in the network.
    let groups = try write("groups.csv", "name,group\nnobody,a\n")
    let compared = try CLI.run([
      "communities", workspace, "--algorithm", "wcc", "--compare", groups,
    ])
    expectShape(compared.stderr, file: groups, "1 name is not in the network: line 2: 'nobody'")

    // A text file named like a workspace, and a SQLite file that is not one.
    let text = try write("text.rnet", "source,target\na,b\n")
    expectShape(try CLI.run(["info", text]).stderr, file: text, "not a RecruitNet workspace")
    let foreign = folder.appendingPathComponent("foreign.rnet").path
    let sqlite = Process()
    sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    sqlite.arguments = [
      "python3", "-c",
      "import sqlite3,sys; sqlite3.connect(sys.argv[1]).execute('create table t(x)')", foreign,
    ]
    try sqlite.run()
    sqlite.waitUntilExit()
    for command in [
      ["info", foreign], ["centrality", foreign], ["communities", foreign],
      ["partitions", "list", foreign],
    ] {
      let result = try CLI.run(command)
      #expect(result.status == 1)
      expectShape(result.stderr, file: foreign, "not a RecruitNet workspace")
      #expect(!result.stderr.contains("no such table"))
    }

    // Unlocated errors: no file, one "error:".
    let unknown = try CLI.run([
      "centrality", workspace, "--measure", "pagerank", "--account", "acct_9999",
    ])
    #expect(
      unknown.stderr.hasPrefix("recruitnet: error: unknown account 'acct_9999'; did you mean"))
    #expect(unknown.stderr.components(separatedBy: "error:").count == 2)
  }

  /// The library's messages name no flag and no command: the CLI adds those from its hint table.
  @Test func libraryErrorTextNamesNoFlag() throws {
    let libraries = [
      "RecruitNetGraph", "RecruitNetIO", "RecruitNetWorkspace", "RecruitNetCentrality",
      "RecruitNetCommunities",
      "RecruitNetRender", "RecruitNetAnalysis",
    ]
    var checked = 0
    for library in libraries {
      let folder = CLI.repositoryRoot.appendingPathComponent("Sources/\(library)")
      let files = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter {
        $0.hasSuffix(".swift")
      }
      for file in files {
        let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
          .enumerated()
        {
          let code = line.trimmingCharacters(in: .whitespaces)
          if code.hasPrefix("//") { continue }
          let literals = code.split(separator: "\"", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }.map(\.element)
          for literal in literals {
            let flag = literal.range(of: "--[a-z]", options: .regularExpression) != nil
            #expect(
              !flag && !literal.contains("recruitnet "),
              "\(library)/\(file):\(number + 1): \(literal)")
          }
        }
        checked += 1
      }
    }
    #expect(checked > 100)
  }
}
