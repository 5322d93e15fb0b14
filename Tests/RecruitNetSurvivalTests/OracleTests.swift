import Foundation
import Testing

@testable import RecruitNetSurvival

/// Kaplan–Meier tables, curves, intervals, medians and log-rank tests against lifelines 0.30.3
/// on the seeded data of `Scripts/oracles/survival.py` (ties, censoring, lifetimes of 0, a curve
/// that falls to 0), and the chi-squared survival function against scipy: all to 1e-9.
@Suite struct OracleTests {
  struct Curve: Decodable {
    var timeline: [Double]
    var at_risk: [Int]
    var events: [Int]
    var censored: [Int]
    var survival: [Double]
    var lower: [Double]
    var upper: [Double]
    var median: Double?
    var query_times: [Double]
    var survival_at: [Double]
  }
  struct LogRank: Decodable {
    var statistic: Double
    var p_value: Double
    var degrees_of_freedom: Int
  }
  struct Dataset: Decodable {
    var name: String
    var durations: [Double]
    var events: [Bool]
    var labels: [String]
    var all: Curve
    var groups: [String: Curve]
    var logrank: LogRank?
  }
  struct ChiSquared: Decodable {
    var x: Double
    var df: Int
    var sf: Double
  }
  struct Fixture: Decodable {
    var lifelines: String
    var datasets: [Dataset]
    var chi2_sf: [ChiSquared]
  }

  static func fixture() throws -> Fixture {
    let url = try #require(
      Bundle.module.url(forResource: "Fixtures/survival-oracle", withExtension: "json"))
    return try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
  }

  /// |a − b| ≤ 1e-9, relative to |b| when |b| > 1.
  static func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
    abs(a - b) <= tolerance * max(1, abs(b))
  }

  static func check(_ km: KaplanMeier, _ curve: Curve, _ label: String) {
    #expect(km.times == curve.timeline, "\(label): timeline")
    #expect(km.atRisk == curve.at_risk, "\(label): at risk")
    #expect(km.events == curve.events, "\(label): events")
    #expect(km.censored == curve.censored, "\(label): censored")
    #expect(km.survival.count == curve.survival.count)
    for i in 0..<min(km.survival.count, curve.survival.count) {
      #expect(close(km.survival[i], curve.survival[i]), "\(label): S at \(curve.timeline[i])")
      #expect(close(km.lower[i], curve.lower[i]), "\(label): lower at \(curve.timeline[i])")
      #expect(close(km.upper[i], curve.upper[i]), "\(label): upper at \(curve.timeline[i])")
    }
    if let median = curve.median {
      #expect(km.median == median, "\(label): median")
    } else {
      #expect(km.median == .infinity, "\(label): median")
    }
    for (t, s) in zip(curve.query_times, curve.survival_at) {
      #expect(close(km.survival(at: t), s), "\(label): S(\(t))")
    }
  }

  @Test func kaplanMeierMatchesLifelines() throws {
    let fixture = try Self.fixture()
    #expect(fixture.lifelines == "0.30.3")
    #expect(fixture.datasets.count == 5)
    for data in fixture.datasets {
      let sample = try SurvivalSample(
        durations: data.durations, observed: data.events, labels: data.labels)
      Self.check(KaplanMeier(sample), data.all, "\(data.name) all")
      for (g, name) in sample.groupNames.enumerated() {
        let curve = try #require(data.groups[name])
        Self.check(KaplanMeier(sample.subsample(group: g)), curve, "\(data.name) \(name)")
      }
    }
  }

  @Test func logRankMatchesLifelines() throws {
    let fixture = try Self.fixture()
    var tested = 0
    for data in fixture.datasets {
      guard let expected = data.logrank else { continue }
      let sample = try SurvivalSample(
        durations: data.durations, observed: data.events, labels: data.labels)
      let test = try LogRankTest(sample)
      #expect(Self.close(test.statistic, expected.statistic), "\(data.name): statistic")
      #expect(test.degreesOfFreedom == expected.degrees_of_freedom)
      // p-values: 1e-9 absolute, and 1e-9 relative once they are tiny.
      let p = expected.p_value
      #expect(
        abs(test.pValue - p) <= 1e-9 * (p < 1e-6 ? p : 1) || (p == 0 && test.pValue < 1e-300),
        "\(data.name): p = \(test.pValue), lifelines \(p)")
      #expect(abs(test.observedEvents.reduce(0, +) - data.events.filter { $0 }.count) == 0)
      #expect(
        Self.close(test.expectedEvents.reduce(0, +), Double(test.observedEvents.reduce(0, +))))
      tested += 1
    }
    #expect(tested == 5)
  }

  @Test func chiSquaredSurvivalMatchesScipy() throws {
    let fixture = try Self.fixture()
    #expect(fixture.chi2_sf.count == 88)
    for value in fixture.chi2_sf {
      let p = IncompleteGamma.chiSquaredSurvival(value.x, degreesOfFreedom: value.df)
      let tolerance = value.sf < 1e-6 ? 1e-9 * value.sf : 1e-12
      #expect(
        abs(p - value.sf) <= tolerance, "chi2.sf(\(value.x), \(value.df)) = \(p), scipy \(value.sf)"
      )
    }
  }
}
