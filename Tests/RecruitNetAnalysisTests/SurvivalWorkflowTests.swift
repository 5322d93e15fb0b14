import Foundation
import RecruitNetAnalysis
import RecruitNetIO
import RecruitNetSurvival
import RecruitNetTestSupport
import Testing

/// The lifetime rule (origin to last_seen, suspended = event, the rest censored), the origin
/// fallback, the grouping choices and the errors of impossible lifetimes, on tables whose
/// answers are counted by hand.
@Suite struct SurvivalWorkflowTests {
  /// 10 accounts, 3 suspended within 2 days of creation, the rest seen for 100+ days: 30.0%.
  static let tenAccounts =
    "account,group,created,first_seen,last_seen,status\n"
    + "a1,x,2015-01-01,2015-01-01,2015-01-02,suspended\n"
    + "a2,x,2015-01-01T00:00:00Z,,2015-01-02T12:00:00Z,suspended\n"
    + "a3,x,,2015-01-01,2015-01-03,suspended\n"
    + "a4,x,2015-01-01,2015-01-01,2015-06-01,active\n"
    + "a5,x,2015-01-01,2015-01-01,2015-06-01,deleted\n"
    + "a6,y,2015-01-01,2015-01-01,2015-06-01,renamed\n"
    + "a7,y,2015-01-01,2015-01-01,2015-06-01,protected\n"
    + "a8,y,2015-01-01,2015-01-01,2015-06-01,active\n"
    + "a9,y,2015-01-01,2015-01-01,2015-06-01,active\n"
    + "a10,y,2015-01-01,2015-01-01,2015-06-01,active\n"

  @Test func threeOfTenSuspendedWithin48HoursIsThirtyPercent() throws {
    let files = try TestFiles()
    var request = SurvivalRequest(path: try files.write("status.csv", Self.tenAccounts))
    request.grouping = .none
    let outcome = try request.run()
    #expect(outcome.accounts == 10 && outcome.originFallbacks == 1)
    #expect(outcome.statusCounts[.suspended] == 3 && outcome.statusCounts[.active] == 4)
    let share = try #require(outcome.groups.first?.shares.first)
    #expect(share.window == 2 && share.suspendedWithin == 3 && share.accounts == 10)
    #expect(share.naiveShare == 0.3)
    #expect(abs(share.estimatedShare - 0.3) < 1e-15)
    #expect(outcome.logRank == nil)
  }

  @Test func groupsAndTheirTest() throws {
    let files = try TestFiles()
    let request = SurvivalRequest(path: try files.write("status.csv", Self.tenAccounts))
    let outcome = try request.run()
    #expect(outcome.groups.map(\.name) == ["x", "y"])
    #expect(outcome.groups.map { $0.curve.totalEvents } == [3, 0])
    // Group x: 3 of 5 within 48 h; group y: none.
    #expect(outcome.groups[0].shares[0].naiveShare == 0.6)
    #expect(outcome.groups[1].shares[0].naiveShare == 0)
    let test = try #require(outcome.logRank)
    #expect(test.degreesOfFreedom == 1 && test.statistic > 0 && test.pValue < 0.1)
    #expect(outcome.grouping == "column group")
  }

  @Test func groupsFromASeparateLabelFile() throws {
    let files = try TestFiles()
    var request = SurvivalRequest(path: try files.write("status.csv", Self.tenAccounts))
    let labels = try files.write("cells.csv", "account,cell\na1,p\na2,p\na4,p\na6,q\n")
    request.grouping = .labels(file: labels)
    let outcome = try request.run()
    #expect(outcome.groups.map(\.name) == ["p", "q", "unlabelled"])
    #expect(outcome.groups.map { $0.curve.subjects } == [3, 1, 6])
    #expect(outcome.groups.map { $0.curve.totalEvents } == [2, 0, 1])
    #expect(outcome.grouping == "labels in \(labels)")
    #expect(outcome.logRank?.degreesOfFreedom == 2)
  }

  @Test func firstSeenOriginAndItsFallback() throws {
    let files = try TestFiles()
    var request = SurvivalRequest(path: try files.write("status.csv", Self.tenAccounts))
    request.origin = .firstSeen
    request.grouping = .none
    let outcome = try request.run()
    // a2 has no first_seen and falls back to created.
    #expect(outcome.originFallbacks == 1)
    #expect(outcome.groups[0].curve.times.prefix(4) == [0, 1, 1.5, 2])
  }

  @Test func impossibleLifetimesNameTheLine() throws {
    let files = try TestFiles()
    let path = try files.write(
      "status.csv",
      "account,created,last_seen,status\na,2015-01-01,2015-02-01,active\nb,2015-03-01,2015-02-01,suspended\n"
    )
    let error = #expect(throws: ImportError.self) { try SurvivalRequest(path: path).run() }
    #expect(error?.code == .badLifetime && error?.location.line == 3)
    #expect(error?.message.contains("before its lifetime starts") == true)
    let noEnd = try files.write(
      "end.csv", "account,created,last_seen,status\na,2015-01-01,,active\n")
    let second = #expect(throws: ImportError.self) { try SurvivalRequest(path: noEnd).run() }
    #expect(second?.message.contains("no last_seen") == true)
  }

  @Test func windowsParseAsAnalystsWriteThem() {
    #expect(SurvivalRequest.parseWindow("48h") == 2)
    #expect(SurvivalRequest.parseWindow("90d") == 90)
    #expect(SurvivalRequest.parseWindow("2w") == 14)
    #expect(SurvivalRequest.parseWindow("7") == 7)
    #expect(SurvivalRequest.parseWindow("-1d") == nil)
    #expect(SurvivalRequest.parseWindow("soon") == nil)
    #expect(SurvivalReport.windowLabel(2) == "48h" && SurvivalReport.windowLabel(90) == "90d")
  }

  @Test func populationEstimates() throws {
    guard
      case .captureRecapture(let lists) = try PopulationEstimateRequest.captureRecapture(
        first: 100, second: 80, both: 20
      ).run()
    else {
      Issue.record("expected a capture-recapture estimate")
      return
    }
    #expect(lists.lincolnPetersen == 400)
    let report = PopulationEstimateReport(estimate: .captureRecapture(lists)).text(.csv)
    #expect(report.hasPrefix("method,estimate,lower,upper\nLincoln-Petersen,400.0,,\nChapman,"))
  }
}
