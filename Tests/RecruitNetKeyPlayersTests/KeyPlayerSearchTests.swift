import RecruitNetGraph
import Testing

@testable import RecruitNetKeyPlayers

/// The exact search and the swap heuristic on graphs whose optima are known by hand, on random
/// graphs against enumeration, and their determinism.
@Suite struct KeyPlayerSearchTests {
  func search(
    _ objective: KeyPlayerObjective, k: Int, method: KeyPlayerSearch.Method = .exact
  ) -> KeyPlayerSearch {
    var search = KeyPlayerSearch()
    search.objective = objective
    search.k = k
    search.method = method
    search.timeLimit = nil
    search.tieLimit = 100
    return search
  }

  @Test func bridgeEndsTieForOneRemoval() {
    let result = search(.fragmentation, k: 1).run(on: KeyPlayerMeasureTests.cliques())
    #expect(result.status == .optimal)
    #expect(result.sets == [[3], [4]])
    #expect(result.tieCount == 2)
    #expect(abs(result.scores[0].fragmentationRemaining - 4.0 / 7) < 1e-15)
  }

  @Test func sevenOptimalPairsOnTheCliques() {
    // Any two removals leave six nodes in at most two pieces; 3 + 3 pairs is the least, reached
    // by cutting one bridge end and one node of the other clique (or both bridge ends).
    let result = search(.fragmentation, k: 2).run(on: KeyPlayerMeasureTests.cliques())
    #expect(result.status == .optimal)
    #expect(result.sets == [[0, 4], [1, 4], [2, 4], [3, 4], [3, 5], [3, 6], [3, 7]])
    #expect(result.scores.allSatisfy { $0.connectedPairs == 6 })
  }

  @Test func reachPicksTheCentre() {
    let star = KeyPlayerGraph(nodeCount: 5, edges: [(0, 1), (0, 2), (0, 3), (0, 4)])
    let result = search(.reach, k: 1).run(on: star)
    #expect(result.sets == [[0]])
    #expect(result.scores[0].reach == 1)
  }

  @Test func excludedNodesAreNeverChosen() {
    var request = search(.fragmentation, k: 1)
    request.excluded = [3]
    let result = request.run(on: KeyPlayerMeasureTests.cliques())
    #expect(result.sets == [[4]])
  }

  /// Every k-set's cost by enumeration.
  func enumerate(_ graph: KeyPlayerGraph, _ objective: KeyPlayerObjective, k: Int)
    -> (cost: Double, sets: [[Int]])
  {
    var best = Double.infinity
    var sets: [[Int]] = []
    var scratch = KeyPlayerScratch(graph: graph)
    let counted = [UInt8](repeating: 1, count: graph.nodeCount)
    func visit(_ start: Int, _ chosen: inout [Int]) {
      if chosen.count == k {
        var member = [UInt8](repeating: 0, count: graph.nodeCount)
        for v in chosen { member[v] = 1 }
        let cost = member.withUnsafeBufferPointer { m in
          counted.withUnsafeBufferPointer { scratch.cost(objective, member: m, counted: $0) }
        }
        if KeyPlayerScratch.isTie(cost, best) {
          sets.append(chosen)
        } else if cost < best {
          best = cost
          sets = [chosen]
        }
        return
      }
      guard start < graph.nodeCount else { return }
      for v in start..<graph.nodeCount {
        chosen.append(v)
        visit(v + 1, &chosen)
        chosen.removeLast()
      }
    }
    var chosen: [Int] = []
    visit(0, &chosen)
    return (best, sets)
  }

  @Test(arguments: KeyPlayerObjective.allCases)
  func exactMatchesEnumerationOnRandomGraphs(_ objective: KeyPlayerObjective) {
    for seed in 0..<12 as Range<UInt64> {
      var random = SeededGenerator(seed: seed, stream: 9)
      let n = 8 + random.nextInt(below: 10)
      let m = n + random.nextInt(below: 2 * n)
      let edges = (0..<m).map { _ in (random.nextInt(below: n), random.nextInt(below: n)) }
      let graph = KeyPlayerGraph(nodeCount: n, edges: edges)
      for k in 1...3 {
        let expected = enumerate(graph, objective, k: k)
        var request = search(objective, k: k, method: .auto)
        request.tieLimit = 10_000
        let result = request.run(on: graph)
        #expect(result.status == .optimal)
        #expect(result.sets == expected.sets, "seed \(seed), k \(k)")
        #expect(result.tieCount == expected.sets.count, "seed \(seed), k \(k)")
      }
    }
  }

  @Test func greedyIsDeterministicAndNeverBeatsTheOptimum() {
    var random = SeededGenerator(seed: 5)
    let n = 40
    let edges = (0..<90).map { _ in (random.nextInt(below: n), random.nextInt(below: n)) }
    let graph = KeyPlayerGraph(nodeCount: n, edges: edges)
    for objective in KeyPlayerObjective.allCases {
      var greedy = search(objective, k: 3, method: .greedy)
      greedy.seed = 11
      greedy.restarts = 7
      greedy.threads = 1
      let one = greedy.run(on: graph)
      greedy.threads = 2
      let two = greedy.run(on: graph)
      #expect(one.sets == two.sets)
      #expect(one.status == .heuristic)
      #expect(one.restarts == 7 && one.seed == 11)
      let exact = search(objective, k: 3).run(on: graph)
      let value = { (r: KeyPlayerSearch.Result) in r.scores[0].value(objective, .remaining) }
      #expect(value(one) <= value(exact) + 1e-12)
    }
  }

  @Test func timeLimitReportsTheGap() {
    var random = SeededGenerator(seed: 3)
    let n = 400
    let edges = (0..<1200).map { _ in (random.nextInt(below: n), random.nextInt(below: n)) }
    var request = search(.fragmentation, k: 5)
    request.timeLimit = 0.1
    let result = request.run(on: KeyPlayerGraph(nodeCount: n, edges: edges))
    guard case .timeLimited(let bestPossible, let unexplored) = result.status else {
      Issue.record("expected a time-limited search, got \(result.status)")
      return
    }
    #expect(!result.sets.isEmpty)
    #expect(bestPossible >= result.scores[0].fragmentationRemaining)
    #expect(unexplored > 0 && unexplored <= 1)
  }
}
