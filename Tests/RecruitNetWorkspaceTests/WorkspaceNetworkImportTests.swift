import Foundation
import GRDB
import RecruitNetGraph
import RecruitNetIO
import RecruitNetTestSupport
import Testing

@testable import RecruitNetWorkspace

/// Network files (GraphML, GEXF, …) go through the same import path as edge lists: one builder,
/// typed node attributes and labels in their tables, the SHA-256 ledger, all or nothing.
@Suite struct WorkspaceNetworkImportTests {
  static let fixtures = repositoryRoot.appendingPathComponent(
    "Tests/RecruitNetIOTests/Fixtures/networkx")

  @Test func graphMLFromNetworkxKeepsNamesTypesAndKinds() async throws {
    let files = try TestFiles()
    let path = files.path("study.rnet")
    var importer = WorkspaceImporter(workspacePath: path)
    importer.networkFiles = [Self.fixtures.appendingPathComponent("study.graphml").path]
    let outcome = try await importer.run()
    #expect(outcome.networkReports.map(\.format) == [.graphml])
    let workspace = try Workspace(path: path)
    let graph = try workspace.loadGraph()
    #expect(graph.isDirected)
    #expect(graph.nodeCount == 9)
    #expect(graph.edgeCount == 9)
    for name in ["007", "7", "7.0", "00", "عبد_الله", "say \"x\"", "jihad", "a&b<c>"] {
      #expect(graph.node(named: name) != nil, "account \(name)")
    }
    #expect(graph.node(named: "jihad", kind: "hashtag") != nil)
    let zero = try #require(graph.node(named: "007"))
    let seven = try #require(graph.node(named: "7"))
    let retweet = try #require(graph.edgeTypeNames.firstIndex(of: "retweet"))
    let mention = try #require(graph.edgeTypeNames.firstIndex(of: "mention"))
    let e = try #require(graph.edge(from: zero, to: seven, type: retweet))
    #expect(graph.outWeights[e] == 3)
    #expect(graph.firstTimes[e] == 1_420_070_400 && graph.lastTimes[e] == 1_420_156_800)
    #expect(graph.edge(from: zero, to: seven, type: mention) != nil)
    let types = try workspace.read { db in
      try String.fetchAll(
        db,
        sql:
          "SELECT key || ':' || typeof(value) || ':' || value FROM node_attributes WHERE node = ? ORDER BY key",
        arguments: [Int64(zero)])
    }
    #expect(
      types == [
        "bio:text:says \"hi\" & <waves>", "followers:integer:12", "score:real:0.5",
        "verified:integer:1", "zip:text:02134",
      ])
    let record = try #require(try workspace.imports().first)
    #expect(record.kind == "graphml")
  }

  @Test func reimportOfTheSameFileIsSkipped() async throws {
    let files = try TestFiles()
    let path = files.path("study.rnet")
    let file = Self.fixtures.appendingPathComponent("study.gexf").path
    var importer = WorkspaceImporter(workspacePath: path)
    importer.networkFiles = [file]
    _ = try await importer.run()
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    // The same content under another name and format extension is the same file.
    let copy = try files.write("copy.gexf", String(contentsOfFile: file, encoding: .utf8))
    importer.networkFiles = [copy]
    let again = try await importer.run()
    #expect(again.skipped.count == 1)
    #expect(!again.wrote)
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
  }

  @Test func failingNetworkFileImportsNothing() async throws {
    let files = try TestFiles()
    let path = files.path("study.rnet")
    let good = try files.write("good.csv", "source,target\na,b\n")
    let bad = try files.write(
      "bad.gml", "graph [\n  node [ id 0 label \"x\" ]\n  edge [ source 0 target 3 ]\n]\n")
    var importer = WorkspaceImporter(workspacePath: path)
    importer.edgeFiles = [good]
    _ = try await importer.run()
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    importer.edgeFiles = [try files.write("more.csv", "source,target\nc,d\n")]
    importer.networkFiles = [bad]
    await #expect(throws: ImportError.self) { _ = try await importer.run() }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
  }

  @Test func directionComesFromTheFileAndMustMatch() async throws {
    let files = try TestFiles()
    let undirected = try files.write(
      "u.gml",
      "graph [\n directed 0\n node [ id 0 label \"a\" ]\n node [ id 1 label \"b\" ]\n edge [ source 1 target 0 ]\n]\n"
    )
    var importer = WorkspaceImporter(workspacePath: files.path("u.rnet"))
    importer.networkFiles = [undirected]
    _ = try await importer.run()
    #expect(try Workspace(path: files.path("u.rnet")).isDirected() == false)
    var mismatch = WorkspaceImporter(workspacePath: files.path("d.rnet"), directed: true)
    mismatch.networkFiles = [undirected]
    await #expect(throws: ImportError.self) { _ = try await mismatch.run() }
  }

  /// Workspace → interchange network → GraphML → workspace gives the same graph, attributes
  /// (with their SQLite types), labels and multiplicities.
  @Test func workspaceRoundTripThroughGraphML() async throws {
    let files = try TestFiles()
    let first = files.path("a.rnet")
    var importer = WorkspaceImporter(workspacePath: first)
    importer.edgeFiles = [
      repositoryRoot.appendingPathComponent("Samples/recruitment/edges.csv").path
    ]
    importer.nodeFiles = [
      repositoryRoot.appendingPathComponent("Samples/recruitment/accounts.csv").path
    ]
    _ = try await importer.run()
    let original = try Workspace(path: first).interchangeNetwork()
    let exported = try files.write("a.graphml", GraphMLWriter.write(original))
    var again = WorkspaceImporter(workspacePath: files.path("b.rnet"))
    again.networkFiles = [exported]
    _ = try await again.run()
    let back = try Workspace(path: files.path("b.rnet")).interchangeNetwork()
    #expect(back.nodes == original.nodes)
    // Node ids are the same; edge order within a pair follows the type ids, which are numbered
    // in the order types were first seen, so compare the edges sorted.
    func sorted(_ edges: [InterchangeNetwork.Edge]) -> [String] {
      edges.map {
        "\($0.source) \($0.target) \($0.type) \($0.weight) \($0.count) \($0.firstTime ?? -1) \($0.lastTime ?? -1)"
      }.sorted()
    }
    let (a, b) = (sorted(back.edges), sorted(original.edges))
    #expect(a.count == b.count)
    #expect(
      a == b, "first difference: \(zip(a, b).first { $0 != $1 }.map { "\($0) vs \($1)" } ?? "none")"
    )
    #expect(original.edges.contains { $0.count > 1 }, "the sample has merged rows")
  }
}
