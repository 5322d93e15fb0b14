import Foundation
import GRDB
import RecruitNetGraph
import RecruitNetIO
import RecruitNetTestSupport
import Testing

@testable import RecruitNetWorkspace

/// Time slices rebuilt at query time from the stored tweets must be the network an import of the
/// slice alone makes (the importer is the oracle: same edges, weights, row counts, first and last
/// times, and the same accounts), for every archive format, with the context layers, at slice
/// boundaries that cut the data into quarters.
@Suite struct WorkspaceSlicesTests {
  static func repository(_ path: String) -> String { SharedData.repository(path) }

  static let archives: [(name: String, files: [String])] = [
    ("v1", [repository("Tests/RecruitNetIOTests/Fixtures/tweets/v1.jsonl")]),
    (
      "v1+overlap",
      [
        repository("Tests/RecruitNetIOTests/Fixtures/tweets/v1.jsonl"),
        repository("Tests/RecruitNetIOTests/Fixtures/tweets/v1-overlap.jsonl"),
      ]
    ),
    ("v2", [repository("Tests/RecruitNetIOTests/Fixtures/tweets/v2.jsonl")]),
    ("kaggle-csv", [repository("Tests/RecruitNetIOTests/Fixtures/tweets/tweets.csv")]),
    ("sample", [repository("Samples/tweets/tweets.jsonl")]),
  ]

  /// The toolkit's CSV names retweeted and replied-to tweets by id: an import of a slice alone
  /// cannot resolve those outside it (the slice of the whole workspace can), and names accounts
  /// by the form it meets first. For it, and for every format, slices that partition the time
  /// line add up to the whole network, and the unbounded slice is the stored network.
  static let additive: [(name: String, files: [String])] =
    archives + [
      (
        "toolkit-csv",
        [repository("Tests/RecruitNetCoordinationTests/Fixtures/coordination/tweets.csv")]
      )
    ]

  /// Every edge as `source>target:type weight count first last`, and every node, by name
  /// (lower-cased with `folding`: handles are case-insensitive, and an import names an account
  /// by the spelling it meets first, which differs between a slice and the whole archive).
  static func contents(_ graph: Graph, folding: Bool = false) -> (
    edges: Set<String>, nodes: Set<String>
  ) {
    var edges = Set<String>()
    graph.forEachEdge { u, v, e in
      let span = graph.timeSpan(of: e).map { "\($0.lowerBound) \($0.upperBound)" } ?? "-"
      func name(_ v: NodeID) -> String {
        folding ? graph.names.name(of: v).lowercased() : graph.names.name(of: v)
      }
      edges.insert(
        "\(name(u))>\(name(v)):\(graph.edgeTypeNames[graph.edgeType(of: e)]) \(graph.weight(of: e)) \(graph.multiplicity(of: e)) \(span)"
      )
    }
    let nodes = Set(
      graph.nodes.map {
        let name = graph.names.name(of: $0)
        return
          "\(graph.kindNames[graph.names.kindIndex(of: $0)]):\(folding ? name.lowercased() : name)"
      })
    return (edges, nodes)
  }

  static func check(_ name: String, files: [String]) async throws {
    let folder = try TestFiles()
    let full = folder.path("\(name).rnet")
    try await TweetArchiveImporterTests.importTweets(files, into: full) {
      $0.edgeTypes = Set(TweetEdgeType.allCases)
    }
    let workspace = try Workspace(path: full)
    let (first, last): (Int64, Int64) = try workspace.read { db in
      let row = try #require(try Row.fetchOne(db, sql: "SELECT MIN(time), MAX(time) FROM tweets"))
      return (row[0], row[1])
    }
    let quarter = max(1, (last - first) / 4)
    let slices: [(Int64?, Int64?)] = [
      (nil, first + quarter), (first + quarter, first + 3 * quarter), (first + 3 * quarter, nil),
      (first, last + 1), (first + 2 * quarter, first + 2 * quarter + 1),
    ]
    for (index, (since, until)) in slices.enumerated() {
      let alone = folder.path("\(name)-\(index).rnet")
      try await TweetArchiveImporterTests.importTweets(files, into: alone) {
        $0.edgeTypes = Set(TweetEdgeType.allCases)
        $0.since = since
        $0.until = until
      }
      // A slice without tweets imports nothing (and writes no workspace).
      let expected =
        FileManager.default.fileExists(atPath: alone)
        ? contents(try Workspace(path: alone).loadGraph(), folding: true) : (edges: [], nodes: [])
      let sliced = contents(try workspace.slicedGraph(since: since, until: until), folding: true)
      #expect(
        sliced.edges == expected.edges,
        "\(name) [\(since ?? 0), \(until ?? 0)): only sliced \(sliced.edges.subtracting(expected.edges).sorted().prefix(4)), only imported \(expected.edges.subtracting(sliced.edges).sorted().prefix(4))"
      )
      #expect(
        sliced.nodes.filter { $0.hasPrefix("account:") }
          == expected.nodes.filter { $0.hasPrefix("account:") },
        "\(name) [\(since ?? 0), \(until ?? 0)): accounts")
    }
  }

  @Test(arguments: archives.map(\.name)) func sliceEqualsImportingTheSliceAlone(_ name: String)
    async throws
  {
    let files = try #require(Self.archives.first { $0.name == name }).files
    try await Self.check(name, files: files)
  }

  @Test(arguments: additive.map(\.name)) func slicesAddUpToTheWhole(_ name: String) async throws {
    let files = try #require(Self.additive.first { $0.name == name }).files
    let folder = try TestFiles()
    let path = folder.path("\(name).rnet")
    try await TweetArchiveImporterTests.importTweets(files, into: path) {
      $0.edgeTypes = Set(TweetEdgeType.allCases)
    }
    let workspace = try Workspace(path: path)
    let stored = try workspace.loadGraph()
    let unbounded = Self.contents(try workspace.slicedGraph(since: nil, until: nil)).edges
    let whole = Self.contents(stored).edges
    #expect(
      unbounded == whole,
      "only sliced \(unbounded.subtracting(whole).sorted().prefix(4)), only stored \(whole.subtracting(unbounded).sorted().prefix(4))"
    )
    let times: [Int64] = try workspace.read { db in
      try Int64.fetchAll(db, sql: "SELECT time FROM tweets WHERE time IS NOT NULL ORDER BY time")
    }
    let cuts = [nil] + stride(from: 1, to: 6, by: 1).map { times[$0 * times.count / 6] } + [nil]
    var total: [String: Double] = [:]
    for (since, until) in zip(cuts, cuts.dropFirst()) {
      let slice = try workspace.slicedGraph(since: since, until: until)
      slice.forEachEdge { u, v, e in
        total[
          "\(slice.names.name(of: u))>\(slice.names.name(of: v)):\(slice.edgeTypeNames[slice.edgeType(of: e)])",
          default: 0] += slice.weight(of: e)
      }
    }
    var weights: [String: Double] = [:]
    stored.forEachEdge { u, v, e in
      weights[
        "\(stored.names.name(of: u))>\(stored.names.name(of: v)):\(stored.edgeTypeNames[stored.edgeType(of: e)])",
        default: 0] += stored.weight(of: e)
    }
    #expect(total == weights, "\(name)")
  }

  @Test func kaggleISISTweets() async throws {
    guard let path = SharedData.path("isis-twitter-kaggle/tweets.csv") else { return }
    try await Self.check("isis", files: [path])
  }

  @Test func edgeListsCannotBeSliced() async throws {
    let folder = try TestFiles()
    let path = folder.path("plain.rnet")
    var importer = WorkspaceImporter(workspacePath: path)
    importer.edgeFiles = [Self.repository("Samples/krebs-911/edges.csv")]
    _ = try await importer.run()
    #expect(throws: WorkspaceError.self) {
      try Workspace(path: path).slicedGraph(since: 0, until: nil)
    }
  }
}
