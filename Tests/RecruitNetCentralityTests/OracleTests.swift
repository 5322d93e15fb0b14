import Foundation
import RecruitNetCentrality
import RecruitNetGraph
import Testing

/// A graph with every measure networkx (igraph for in/out coreness) computed on it, written by
/// `Scripts/oracles/centrality.py`.
struct OracleFixture {
  let name: String
  let graph: Graph
  let seeds: [String]
  /// measure column → node name → value (nil = NaN); or an error networkx raised.
  let expected: [String: [String: Double?]]
  let errors: [String: String]

  static let names = ["krebs-911", "lesmis", "recruitment", "directed-weighted", "loops-parallel"]

  init(_ name: String) throws {
    let url = try #require(
      Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures"))
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    self.name = name
    var builder = GraphBuilder(isDirected: try #require(document["directed"] as? Bool))
    for node in try #require(document["nodes"] as? [String]) { _ = builder.node(named: node) }
    for edge in try #require(document["edges"] as? [[Any]]) {
      let source = try #require(edge[0] as? String)
      let target = try #require(edge[1] as? String)
      let weight = try #require((edge[2] as? NSNumber)?.doubleValue)
      builder.addEdge(
        from: builder.node(named: source), to: builder.node(named: target), type: 0, weight: weight)
    }
    graph = try builder.build()
    seeds = document["seeds"] as? [String] ?? []
    var expected: [String: [String: Double?]] = [:]
    var errors: [String: String] = [:]
    for (column, values) in try #require(document["expected"] as? [String: [String: Any]]) {
      if let error = values["error"] as? String {
        errors[column] = error
        continue
      }
      expected[column] = values.mapValues { ($0 as? NSNumber)?.doubleValue }
    }
    self.expected = expected
    self.errors = errors
  }

  /// The measure and parameters a fixture column names (`measure[:variant]`).
  func configuration(_ column: String) throws -> (CentralityMeasure, CentralityParameters) {
    let parts = column.split(separator: ":", maxSplits: 1).map(String.init)
    let measure = try #require(CentralityMeasure(rawValue: parts[0]), "unknown measure \(column)")
    var parameters = CentralityParameters()
    switch parts.count > 1 ? parts[1] : "" {
    case "": break
    case "unweighted": parameters.weighted = false
    case "weighted": parameters.weighted = true
    case "strength":
      parameters.weighted = true
      parameters.weightAs = .strength
    case "raw": parameters.isNormalized = false
    case "seeds":
      parameters.personalization = Dictionary(
        uniqueKeysWithValues: try seeds.map { (try #require(graph.node(named: $0)), 1.0) })
    case "alpha=0.05":
      parameters.alpha = 0.05
      parameters.beta = 2
    case let variant: Issue.record("unknown variant \(variant)")
    }
    return (measure, parameters)
  }
}

@Suite struct OracleTests {
  /// Every measure on every fixture graph agrees with networkx to 1e-6 (relative above 1).
  @Test(arguments: OracleFixture.names)
  func measuresMatchNetworkx(_ name: String) throws {
    let fixture = try OracleFixture(name)
    var compared = 0
    for (column, values) in fixture.expected.sorted(by: { $0.key < $1.key }) {
      let (measure, parameters) = try fixture.configuration(column)
      let scores = try measure.scores(on: fixture.graph, parameters: parameters)
      var mismatches: [String] = []
      for (node, expected) in values {
        let id = try #require(fixture.graph.node(named: node))
        let actual = scores[id]
        guard let expected else {
          if !actual.isNaN { mismatches.append("\(node): expected NaN, got \(actual)") }
          continue
        }
        if !(abs(actual - expected) <= 1e-6 * max(1, abs(expected))) {
          mismatches.append("\(node): expected \(expected), got \(actual)")
        }
      }
      #expect(
        mismatches.isEmpty, "\(name) \(column): \(mismatches.prefix(5).joined(separator: "; "))")
      compared += values.count
    }
    for (column, error) in fixture.errors {
      let (measure, parameters) = try fixture.configuration(column)
      #expect(throws: CentralityError.self, "\(name) \(column): networkx raised \(error)") {
        try measure.scores(on: fixture.graph, parameters: parameters)
      }
    }
    #expect(compared > 100)
  }

  /// Thread count does not change the result beyond rounding (and not at all for PageRank).
  @Test func threadCountDoesNotChangeResults() throws {
    let fixture = try OracleFixture("recruitment")
    for measure in [CentralityMeasure.pagerank, .betweenness, .closeness, .clustering, .constraint]
    {
      var one = CentralityParameters()
      one.threads = 1
      var two = CentralityParameters()
      two.threads = 2
      let a = try measure.scores(on: fixture.graph, parameters: one).values
      let b = try measure.scores(on: fixture.graph, parameters: two).values
      if measure == .pagerank {
        #expect(a == b)
      } else {
        #expect(
          zip(a, b).allSatisfy { abs($0 - $1) <= 1e-12 * max(1, abs($0)) || ($0.isNaN && $1.isNaN) }
        )
      }
    }
  }
}
