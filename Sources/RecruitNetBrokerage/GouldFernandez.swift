import RecruitNetGraph

/// Gould–Fernandez brokerage roles of every node for a grouping of the nodes (R. V. Gould &
/// R. M. Fernandez, "Structures of mediation: a formal approach to brokerage in transaction
/// networks", Sociological Methodology 19:89–126, 1989, doi:10.2307/270949), with the numbers
/// R's `sna::brokerage()` (C. T. Butts) reports: raw counts per role (``BrokerageRole``) and
/// their total, and the expected counts, standard deviations and z-scores under random group
/// assignment (``BrokerageScores``).
///
/// Conventions, those of `sna::brokerage()`:
/// - `v` brokers the ordered pair `(a, b)` when `a → v → b`, `a`, `v`, `b` are distinct and
///   `a ↛ b` (an open two-path); each such ordered pair counts once for `v`, in one role.
/// - The graph is read as directed and simple: edge types, weights and repeated rows do not
///   count, self-loops are dropped. An undirected edge is both arcs, so an undirected open
///   two-path `a – v – b` counts twice for `v`, once as `(a, b)` and once as `(b, a)` (what sna
///   gives for a symmetric matrix).
/// - Expectations use the density `d = m / (n(n − 1))` with `m` the arcs above.
///
/// Every broker is independent: nodes are cut into blocks dealt round-robin to the threads, and
/// counts are integers, so the result is identical for any thread count.
///
/// - Complexity: O(Σ_v Σ_{a → v} (out(v) + min(out(a), out(v) log out(a)))) time, at most
///   O(Σ_v in(v)·out(v)·log d_max); O(n + m) memory for the simple arcs and O(n) for the counts.
public struct GouldFernandez: Sendable {
  /// Worker threads (the result does not depend on it).
  public var threads = ParallelLoop.defaultThreadCount

  public init() {}

  /// The roles of every node of `graph`, where node `v` belongs to group `groups[v]`, numbered
  /// `0 ..< groupCount` (empty groups allowed).
  ///
  /// - Throws: ``BrokerageError`` when `groups` does not have one entry per node or a group is
  ///   not below `groupCount`.
  public func scores(on graph: Graph, groups: [UInt32], groupCount: Int) throws(BrokerageError)
    -> BrokerageScores
  {
    try validateGroups(groups, groupCount: groupCount, nodeCount: graph.nodeCount)
    let arcs = SimpleArcs(graph)
    let counts = Self.count(arcs, groups: groups, threads: threads)
    return BrokerageScores(
      isDirected: graph.isDirected, arcCount: arcs.arcCount, groups: groups,
      groupCount: groupCount, counts: counts)
  }

  /// Nodes per block of work.
  private static let blockSize = 256

  /// One broker's five counts, in ``BrokerageRole`` order.
  typealias Tally = (Int, Int, Int, Int, Int)

  @inline(__always)
  private static func store(_ tally: Tally, at v: Int, in counts: UnsafeMutableBufferPointer<Int>) {
    counts[v * 5] = tally.0
    counts[v * 5 + 1] = tally.1
    counts[v * 5 + 2] = tally.2
    counts[v * 5 + 3] = tally.3
    counts[v * 5 + 4] = tally.4
  }

  /// Raw counts, five per node (``BrokerageRole`` order), row-major.
  ///
  /// A broker's work is `in(v) · out(v)`, so one hub can outweigh every other node together
  /// (on the Higgs mention network one account holds most of the two-paths). Nodes are dealt
  /// round-robin in blocks, except the heavy ones (more than an eighth of a thread's share of the
  /// total work, and at least `minimumHeavyWork` pairs), whose in-neighbours are split across
  /// the threads and the tallies added.
  static func count(
    _ arcs: SimpleArcs, groups: [UInt32], threads: Int, minimumHeavyWork: Double = 1e5
  ) -> [Int] {
    let n = arcs.nodeCount
    var counts = [Int](repeating: 0, count: n * 5)
    let blocks = (n + blockSize - 1) / blockSize
    let workers = max(1, min(threads, blocks))
    var heavy = [Bool](repeating: false, count: n)
    var heavyNodes: [Int] = []
    if workers > 1 {
      var work = [Double](repeating: 0, count: n)
      var total = 0.0
      for v in 0..<n {
        work[v] =
          Double(arcs.inOffsets[v + 1] - arcs.inOffsets[v])
          * Double(arcs.outOffsets[v + 1] - arcs.outOffsets[v])
        total += work[v]
      }
      let threshold = total / Double(8 * workers)
      for v in 0..<n where work[v] > threshold && work[v] >= minimumHeavyWork {
        heavy[v] = true
        heavyNodes.append(v)
      }
    }
    arcs.outOffsets.withUnsafeBufferPointer { outOffsets in
      arcs.outTargets.withUnsafeBufferPointer { outTargets in
        arcs.inOffsets.withUnsafeBufferPointer { inOffsets in
          arcs.inSources.withUnsafeBufferPointer { inSources in
            groups.withUnsafeBufferPointer { groups in
              counts.withUnsafeMutableBufferPointer { counts in
                ParallelLoop.forEachWorker(threads: workers) { worker in
                  var block = worker
                  while block < blocks {
                    for v in block * blockSize..<min(n, (block + 1) * blockSize) where !heavy[v] {
                      let tally = brokerCounts(
                        v, senders: inOffsets[v]..<inOffsets[v + 1], outOffsets: outOffsets,
                        outTargets: outTargets, inSources: inSources, groups: groups)
                      store(tally, at: v, in: counts)
                    }
                    block += workers
                  }
                }
                for v in heavyNodes {
                  let senders = inOffsets[v]..<inOffsets[v + 1]
                  var tallies = [Tally](repeating: (0, 0, 0, 0, 0), count: workers)
                  tallies.withUnsafeMutableBufferPointer { tallies in
                    ParallelLoop.forEachWorker(threads: workers) { worker in
                      let part = ParallelLoop.chunk(worker, of: workers, count: senders.count)
                      tallies[worker] = brokerCounts(
                        v,
                        senders: (senders.lowerBound + part.lowerBound)..<(senders.lowerBound
                          + part.upperBound),
                        outOffsets: outOffsets, outTargets: outTargets, inSources: inSources,
                        groups: groups)
                    }
                  }
                  var sum: Tally = (0, 0, 0, 0, 0)
                  for t in tallies {
                    sum = (sum.0 + t.0, sum.1 + t.1, sum.2 + t.2, sum.3 + t.3, sum.4 + t.4)
                  }
                  store(sum, at: v, in: counts)
                }
              }
            }
          }
        }
      }
    }
    return counts
  }

  /// The five counts of broker `v` over the in-neighbours `a` at `senders` (positions in
  /// `inSources`) against every out-neighbour `b`, skipping `b = a` and the `b` that `a` reaches
  /// directly. Both lists are sorted, so `a`'s successors are walked alongside `v`'s (or
  /// binary-searched when `a` has many more).
  @inline(__always)
  private static func brokerCounts(
    _ v: Int, senders: Range<Int>, outOffsets: UnsafeBufferPointer<Int>,
    outTargets: UnsafeBufferPointer<UInt32>, inSources: UnsafeBufferPointer<UInt32>,
    groups: UnsafeBufferPointer<UInt32>
  ) -> Tally {
    let (vStart, vEnd) = (outOffsets[v], outOffsets[v + 1])
    guard vStart < vEnd, !senders.isEmpty else { return (0, 0, 0, 0, 0) }
    let gv = groups[v]
    var tally = (0, 0, 0, 0, 0)
    for i in senders {
      let a = Int(inSources[i])
      let ga = groups[a]
      var p = outOffsets[a]
      let aEnd = outOffsets[a + 1]
      let gallop = aEnd - p > 16 * (vEnd - vStart)
      for e in vStart..<vEnd {
        let b = outTargets[e]
        if Int(b) == a { continue }
        // Advance p to the first successor of a that is >= b.
        if gallop {
          var high = aEnd
          while p < high {
            let mid = (p + high) >> 1
            if outTargets[mid] < b { p = mid + 1 } else { high = mid }
          }
        } else {
          while p < aEnd && outTargets[p] < b { p += 1 }
        }
        if p < aEnd && outTargets[p] == b { continue }  // a → b: the two-path is closed
        switch BrokerageRole.of(sender: ga, broker: gv, receiver: groups[Int(b)]) {
        case .coordinator: tally.0 += 1
        case .itinerant: tally.1 += 1
        case .representative: tally.2 += 1
        case .gatekeeper: tally.3 += 1
        case .liaison: tally.4 += 1
        }
      }
    }
    return tally
  }
}
