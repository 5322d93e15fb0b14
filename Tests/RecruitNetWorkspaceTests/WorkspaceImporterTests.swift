import Foundation
import RecruitNetGraph
import RecruitNetIO
import RecruitNetTestSupport
import Testing

@testable import RecruitNetWorkspace

/// The repository's root, for reading `Samples/` and `../shared/data`.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent()
  .deletingLastPathComponent()

@Suite struct WorkspaceImporterTests {
  let sample = repositoryRoot.appendingPathComponent("Samples/recruitment/edges.csv").path

  /// An independent count: the sample parsed with Foundation's string functions, aggregated
  /// in a dictionary keyed by (source, target, type).
  func referenceEdges() throws -> [String: (weight: Double, count: Int)] {
    let text = try String(contentsOfFile: sample, encoding: .utf8)
    var edges: [String: (Double, Int)] = [:]
    var rows = parseCSV(text)
    rows.removeFirst()
    for row in rows where row.count == 5 {
      let key = "\(row[0])\u{1}\(row[1])\u{1}\(row[2])"
      let old = edges[key] ?? (0, 0)
      edges[key] = (old.0 + (Double(row[3]) ?? .nan), old.1 + 1)
    }
    return edges
  }

  /// A small RFC 4180 parser, deliberately unlike the byte-level reader.
  func parseCSV(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var chars = Array(text)
    chars.append("\n")
    var i = 0
    while i < chars.count {
      let c = chars[i]
      if quoted {
        if c == "\"" {
          if i + 1 < chars.count && chars[i + 1] == "\"" {
            field.append("\"")
            i += 1
          } else {
            quoted = false
          }
        } else {
          field.append(c)
        }
      } else if c == "\"" {
        quoted = true
      } else if c == "," {
        row.append(field)
        field = ""
      } else if c == "\n" || c == "\r\n" {
        row.append(field)
        field = ""
        if row != [""] { rows.append(row) }
        row = []
      } else if c != "\r" {
        field.append(c)
      }
      i += 1
    }
    return rows
  }

  @Test func roundTripMatchesAnIndependentCount() async throws {
    let files = try TestFiles()
    let path = files.path("study.rnet")
    var importer = WorkspaceImporter(workspacePath: path)
    importer.edgeFiles = [sample]
    _ = try await importer.run()
    let graph = try Workspace(path: path).loadGraph()
    let reference = try referenceEdges()
    #expect(graph.edgeCount == reference.count)
    var checked = 0
    graph.forEachEdge { u, v, e in
      let key =
        "\(graph.names.name(of: u))\u{1}\(graph.names.name(of: v))\u{1}\(graph.edgeTypeNames[graph.edgeType(of: e)])"
      if let expected = reference[key], expected.weight == graph.outWeights[e],
        expected.count == graph.multiplicity(of: e)
      {
        checked += 1
      }
    }
    #expect(checked == reference.count)
    // The readable edges table says the same.
    let rows = try Workspace(path: path).read { db in
      try Int.fetchOne(db, sql: "SELECT count(*) FROM edges")
    }
    #expect(rows == reference.count)
  }

  @Test func reimportCountsNothingTwice() async throws {
    let files = try TestFiles()
    let path = files.path("study.rnet")
    var importer = WorkspaceImporter(workspacePath: path)
    importer.edgeFiles = [sample]
    _ = try await importer.run()
    let before = try Workspace(path: path).loadGraph().summary()
    let bytesBefore = try Data(contentsOf: URL(fileURLWithPath: path))
    let again = try await importer.run()
    #expect(again.skipped.count == 1)
    #expect(!again.wrote)
    #expect(try Workspace(path: path).loadGraph().summary() == before)
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytesBefore)
    #expect(try Workspace(path: path).imports().count == 1)
  }

  @Test func secondFileMergesAndKeepsIDs() async throws {
    let files = try TestFiles()
    let path = files.path("study.rnet")
    let first = try files.write("a.csv", "source,target,weight\na,b,1\nb,c,2\n")
    let second = try files.write("b.csv", "source,target,weight\na,b,5\nc,d,1\n")
    var importer = WorkspaceImporter(workspacePath: path)
    importer.edgeFiles = [first]
    _ = try await importer.run()
    let idOfC = try Workspace(path: path).loadGraph().node(named: "c")
    importer.edgeFiles = [second]
    _ = try await importer.run()
    let workspace = try Workspace(path: path)
    let graph = try workspace.loadGraph()
    #expect(graph.node(named: "c") == idOfC)
    #expect(graph.nodeCount == 4)
    let a = try #require(graph.node(named: "a"))
    let b = try #require(graph.node(named: "b"))
    #expect(graph.outWeights[try #require(graph.edge(from: a, to: b))] == 6)
    #expect(try workspace.imports().map(\.rowsImported) == [2, 2])
    #expect(try workspace.revision() == 2)
  }

  @Test func failedImportLeavesWorkspaceUntouched() async throws {
    let files = try TestFiles()
    let path = files.path("study.rnet")
    let good = try files.write("good.csv", "source,target\na,b\n")
    let bad = try files.write("bad.csv", "source,target,weight\nc,d,1\nc,d,oops\n")
    var importer = WorkspaceImporter(workspacePath: path)
    importer.edgeFiles = [good]
    _ = try await importer.run()
    let bytesBefore = try Data(contentsOf: URL(fileURLWithPath: path))
    importer.edgeFiles = [bad]
    await #expect(throws: ImportError.self) { _ = try await importer.run() }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytesBefore)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: files.folder.path).filter {
      $0.contains(".tmp")
    }
    #expect(leftovers.isEmpty)
    // A failed first import leaves no workspace at all.
    var fresh = WorkspaceImporter(workspacePath: files.path("new.rnet"))
    fresh.edgeFiles = [bad]
    await #expect(throws: ImportError.self) { _ = try await fresh.run() }
    #expect(!FileManager.default.fileExists(atPath: files.path("new.rnet")))
  }

  @Test func nodeTableAttributesAndLabelsWithProvenance() async throws {
    let files = try TestFiles()
    let path = files.path("study.rnet")
    let edges = try files.write("e.csv", "source,target\n007,b\n")
    let nodes = try files.write(
      "n.csv",
      "name,label,followers,score,handle_id\n007,seed;verdict=supporter,120,0.5,0042\nlonely,suspended,3,1,7\n"
    )
    var importer = WorkspaceImporter(workspacePath: path)
    importer.edgeFiles = [edges]
    importer.nodeFiles = [nodes]
    _ = try await importer.run()
    let workspace = try Workspace(path: path)
    let graph = try workspace.loadGraph()
    #expect(graph.nodeCount == 3)
    let node = try #require(graph.node(named: "007"))
    let labels = try workspace.labels(of: node)
    #expect(labels.map(\.label) == ["seed", "verdict=supporter"])
    #expect(labels.allSatisfy { $0.file == nodes })
    let types = try workspace.read { db in
      try String.fetchAll(
        db,
        sql: "SELECT key || ':' || typeof(value) FROM node_attributes WHERE node = ? ORDER BY key",
        arguments: [Int64(node)])
    }
    #expect(types == ["followers:integer", "handle_id:text", "score:real"])
    // Attribute values as text, for `communities --compare attr:KEY`.
    #expect(try workspace.nodeAttributeKeys() == ["followers", "handle_id", "score"])
    let handles = try workspace.nodeAttribute("handle_id")
    #expect(handles.map(\.value) == ["0042", "7"])
    #expect(handles.first?.node == node)
    #expect(try workspace.nodeAttribute("score").map(\.value) == ["0.5", "1"])
    #expect(try workspace.nodeAttribute("cell").isEmpty)
  }

  @Test func directionIsFixedPerWorkspace() async throws {
    let files = try TestFiles()
    let path = files.path("u.rnet")
    let edges = try files.write("e.csv", "a,b\nb,a\n")
    var importer = WorkspaceImporter(workspacePath: path, directed: false)
    importer.edgeFiles = [edges]
    _ = try await importer.run()
    #expect(try Workspace(path: path).loadGraph().edgeCount == 1)
    var directed = WorkspaceImporter(workspacePath: path, directed: true)
    directed.edgeFiles = [try files.write("f.csv", "c,d\n")]
    await #expect(throws: WorkspaceError.self) { _ = try await directed.run() }
  }

  @Test func notAWorkspace() throws {
    let files = try TestFiles()
    let text = try files.write("x.rnet", "hello")
    #expect(throws: WorkspaceError.self) { try Workspace(path: text) }
    #expect(throws: WorkspaceError.self) { try Workspace(path: files.path("missing.rnet")) }
  }
}
