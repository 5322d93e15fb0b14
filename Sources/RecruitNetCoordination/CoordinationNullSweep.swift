/// The null networks of a significance run, counted without being built: per permutation, only
/// the accounts that are the source of an observed edge are swept, and only their edges with a
/// weight that could reach an observed one are looked at, so a permutation costs the in-window
/// pairs of those accounts and O(accounts) memory, whatever the number of null edges.
///
/// It gives the same counts as building each null network with ``Coordination/network(_:parameters:threads:)``
/// and merging its edges with the observed ones (checked by `SignificanceTests`), and the same
/// pair-budget error.
struct CoordinationNullSweep {
  let parameters: CoordinationParameters
  let observed: [CoordinationEdge]
  /// Each account's events in event order (invariant under the null models, which move times).
  private let byAccount: [UInt32]
  private let offsets: [Int]
  /// The observed edges by source: the source, its range in `observed`, its least weight.
  private let runs: [(source: Int, edges: Range<Int>, minWeight: Int)]

  init(
    _ events: CoordinationEvents, parameters: CoordinationParameters, observed: [CoordinationEdge]
  ) {
    self.parameters = parameters
    self.observed = observed
    (offsets, byAccount) = events.eventsByAccount()
    var runs: [(source: Int, edges: Range<Int>, minWeight: Int)] = []
    var start = 0
    while start < observed.count {
      var end = start
      var least = Int.max
      while end < observed.count && observed[end].source == observed[start].source {
        least = min(least, observed[end].weight)
        end += 1
      }
      runs.append((Int(observed[start].source), start..<end, least))
      start = end
    }
    self.runs = runs
  }

  /// Adds 1 to `counts[e]` for each observed edge e whose weight in `permuted` (the events with
  /// null times) is at least the observed one.
  ///
  /// - Throws: ``CoordinationError/Code/pairBudgetExceeded(pairs:budget:costliest:)`` as
  ///   ``Coordination/network(_:parameters:threads:)`` would for `permuted`.
  /// `buffer` is scratch space kept between calls. The counters are new for every call: their
  /// per-target stamps hold message ids, and a stamp left by the previous permutation would hide
  /// the same message's first match in this one.
  func count(
    _ permuted: CoordinationEvents, buffer: inout [CoordinationEdge], into counts: inout [Int32]
  ) throws(CoordinationError) {
    let sweep = Coordination.Sweep(permuted, window: parameters.window)
    var total = 0
    for k in 0..<sweep.order.count { total += Int(sweep.upper[k] - sweep.lower[k]) - 1 }
    guard total <= parameters.maxPairs else {
      let estimate = Coordination.estimate(permuted, sweep)
      throw CoordinationError(
        .pairBudgetExceeded(
          pairs: estimate.totalPairs, budget: parameters.maxPairs,
          costliest: estimate.costliest.prefix(3).map {
            "\"\(String($0.object.prefix(60)))\" (\($0.events) events, \($0.pairs) pairs)"
          }))
    }
    var scratch = PairCounters(accountCount: permuted.accountCount)
    Coordination.withBuffers(permuted, sweep, byAccount, offsets) { buffers in
      for run in runs {
        _ = scratch.sweep(account: run.source, buffers)
        buffer.removeAll(keepingCapacity: true)
        scratch.flush(source: UInt32(run.source), minWeight: run.minWeight, into: &buffer)
        Coordination.countExceedances(observed: observed[run.edges], null: buffer, into: &counts)
      }
    }
  }
}
