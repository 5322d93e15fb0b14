import Foundation

/// The edges a backbone filter judges, in flat arrays: the directed edges themselves, or one
/// undirected pair per two accounts (weights of both directions summed), with the map from each
/// input edge to its unit. The local filters (top-k, disparity) run here.
///
/// Memory: three arrays over units (two `UInt32`, one `Double`) and one `UInt32` per edge, with
/// two index arrays while pairing; the kernels add a few arrays over accounts. No dictionaries.
struct BackboneUnits {
  /// The first endpoint of each unit: the source, or the smaller account of a pair.
  var first: [UInt32]
  /// The second endpoint: the target, or the larger account of a pair.
  var second: [UInt32]
  /// The weight of each unit (exact for sums below 2^53).
  var weight: [Double]
  /// The unit of each input edge, in input order.
  var unitOfEdge: [UInt32]
  var isDirected: Bool

  /// Directed: one unit per edge. Undirected: edges grouped by their unordered pair with two
  /// counting sorts (by the larger account, then stably by the smaller) and merged. O(E + n) for
  /// n accounts, every endpoint below `accountCount`.
  init(_ edges: [CoordinationEdge], isDirected: Bool, accountCount: Int) {
    self.isDirected = isDirected
    if isDirected {
      first = edges.map(\.source)
      second = edges.map(\.target)
      weight = edges.map { Double($0.weight) }
      unitOfEdge = (0..<edges.count).map { UInt32(truncatingIfNeeded: $0) }
      return
    }
    let low = edges.map { min($0.source, $0.target) }
    let high = edges.map { max($0.source, $0.target) }
    let edgeWeight = edges.map { Double($0.weight) }
    let byHigh = Self.countingSort(Array(0..<edges.count), by: high, accountCount: accountCount)
    let order = Self.countingSort(byHigh, by: low, accountCount: accountCount)
    first = []
    second = []
    weight = []
    first.reserveCapacity(edges.count)
    second.reserveCapacity(edges.count)
    weight.reserveCapacity(edges.count)
    unitOfEdge = Array(repeating: 0, count: edges.count)
    var unit = -1
    for index in order {
      if unit < 0 || first[unit] != low[index] || second[unit] != high[index] {
        first.append(low[index])
        second.append(high[index])
        weight.append(0)
        unit += 1
      }
      weight[unit] += edgeWeight[index]
      unitOfEdge[index] = UInt32(truncatingIfNeeded: unit)
    }
  }

  /// `indices` stably sorted by `key[index]` (each below `accountCount`). O(E + n).
  static func countingSort(_ indices: [Int], by key: [UInt32], accountCount: Int) -> [Int] {
    var next = [Int](repeating: 0, count: accountCount + 1)
    for index in indices { next[Int(key[index]) + 1] += 1 }
    for account in 0..<accountCount { next[account + 1] += next[account] }
    var sorted = [Int](repeating: 0, count: indices.count)
    for index in indices {
      sorted[next[Int(key[index])]] = index
      next[Int(key[index])] += 1
    }
    return sorted
  }

  var count: Int { weight.count }

  /// Whether each unit is among the `k` heaviest of an account (ties at the `k`-th weight
  /// included): of its source when directed, of either account when undirected.
  ///
  /// Each account's incident weights are grouped by a counting sort and each group sorted
  /// descending: O(E log E) at worst, O(E + n) memory.
  func topK(_ k: Int, accountCount: Int) -> [Bool] {
    // Incidences: (account, unit); the source only when directed, both accounts otherwise.
    var offsets = [Int](repeating: 0, count: accountCount + 1)
    for unit in 0..<count {
      offsets[Int(first[unit]) + 1] += 1
      if !isDirected { offsets[Int(second[unit]) + 1] += 1 }
    }
    for account in 0..<accountCount { offsets[account + 1] += offsets[account] }
    var grouped = [Double](repeating: 0, count: offsets[accountCount])
    var next = offsets
    for unit in 0..<count {
      grouped[next[Int(first[unit])]] = weight[unit]
      next[Int(first[unit])] += 1
      if !isDirected {
        grouped[next[Int(second[unit])]] = weight[unit]
        next[Int(second[unit])] += 1
      }
    }
    // The k-th heaviest weight of each account (any weight passes when it has k or fewer).
    var least = [Double](repeating: 0, count: accountCount)
    for account in 0..<accountCount {
      let range = offsets[account]..<offsets[account + 1]
      guard range.count > k else { continue }
      grouped[range].sort(by: >)
      least[account] = grouped[range.lowerBound + k - 1]
    }
    return (0..<count).map { unit in
      weight[unit] >= least[Int(first[unit])]
        || (!isDirected && weight[unit] >= least[Int(second[unit])])
    }
  }

  /// Each unit's disparity α: the smaller of its endpoints' `(1 − w/s)^(k − 1)`, an endpoint of
  /// degree 1 giving 1. Undirected: degree and strength over pairs. Directed: the source over its
  /// out-edges, the target over its in-edges. O(E + n).
  func disparityAlphas(accountCount: Int) -> [Double] {
    var firstDegree = [Int](repeating: 0, count: accountCount)
    var firstStrength = [Double](repeating: 0, count: accountCount)
    var secondDegree = [Int](repeating: 0, count: accountCount)
    var secondStrength = [Double](repeating: 0, count: accountCount)
    for unit in 0..<count {
      firstDegree[Int(first[unit])] += 1
      firstStrength[Int(first[unit])] += weight[unit]
      secondDegree[Int(second[unit])] += 1
      secondStrength[Int(second[unit])] += weight[unit]
    }
    if !isDirected {
      // A pair counts for both of its accounts: one degree and one strength per account.
      for account in 0..<accountCount {
        firstDegree[account] += secondDegree[account]
        firstStrength[account] += secondStrength[account]
      }
      secondDegree = firstDegree
      secondStrength = firstStrength
    }
    func alpha(_ w: Double, degree: Int, strength: Double) -> Double {
      degree > 1 ? pow(1 - w / strength, Double(degree - 1)) : 1
    }
    return (0..<count).map { unit in
      let a = Int(first[unit])
      let b = Int(second[unit])
      return min(
        alpha(weight[unit], degree: firstDegree[a], strength: firstStrength[a]),
        alpha(weight[unit], degree: secondDegree[b], strength: secondStrength[b]))
    }
  }
}
