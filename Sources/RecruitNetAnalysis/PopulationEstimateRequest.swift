import RecruitNetSurvival

/// A population-size estimate asked for: from a candidate list and a reviewed sample of it
/// (``PrecisionEstimate``, Wilson 95% interval), or from two lists and their overlap
/// (``CaptureRecapture``: Lincoln–Petersen and Chapman, with Chapman's 95% interval).
public enum PopulationEstimateRequest: Sendable, Equatable {
  case precision(candidates: Int, reviewed: Int, confirmed: Int)
  case captureRecapture(first: Int, second: Int, both: Int)

  /// The estimate.
  ///
  /// - Throws: ``SurvivalError`` `inconsistentCounts` for counts that contradict each other.
  public func run() throws(SurvivalError) -> PopulationEstimate {
    switch self {
    case .precision(let candidates, let reviewed, let confirmed):
      .precision(
        try PrecisionEstimate(candidates: candidates, reviewed: reviewed, confirmed: confirmed))
    case .captureRecapture(let first, let second, let both):
      .captureRecapture(try CaptureRecapture(first: first, second: second, both: both))
    }
  }
}

/// The outcome of a ``PopulationEstimateRequest``.
public enum PopulationEstimate: Sendable, Equatable {
  case precision(PrecisionEstimate)
  case captureRecapture(CaptureRecapture)
}
