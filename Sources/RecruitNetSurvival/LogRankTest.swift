import Foundation

/// The log-rank test of equal survival in two or more groups (Mantel 1966, "Evaluation of
/// survival data and two new rank order statistics arising in its consideration", Cancer
/// Chemotherapy Reports 50:163; Peto & Peto 1972), as lifelines' `logrank_test` (two groups) and
/// `multivariate_logrank_test` compute it:
///
/// At each distinct event time t with n subjects at risk (n_j in group j) and d events,
/// the expected events of group j are E_j = Σ_t n_j d / n, and the covariance of O − E is
/// V_jk = Σ_t f_t (n n_j δ_jk − n_j n_k) with f_t = d (n − d) / (n² (n − 1)) (f_t = d / n² when
/// n = 1, where the term is 0 anyway). The statistic is U = (O − E)ᵀ V⁻¹ (O − E) over the first
/// k − 1 groups (the k-th is implied, as the sums of O − E and of V's rows are 0), with k − 1
/// degrees of freedom and the p-value Pr(χ²_{k−1} ≥ U). V is inverted by Gaussian elimination
/// with full pivoting; a pivot that is 0 (a group never at risk at an event time) is skipped,
/// as lifelines' pseudo-inverse does; the degrees of freedom stay k − 1 as in lifelines.
///
/// - Complexity: one sweep over the sorted sample. Each change of a group's count updates k
///   running sums (products n_j n_k are piecewise constant between changes and are integrated
///   against a cumulative sum of f_t), so the cost is O(n k + k³) time and O(k²) memory, not
///   O(distinct times × k²).
public struct LogRankTest: Sendable {
  /// The group names, in the sample's order.
  public let groupNames: [String]
  /// Observed and expected events per group.
  public let observedEvents: [Int]
  public let expectedEvents: [Double]
  /// The chi-squared statistic U.
  public let statistic: Double
  /// k − 1.
  public let degreesOfFreedom: Int
  /// Pr(χ²_{k−1} ≥ U).
  public let pValue: Double

  /// The test across the groups of `sample`.
  ///
  /// - Throws: ``SurvivalError`` `empty` when the sample has fewer than two groups.
  public init(_ sample: SurvivalSample) throws(SurvivalError) {
    let k = sample.groupNames.count
    guard k >= 2 else {
      throw SurvivalError(.empty, "a log-rank test needs at least two groups; found \(k)")
    }
    var atRisk = [Int](repeating: 0, count: k)
    for g in sample.groups { atRisk[Int(g)] += 1 }
    var total = sample.count
    var observed = [Int](repeating: 0, count: k)
    // Cumulative sums over event times: H = Σ d/n, G = Σ f n, F = Σ f.
    var h = 0.0
    var g = 0.0
    var f = 0.0
    // The value of H, G, F when group j's (or pair j,k's) count last changed.
    var lastH = [Double](repeating: 0, count: k)
    var lastG = [Double](repeating: 0, count: k)
    var lastF = [Double](repeating: 0, count: k * k)
    var expected = [Double](repeating: 0, count: k)
    var diagonal = [Double](repeating: 0, count: k)
    var products = [Double](repeating: 0, count: k * k)
    var removed = [Int](repeating: 0, count: k)
    var touched: [Int] = []
    let durations = sample.durations
    let events = sample.observed
    let groups = sample.groups
    var i = 0
    while i < durations.count {
      let t = durations[i]
      var d = 0
      var start = i
      while i < durations.count && durations[i] == t {
        if events[i] {
          d += 1
          observed[Int(groups[i])] += 1
        }
        i += 1
      }
      if d > 0 {
        let n = Double(total)
        let dd = Double(d)
        let factor = total > 1 ? dd * (n - dd) / (n * n * (n - 1)) : dd / (n * n)
        h += dd / n
        g += factor * n
        f += factor
      }
      // Counts change after time t's terms: bring the changed groups' sums up to date.
      touched.removeAll(keepingCapacity: true)
      while start < i {
        let group = Int(groups[start])
        if removed[group] == 0 { touched.append(group) }
        removed[group] += 1
        start += 1
      }
      for a in touched {
        let na = Double(atRisk[a])
        expected[a] += na * (h - lastH[a])
        diagonal[a] += na * (g - lastG[a])
        lastH[a] = h
        lastG[a] = g
        for b in 0..<k {
          let index = a < b ? a * k + b : b * k + a
          products[index] += na * Double(atRisk[b]) * (f - lastF[index])
          lastF[index] = f
        }
      }
      for a in touched {
        atRisk[a] -= removed[a]
        total -= removed[a]
        removed[a] = 0
      }
    }
    // Groups still at risk after the last time: close their sums.
    for a in 0..<k {
      let na = Double(atRisk[a])
      expected[a] += na * (h - lastH[a])
      diagonal[a] += na * (g - lastG[a])
      for b in a..<k {
        let index = a * k + b
        products[index] += na * Double(atRisk[b]) * (f - lastF[index])
      }
    }
    let m = k - 1
    var covariance = [Double](repeating: 0, count: m * m)
    var difference = [Double](repeating: 0, count: m)
    for a in 0..<m {
      difference[a] = Double(observed[a]) - expected[a]
      for b in 0..<m {
        let index = a < b ? a * k + b : b * k + a
        covariance[a * m + b] = (a == b ? diagonal[a] : 0) - products[index]
      }
    }
    let solution = Self.solve(covariance, difference, size: m)
    var statistic = 0.0
    for a in 0..<m { statistic += difference[a] * solution[a] }
    self.groupNames = sample.groupNames
    self.observedEvents = observed
    self.expectedEvents = expected
    self.statistic = statistic
    self.degreesOfFreedom = m
    self.pValue = IncompleteGamma.chiSquaredSurvival(statistic, degreesOfFreedom: m)
  }

  /// x with A x = b (A symmetric positive semi-definite, `size`²), by Gaussian elimination with
  /// full pivoting; unknowns whose pivot is 0 (relative to the largest diagonal) are set to 0.
  static func solve(_ matrix: [Double], _ rhs: [Double], size m: Int) -> [Double] {
    var a = matrix
    var b = rhs
    var columnOf = Array(0..<m)
    let scale = (0..<m).map { abs(matrix[$0 * m + $0]) }.max() ?? 0
    var rank = 0
    for step in 0..<m {
      // Pivot: the largest remaining entry.
      var best = 0.0
      var pr = step
      var pc = step
      for r in step..<m {
        for c in step..<m where abs(a[r * m + c]) > best {
          best = abs(a[r * m + c])
          pr = r
          pc = c
        }
      }
      if best <= scale * 1e-13 || best == 0 { break }
      if pr != step {
        for c in 0..<m { a.swapAt(step * m + c, pr * m + c) }
        b.swapAt(step, pr)
      }
      if pc != step {
        for r in 0..<m { a.swapAt(r * m + step, r * m + pc) }
        columnOf.swapAt(step, pc)
      }
      for r in (step + 1)..<m {
        let factor = a[r * m + step] / a[step * m + step]
        if factor == 0 { continue }
        for c in step..<m { a[r * m + c] -= factor * a[step * m + c] }
        b[r] -= factor * b[step]
      }
      rank += 1
    }
    var y = [Double](repeating: 0, count: m)
    for r in stride(from: rank - 1, through: 0, by: -1) {
      var value = b[r]
      for c in (r + 1)..<rank { value -= a[r * m + c] * y[c] }
      y[r] = value / a[r * m + r]
    }
    var x = [Double](repeating: 0, count: m)
    for position in 0..<m { x[columnOf[position]] = y[position] }
    return x
  }
}
