import Foundation

/// The Kaplan–Meier product-limit estimate of a survival function from right-censored data
/// (Kaplan & Meier 1958, "Nonparametric estimation from incomplete observations", JASA 53:457),
/// with Greenwood's variance (Greenwood 1926) and the exponential-Greenwood ("log(−log)")
/// confidence interval, following lifelines' `KaplanMeierFitter` exactly:
///
/// - The timeline is 0 followed by every distinct duration, events and censorings alike (0 once,
///   also when some durations are 0). At each time t_i, n_i subjects are at risk (those whose
///   duration is ≥ t_i), d_i have the event and c_i are censored. Ties: all events at t_i count
///   before the censorings at t_i, which are still at risk at t_i.
/// - Ŝ(t_i) = Π_{j≤i} (1 − d_j/n_j), computed as exp(Σ log((n_j − d_j)/n_j)), as lifelines does.
/// - Greenwood: V_i = Σ_{j≤i} d_j / (n_j (n_j − d_j)), the variance of log Ŝ; a term with
///   d_j = n_j (the curve drops to 0) counts 0. Var Ŝ(t_i) = Ŝ(t_i)² V_i.
/// - The 95% interval (Kalbfleisch & Prentice 1980; lifelines' default, alpha 0.05) is
///   exp(−exp(log(−log Ŝ) ∓ z √V_i / log Ŝ)) with z = Φ⁻¹(0.975); where Ŝ = 1 the interval is
///   [1, 1], and where Ŝ = 0 it is [0, 0].
/// - The median is the first time with Ŝ(t) ≤ 0.5 (infinite when the curve never gets there);
///   Ŝ at any t is the value at the last timeline point ≤ t (a right-continuous step).
///
/// - Complexity: O(n) over a ``SurvivalSample`` (already sorted), O(n log n) from raw arrays;
///   O(distinct times) memory.
public struct KaplanMeier: Sendable {
  /// Φ⁻¹(0.975) (scipy's `norm.ppf(0.975)`), the z of a two-sided 95% interval.
  public static let z95 = 1.959963984540054

  /// 0, then each distinct duration, ascending.
  public let times: [Double]
  /// Subjects at risk just before each time (duration ≥ time).
  public let atRisk: [Int]
  /// Events (observed ends) at each time.
  public let events: [Int]
  /// Censored subjects at each time.
  public let censored: [Int]
  /// Ŝ at each time.
  public let survival: [Double]
  /// Greenwood's sum Σ d/(n(n − d)) up to each time: the variance of log Ŝ.
  public let greenwoodSum: [Double]
  /// The lower and upper bounds of the 95% exponential-Greenwood interval at each time.
  public let lower: [Double]
  public let upper: [Double]

  /// Subjects in the sample.
  public var subjects: Int { atRisk.first ?? 0 }
  /// Events in all.
  public var totalEvents: Int { events.reduce(0, +) }
  /// Censored subjects in all.
  public var totalCensored: Int { censored.reduce(0, +) }

  /// The estimate over every subject of `sample` (all its groups together).
  public init(_ sample: SurvivalSample) {
    var times: [Double] = [0]
    var atRisk: [Int] = [sample.count]
    var events: [Int] = [0]
    var censored: [Int] = [0]
    let durations = sample.durations
    let observed = sample.observed
    var remaining = sample.count
    var i = 0
    while i < durations.count {
      let t = durations[i]
      var d = 0
      var c = 0
      while i < durations.count && durations[i] == t {
        if observed[i] { d += 1 } else { c += 1 }
        i += 1
      }
      if t == 0 {
        events[0] += d
        censored[0] += c
      } else {
        times.append(t)
        atRisk.append(remaining)
        events.append(d)
        censored.append(c)
      }
      remaining -= d + c
    }
    var survival: [Double] = []
    var sums: [Double] = []
    var lower: [Double] = []
    var upper: [Double] = []
    survival.reserveCapacity(times.count)
    sums.reserveCapacity(times.count)
    lower.reserveCapacity(times.count)
    upper.reserveCapacity(times.count)
    var logSurvival = 0.0
    var sum = 0.0
    for k in 0..<times.count {
      let n = Double(atRisk[k])
      let d = Double(events[k])
      if events[k] > 0 {
        logSurvival += log(n - d) - log(n)
        if events[k] < atRisk[k] { sum += d / (n * (n - d)) }
      }
      let s = exp(logSurvival)
      survival.append(s)
      sums.append(sum)
      let (low, high) = Self.interval(logSurvival: logSurvival, greenwoodSum: sum)
      lower.append(low)
      upper.append(high)
    }
    self.times = times
    self.atRisk = atRisk
    self.events = events
    self.censored = censored
    self.survival = survival
    self.greenwoodSum = sums
    self.lower = lower
    self.upper = upper
  }

  /// The estimate from unsorted `durations` and `observed` events.
  ///
  /// - Throws: ``SurvivalError`` for arrays of different lengths or a bad duration.
  public init(durations: [Double], observed: [Bool]) throws(SurvivalError) {
    self.init(try SurvivalSample(durations: durations, observed: observed))
  }

  /// The exponential-Greenwood interval for log Ŝ = `logSurvival` (NaN where Ŝ = 1 becomes 1,
  /// as lifelines fills it).
  static func interval(logSurvival v: Double, greenwoodSum: Double) -> (Double, Double) {
    let spread = z95 * greenwoodSum.squareRoot() / v
    var low = exp(-exp(log(-v) - spread))
    var high = exp(-exp(log(-v) + spread))
    if low.isNaN { low = 1 }
    if high.isNaN { high = 1 }
    return (low, high)
  }

  /// The index of the last timeline point ≤ `t`, or nil before 0.
  public func index(at t: Double) -> Int? {
    // Binary search: the first time > t, minus one.
    var low = 0
    var high = times.count
    while low < high {
      let mid = (low + high) / 2
      if times[mid] <= t { low = mid + 1 } else { high = mid }
    }
    return low == 0 ? nil : low - 1
  }

  /// Ŝ(t): 1 before time 0, the last estimate after the last time.
  ///
  /// - Complexity: O(log distinct times).
  public func survival(at t: Double) -> Double {
    index(at: t).map { survival[$0] } ?? 1
  }

  /// The 95% interval of Ŝ(t).
  public func interval(at t: Double) -> (lower: Double, upper: Double) {
    index(at: t).map { (lower[$0], upper[$0]) } ?? (1, 1)
  }

  /// The first time at which Ŝ ≤ `q` (lifelines' `qth_survival_time`); infinite when Ŝ stays
  /// above `q`.
  public func quantileTime(_ q: Double) -> Double {
    // Ŝ is non-increasing: binary search for the first value ≤ q.
    guard let last = survival.last, last <= q else { return .infinity }
    var low = 0
    var high = survival.count - 1
    while low < high {
      let mid = (low + high) / 2
      if survival[mid] <= q { high = mid } else { low = mid + 1 }
    }
    return times[low]
  }

  /// The median survival time: the first time with Ŝ ≤ 0.5, infinite if none.
  public var median: Double { quantileTime(0.5) }
}
