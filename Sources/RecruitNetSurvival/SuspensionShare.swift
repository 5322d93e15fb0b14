/// The share of accounts suspended within a window after their origin (creation or first
/// sighting), in the form of Conway et al. 2017, "Disrupting Daesh: measuring takedown of online
/// terrorist material and its impacts" (VOX-Pol), which reports the share of pro-IS accounts
/// suspended within 48 hours and within 90 days.
///
/// Two readings, because accounts last seen before the window closed (right-censored) have an
/// unknown outcome:
/// - the naive share: events within the window over **all** accounts, censored ones included in
///   the denominator (they count as not suspended): the form of a published "x of n" figure;
/// - the Kaplan–Meier share 1 − Ŝ(t), which uses each censored account only while it was seen,
///   with the interval 1 − the 95% interval of Ŝ(t).
/// With no account censored before t, the two agree.
///
/// - Complexity: O(n) for the counts, O(log distinct times) for the estimate.
public struct SuspensionShare: Sendable, Equatable {
  /// The window t, in the sample's unit.
  public var window: Double
  /// Accounts in the group.
  public var accounts: Int
  /// Events with duration ≤ t.
  public var suspendedWithin: Int
  /// Censored accounts with duration < t: not followed through the whole window.
  public var censoredBefore: Int
  /// `suspendedWithin / accounts`.
  public var naiveShare: Double
  /// 1 − Ŝ(t) and its 95% interval.
  public var estimatedShare: Double
  public var estimatedLower: Double
  public var estimatedUpper: Double

  /// The share within `window` for the subjects of `sample` (all groups) and its estimate `km`.
  public init(window: Double, sample: SurvivalSample, estimate km: KaplanMeier) {
    var suspended = 0
    var censored = 0
    for (duration, event) in zip(sample.durations, sample.observed) {
      if duration > window { break }
      if event {
        suspended += 1
      } else if duration < window {
        censored += 1
      }
    }
    self.window = window
    accounts = sample.count
    suspendedWithin = suspended
    censoredBefore = censored
    naiveShare = sample.count > 0 ? Double(suspended) / Double(sample.count) : .nan
    let interval = km.interval(at: window)
    estimatedShare = 1 - km.survival(at: window)
    estimatedLower = 1 - interval.upper
    estimatedUpper = 1 - interval.lower
  }
}
