/// Admissible bounds for the branch and bound of ``ExactKeyPlayerSearch``: a value no set
/// extending the chosen nodes T by r more candidates can beat. They come from degrees and the
/// component structure of the graph without T (Borgatti 2006 gives no exact method; these are
/// RecruitNet's, each a relaxation stated with its proof).
extension KeyPlayerScratch {
  /// The smallest Σ C(a_i, 2) over splits of `total` nodes into at most `pieces` parts: the
  /// balanced split (C(·, 2) is convex).
  static func balancedPairs(_ total: Int, pieces: Int) -> Int {
    guard total > 0 else { return 0 }
    let p = max(1, pieces)
    if p >= total { return 0 }
    let q = total / p
    let extra = total % p
    return extra * pairs(q + 1) + (p - extra) * pairs(q)
  }

  /// The r largest values of `values` summed (all of them when fewer).
  static func topSum(_ values: inout [Int], _ r: Int) -> Int {
    if r <= 0 { return 0 }
    if values.count <= r { return values.reduce(0, +) }
    values.sort(by: >)
    return values[0..<r].reduce(0, +)
  }

  /// A lower bound on the cost of T ∪ R over every R of `r` nodes among `candidates`, with T
  /// marked in `member`.
  ///
  /// - Fragmentation: removing a node of degree d (in G − T) raises the number of components by
  ///   at most d − 1, so after r removals the N − |T| − r remaining nodes lie in at most
  ///   c(G − T) + Σ(top r of d − 1) components, and the pair count is at least that of the
  ///   balanced split.
  /// - Distance fragmentation: at least E(G − T) − Σ(top r degrees) edges survive, each adding
  ///   1; every other connected pair adds at least 1/(s − 1), s the largest component of G − T,
  ///   and there are at least as many connected pairs as the fragmentation bound says.
  /// - Reach: a counted node outside the set adds 1 if adjacent to it, at most 1/2 otherwise;
  ///   at most |N(T)| + Σ(top r counted-neighbour counts) are adjacent.
  ///
  /// - Complexity: O(N + M + C log C) for C candidates.
  mutating func lowerBound(
    _ objective: KeyPlayerObjective, member: UnsafeBufferPointer<UInt8>,
    counted: UnsafeBufferPointer<UInt8>, candidates: ArraySlice<UInt32>, r: Int
  ) -> Double {
    let n = graph.nodeCount
    var chosen = 0
    for v in 0..<n where member[v] != 0 { chosen += 1 }
    if objective == .reach {
      var adjacent = 0
      var countedOutside = 0
      var gains: [Int] = []
      gains.reserveCapacity(candidates.count)
      graph.withBuffers { offsets, targets in
        for v in 0..<n where member[v] == 0 && counted[v] != 0 {
          countedOutside += 1
          for e in Int(offsets[v])..<Int(offsets[v + 1]) where member[Int(targets[e])] != 0 {
            adjacent += 1
            break
          }
        }
        for c in candidates {
          let v = Int(c)
          var gain = 0
          for e in Int(offsets[v])..<Int(offsets[v + 1]) {
            let w = Int(targets[e])
            if member[w] == 0 && counted[w] != 0 { gain += 1 }
          }
          gains.append(gain)
        }
      }
      let near = min(countedOutside, adjacent + Self.topSum(&gains, r))
      return -(Double(near) + Double(countedOutside - near) / 2)
    }
    // Components of G − T and degrees in it.
    var components = 0
    var largest = 0
    let remainingEdges2: Int = graph.withBuffers { offsets, targets in
      var arcs = 0
      for v in 0..<n where member[v] == 0 {
        for e in Int(offsets[v])..<Int(offsets[v + 1]) where member[Int(targets[e])] == 0 {
          arcs += 1
        }
      }
      return arcs
    }
    queue.withUnsafeMutableBufferPointer { queue in
      distance.withUnsafeMutableBufferPointer { seen in
        graph.withBuffers { offsets, targets in
          for v in 0..<n { seen[v] = member[v] != 0 ? 0 : -1 }
          for root in 0..<n where seen[root] < 0 {
            seen[root] = 0
            queue[0] = UInt32(root)
            var head = 0
            var tail = 1
            while head < tail {
              let v = Int(queue[head])
              head += 1
              for e in Int(offsets[v])..<Int(offsets[v + 1]) {
                let w = Int(targets[e])
                if seen[w] < 0 {
                  seen[w] = 0
                  queue[tail] = UInt32(w)
                  tail += 1
                }
              }
            }
            components += 1
            largest = max(largest, tail)
          }
        }
      }
    }
    var degrees: [Int] = []
    degrees.reserveCapacity(candidates.count)
    graph.withBuffers { offsets, targets in
      for c in candidates {
        let v = Int(c)
        var d = 0
        for e in Int(offsets[v])..<Int(offsets[v + 1]) where member[Int(targets[e])] == 0 {
          d += 1
        }
        degrees.append(d)
      }
    }
    var splits = degrees.map { $0 - 1 }
    let pieces = components + Self.topSum(&splits, r)
    let remaining = n - chosen - r
    let pairBound = Self.balancedPairs(remaining, pieces: pieces)
    if objective == .fragmentation { return Double(pairBound) }
    let surviving = max(0, remainingEdges2 / 2 - Self.topSum(&degrees, r))
    guard largest >= 2 else { return 0 }
    let longest = Double(max(1, largest - 1))
    return Double(surviving) + Double(max(0, pairBound - surviving)) / longest
  }
}
