import Foundation
import RecruitNetGraph
import RecruitNetIO
import RecruitNetTestSupport
import Testing

@testable import RecruitNetWorkspace

/// The traps a first user fell into: a commented node-table header, a re-import with other
/// options refused as a duplicate, no way to correct a wrong import, suspicious names going in
/// silently.
@Suite struct WorkspaceReimportTests {
  /// Every edge as `source→target/type=weight×count`, sorted: two graphs with the same edges and
  /// the same merged weights give the same list.
  func edgeList(_ graph: Graph) -> [String] {
    var edges: [String] = []
    graph.forEachEdge { s, t, e in
      edges.append(
        "\(graph.names[Int(s)])→\(graph.names[Int(t)])/\(graph.edgeTypeNames[graph.edgeType(of: e)])=\(graph.weight(of: e))×\(graph.multiplicity(of: e))"
      )
    }
    return edges.sorted()
  }

  @Test func commentedHeaderOfANodeTableIsTheHeader() async throws {
    let files = try TestFiles()
    // Netzschleuder's layout: `# index, name, …` on the first line, edges by index.
    let edges = try files.write("edges.csv", "# source, target\n0,1\n1,2\n")
    let nodes = try files.write(
      "nodes.csv", "# index, name, group\n0,Alice,4\n1,Bob,4\n2,\"Carol, Jr\",1\n")
    var importer = WorkspaceImporter(workspacePath: files.path("w.rnet"))
    importer.edgeFiles = [edges]
    importer.nodeFiles = [nodes]
    importer.nodeReader = NodeTableReader(nameColumn: .name("index"))
    let outcome = try await importer.run()
    let table = try #require(outcome.nodeTables.first)
    #expect(table.headerFromComment)
    #expect(table.header == ["index", "name", "group"])
    #expect(table.records == 3)
    #expect(table.warnings.isEmpty)
    let workspace = try Workspace(path: files.path("w.rnet"))
    #expect(try workspace.loadGraph().nodeCount == 3)
    #expect(try workspace.nodeAttributeKeys() == ["group", "name"])
    #expect(try workspace.nodeAttribute("name").map(\.value) == ["Alice", "Bob", "Carol, Jr"])
  }

  @Test func aCommentThatIsNotAHeaderStaysAComment() throws {
    let files = try TestFiles()
    let nodes = try files.write("nodes.csv", "# exported 2024\nname,group\nAlice,4\nBob,4\n")
    var builder = GraphBuilder(isDirected: true)
    let (records, report) = try NodeTableReader().read(path: nodes, into: &builder)
    #expect(!report.headerFromComment)
    #expect(report.header == ["name", "group"])
    #expect(report.commentLines == 1)
    #expect(records.count == 2)
  }

  @Test func aHeaderThatLooksLikeDataIsReported() throws {
    let files = try TestFiles()
    // The commented header switched off: the first data row is read as the header.
    let nodes = try files.write("nodes.csv", "0,Alice,4\n1,Bob,4\n")
    var builder = GraphBuilder(isDirected: true)
    let reader = NodeTableReader(nameColumn: .index(1))
    let (_, report) = try reader.read(path: nodes, into: &builder)
    #expect(report.records == 1)
    #expect(report.warnings.count == 1)
    #expect(report.warnings.first?.contains("numeric column names (\"0\", \"4\")") == true)
  }

  @Test func noCommentCharacterReadsTheHashLineAsAHeader() throws {
    let files = try TestFiles()
    let nodes = try files.write("nodes.csv", "#id,group\n#1,4\n")
    var builder = GraphBuilder(isDirected: true)
    let (records, report) = try NodeTableReader(comment: nil).read(path: nodes, into: &builder)
    #expect(report.header == ["#id", "group"])
    #expect(records.count == 1)
    #expect(try builder.build().names[0] == "#1")
  }

  @Test func sameContentOtherOptionsIsImportedAndNoted() async throws {
    let files = try TestFiles()
    let path = files.path("w.rnet")
    let edges = try files.write("e.csv", "source,target,weight\na,b,1\nb,c,2\na,b,3\n")
    var importer = WorkspaceImporter(workspacePath: path)
    importer.edgeFiles = [edges]
    _ = try await importer.run()
    importer.edgeOptions.edgeType = "retweet"
    let again = try await importer.run()
    #expect(again.skipped.isEmpty)
    #expect(again.reimported.count == 1)
    #expect(again.reimported.first?.replaced == false)
    #expect(again.reimported.first?.differences == ["edge_type (none) → retweet"])
    let graph = try Workspace(path: path).loadGraph()
    #expect(graph.edgeTypeNames == ["edge", "retweet"])
    #expect(graph.edgeCount == 4)
    // The same options once more: skipped, nothing counts twice.
    let third = try await importer.run()
    #expect(third.skipped.count == 1)
    #expect(!third.wrote)
  }

  @Test func replaceTakesEveryEarlierImportOfTheContentOut() async throws {
    let files = try TestFiles()
    let path = files.path("w.rnet")
    let edges = try files.write(
      "e.csv", "source,target,weight,time\na,b,1,10\nb,c,2,20\na,b,3,30\nc,a,0.5,40\n")
    let other = try files.write("o.csv", "source,target,weight\na,b,7\nd,a,1\n")
    // The reference: the other file, then this one with the right options, once.
    var reference = WorkspaceImporter(workspacePath: files.path("reference.rnet"))
    reference.edgeFiles = [other]
    _ = try await reference.run()
    reference.edgeFiles = [edges]
    reference.edgeOptions.edgeType = "follow"
    _ = try await reference.run()
    let expected = edgeList(try Workspace(path: files.path("reference.rnet")).loadGraph())

    var importer = WorkspaceImporter(workspacePath: path)
    importer.edgeFiles = [other]
    _ = try await importer.run()
    importer.edgeFiles = [edges]
    _ = try await importer.run()  // wrong: no edge type
    importer.edgeOptions.weight = .none
    _ = try await importer.run()  // wrong again: weights ignored; both count now
    let idsBefore = try Workspace(path: path).loadGraph().names.map { $0 }
    importer.edgeOptions = EdgeListOptions()
    importer.edgeOptions.edgeType = "follow"
    importer.replace = true
    let fixed = try await importer.run()
    #expect(fixed.reimported.first?.replaced == true)
    let workspace = try Workspace(path: path)
    let graph = try workspace.loadGraph()
    // Only the other file's edges keep the type `edge`.
    #expect(edgeList(graph) == expected)
    #expect(graph.edgeCountsByType[try #require(graph.edgeTypeNames.firstIndex(of: "edge"))] == 2)
    #expect(graph.names.map { $0 } == idsBefore)
    let ledger = try workspace.imports()
    #expect(ledger.count == 4)
    #expect(ledger[1].options.contains("\"replaced_by\":\"4\""))
    #expect(ledger[2].options.contains("\"replaced_by\":\"4\""))
    #expect(ledger[3].options.contains("\"replaces\":\"2,3\""))
    #expect(!ledger[0].options.contains("replaced"))
    // The replaced imports no longer count as imported: the first options go in again.
    importer.replace = false
    importer.edgeOptions = EdgeListOptions()
    let back = try await importer.run()
    #expect(back.skipped.isEmpty)
    #expect(back.wrote)
  }

  @Test func replacingANodeTableDropsItsAttributes() async throws {
    let files = try TestFiles()
    let path = files.path("w.rnet")
    let edges = try files.write("e.csv", "source,target\n1,2\n")
    let nodes = try files.write("n.csv", "id,name,group\n1,Alice,x\n2,Bob,y\n")
    var importer = WorkspaceImporter(workspacePath: path)
    importer.edgeFiles = [edges]
    importer.nodeFiles = [nodes]
    importer.nodeReader = NodeTableReader(nameColumn: .name("name"))  // wrong column
    _ = try await importer.run()
    #expect(try Workspace(path: path).loadGraph().nodeCount == 4)
    importer.edgeFiles = []
    importer.nodeReader = NodeTableReader(nameColumn: .name("id"))
    importer.replace = true
    _ = try await importer.run()
    let workspace = try Workspace(path: path)
    let graph = try workspace.loadGraph()
    let one = try #require(graph.node(named: "1"))
    let attributes = try workspace.nodeAttributes()
    #expect(attributes[one]?.map(\.key) == ["group", "name"])
    // Alice and Bob, named by the wrong import, stay (ids are stable) but lose its attributes.
    let alice = try #require(graph.node(named: "Alice"))
    #expect(attributes[alice] == nil)
  }

  @Test func suspiciousNamesAreCountedAndShownPrintable() async throws {
    let files = try TestFiles()
    let backticks = String(repeating: "`", count: 304)
    let edges = try files.write(
      "e.csv", "source,target\na,\"\(backticks)\"\n\"b\u{7}c\",a\nd,a\n")
    var importer = WorkspaceImporter(workspacePath: files.path("w.rnet"))
    importer.edgeFiles = [edges]
    let outcome = try await importer.run()
    let names = outcome.suspiciousNames
    #expect(names.counts == [.overlong: 1, .controlCharacters: 1])
    #expect(names.examples[.controlCharacters] == ["b\\u{7}c"])
    #expect(
      names.examples[.overlong] == [String(repeating: "`", count: 40) + "… (304 characters)"])
    #expect(names.lines.count == 2)
  }

  @Test func handleRule() {
    let names = SuspiciousNames(
      checking: ["ok_name1", "has space", "abcdefghijklmnop", "", "ünï"], handles: true)
    #expect(names.counts[.notAHandle] == 4)
    // Accounts as a tweet import names them: `@handle` without a user id, the id otherwise.
    let imported = SuspiciousNames(
      checking: [
        "@GunsandCoffee70", "1234567890123456789", "@", "@has space", "@sixteen_letters6",
      ],
      handles: true)
    #expect(imported.counts[.notAHandle] == 3)
    #expect(imported.examples[.notAHandle] == ["@", "@has space", "@sixteen_letters6"])
    #expect(SuspiciousNames(checking: ["has space"]).isEmpty)
  }

  @Test func recordedOptionsReadBack() throws {
    var options = EdgeListOptions()
    options.source = .name("from")
    options.target = .index(3)
    options.weight = .column(.name("w"))
    options.typeColumn = .name("kind")
    options.time = .index(5)
    options.header = .present
    options.delimiter = .tab
    options.comment = nil
    options.skipInvalid = true
    options.sourceKind = "hashtag"
    let back = try #require(EdgeListOptions(recorded: options.recorded))
    #expect(back == options)
    #expect(EdgeListOptions(recorded: EdgeListOptions().recorded) == EdgeListOptions())
    #expect(EdgeListOptions(recorded: ["source": "from"]) == nil)
  }
}

/// The SNAbook 9/11 file, whose tie strengths (1, 3, 5) a sum turned into 2–20: the import
/// reports the merged rows, counted here independently, and `max` keeps the strengths.
@Suite struct MergeReportTests {
  @Test func snabookMergesAreReportedAndMaxKeepsTheStrengths() async throws {
    guard let file = SharedData.path("krebs-911-snabook/9_11_edgelist.txt") else { return }
    var rows: [String: [Double]] = [:]
    for line in try String(contentsOfFile: file, encoding: .utf8).split(whereSeparator: \.isNewline)
    {
      let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      guard fields.count >= 3, let weight = Double(fields[2]) else { continue }
      let key = [fields[0], fields[1]].sorted().joined(separator: "\u{1}")
      rows[key, default: []].append(weight)
    }
    let several = rows.values.filter { $0.count > 1 }
    let files = try TestFiles()
    var importer = WorkspaceImporter(workspacePath: files.path("w.rnet"), directed: false)
    importer.edgeFiles = [file]
    importer.edgeOptions.merge = .max
    let outcome = try await importer.run()
    #expect(outcome.merges.mergedRows == rows.values.reduce(0) { $0 + $1.count - 1 })
    #expect(outcome.merges.edgesFromSeveralRows == several.count)
    #expect(outcome.merges.disagreeingEdges == several.filter { Set($0).count > 1 }.count)
    let graph = try #require(outcome.graph)
    var weights = Set<Double>()
    graph.forEachEdge { _, _, e in weights.insert(graph.weight(of: e)) }
    #expect(weights.isSubset(of: [1, 3, 5]))
    #expect(graph.weightTotal == rows.values.reduce(0) { $0 + ($1.max() ?? 0) })
  }
}
