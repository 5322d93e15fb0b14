import Foundation
import RecruitNetGraph

extension Coordination {
  /// Which observed coordination edges are stronger than chance: a permutation test per edge,
  /// with the false discovery rate controlled by Benjamini–Hochberg.
  ///
  /// Method: the observed network is computed with `parameters`. Then, N times, the events get
  /// new times from the null model (``CoordinationNullModel``: objects and messages stay, timing
  /// is randomised), the network is recomputed with the same trace, window, minimum weight and
  /// pair budget, and each observed edge source → target counts the null data sets where its
  /// weight is at least the observed one. The p-value is `(1 + that count) / (N + 1)`, the
  /// permutation p-value that is never 0 and stays valid with few permutations (Phipson & Smyth,
  /// "Permutation p-values should never be zero: calculating exact p-values when permutations
  /// are randomly drawn", Stat. Appl. Genet. Mol. Biol. 9(1), 2010, doi:10.2202/1544-6115.1585).
  /// q-values are Benjamini–Hochberg over every ordered pair of accounts that share an object
  /// (see ``CoordinationSignificance``), and the edges with q ≤ the level survive.
  ///
  /// A null network is never built: only the sources of observed edges are swept, and their null
  /// edges are merged with the observed ones (``CoordinationNullSweep``), so the memory stays
  /// O(n + a·w + E·w) however many edges the null networks have. Permutations run in parallel,
  /// one permutation at a time per worker;
  /// permutation i draws from `SeededGenerator(seed:stream: i)` and counts are summed, so the
  /// result depends on the seed and never on `threads`.
  ///
  /// `progress`, if given, is called after each finished permutation with the number finished
  /// so far (1, 2, …, N in that order), from worker threads but never two calls at once; it is
  /// the place to print progress or to check a deadline (it cannot cancel the run).
  ///
  /// The choice of N matters: the smallest p-value is 1 / (N + 1), so with m tested pairs an
  /// edge can survive only if N + 1 ≥ m / (k · α) for the k edges that reach that p-value
  /// (``CoordinationSignificance/smallestPossibleQValue``). Co-similar networks
  /// (``SimilarTextEvents``) are not covered: the null model works on ``CoordinationEvents``.
  ///
  /// - Throws: ``CoordinationError/Code/parameterOutOfRange(name:value:allowed:)`` for a
  ///   permutation count outside 1 … ``CoordinationSignificanceParameters/maxPermutations`` or a
  ///   level outside (0, 1); the errors of ``network(_:parameters:threads:)``, for the observed
  ///   network or for the first null network found over the pair budget.
  /// - Complexity: O(N · (n log n + P)) time for n events and P in-window pairs of the observed
  ///   edges' sources per permutation,
  ///   plus O(Σ a_o²) once to count the tested pairs (a_o accounts on object o, skipped when
  ///   over the pair budget); O(n + a·w + E·w) memory for a accounts, E edges and w workers.
  public static func significance(
    _ events: CoordinationEvents, parameters: CoordinationParameters,
    test: CoordinationSignificanceParameters,
    threads: Int = ParallelLoop.defaultThreadCount,
    progress: (@Sendable (Int) -> Void)? = nil
  ) throws(CoordinationError) -> CoordinationSignificance {
    try test.validate()
    let observed = try network(events, parameters: parameters, threads: threads).edges
    let tested = sharingPairs(events, budget: parameters.maxPairs)
    let sampler = CoordinationNullSampler(events, model: test.nullModel)
    let nullSweep = CoordinationNullSweep(events, parameters: parameters, observed: observed)
    let permutations = test.permutations
    let workers = min(max(1, threads), permutations)
    var counts = [[Int32]](repeating: [], count: workers)
    var failures = [(permutation: Int, error: CoordinationError)?](repeating: nil, count: workers)
    let lock = NSLock()
    var finished = 0
    var failed = false
    counts.withUnsafeMutableBufferPointer { counts in
      failures.withUnsafeMutableBufferPointer { failures in
        ParallelLoop.forEachWorker(threads: workers) { worker in
          var local = [Int32](repeating: 0, count: observed.count)
          var permuted = events
          var buffer: [CoordinationEdge] = []
          for permutation in stride(from: worker, to: permutations, by: workers) {
            if lock.withLock({ failed }) { break }
            var generator = SeededGenerator(seed: test.seed, stream: UInt64(permutation))
            permuted.times = sampler.times(events, using: &generator)
            do throws(CoordinationError) {
              try nullSweep.count(permuted, buffer: &buffer, into: &local)
            } catch {
              failures[worker] = (permutation, error)
              lock.withLock { failed = true }
              break
            }
            lock.withLock {
              finished += 1
              progress?(finished)
            }
          }
          counts[worker] = local
        }
      }
    }
    if let first = failures.compactMap({ $0 }).min(by: { $0.permutation < $1.permutation }) {
      throw first.error
    }
    var exceedances = [Int](repeating: 0, count: observed.count)
    for local in counts {
      for (e, c) in local.enumerated() { exceedances[e] += Int(c) }
    }
    let pValues = exceedances.map { Double(1 + $0) / Double(permutations + 1) }
    let qValues = try BenjaminiHochberg.qValues(
      pValues, testCount: max(tested.count, pValues.count))
    return CoordinationSignificance(
      parameters: test, network: parameters,
      edges: observed.indices.map {
        CoordinationEdgeSignificance(
          edge: observed[$0], exceedances: exceedances[$0], pValue: pValues[$0],
          qValue: qValues[$0])
      },
      testedPairs: max(tested.count, pValues.count), testedPairsIsExact: tested.exact)
  }

  /// Adds 1 to `counts[e]` for each observed edge e whose null weight is at least its observed
  /// weight: a merge of the two lists, both sorted by (source, target). `observed` may be a
  /// slice; `e` is its index in the whole list.
  ///
  /// - Complexity: O(E + E₀) for E observed and E₀ null edges.
  static func countExceedances(
    observed: ArraySlice<CoordinationEdge>, null: [CoordinationEdge], into counts: inout [Int32]
  ) {
    var j = 0
    for e in observed.indices {
      let edge = observed[e]
      while j < null.count && (null[j].source, null[j].target) < (edge.source, edge.target) {
        j += 1
      }
      guard j < null.count else { return }
      if null[j].source == edge.source && null[j].target == edge.target
        && null[j].weight >= edge.weight
      {
        counts[e] += 1
      }
    }
  }

  /// The ordered pairs of different accounts that share at least one object, the tests of the
  /// significance run; exact when Σ a_o(a_o − 1) over objects (a_o distinct accounts on object o)
  /// is within `budget`, otherwise the upper bound min(that sum, A(A − 1)) for A active accounts.
  ///
  /// - Complexity: O(n log n + Σ a_o²) time, O(n + accounts) memory.
  static func sharingPairs(_ events: CoordinationEvents, budget: Int) -> (count: Int, exact: Bool) {
    var keys = (0..<events.count).map {
      UInt64(events.objects[$0]) << 32 | UInt64(events.accounts[$0])
    }
    keys.sort()
    var unique: [UInt64] = []
    unique.reserveCapacity(keys.count)
    for key in keys where unique.last != key { unique.append(key) }
    // Per object: its distinct accounts, unique[start ..< end].
    var bound = 0
    var active = Set<UInt32>()
    var start = 0
    while start < unique.count {
      var end = start
      while end < unique.count && unique[end] >> 32 == unique[start] >> 32 { end += 1 }
      let a = end - start
      let (pairs, overflow) = a.multipliedReportingOverflow(by: a - 1)
      let (sum, sumOverflow) = bound.addingReportingOverflow(pairs)
      bound = overflow || sumOverflow ? .max : sum
      start = end
    }
    for key in unique { active.insert(UInt32(truncatingIfNeeded: key)) }
    let (all, allOverflow) = active.count.multipliedReportingOverflow(by: max(0, active.count - 1))
    let upper = min(bound, allOverflow ? .max : all)
    guard bound <= budget else { return (upper, false) }
    // Each account's objects (CSR by account) and each object's accounts (the runs of `unique`).
    let accountCount = events.accountCount
    var objectStart = [Int](repeating: 0, count: Int(unique.last.map { $0 >> 32 } ?? 0) + 2)
    for key in unique { objectStart[Int(key >> 32) + 1] += 1 }
    for o in 0..<(objectStart.count - 1) { objectStart[o + 1] += objectStart[o] }
    var accountStart = [Int](repeating: 0, count: accountCount + 1)
    for key in unique { accountStart[Int(UInt32(truncatingIfNeeded: key)) + 1] += 1 }
    for a in 0..<accountCount { accountStart[a + 1] += accountStart[a] }
    var accountObjects = [UInt32](repeating: 0, count: unique.count)
    var fill = accountStart
    for key in unique {
      let a = Int(UInt32(truncatingIfNeeded: key))
      accountObjects[fill[a]] = UInt32(key >> 32)
      fill[a] += 1
    }
    var stamp = [UInt32](repeating: .max, count: accountCount)
    var count = 0
    for a in 0..<accountCount {
      for slot in accountStart[a]..<accountStart[a + 1] {
        let o = Int(accountObjects[slot])
        for k in objectStart[o]..<objectStart[o + 1] {
          let b = Int(UInt32(truncatingIfNeeded: unique[k]))
          if b != a && stamp[b] != UInt32(a) {
            stamp[b] = UInt32(a)
            count += 1
          }
        }
      }
    }
    return (count, true)
  }
}
