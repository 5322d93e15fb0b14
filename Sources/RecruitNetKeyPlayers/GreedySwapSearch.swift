import RecruitNetGraph

/// Borgatti's heuristic for the key-player problem (2006, Comput Math Organiz Theor 12:21–34,
/// section 5): from a starting set, make the best swap of a member for a non-member while it
/// improves the objective, and stop at a set no single swap improves. Restart 0 starts from the
/// greedy set (members added one at a time, each the best addition); the other restarts start
/// from uniformly random sets drawn from `SeededGenerator(seed:stream: restart)`.
///
/// Restarts run in parallel, each on its own scratch and random stream, and are reduced in
/// restart order, so the answer depends on the seed and the number of restarts, never on the
/// thread count. Ties between swaps go to the lowest (member, non-member) indices.
///
/// - Complexity: per swap round, k(N − k) evaluations (fragmentation: k depth-first searches of
///   O(N + M) with ``KeyPlayerScratch/pairsAfterRemovingEach``).
struct GreedySwapSearch {
  let graph: KeyPlayerGraph
  let objective: KeyPlayerObjective
  let k: Int
  let counted: [UInt8]
  /// Nodes never chosen.
  let excluded: Set<Int>

  /// The result of one restart: its local optimum and cost.
  struct Outcome {
    var set: [Int]
    var cost: Double
    var swaps: Int
  }

  /// Runs `restarts` restarts from `seed` on `threads` threads.
  func run(restarts: Int, seed: UInt64, threads: Int) -> [Outcome] {
    let restarts = max(1, restarts)
    var outcomes = [Outcome?](repeating: nil, count: restarts)
    let workers = max(1, min(threads, restarts))
    outcomes.withUnsafeMutableBufferPointer { slots in
      ParallelLoop.forEachWorker(threads: workers) { worker in
        var scratch = KeyPlayerScratch(graph: graph)
        var restart = worker
        while restart < restarts {
          slots[restart] = climb(restart: restart, seed: seed, scratch: &scratch)
          restart += workers
        }
      }
    }
    return outcomes.compactMap { $0 }
  }

  func climb(restart: Int, seed: UInt64, scratch: inout KeyPlayerScratch) -> Outcome {
    let n = graph.nodeCount
    var member = [UInt8](repeating: 0, count: n)
    var set: [Int]
    if restart == 0 {
      set = []
      for _ in 0..<k {
        let (v, _) = bestAddition(member: &member, scratch: &scratch)
        member[v] = 1
        set.append(v)
      }
    } else {
      var generator = SeededGenerator(seed: seed, stream: UInt64(restart))
      var nodes = (0..<n).filter { !excluded.contains($0) }
      generator.shuffle(&nodes)
      set = Array(nodes.prefix(k))
      for v in set { member[v] = 1 }
    }
    var cost = evaluate(member: member, scratch: &scratch)
    var swaps = 0
    while true {
      var best: (out: Int, into: Int, cost: Double)? = nil
      for (slot, u) in set.enumerated() {
        member[u] = 0
        let (v, c) = bestAddition(member: &member, scratch: &scratch)
        member[u] = 1
        let bar = best?.cost ?? cost
        if c < bar && !KeyPlayerScratch.isTie(c, bar) { best = (slot, v, c) }
      }
      guard let swap = best else { break }
      member[set[swap.out]] = 0
      member[swap.into] = 1
      set[swap.out] = swap.into
      cost = swap.cost
      swaps += 1
    }
    return Outcome(set: set.sorted(), cost: cost, swaps: swaps)
  }

  /// The best node to add to the set in `member` (lowest index on ties) and the cost after.
  func bestAddition(member: inout [UInt8], scratch: inout KeyPlayerScratch) -> (Int, Double) {
    let n = graph.nodeCount
    var bestNode = -1
    var bestCost = Double.infinity
    if objective == .fragmentation {
      var after = [Int](repeating: 0, count: n)
      member.withUnsafeBufferPointer { m in
        after.withUnsafeMutableBufferPointer {
          scratch.pairsAfterRemovingEach(removed: m, into: $0)
        }
      }
      for v in 0..<n where member[v] == 0 && !excluded.contains(v) && Double(after[v]) < bestCost {
        bestNode = v
        bestCost = Double(after[v])
      }
      return (bestNode, bestCost)
    }
    for v in 0..<n where member[v] == 0 && !excluded.contains(v) {
      member[v] = 1
      let c = evaluate(member: member, scratch: &scratch)
      member[v] = 0
      if c < bestCost && !KeyPlayerScratch.isTie(c, bestCost) {
        bestNode = v
        bestCost = c
      }
    }
    return (bestNode, bestCost)
  }

  func evaluate(member: [UInt8], scratch: inout KeyPlayerScratch) -> Double {
    member.withUnsafeBufferPointer { m in
      counted.withUnsafeBufferPointer { c in scratch.cost(objective, member: m, counted: c) }
    }
  }
}
