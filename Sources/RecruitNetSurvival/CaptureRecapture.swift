/// Two-list capture–recapture estimates of a population's size: accounts found by two
/// independent searches (n1 by the first, n2 by the second, m by both).
///
/// - Lincoln–Petersen (Petersen 1896; Lincoln 1930, "Calculating waterfowl abundance on the basis
///   of banding returns", USDA Circular 118): N̂ = n1 n2 / m; undefined (nil) when m = 0, and
///   biased upwards in small samples.
/// - Chapman's bias-corrected estimator (Chapman 1951, "Some properties of the hypergeometric
///   distribution with applications to zoological sample censuses", Univ. Calif. Publ. Stat.
///   1:131): N̂_C = (n1 + 1)(n2 + 1)/(m + 1) − 1, defined for m = 0 too, with the variance of
///   Seber 1970 ("The effects of trap response on tag recapture estimates", Biometrics 26:13):
///   Var = (n1 + 1)(n2 + 1)(n1 − m)(n2 − m) / ((m + 1)² (m + 2)).
/// - The interval is the normal-approximation (Wald) 95% interval N̂_C ± z √Var with
///   z = Φ⁻¹(0.975), its lower end raised to n1 + n2 − m, the accounts actually seen.
///
/// Assumes a closed population, independent lists and equal catchability; two searches that
/// share a method (the same seeds, the same hashtags) are positively dependent, which biases
/// every two-list estimate downwards.
///
/// - Complexity: O(1).
public struct CaptureRecapture: Sendable, Equatable {
  public var first: Int
  public var second: Int
  public var both: Int
  /// n1 n2 / m, nil when m = 0.
  public var lincolnPetersen: Double?
  /// (n1 + 1)(n2 + 1)/(m + 1) − 1.
  public var chapman: Double
  /// Seber's variance of Chapman's estimator.
  public var chapmanVariance: Double
  /// The 95% interval of Chapman's estimator.
  public var lower: Double
  public var upper: Double
  /// n1 + n2 − m: the accounts on at least one list.
  public var seen: Int { first + second - both }

  /// - Throws: ``SurvivalError`` `inconsistentCounts` unless 0 ≤ m ≤ min(n1, n2).
  public init(first n1: Int, second n2: Int, both m: Int) throws(SurvivalError) {
    guard n1 >= 0, n2 >= 0, m >= 0, m <= min(n1, n2) else {
      throw SurvivalError(
        .inconsistentCounts,
        "\(m) accounts on both lists of \(n1) and \(n2); expected 0 <= both <= the smaller list")
    }
    first = n1
    second = n2
    both = m
    let a = Double(n1)
    let b = Double(n2)
    let c = Double(m)
    lincolnPetersen = m > 0 ? a * b / c : nil
    chapman = (a + 1) * (b + 1) / (c + 1) - 1
    chapmanVariance = (a + 1) * (b + 1) * (a - c) * (b - c) / ((c + 1) * (c + 1) * (c + 2))
    let half = KaplanMeier.z95 * chapmanVariance.squareRoot()
    lower = max(Double(n1 + n2 - m), chapman - half)
    upper = chapman + half
  }
}
