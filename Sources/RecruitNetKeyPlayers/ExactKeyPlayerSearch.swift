import Foundation

/// The exact key-player optimum by branch and bound over k-sets, with a proof: every k-set is
/// either evaluated or in a subtree whose admissible bound (``KeyPlayerScratch/lowerBound``)
/// cannot reach the best cost. Borgatti (2006, Comput Math Organiz Theor 12:21–34) notes that
/// exhaustive search is out of reach in general and uses a heuristic; on networks of tens of
/// nodes and small k the optimum is within reach, and knowing it is what makes the greedy
/// answers checkable.
///
/// Sets are enumerated in lexicographic order of the nodes sorted by degree (highest first), so
/// strong sets come early. For fragmentation the last member is chosen among all candidates at
/// once (``KeyPlayerScratch/pairsAfterRemovingEach``), so a level costs one O(N + M) search.
/// Subtrees are pruned only when their bound is strictly worse than the best cost, so every tied
/// optimum is found and counted.
///
/// - Complexity: at most C(N, k) evaluations (fragmentation: C(N, k − 1) depth-first searches),
///   each O(N + M) (distance fragmentation: O(N(N + M))); the bounds prune most of them.
struct ExactKeyPlayerSearch {
  var scratch: KeyPlayerScratch
  let objective: KeyPlayerObjective
  let k: Int
  let tieLimit: Int
  let deadline: ContinuousClock.Instant?
  let counted: [UInt8]
  /// Candidate order: nodes by degree, highest first, ties by index.
  let order: [UInt32]
  var member: [UInt8]
  var chosen: [Int] = []
  var afterEach: [Int]

  var bestCost: Double
  /// The lexicographically smallest tied optimal sets (sorted node indices), at most `tieLimit`.
  var bestSets: [[Int]] = []
  var tieCount = 0
  /// Sets evaluated or pruned (as a count of sets, in Double: C(N, k) can be large).
  var covered = 0.0
  var timedOut = false
  /// The bound over every k-set, computed before the search: the gap's reference.
  var rootBound = -Double.infinity
  var ticks = 0

  init(
    graph: KeyPlayerGraph, objective: KeyPlayerObjective, k: Int, counted: [UInt8],
    excluded: Set<Int>, incumbent: Double, tieLimit: Int, deadline: ContinuousClock.Instant?
  ) {
    scratch = KeyPlayerScratch(graph: graph)
    self.objective = objective
    self.k = k
    self.tieLimit = tieLimit
    self.deadline = deadline
    self.counted = counted
    order = (0..<graph.nodeCount).filter { !excluded.contains($0) }.sorted {
      let (a, b) = (graph.degree(of: $0), graph.degree(of: $1))
      return a != b ? a > b : $0 < $1
    }.map { UInt32($0) }
    member = [UInt8](repeating: 0, count: graph.nodeCount)
    afterEach = [Int](repeating: 0, count: graph.nodeCount)
    bestCost = incumbent
  }

  /// C(n, r) as a Double.
  static func choose(_ n: Int, _ r: Int) -> Double {
    if r < 0 || r > n { return 0 }
    var result = 1.0
    for i in 0..<min(r, n - r) { result = result * Double(n - i) / Double(i + 1) }
    return result.rounded()
  }

  mutating func run() {
    rootBound = member.withUnsafeBufferPointer { m in
      counted.withUnsafeBufferPointer { c in
        scratch.lowerBound(objective, member: m, counted: c, candidates: order[...], r: k)
      }
    }
    search(start: 0)
  }

  /// Records a set of cost `cost` (the members in `chosen`).
  mutating func consider(_ cost: Double) {
    covered += 1
    if cost < bestCost && !KeyPlayerScratch.isTie(cost, bestCost) {
      bestCost = cost
      bestSets = []
      tieCount = 0
    } else if !KeyPlayerScratch.isTie(cost, bestCost) {
      return
    }
    tieCount += 1
    let set = chosen.sorted()
    if bestSets.count < tieLimit || set.lexicographicallyPrecedes(bestSets[bestSets.count - 1]) {
      let at = bestSets.firstIndex { set.lexicographicallyPrecedes($0) } ?? bestSets.count
      bestSets.insert(set, at: at)
      if bestSets.count > tieLimit { bestSets.removeLast() }
    }
  }

  mutating func checkClock() -> Bool {
    ticks += 1
    if ticks & 63 == 0, let deadline, ContinuousClock.now >= deadline { timedOut = true }
    return timedOut
  }

  mutating func search(start: Int) {
    let n = order.count
    let r = k - chosen.count
    if r == 0 {
      let cost = member.withUnsafeBufferPointer { m in
        counted.withUnsafeBufferPointer { c in scratch.cost(objective, member: m, counted: c) }
      }
      consider(cost)
      _ = checkClock()
      return
    }
    if n - start < r || checkClock() { return }
    if r == 1 && objective == .fragmentation {
      member.withUnsafeBufferPointer { m in
        afterEach.withUnsafeMutableBufferPointer { out in
          scratch.pairsAfterRemovingEach(removed: m, into: out)
        }
      }
      for j in start..<n {
        let v = Int(order[j])
        chosen.append(v)
        consider(Double(afterEach[v]))
        chosen.removeLast()
      }
      return
    }
    let bound = member.withUnsafeBufferPointer { m in
      counted.withUnsafeBufferPointer { c in
        scratch.lowerBound(
          objective, member: m, counted: c, candidates: order[start...], r: r)
      }
    }
    if bound > bestCost && !KeyPlayerScratch.isTie(bound, bestCost) {
      covered += Self.choose(n - start, r)
      return
    }
    for j in start...(n - r) {
      let v = Int(order[j])
      chosen.append(v)
      member[v] = 1
      search(start: j + 1)
      member[v] = 0
      chosen.removeLast()
      if timedOut { return }
    }
  }
}
