import Foundation
import RecruitNetGraph
import Testing

@testable import RecruitNetDismantling

/// Removal orders and curves against `Scripts/oracles/dismantling.py` (networkx, every score
/// recomputed from scratch after each removal, same tie-break rules): exactly equal.
@Suite struct OracleTests {
  struct Fixture: Decodable {
    struct Run: Decodable {
      var order: [UInt32]
      var giant: [Int]
      var robustness: Double
    }
    struct Case: Decodable {
      var name: String
      var nodes: Int
      var edges: [[UInt32]]
      var runs: [String: Run]
    }
    var cases: [Case]
  }

  static func strategy(_ name: String) -> DismantlingStrategy? {
    switch name {
    case "degree": .degree
    case "corehd": .coreHD
    case "ci:1": .collectiveInfluence(radius: 1)
    case "ci:2": .collectiveInfluence(radius: 2)
    case "ci:3": .collectiveInfluence(radius: 3)
    default: nil
    }
  }

  @Test func ordersAndCurvesMatchTheReference() throws {
    let url = try #require(Bundle.module.url(forResource: "Fixtures/oracle", withExtension: "json"))
    let fixture = try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
    #expect(fixture.cases.count >= 10)
    var compared = 0
    for item in fixture.cases {
      let graph = SimpleGraph(
        nodeCount: item.nodes, edges: item.edges.map { (NodeID($0[0]), NodeID($0[1])) })
      for (name, run) in item.runs.sorted(by: { $0.key < $1.key }) {
        let strategy = try #require(Self.strategy(name))
        let result = try Dismantling(strategy: strategy, until: 0).run(on: graph)
        #expect(result.order == run.order, "\(item.name) \(name)")
        #expect(result.giantSizes == run.giant, "\(item.name) \(name)")
        #expect(abs(result.robustness - run.robustness) < 1e-12, "\(item.name) \(name)")
        compared += 1
      }
    }
    #expect(compared == fixture.cases.count * 5)
  }
}
