import Foundation
import RecruitNetGraph
import RecruitNetTestSupport
import Testing

@testable import RecruitNetDismantling

/// Every strategy, with and without reinsertion, against the giant component recomputed from
/// scratch (breadth-first search over the remaining nodes) after each removal, on seeded random
/// graphs of a few hundred nodes and on covert networks from `../shared/data/covert`.
@Suite struct BruteForceTests {
  /// The largest component of `graph` without the nodes flagged in `removed`, by BFS.
  static func bruteForceGiant(_ graph: SimpleGraph, _ removed: [Bool]) -> Int {
    var seen = removed
    var largest = 0
    for start in 0..<graph.nodeCount where !seen[start] {
      seen[start] = true
      var queue = [NodeID(start)]
      var head = 0
      while head < queue.count {
        let u = queue[head]
        head += 1
        for w in graph.neighbors(of: u) where !seen[Int(w)] {
          seen[Int(w)] = true
          queue.append(w)
        }
      }
      largest = max(largest, queue.count)
    }
    return largest
  }

  static func randomGraph(nodes: Int, edges: Int, seed: UInt64) -> SimpleGraph {
    var random = SeededGenerator(seed: seed)
    var pairs: [(NodeID, NodeID)] = []
    // Half uniform pairs, half preferential (an endpoint of an earlier pair): hubs and a 2-core.
    for i in 0..<edges {
      let u = NodeID(random.nextInt(below: nodes))
      let v: NodeID
      if i % 2 == 1, !pairs.isEmpty {
        let pair = pairs[random.nextInt(below: pairs.count)]
        v = random.nextInt(below: 2) == 0 ? pair.0 : pair.1
      } else {
        v = NodeID(random.nextInt(below: nodes))
      }
      pairs.append((u, v))
    }
    return SimpleGraph(nodeCount: nodes, edges: pairs)
  }

  /// A covert network's edge table (`source`, `target`, … with a header), or nil when absent.
  static func covert(_ relative: String) throws -> SimpleGraph? {
    guard let path = SharedData.path("covert/\(relative).edges.tsv") else { return nil }
    let text = try String(contentsOfFile: path, encoding: .utf8)
    var ids: [String: NodeID] = [:]
    var pairs: [(NodeID, NodeID)] = []
    func id(_ name: Substring) -> NodeID {
      if let id = ids[String(name)] { return id }
      let id = NodeID(ids.count)
      ids[String(name)] = id
      return id
    }
    for line in text.split(separator: "\n").dropFirst() {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count >= 2 else { continue }
      pairs.append((id(fields[0]), id(fields[1])))
    }
    return SimpleGraph(nodeCount: ids.count, edges: pairs)
  }

  static let strategies: [DismantlingStrategy] = [
    .degree, .collectiveInfluence(radius: 1), .collectiveInfluence(radius: 2),
    .collectiveInfluence(radius: 3), .coreHD, .pageRank(recomputeEvery: 1),
    .betweenness(recomputeEvery: 1, sampleAbove: 10_000, epsilon: 0.05, seed: 1),
  ]

  /// Checks one run: the curve against BFS after every prefix, the stop rule, reinsertion, R.
  static func check(
    _ graph: SimpleGraph, _ strategy: DismantlingStrategy, reinsert: Bool,
    until: Double, label: String
  ) throws {
    let result = try Dismantling(strategy: strategy, until: until, reinsert: reinsert)
      .run(on: graph)
    let n = graph.nodeCount
    var removed = [Bool](repeating: false, count: n)
    var brute = [bruteForceGiant(graph, removed)]
    for v in result.order {
      #expect(!removed[Int(v)], "\(label): \(v) removed twice")
      removed[Int(v)] = true
      brute.append(bruteForceGiant(graph, removed))
    }
    #expect(result.giantSizes == brute, "\(label)")
    var isCustom = false
    if case .custom = strategy { isCustom = true }
    if !isCustom {
      #expect((brute.last ?? 0) <= result.threshold, "\(label): did not reach the threshold")
    }
    if !reinsert && !isCustom {
      // Stopped at the first removal that reached the threshold.
      #expect(brute.dropLast().allSatisfy { $0 > result.threshold }, "\(label)")
    }
    if reinsert && (brute.last ?? 0) <= result.threshold {
      #expect(result.order.count <= result.attackRemovals, "\(label)")
      // Maximality: no node left out could come back without a cluster above the threshold.
      for v in result.order {
        removed[Int(v)] = false
        #expect(bruteForceGiant(graph, removed) > result.threshold, "\(label): \(v) fits back")
        removed[Int(v)] = true
      }
    }
    // R over the completed sequence, from scratch: the order, then adaptive degree by hand.
    var total = brute.dropFirst().reduce(0, +)
    var count = result.order.count
    while count < n {
      var best = -1
      var bestDegree = -1
      for v in 0..<n where !removed[v] {
        let d = graph.neighbors(of: NodeID(v)).filter { !removed[Int($0)] }.count
        if d > bestDegree { (best, bestDegree) = (v, d) }
      }
      removed[best] = true
      total += bruteForceGiant(graph, removed)
      count += 1
    }
    #expect(abs(result.robustness - Double(total) / Double(n * n)) < 1e-12, "\(label)")
  }

  @Test(arguments: [UInt64(1), 2, 3])
  func randomGraphs(seed: UInt64) throws {
    let graph = Self.randomGraph(nodes: 250, edges: 500, seed: seed)
    for strategy in Self.strategies {
      for reinsert in [false, true] {
        try Self.check(
          graph, strategy, reinsert: reinsert, until: 0.05, label: "seed \(seed) \(strategy.name)")
      }
    }
    let custom = DismantlingStrategy.custom((0..<40).map { NodeID($0 * 3) })
    try Self.check(graph, custom, reinsert: false, until: 0.01, label: "custom")
    try Self.check(graph, custom, reinsert: true, until: 0.2, label: "custom reinsert")
  }

  @Test(arguments: [
    "caviar/caviar-full", "9-11-hijackers/9-11-hijackers-associates", "drugnet/drugnet",
    "italian-gangs/italian-gangs",
  ])
  func covertNetworks(network: String) throws {
    guard let graph = try Self.covert(network) else { return }
    #expect(graph.nodeCount >= 60)
    for strategy in Self.strategies {
      for reinsert in [false, true] {
        try Self.check(
          graph, strategy, reinsert: reinsert, until: 0.1, label: "\(network) \(strategy.name)")
      }
    }
  }

  @Test func badInputsAreErrors() throws {
    let graph = HandComputedTests.path
    #expect(throws: DismantlingError(.untilOutOfRange(1.5))) {
      try Dismantling(strategy: .degree, until: 1.5).run(on: graph)
    }
    #expect(throws: DismantlingError(.radiusOutOfRange(4))) {
      try Dismantling(strategy: .collectiveInfluence(radius: 4)).run(on: graph)
    }
    #expect(throws: DismantlingError(.badCustomOrder(node: 2, reason: "is listed twice"))) {
      try Dismantling(strategy: .custom([2, 2])).run(on: graph)
    }
  }
}
