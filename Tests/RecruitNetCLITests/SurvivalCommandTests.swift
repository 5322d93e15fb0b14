import Foundation
import Testing

/// `recruitnet survival` on the sample account-status table against lifelines (the oracle file
/// written by `Scripts/oracles/survival.py`, which reads the CSV and makes the lifetimes on its
/// own), the plot, the errors; `recruitnet estimate` with hand-computed answers.
@Suite struct SurvivalCommandTests {
  static let sample = "Samples/suspensions/status.csv"

  struct Oracle: Decodable {
    struct Window: Decodable {
      var window_days: Double
      var survival: Double
      var survival_lower: Double
      var survival_upper: Double
      var suspended_within: Int
      var naive_share: Double
    }
    struct Group: Decodable {
      var accounts: Int
      var suspended: Int
      var median_days: Double?
      var windows: [Window]
    }
    struct LogRank: Decodable {
      var statistic: Double
      var p_value: Double
      var degrees_of_freedom: Int
    }
    var groups: [String: Group]
    var logrank: LogRank
  }

  static func close(_ a: Double?, _ b: Double?) -> Bool {
    guard let a, let b else { return a == nil && b == nil }
    return abs(a - b) <= 1e-9 * max(1, abs(b))
  }

  @Test func sampleMatchesLifelines() throws {
    let url = CLI.repositoryRoot.appendingPathComponent(
      "Tests/RecruitNetCLITests/Fixtures/oracle/suspensions.survival.json")
    let oracle = try JSONDecoder().decode(Oracle.self, from: Data(contentsOf: url))
    let run = try CLI.run(["survival", Self.sample, "--format", "json"])
    #expect(run.status == 0, "\(run.stderr)")
    let object = try CLI.json(run.stdout)
    #expect(object["accounts"] as? Int == 600)
    let groups = try #require(object["groups"] as? [[String: Any]])
    #expect(groups.count == oracle.groups.count && groups.count == 5)
    for group in groups {
      let name = try #require(group["group"] as? String)
      let expected = try #require(oracle.groups[name])
      #expect(group["accounts"] as? Int == expected.accounts)
      #expect(group["suspended"] as? Int == expected.suspended)
      #expect(Self.close(group["median_days"] as? Double, expected.median_days), "\(name) median")
      let windows = try #require(group["windows"] as? [[String: Any]])
      #expect(windows.count == 2)
      for (window, want) in zip(windows, expected.windows) {
        #expect(window["window_days"] as? Double == want.window_days)
        #expect(Self.close(window["survival"] as? Double, want.survival), "\(name) S")
        #expect(Self.close(window["survival_lower"] as? Double, want.survival_lower))
        #expect(Self.close(window["survival_upper"] as? Double, want.survival_upper))
        #expect(window["suspended_within"] as? Int == want.suspended_within)
        #expect(Self.close(window["naive_share"] as? Double, want.naive_share))
      }
    }
    let test = try #require(object["logrank"] as? [String: Any])
    #expect(Self.close(test["statistic"] as? Double, oracle.logrank.statistic))
    #expect(test["degrees_of_freedom"] as? Int == oracle.logrank.degrees_of_freedom)
    let p = try #require(test["p_value"] as? Double)
    #expect(abs(p - oracle.logrank.p_value) <= 1e-9 * oracle.logrank.p_value)
  }

  @Test func tableCSVAndPlot() throws {
    let folder = try CLI.temporaryFolder()
    let plot = folder.appendingPathComponent("km.svg").path
    let run = try CLI.run([
      "survival", Self.sample, "--at", "48h,7d,90d", "--plot", plot, "--format", "csv",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdout.split(separator: "\n")
    #expect(lines.first == "group,days,at_risk,suspended,censored,survival,lower,upper")
    #expect(lines.dropFirst().first == "1,0.0,160,0,0,1.0,1.0,1.0")
    let svg = try String(contentsOfFile: plot, encoding: .utf8)
    #expect(svg.components(separatedBy: "<polyline").count == 6)
    #expect(svg.contains("group 1") && svg.contains("7d") && svg.contains("log-rank"))
    let table = try CLI.run(["survival", Self.sample, "--group-by", "none"])
    #expect(table.status == 0)
    #expect(table.stdout.contains("all    48h") && !table.stdout.contains("log-rank test"))
    #expect(!table.stdout.contains("acct_"))
  }

  /// The sample's cells are the recruitment sample's planted groups, so grouping by that file
  /// gives the same test as grouping by the column.
  @Test func groupsFromALabelFileMatchTheColumn() throws {
    let byColumn = try CLI.json(
      try CLI.run(["survival", Self.sample, "--format", "json"]).stdout)
    let run = try CLI.run([
      "survival", Self.sample, "--groups", "Samples/recruitment/groups.csv", "--format", "json",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let byFile = try CLI.json(run.stdout)
    let a = try #require(byColumn["logrank"] as? [String: Any])
    let b = try #require(byFile["logrank"] as? [String: Any])
    #expect(a["statistic"] as? Double == b["statistic"] as? Double)
    #expect(byFile["grouping"] as? String == "labels in Samples/recruitment/groups.csv")
    let both = try CLI.run([
      "survival", Self.sample, "--groups", "x.csv", "--group-by", "group",
    ])
    #expect(both.status == 64)
  }

  @Test func errorsNameFileAndLine() throws {
    let folder = try CLI.temporaryFolder()
    let path = folder.appendingPathComponent("bad.csv").path
    try
      "account,created,last_seen,status\na,2015-01-01,2015-02-01,active\nb,2015-01-01,2015-02-01,gone\n"
      .write(toFile: path, atomically: true, encoding: .utf8)
    let run = try CLI.run(["survival", path])
    #expect(run.status == 1)
    #expect(run.stderr.contains("bad.csv:3:"), "\(run.stderr)")
    #expect(run.stderr.contains("status \"gone\"; expected one of active, suspended"))
    let column = try CLI.run(["survival", Self.sample, "--group-by", "community"])
    #expect(column.status == 1 && column.stderr.contains("no group column `community`"))
    let window = try CLI.run(["survival", Self.sample, "--at", "soon"])
    #expect(window.status == 64 && window.stderr.contains("'soon' is not a window"))
  }

  @Test func estimates() throws {
    let lists = try CLI.run([
      "estimate", "--capture", "100", "--recapture", "80", "--both", "20", "--format", "json",
    ])
    #expect(lists.status == 0, "\(lists.stderr)")
    let object = try CLI.json(lists.stdout)
    #expect(object["lincoln_petersen"] as? Double == 400)
    let chapman = try #require(object["chapman"] as? Double)
    #expect(abs(chapman - (101.0 * 81 / 21 - 1)) < 1e-9)
    let precision = try CLI.run([
      "estimate", "--candidates", "1000", "--reviewed", "263", "--confirmed", "81",
    ])
    #expect(precision.status == 0)
    #expect(precision.stdout.contains("precision: 0.3080 (95% Wilson interval 0.2553 – 0.3662)"))
    #expect(precision.stdout.contains("308.0"))
    let mixed = try CLI.run(["estimate", "--candidates", "10", "--capture", "5"])
    #expect(mixed.status == 64)
    let impossible = try CLI.run(["estimate", "--capture", "10", "--recapture", "5", "--both", "6"])
    #expect(impossible.status == 1 && impossible.stderr.contains("expected 0 <= both"))
  }
}
