/// The Benjamini–Hochberg step-up procedure: q-values (adjusted p-values) that control the false
/// discovery rate (Benjamini & Hochberg, "Controlling the false discovery rate: a practical and
/// powerful approach to multiple testing", J. R. Stat. Soc. B 57(1), 1995, 289–300).
///
/// For p-values sorted increasingly, `p₍₁₎ ≤ … ≤ p₍ₖ₎`, out of `m ≥ k` tests,
/// `q₍ᵢ₎ = min(1, min over j ≥ i of p₍ⱼ₎ · m / j)`: monotone in p, and rejecting every test with
/// `q ≤ α` is the BH procedure at level α. This is R's `p.adjust(p, method = "BH")`, statsmodels'
/// `multipletests(p, method = "fdr_bh")` and scipy's `false_discovery_control(p)`. When
/// `testCount` is larger than the number of p-values given, the tests not given count as
/// p-values of 1 (R's `p.adjust(p, "BH", n = m)`): tests that could not be rejected still
/// count, which is what keeps the rate controlled when only some of the tests are listed.
///
/// The rate is controlled for independent or positively dependent (PRDS) tests; edges of one
/// network are neither exactly, so the level is a close guide rather than a guarantee.
public enum BenjaminiHochberg {
  /// The q-value of each p-value, in the order given.
  ///
  /// - Throws: ``CoordinationError/Code/parameterOutOfRange(name:value:allowed:)`` for a p-value
  ///   outside [0, 1] (or NaN), or a `testCount` smaller than the number of p-values.
  /// - Complexity: O(k log k) for k p-values.
  public static func qValues(_ pValues: [Double], testCount: Int? = nil) throws(CoordinationError)
    -> [Double]
  {
    let k = pValues.count
    let m = testCount ?? k
    guard m >= k else {
      throw CoordinationError(
        .parameterOutOfRange(
          name: "the number of tests", value: Double(m), allowed: "at least the \(k) p-values"))
    }
    for p in pValues where !(p >= 0 && p <= 1) {
      throw CoordinationError(
        .parameterOutOfRange(name: "a p-value", value: p, allowed: "between 0 and 1"))
    }
    guard k > 0 else { return [] }
    let order = (0..<k).sorted { pValues[$0] != pValues[$1] ? pValues[$0] < pValues[$1] : $0 < $1 }
    var q = [Double](repeating: 1, count: k)
    var running = 1.0
    for rank in stride(from: k, through: 1, by: -1) {
      let i = order[rank - 1]
      running = min(running, pValues[i] * Double(m) / Double(rank))
      q[i] = running
    }
    return q
  }
}
