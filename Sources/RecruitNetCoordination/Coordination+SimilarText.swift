import RecruitNetGraph

extension Coordination {
  /// Jaccard similarity of two sorted token arrays, as the toolkit computes it:
  /// `|A ∩ B| / |A ∪ B|` in double precision.
  static func jaccard(_ a: [UInt32], _ b: [UInt32]) -> Double {
    let shared = sortedIntersectionCount(a, b)
    return Double(shared) / Double(a.count + b.count - shared)
  }

  /// The co-similar network: A → B weighs the distinct messages of A for which B posted a
  /// message within the window whose word set has Jaccard similarity ≥ `threshold` (the toolkit's
  /// `co_similar_tweet` with its default `similarity`; its default threshold is 0.9).
  ///
  /// Method: exact prefix filtering (Chaudhuri, Ganti & Kaushik 2006; Bayardo, Ma & Srikant
  /// 2007). Tokens are ranked rarest first; two sets with Jaccard ≥ t share a token among the
  /// first `|s| − ⌈t·|s|⌉ + 1` of each (a floor is used, a longer and still exact prefix), so only
  /// messages sharing a prefix token inside the window are compared, after a size filter
  /// (`t·|a| ≤ |b| ≤ |a| / t`). The toolkit compares every pair in the window instead, which is
  /// what makes its co-similar hours long.
  ///
  /// - Complexity: O(n log n + C·L) for n messages, C candidate pairs and L tokens per message.
  public static func similarTextNetwork(
    _ events: SimilarTextEvents, threshold: Double, parameters: CoordinationParameters,
    threads: Int = ParallelLoop.defaultThreadCount
  ) throws(CoordinationError) -> (network: CoordinationNetwork, candidates: Int) {
    try validate(parameters.window)
    guard threshold > 0, threshold <= 1 else {
      throw CoordinationError(
        .parameterOutOfRange(
          name: "the similarity threshold", value: threshold, allowed: "in (0, 1]"))
    }
    let n = events.count
    // Rank tokens rarest first and rewrite each message's tokens in rank order.
    var frequency = [Int](repeating: 0, count: events.tokenCount)
    for list in events.tokens { for t in list { frequency[Int(t)] += 1 } }
    var byRarity = (0..<events.tokenCount).map { UInt32($0) }
    byRarity.sort {
      frequency[Int($0)] != frequency[Int($1)] ? frequency[Int($0)] < frequency[Int($1)] : $0 < $1
    }
    var rankOf = [UInt32](repeating: 0, count: events.tokenCount)
    for (rank, token) in byRarity.enumerated() { rankOf[Int(token)] = UInt32(rank) }
    let ranked = events.tokens.map { $0.map { rankOf[Int($0)] }.sorted() }
    func prefixLength(_ size: Int) -> Int {
      min(size, max(1, size - Int((threshold * Double(size)).rounded(.down)) + 1))
    }
    // Inverted index of prefixes, each list in time order.
    let timeOrder = (0..<n).sorted { (events.times[$0], $0) < (events.times[$1], $1) }
    var postings = [[Int]](repeating: [], count: events.tokenCount)
    for m in timeOrder {
      for t in ranked[m].prefix(prefixLength(ranked[m].count)) { postings[Int(t)].append(m) }
    }
    var byAccount = [[Int]](repeating: [], count: events.accountCount)
    for m in 0..<n { byAccount[Int(events.accounts[m])].append(m) }
    let (before, after) = parameters.window.reach
    let window = parameters.window
    let accountCount = events.accountCount
    let parts = max(1, threads) * 4
    var results = [[CoordinationEdge]](repeating: [], count: parts)
    var counts = [(pairs: Int, candidates: Int)](repeating: (0, 0), count: parts)
    results.withUnsafeMutableBufferPointer { results in
      counts.withUnsafeMutableBufferPointer { counts in
        let workers = min(max(1, threads), parts)
        ParallelLoop.forEachWorker(threads: workers) { worker in
          var counters = PairCounters(accountCount: accountCount)
          var seen = [Int](repeating: -1, count: n)
          for part in stride(from: worker, to: parts, by: workers) {
            var edges: [CoordinationEdge] = []
            var pairs = 0
            var candidates = 0
            for account in ParallelLoop.chunk(part, of: parts, count: accountCount) {
              for m in byAccount[account] {
                let tm = events.times[m]
                let size = Double(ranked[m].count)
                for t in ranked[m].prefix(prefixLength(ranked[m].count)) {
                  let list = postings[Int(t)]
                  // First posting at or after tm − before.
                  var lo = 0
                  var hi = list.count
                  while lo < hi {
                    let mid = (lo + hi) / 2
                    if events.times[list[mid]] < tm - before { lo = mid + 1 } else { hi = mid }
                  }
                  var k = lo
                  while k < list.count && events.times[list[k]] <= tm + after {
                    let c = list[k]
                    k += 1
                    if seen[c] == m || c == m { continue }
                    seen[c] = m
                    let target = events.accounts[c]
                    if Int(target) == account { continue }
                    guard window.matches(tm, events.times[c]) else { continue }
                    let other = Double(ranked[c].count)
                    guard other >= threshold * size, other * threshold <= size else { continue }
                    candidates += 1
                    guard jaccard(ranked[m], ranked[c]) >= threshold else { continue }
                    counters.record(
                      target: target, delta: abs(events.times[c] - tm), message: UInt32(m))
                    pairs += 1
                  }
                }
              }
              counters.flush(source: UInt32(account), minWeight: parameters.minWeight, into: &edges)
            }
            results[part] = edges
            counts[part] = (pairs, candidates)
          }
        }
      }
    }
    let network = CoordinationNetwork(
      parameters: parameters, edges: results.flatMap { $0 }, eventCount: n,
      pairsExamined: counts.reduce(0) { $0 + $1.pairs })
    return (network, counts.reduce(0) { $0 + $1.candidates })
  }

  /// The similar message pairs behind `source → target`.
  public static func similarTextEvidence(
    _ events: SimilarTextEvents, threshold: Double, window: CoordinationWindow, source: UInt32,
    target: UInt32
  ) -> [CoordinationEvidence] {
    let a = (0..<events.count).filter { events.accounts[$0] == source }
    let b = (0..<events.count).filter { events.accounts[$0] == target }
    var out: [CoordinationEvidence] = []
    for i in a {
      for j in b {
        let (ti, tj) = (events.times[i], events.times[j])
        guard window.matches(ti, tj), jaccard(events.tokens[i], events.tokens[j]) >= threshold
        else { continue }
        out.append(
          CoordinationEvidence(
            sourceMessage: events.messageIDs[i], sourceTime: ti,
            targetMessage: events.messageIDs[j],
            targetTime: tj, object: events.texts[j]))
      }
    }
    return out.sorted {
      ($0.sourceTime, $0.targetTime, $0.sourceMessage) < (
        $1.sourceTime, $1.targetTime, $1.sourceMessage
      )
    }
  }
}
