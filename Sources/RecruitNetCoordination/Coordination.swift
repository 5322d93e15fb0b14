import RecruitNetGraph

/// Coordination networks by sort and sweep.
///
/// Method: the events are sorted by (object, time); for each event the events of the same object
/// inside its window form one contiguous range of that order, found with two pointers. Each
/// account's events are then visited in message order, and every in-range event of another
/// account adds to that pair's counters in dense per-worker arrays (a stamp per target account
/// makes ``CoordinationEdge/weight`` count distinct messages). This is the
/// coordination-network-toolkit's self-join (Graham et al., QUT Digital Observatory, 2020–2024)
/// computed without a join table: memory is O(events + accounts) whatever the number of pairs,
/// so a viral object costs time (its pairs) but never memory or temporary disk.
///
/// Work is split over accounts, balanced by their events; each worker writes the edges of its
/// own source accounts, so the result is the same for every thread count.
///
/// - Complexity: O(n log n + P) time for n events and P in-window pairs; O(n + a·w) memory for a
///   accounts and w workers.
public enum Coordination {
  /// The sorted order and each event's window range, shared by the estimate and the sweep.
  struct Sweep {
    /// Event indices sorted by (object, time, index).
    var order: [UInt32]
    /// `rank[i]`: the position of event i in `order`.
    var rank: [UInt32]
    /// For position k of `order`: the range `lower[k] ..< upper[k]` of positions in the window.
    var lower: [UInt32]
    var upper: [UInt32]

    init(_ events: CoordinationEvents, window: CoordinationWindow) {
      let n = events.count
      var order = [UInt32](0..<UInt32(n))
      events.objects.withUnsafeBufferPointer { objects in
        events.times.withUnsafeBufferPointer { times in
          order.sort { a, b in
            let (ia, ib) = (Int(a), Int(b))
            if objects[ia] != objects[ib] { return objects[ia] < objects[ib] }
            if times[ia] != times[ib] { return times[ia] < times[ib] }
            return a < b
          }
        }
      }
      var rank = [UInt32](repeating: 0, count: n)
      var lower = [UInt32](repeating: 0, count: n)
      var upper = [UInt32](repeating: 0, count: n)
      let (before, after) = window.reach
      events.objects.withUnsafeBufferPointer { objects in
        events.times.withUnsafeBufferPointer { times in
          var groupStart = 0
          while groupStart < n {
            let object = objects[Int(order[groupStart])]
            var groupEnd = groupStart
            while groupEnd < n && objects[Int(order[groupEnd])] == object { groupEnd += 1 }
            var lo = groupStart
            var hi = groupStart
            for k in groupStart..<groupEnd {
              let t = times[Int(order[k])]
              switch window {
              case .bins(let width):
                let bin = floorDivide(t, width)
                while floorDivide(times[Int(order[lo])], width) < bin { lo += 1 }
                if hi < k { hi = k }
                while hi < groupEnd && floorDivide(times[Int(order[hi])], width) == bin { hi += 1 }
              default:
                while times[Int(order[lo])] < t - before { lo += 1 }
                while hi < groupEnd && times[Int(order[hi])] <= t + after { hi += 1 }
              }
              lower[k] = UInt32(lo)
              upper[k] = UInt32(hi)
            }
            groupStart = groupEnd
          }
        }
      }
      for (k, i) in order.enumerated() { rank[Int(i)] = UInt32(k) }
      self.order = order
      self.rank = rank
      self.lower = lower
      self.upper = upper
    }
  }

  static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
    let q = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
  }

  /// Checks a window: lengths must be positive (a lead or lag may be zero, not both).
  public static func validate(_ window: CoordinationWindow) throws(CoordinationError) {
    switch window {
    case .symmetric(let w), .bins(let w):
      guard w > 0 else {
        throw CoordinationError(.badWindow("must be longer than 0 s, not \(w) s"))
      }
    case .leadLag(let lead, let lag):
      guard lead >= 0, lag >= 0, lead + lag > 0 else {
        throw CoordinationError(
          .badWindow(
            "needs a lead and lag of 0 s or more, not both 0 (lead \(lead) s, lag \(lag) s)"))
      }
    }
  }

  /// The number of in-window event pairs a run would examine (ordered pairs, the same account
  /// included: an upper bound of the work), and the ten costliest objects.
  ///
  /// - Complexity: O(n log n).
  public static func estimatePairs(_ events: CoordinationEvents, window: CoordinationWindow)
    -> CoordinationPairEstimate
  {
    estimate(events, Sweep(events, window: window))
  }

  static func estimate(_ events: CoordinationEvents, _ sweep: Sweep) -> CoordinationPairEstimate {
    var total = 0
    var perObject: [(object: UInt32, events: Int, pairs: Int)] = []
    var k = 0
    let n = events.count
    while k < n {
      let object = events.objects[Int(sweep.order[k])]
      var pairs = 0
      var end = k
      while end < n && events.objects[Int(sweep.order[end])] == object {
        pairs += Int(sweep.upper[end] - sweep.lower[end]) - 1
        end += 1
      }
      total += pairs
      if pairs > 0 { perObject.append((object, end - k, pairs)) }
      k = end
    }
    perObject.sort { $0.pairs != $1.pairs ? $0.pairs > $1.pairs : $0.object < $1.object }
    return CoordinationPairEstimate(
      totalPairs: total,
      costliest: perObject.prefix(10).map {
        (events.objectNames[Int($0.object)], $0.events, $0.pairs)
      })
  }

  /// The coordination network of `events`: every directed edge between two different accounts
  /// with weight ≥ `parameters.minWeight` (self-pairs are left out, as the toolkit's export
  /// leaves out loops).
  ///
  /// - Throws: ``CoordinationError/Code/pairBudgetExceeded(pairs:budget:costliest:)`` before
  ///   any work when the estimate is over `parameters.maxPairs`, and ``CoordinationError`` for a
  ///   bad window or minimum weight.
  public static func network(
    _ events: CoordinationEvents, parameters: CoordinationParameters,
    threads: Int = ParallelLoop.defaultThreadCount
  ) throws(CoordinationError) -> CoordinationNetwork {
    try validate(parameters.window)
    guard parameters.minWeight >= 1 else {
      throw CoordinationError(
        .parameterOutOfRange(
          name: "the minimum weight", value: Double(parameters.minWeight), allowed: "at least 1"))
    }
    let sweep = Sweep(events, window: parameters.window)
    let estimate = estimate(events, sweep)
    guard estimate.totalPairs <= parameters.maxPairs else {
      throw CoordinationError(
        .pairBudgetExceeded(
          pairs: estimate.totalPairs, budget: parameters.maxPairs,
          costliest: estimate.costliest.prefix(3).map {
            "\"\(String($0.object.prefix(60)))\" (\($0.events) events, \($0.pairs) pairs)"
          }))
    }
    let accountCount = events.accountCount
    let (offsets, byAccount) = events.eventsByAccount()
    let ranges = offsets.withUnsafeBufferPointer {
      ParallelLoop.edgeBalancedRanges(offsets: $0, parts: max(1, threads) * 4)
    }
    var results = [[CoordinationEdge]](repeating: [], count: ranges.count)
    var examined = [Int](repeating: 0, count: ranges.count)
    let minWeight = parameters.minWeight
    results.withUnsafeMutableBufferPointer { results in
      examined.withUnsafeMutableBufferPointer { examined in
        withBuffers(events, sweep, byAccount, offsets) { buffers in
          let workers = min(max(1, threads), ranges.count)
          ParallelLoop.forEachWorker(threads: workers) { worker in
            var scratch = PairCounters(accountCount: accountCount)
            for part in stride(from: worker, to: ranges.count, by: workers) {
              var edges: [CoordinationEdge] = []
              var pairs = 0
              for account in ranges[part] {
                pairs += scratch.sweep(account: account, buffers)
                scratch.flush(source: UInt32(account), minWeight: minWeight, into: &edges)
              }
              results[part] = edges
              examined[part] = pairs
            }
          }
        }
      }
    }
    return CoordinationNetwork(
      parameters: parameters, edges: results.flatMap { $0 }, eventCount: events.count,
      pairsExamined: examined.reduce(0, +))
  }

  /// The message pairs behind the edge `source → target` (and, for a symmetric window, the same
  /// pairs seen from the other side are not repeated): every event of `source` with an event of
  /// `target` on the same object inside the window, in time order.
  public static func evidence(
    _ events: CoordinationEvents, window: CoordinationWindow, source: UInt32, target: UInt32
  ) -> [CoordinationEvidence] {
    var byObject: [UInt32: (source: [Int], target: [Int])] = [:]
    for i in 0..<events.count {
      if events.accounts[i] == source {
        byObject[events.objects[i], default: ([], [])].source.append(i)
      }
      if events.accounts[i] == target {
        byObject[events.objects[i], default: ([], [])].target.append(i)
      }
    }
    var out: [CoordinationEvidence] = []
    for (object, lists) in byObject where !lists.source.isEmpty && !lists.target.isEmpty {
      for a in lists.source {
        for b in lists.target where a != b {
          let (ta, tb) = (events.times[a], events.times[b])
          guard window.matches(ta, tb) else { continue }
          out.append(
            CoordinationEvidence(
              sourceMessage: events.messageIDs[Int(events.messages[a])], sourceTime: ta,
              targetMessage: events.messageIDs[Int(events.messages[b])], targetTime: tb,
              object: events.objectNames[Int(object)]))
        }
      }
    }
    out.sort {
      ($0.sourceTime, $0.targetTime, $0.sourceMessage, $0.targetMessage, $0.object) < (
        $1.sourceTime, $1.targetTime, $1.sourceMessage, $1.targetMessage, $1.object
      )
    }
    return out
  }
}
