import Foundation

/// The Wilson score interval for a binomial proportion (Wilson 1927, "Probable inference, the
/// law of succession, and statistical inference", JASA 22:209): the set of p for which the
/// score test of p̂ = x/n does not reject at the chosen level,
///
///   (p̂ + z²/2n ± z √(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n).
///
/// Unlike the Wald interval p̂ ± z√(p̂(1 − p̂)/n), it stays inside [0, 1] and does not collapse
/// to a point at 0 or n successes, which matters for the small review samples used to estimate
/// the precision of a candidate list. z defaults to Φ⁻¹(0.975) (95%).
///
/// - Complexity: O(1).
public struct WilsonInterval: Sendable, Equatable {
  public var successes: Int
  public var trials: Int
  /// x / n.
  public var proportion: Double
  public var lower: Double
  public var upper: Double

  /// - Throws: ``SurvivalError`` `inconsistentCounts` unless 0 ≤ successes ≤ trials and
  ///   trials > 0.
  public init(successes: Int, trials: Int, z: Double = KaplanMeier.z95) throws(SurvivalError) {
    guard trials > 0, successes >= 0, successes <= trials else {
      throw SurvivalError(
        .inconsistentCounts,
        "\(successes) successes in \(trials) trials; expected 0 <= successes <= trials and at least one trial"
      )
    }
    let n = Double(trials)
    let p = Double(successes) / n
    let z2 = z * z
    let denominator = 1 + z2 / n
    let centre = (p + z2 / (2 * n)) / denominator
    let half = z * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot() / denominator
    self.successes = successes
    self.trials = trials
    proportion = p
    // At 0 or n successes the bound is exactly 0 or 1; rounding must not move it.
    lower = successes == 0 ? 0 : max(0, centre - half)
    upper = successes == trials ? 1 : min(1, centre + half)
  }
}

/// The size of a population estimated from a list of candidates and a reviewed random sample of
/// them: N̂ = candidates × precision, where precision = confirmed / reviewed, with the interval
/// candidates × the Wilson 95% interval of the precision (``WilsonInterval``).
///
/// Assumes the reviewed accounts are a simple random sample of the candidates, and ignores the
/// finite-population correction (conservative when the sample is a large share of the list).
/// It estimates the true positives among the candidates, not accounts the list missed; for those
/// see ``CaptureRecapture``.
///
/// - Complexity: O(1).
public struct PrecisionEstimate: Sendable, Equatable {
  public var candidates: Int
  public var precision: WilsonInterval
  /// candidates × precision, and its interval.
  public var estimate: Double
  public var lower: Double
  public var upper: Double

  /// - Throws: ``SurvivalError`` `inconsistentCounts` unless 0 ≤ confirmed ≤ reviewed ≤
  ///   candidates and reviewed > 0.
  public init(candidates: Int, reviewed: Int, confirmed: Int) throws(SurvivalError) {
    guard reviewed <= candidates else {
      throw SurvivalError(
        .inconsistentCounts,
        "\(reviewed) reviewed out of \(candidates) candidates; expected a sample of at most the candidates"
      )
    }
    precision = try WilsonInterval(successes: confirmed, trials: reviewed)
    self.candidates = candidates
    let n = Double(candidates)
    estimate = n * precision.proportion
    lower = n * precision.lower
    upper = n * precision.upper
  }
}
