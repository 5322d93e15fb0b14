import Foundation
import Testing

@testable import RecruitNetSurvival

/// Answers computed by hand or quoted from the literature, independent of any library.
@Suite struct HandComputedTests {
  /// 10 accounts, 3 suspended within the window, none censored early: 30.0% both ways.
  @Test func threeOfTenSuspendedIsThirtyPercent() throws {
    let durations: [Double] = [0.5, 1, 1.5, 120, 120, 150, 200, 200, 300, 400]
    let observed = [true, true, true, false, false, true, false, false, false, false]
    let sample = try SurvivalSample(durations: durations, observed: observed)
    let share = SuspensionShare(window: 2, sample: sample, estimate: KaplanMeier(sample))
    #expect(share.accounts == 10 && share.suspendedWithin == 3 && share.censoredBefore == 0)
    #expect(share.naiveShare == 0.3)
    #expect(abs(share.estimatedShare - 0.3) < 1e-15)
    // Within 90 days the same 3; the event at 150 days is outside.
    let ninety = SuspensionShare(window: 90, sample: sample, estimate: KaplanMeier(sample))
    #expect(ninety.suspendedWithin == 3 && ninety.naiveShare == 0.3)
  }

  /// Censoring before the window: the naive share keeps the censored account in the
  /// denominator, Kaplan–Meier does not. 4 accounts: events at 1 and 3, censored at 2, alive at 10.
  /// Ŝ(3) = (1 − 1/4)(1 − 1/2) = 3/8, so 1 − Ŝ(3) = 5/8, against 2/4 naive.
  @Test func censoredAccountsSeparateTheTwoShares() throws {
    let sample = try SurvivalSample(
      durations: [1, 2, 3, 10], observed: [true, false, true, false])
    let km = KaplanMeier(sample)
    let share = SuspensionShare(window: 3, sample: sample, estimate: km)
    #expect(share.suspendedWithin == 2 && share.censoredBefore == 1)
    #expect(share.naiveShare == 0.5)
    #expect(abs(share.estimatedShare - 5.0 / 8) < 1e-15)
    // Greenwood: 1/(4·3) + 1/(2·1) = 7/12; the interval brackets the estimate.
    let i = try #require(km.index(at: 3))
    #expect(abs(km.greenwoodSum[i] - 7.0 / 12) < 1e-15)
    #expect(km.lower[i] < 3.0 / 8 && 3.0 / 8 < km.upper[i])
    #expect(km.times == [0, 1, 2, 3, 10] && km.atRisk == [4, 4, 3, 2, 1])
    #expect(km.median == 3)
  }

  @Test func lincolnPetersenAndChapman() throws {
    let estimate = try CaptureRecapture(first: 100, second: 80, both: 20)
    #expect(estimate.lincolnPetersen == 400)
    // (101 · 81)/21 − 1 = 8181/21 − 1
    #expect(abs(estimate.chapman - (8181.0 / 21 - 1)) < 1e-12)
    // 101 · 81 · 80 · 60 / (21² · 22)
    #expect(abs(estimate.chapmanVariance - 39_268_800.0 / 9702) < 1e-9)
    let half = KaplanMeier.z95 * (39_268_800.0 / 9702).squareRoot()
    #expect(abs(estimate.lower - (estimate.chapman - half)) < 1e-9)
    #expect(abs(estimate.upper - (estimate.chapman + half)) < 1e-9)
    #expect(estimate.seen == 160)
    let none = try CaptureRecapture(first: 10, second: 5, both: 0)
    #expect(none.lincolnPetersen == nil && none.chapman == 65)
    #expect(none.lower == 15)
    #expect(throws: SurvivalError.self) { try CaptureRecapture(first: 10, second: 5, both: 6) }
  }

  /// Newcombe 1998 (Stat Med 17:857, Table I): 81/263 gives the Wilson interval
  /// 0.2553 – 0.3662, and 0/10 gives 0 – 0.2775.
  @Test func wilsonTextbookValues() throws {
    let a = try WilsonInterval(successes: 81, trials: 263)
    #expect((a.lower * 1e4).rounded() == 2553 && (a.upper * 1e4).rounded() == 3662)
    let b = try WilsonInterval(successes: 0, trials: 10)
    #expect(b.lower == 0 && (b.upper * 1e4).rounded() == 2775)
    let estimate = try PrecisionEstimate(candidates: 1000, reviewed: 263, confirmed: 81)
    #expect(abs(estimate.estimate - 1000.0 * 81 / 263) < 1e-9)
    #expect(abs(estimate.lower - 1000 * a.lower) < 1e-9)
    #expect(throws: SurvivalError.self) {
      try PrecisionEstimate(candidates: 10, reviewed: 20, confirmed: 5)
    }
    #expect(throws: SurvivalError.self) { try WilsonInterval(successes: 6, trials: 5) }
  }

  /// Closed forms: Q(1, x/2) = e^{−x/2} (2 degrees of freedom), and erfc(√(x/2)) for one.
  @Test func chiSquaredClosedForms() {
    for x in [0.01, 0.5, 3.84, 10, 50, 300] {
      let two = IncompleteGamma.chiSquaredSurvival(x, degreesOfFreedom: 2)
      #expect(abs(two - exp(-x / 2)) <= 1e-14 * exp(-x / 2))
      let one = IncompleteGamma.chiSquaredSurvival(x, degreesOfFreedom: 1)
      #expect(abs(one - erfc((x / 2).squareRoot())) <= 1e-12 * erfc((x / 2).squareRoot()))
    }
    #expect(IncompleteGamma.chiSquaredSurvival(0, degreesOfFreedom: 3) == 1)
  }

  /// Two groups with the same times: O = E, statistic 0, p = 1.
  @Test func identicalGroupsGiveZero() throws {
    let sample = try SurvivalSample(
      durations: [1, 2, 3, 4, 1, 2, 3, 4],
      observed: [true, false, true, true, true, false, true, true],
      labels: ["a", "a", "a", "a", "b", "b", "b", "b"])
    let test = try LogRankTest(sample)
    #expect(abs(test.statistic) < 1e-15 && test.pValue == 1)
    #expect(throws: SurvivalError.self) {
      try LogRankTest(try SurvivalSample(durations: [1], observed: [true]))
    }
  }

  @Test func badInputIsAnErrorNotATrap() {
    #expect(throws: SurvivalError.self) { try SurvivalSample(durations: [-1], observed: [true]) }
    #expect(throws: SurvivalError.self) { try SurvivalSample(durations: [.nan], observed: [true]) }
    #expect(throws: SurvivalError.self) { try SurvivalSample(durations: [1, 2], observed: [true]) }
  }
}
