import Foundation
import Testing

@testable import RecruitNetKeyPlayers

/// The exact search against `Scripts/oracles/keyplayers.py`, an independent brute force over
/// every k-set with networkx, on covert networks (the fixtures hold the names and edges, so the
/// test needs nothing outside the repository): the optimal value and every optimal set.
@Suite struct OracleTests {
  struct Fixture: Decodable {
    struct Case: Decodable {
      var objective: String
      var k: Int
      var optimal_sets: [[Int]]
      var fragmentation_remaining: Double
      var fragmentation_all: Double
      var distance_fragmentation_remaining: Double
      var distance_fragmentation_all: Double
      var reach: Double
    }
    var network: String
    var names: [String]
    var edges: [[Int]]
    var cases: [Case]
  }

  static let fixtureNames = [
    "9-11-hijackers-priorcontacts", "17nov-greece-19952002", "cielnet", "caviar3",
    "9-11-hijackers-associates", "italian-gangs",
  ]

  static func load(_ name: String) throws -> Fixture {
    let url = try #require(
      Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures"))
    return try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
  }

  @Test(arguments: fixtureNames)
  func exactOptimaMatchTheBruteForce(_ name: String) throws {
    let fixture = try Self.load(name)
    let graph = KeyPlayerGraph(
      nodeCount: fixture.names.count, edges: fixture.edges.map { ($0[0], $0[1]) })
    for item in fixture.cases {
      let objective = try #require(KeyPlayerObjective(rawValue: item.objective))
      var search = KeyPlayerSearch()
      search.objective = objective
      search.k = item.k
      search.method = .exact
      search.timeLimit = nil
      search.tieLimit = 1000
      let result = search.run(on: graph)
      let label = "\(name) \(item.objective) k=\(item.k)"
      #expect(result.status == .optimal, "\(label)")
      #expect(result.sets == item.optimal_sets, "\(label)")
      #expect(result.tieCount == item.optimal_sets.count, "\(label)")
      let score = try #require(result.scores.first)
      #expect(abs(score.fragmentationRemaining - item.fragmentation_remaining) < 1e-12, "\(label)")
      #expect(abs(score.fragmentationAll - item.fragmentation_all) < 1e-12, "\(label)")
      #expect(
        abs(score.distanceFragmentationRemaining - item.distance_fragmentation_remaining) < 1e-12,
        "\(label)")
      #expect(
        abs(score.distanceFragmentationAll - item.distance_fragmentation_all) < 1e-12, "\(label)")
      #expect(abs(score.reach - item.reach) < 1e-12, "\(label)")

      // Greedy with swaps: never better than the optimum, and equal to it on these networks.
      search.method = .greedy
      search.seed = 1
      search.restarts = 10
      let greedy = search.run(on: graph)
      let best = score.value(objective, .remaining)
      let found = try #require(greedy.scores.first).value(objective, .remaining)
      #expect(found <= best + 1e-12, "\(label)")
      #expect(abs(found - best) < 1e-12, "greedy missed the optimum: \(label)")
    }
  }
}
