import Foundation
import RecruitNetCentrality
import RecruitNetGraph
import Testing

/// Edge betweenness against `networkx.edge_betweenness_centrality` (fixtures written by
/// `Scripts/oracles/brokerage.py`), and hand-computed values.
@Suite struct EdgeBetweennessTests {
  static let fixtureNames = [
    "path", "star", "two-cliques", "krebs-911", "london-gang", "recruitment",
  ]

  struct Run {
    var weighted: Bool
    var normalized: Bool
    var k: Int?
    var sources: [String]
    var values: [(String, String, Double)]
  }

  static func load(_ name: String) throws -> (Graph, [Run]) {
    let url = try #require(
      Bundle.module.url(
        forResource: name, withExtension: "json", subdirectory: "Fixtures/edge-betweenness"))
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    var builder = GraphBuilder(isDirected: try #require(document["directed"] as? Bool))
    for node in try #require(document["nodes"] as? [String]) { _ = builder.node(named: node) }
    for edge in try #require(document["edges"] as? [[Any]]) {
      builder.addEdge(
        from: builder.node(named: try #require(edge[0] as? String)),
        to: builder.node(named: try #require(edge[1] as? String)), type: 0,
        weight: try #require((edge[2] as? NSNumber)?.doubleValue))
    }
    let runs = try #require(document["runs"] as? [[String: Any]]).map { run throws -> Run in
      Run(
        weighted: try #require(run["weighted"] as? Bool),
        normalized: try #require(run["normalized"] as? Bool), k: run["k"] as? Int,
        sources: run["sources"] as? [String] ?? [],
        values: try #require(run["values"] as? [[Any]]).map { row in
          (
            try #require(row[0] as? String), try #require(row[1] as? String),
            try #require((row[2] as? NSNumber)?.doubleValue)
          )
        })
    }
    return (try builder.build(), runs)
  }

  /// Values keyed by endpoint names (sorted for undirected graphs).
  static func keyed(_ scores: EdgeScores, _ graph: Graph) -> [String: Double] {
    var result: [String: Double] = [:]
    for i in 0..<scores.count {
      result[
        key(
          graph.names.name(of: scores.sources[i]), graph.names.name(of: scores.targets[i]),
          graph.isDirected)] = scores.values[i]
    }
    return result
  }

  static func key(_ u: String, _ v: String, _ directed: Bool) -> String {
    directed || u <= v ? "\(u)\t\(v)" : "\(v)\t\(u)"
  }

  /// Exact runs (weighted or not, normalized or not) and sampled runs given networkx's own
  /// sources, within 1e-9 relative.
  @Test(arguments: fixtureNames)
  func matchesNetworkx(_ name: String) throws {
    let (graph, runs) = try Self.load(name)
    for run in runs {
      var measure = EdgeBetweenness()
      measure.isNormalized = run.normalized
      measure.length = run.weighted ? .distance : .hops
      let scores: EdgeScores
      if run.k != nil {
        let sources = try run.sources.map { try #require(graph.node(named: $0)) }
        scores = try measure.scores(on: graph, sources: sources)
      } else {
        scores = try measure.scores(on: graph)
      }
      let actual = Self.keyed(scores, graph)
      #expect(actual.count == run.values.count, "\(name): edge count")
      for (u, v, expected) in run.values {
        let value = try #require(actual[Self.key(u, v, graph.isDirected)], "\(name): \(u) \(v)")
        #expect(
          abs(value - expected) <= 1e-9 * max(1, abs(expected)),
          "\(name) weighted=\(run.weighted) normalized=\(run.normalized) k=\(run.k ?? 0) \(u)-\(v): \(value) vs \(expected)"
        )
      }
    }
  }

  /// networkx's docstring examples: the directed path 0 → 1 → 2 gives 2 per edge (1/3
  /// normalized, over n(n − 1) = 6 pairs); the undirected path gives 2 (2/3 normalized).
  /// Two 4-cliques joined by one bridge: the bridge carries the 4 × 4 pairs across, 16.
  @Test func handComputedValues() throws {
    for directed in [true, false] {
      var builder = GraphBuilder(isDirected: directed)
      let (a, b, c) = (builder.node(named: "0"), builder.node(named: "1"), builder.node(named: "2"))
      builder.addEdge(from: a, to: b)
      builder.addEdge(from: b, to: c)
      let graph = try builder.build()
      var raw = EdgeBetweenness()
      raw.isNormalized = false
      #expect(try raw.scores(on: graph).values == [2, 2])
      let normalized = try EdgeBetweenness().scores(on: graph).values
      let expected = directed ? 1.0 / 3 : 2.0 / 3
      #expect(normalized.allSatisfy { abs($0 - expected) < 1e-15 })
    }
    var builder = GraphBuilder(isDirected: false)
    for side in ["a", "b"] {
      for i in 0..<4 {
        for j in (i + 1)..<4 {
          builder.addEdge(
            from: builder.node(named: "\(side)\(i)"), to: builder.node(named: "\(side)\(j)"))
        }
      }
    }
    builder.addEdge(from: builder.node(named: "a0"), to: builder.node(named: "b0"))
    let graph = try builder.build()
    var raw = EdgeBetweenness()
    raw.isNormalized = false
    let scores = try raw.scores(on: graph)
    let top = try #require(scores.top(1).first)
    #expect(graph.names.name(of: scores.sources[top]) == "a0")
    #expect(graph.names.name(of: scores.targets[top]) == "b0")
    #expect(scores.values[top] == 16)
  }

  /// Sampling every node is the exact computation (networkx's n/k scaling with k = n), and a
  /// seed gives the same sample on any thread count.
  @Test func samplingEveryNodeIsExact() throws {
    let (graph, _) = try Self.load("krebs-911")
    let exact = try EdgeBetweenness().scores(on: graph).values
    var sampled = EdgeBetweenness()
    sampled.sampleSize = graph.nodeCount
    sampled.seed = 11
    let all = try sampled.scores(on: graph).values
    for (x, y) in zip(exact, all) { #expect(abs(x - y) <= 1e-12 * max(1, abs(x))) }
    sampled.sampleSize = 10
    sampled.threads = 1
    let one = try sampled.scores(on: graph).values
    sampled.threads = 2
    let two = try sampled.scores(on: graph).values
    for (x, y) in zip(one, two) { #expect(abs(x - y) <= 1e-12 * max(1, abs(x))) }
    #expect(one != exact)
  }

  /// The mean of the sampled estimates over many seeds approaches the exact values (the n/k
  /// scaling makes the estimator unbiased): within 5% on the summed values.
  @Test func sampledEstimatesAreUnbiased() throws {
    let (graph, _) = try Self.load("krebs-911")
    let exact = try EdgeBetweenness().scores(on: graph).values
    var mean = [Double](repeating: 0, count: exact.count)
    let seeds = 200
    for seed in 0..<seeds {
      var sampled = EdgeBetweenness()
      sampled.sampleSize = 8
      sampled.seed = UInt64(seed)
      for (i, value) in try sampled.scores(on: graph).values.enumerated() {
        mean[i] += value / Double(seeds)
      }
    }
    let error = zip(mean, exact).map { abs($0 - $1) }.reduce(0, +)
    #expect(error / exact.reduce(0, +) < 0.05)
  }

  @Test func sampleSizeOutOfRangeIsAnError() throws {
    var builder = GraphBuilder(isDirected: true)
    builder.addEdge(from: builder.node(named: "a"), to: builder.node(named: "b"))
    var measure = EdgeBetweenness()
    measure.sampleSize = 3
    #expect(throws: CentralityError.self) { try measure.scores(on: try builder.build()) }
  }
}
