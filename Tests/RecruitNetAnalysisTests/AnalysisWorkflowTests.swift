import Foundation
import RecruitNetAnalysis
import RecruitNetCentrality
import RecruitNetCommunities
import RecruitNetIO
import RecruitNetTestSupport
import RecruitNetWorkspace
import Testing

/// The shared workflows, called as a Swift user calls them, on the recruitment sample
/// (Samples/recruitment: 596 connected accounts in five planted cells).
@Suite struct AnalysisWorkflowTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()
  static let edges = root.appendingPathComponent("Samples/recruitment/edges.csv").path
  static let groups = root.appendingPathComponent("Samples/recruitment/groups.csv").path

  func workspace(_ files: TestFiles) async throws -> String {
    let path = files.path("study.rnet")
    var importer = WorkspaceImporter(workspacePath: path)
    importer.edgeFiles = [Self.edges]
    _ = try await importer.run()
    return path
  }

  @Test func centralityIsCachedPerParameterSet() async throws {
    let files = try TestFiles()
    let input = try NetworkInput(path: try await workspace(files))
    var request = CentralityRequest()
    request.measures = [.pagerank]
    let first = try await input.centrality(request)
    #expect(!first.isCached && first.names.count == 596)
    let again = try await input.centrality(request)
    #expect(again.isCached && again.scores[0].values == first.scores[0].values)
    // Another damping is another cache entry, with other values.
    request.parameters.damping = 0.5
    let other = try await input.centrality(request)
    #expect(!other.isCached && other.scores[0].values != first.scores[0].values)
    // The thread count is not part of the key: it does not change the result.
    request.parameters.threads = 1
    #expect(try await input.centrality(request).isCached)
    // The same file read as an edge list gives the same numbers.
    let plain = try await NetworkInput(path: Self.edges).centrality(CentralityRequest.pagerank)
    #expect(plain.scores[0].values == first.scores[0].values)
  }

  @Test func namedPartitionsRoundTripAndCompare() async throws {
    let files = try TestFiles()
    let path = try await workspace(files)
    let workspace = try Workspace(path: path)
    let (planted, unknown) = try workspace.importPartition(from: Self.groups, as: "planted")
    #expect(planted.communityCount == 5 && unknown.count == 4)  // four accounts have no edge
    #expect(try workspace.partition(named: "planted") == planted)
    #expect(try workspace.partition(named: "nosuch") == nil)
    #expect(throws: AnalysisError.self) { try workspace.requirePartition(named: "plantd") }

    let input = try NetworkInput(path: path)
    var request = CommunityRequest()
    request.options.seed = 1
    let graph = try await input.graph()
    let leiden = try input.communities(request, on: graph)
    #expect(try input.cachedCommunities(request)?.communities == leiden.communities)
    try workspace.save(leiden, as: "leiden")
    #expect(try workspace.partitionNames() == ["leiden", "planted"])
    let comparison = try input.compare(leiden, with: .saved("planted"), names: graph.names)
    #expect(comparison.labelCount == 5 && comparison.result.normalizedMutualInformation > 0.9)
    #expect(try workspace.deletePartition(named: "leiden"))
    #expect(try workspace.partitionNames() == ["planted"])
  }

  @Test func seedListsNameTheirLine() throws {
    let files = try TestFiles()
    let good = try files.write("seeds.txt", "# analysts' seeds\nacct_0001\n\nacct_0002, 2.5\n")
    #expect(
      try SeedList.read(path: good).seeds == [.init("acct_0001"), .init("acct_0002", weight: 2.5)])
    let bad = try files.write("bad.txt", "acct_0001\nacct_0002,-1\n")
    do {
      _ = try SeedList.read(path: bad)
      Issue.record("a negative weight was accepted")
    } catch let error as AnalysisError {
      #expect(
        error.description == "\(bad):2: error: seed weight must be a non-negative number, got -1.0")
    }
    #expect(throws: AnalysisError.self) {
      try SeedList.read(path: try files.write("empty.txt", "# none\n"))
    }
    #expect(throws: ImportError.self) { try SeedList.read(path: files.path("missing.txt")) }
  }

  @Test func aTextFileNamedLikeAWorkspaceIsNotReadAsAnEdgeList() throws {
    let files = try TestFiles()
    let path = try files.write("study.rnet", "source,target\na,b\n")
    do {
      _ = try NetworkInput(path: path)
      Issue.record("a text file opened as a workspace")
    } catch let error as WorkspaceError {
      #expect(error.code == .notAWorkspace && error.codeName == "workspace.notAWorkspace")
      #expect(
        error.description == "\(path): error: not a RecruitNet workspace (not a SQLite database)")
    }
  }

  @Test func parametersAreCheckedBeforeAnyEarlyReturn() throws {
    let empty = try GraphBuilder(isDirected: true).build()
    var pagerank = PageRank()
    pagerank.damping = 1.5
    #expect(
      throws: CentralityError(
        .parameterOutOfRange(name: "damping", value: 1.5, allowed: "between 0 and 1"))
    ) {
      try pagerank.scores(on: empty)
    }
  }
}

extension CentralityRequest {
  static var pagerank: CentralityRequest {
    var request = CentralityRequest()
    request.measures = [.pagerank]
    return request
  }
}
