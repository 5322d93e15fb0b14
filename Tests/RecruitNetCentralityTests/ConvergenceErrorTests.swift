import RecruitNetCentrality
import RecruitNetGraph
import Testing

/// A power iteration that stops early says how far it was from converging.
@Suite struct ConvergenceErrorTests {
  /// A directed 3-cycle with a chord: PageRank needs more than two iterations.
  func graph() throws -> Graph {
    var builder = GraphBuilder(isDirected: true)
    let ids = ["a", "b", "c"].map { builder.node(named: $0) }
    builder.addEdge(from: ids[0], to: ids[1])
    builder.addEdge(from: ids[1], to: ids[2])
    builder.addEdge(from: ids[2], to: ids[0])
    builder.addEdge(from: ids[0], to: ids[2])
    return try builder.build()
  }

  @Test func pageRankReportsItsLastChange() throws {
    var pageRank = PageRank()
    pageRank.maxIterations = 2
    let error = try #require(throws: CentralityError.self) { try pageRank.scores(on: graph()) }
    guard
      case .didNotConverge(let measure, let iterations, let residual, let threshold) = error.code
    else {
      Issue.record("expected didNotConverge, got \(error.code)")
      return
    }
    #expect(measure == "pagerank" && iterations == 2)
    #expect(threshold == Double(3) * 1e-6)
    #expect(residual > threshold && residual < 1)
    #expect(error.message.contains("last change"))
    // With room to converge, the same graph converges.
    pageRank.maxIterations = 100
    #expect(try pageRank.scores(on: graph()).values.reduce(0, +) > 0.999)
  }

  @Test func eigenvectorKatzAndHITSReportTheirs() throws {
    var eigenvector = EigenvectorCentrality()
    eigenvector.maxIterations = 1
    var katz = KatzCentrality()
    katz.maxIterations = 1
    var hits = HITS()
    hits.maxIterations = 1
    let graph = try graph()
    for run in [
      { _ = try eigenvector.scores(on: graph) }, { _ = try katz.scores(on: graph) },
      { _ = try hits.scores(on: graph) },
    ] as [() throws -> Void] {
      let error = try #require(throws: CentralityError.self) { try run() }
      guard case .didNotConverge(_, 1, let residual, let threshold) = error.code else {
        Issue.record("expected didNotConverge after 1 iteration, got \(error.code)")
        continue
      }
      #expect(residual.isFinite && residual > threshold)
    }
  }
}
