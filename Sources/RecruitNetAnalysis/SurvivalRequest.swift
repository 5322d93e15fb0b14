import Foundation
import RecruitNetIO
import RecruitNetSurvival

/// A survival analysis asked of an account-status table: the group column, the origin of each
/// lifetime and the windows (in days) at which to read the curves and the suspension shares.
public struct SurvivalRequest: Sendable, Equatable {
  public var path: String
  /// How accounts are grouped.
  public enum Grouping: Sendable, Equatable {
    /// By the column `group` if the table has one; one group otherwise.
    case automatic
    /// By this column, which must exist.
    case column(String)
    /// All accounts in one group.
    case none
    /// By a separate labelling: a two-column file `account,label` (as `NodeLabelsReader` reads
    /// it); accounts it does not list, and accounts with an empty group cell, form the group
    /// `unlabelled`.
    case labels(file: String)
  }

  public var grouping: Grouping = .automatic
  public var origin: LifetimeOrigin = .created
  /// Windows in days; the default is Conway et al.'s 48 hours and 90 days.
  public var windows: [Double] = [2, 90]

  public init(path: String) { self.path = path }

  /// Days from a window written as `48h`, `2d`, `90d`, `12w` or a bare number of days.
  public static func parseWindow(_ text: String) -> Double? {
    let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
    let units: [(String, Double)] = [("h", 1.0 / 24), ("d", 1), ("w", 7), ("y", 365)]
    for (suffix, days) in units where trimmed.hasSuffix(suffix) {
      guard let value = Double(trimmed.dropLast()), value >= 0, value.isFinite else { return nil }
      return value * days
    }
    guard let value = Double(trimmed), value >= 0, value.isFinite else { return nil }
    return value
  }
}

/// One group's curve, shares and counts.
public struct SurvivalGroup: Sendable {
  public var name: String
  public var curve: KaplanMeier
  /// One per window, in the request's order.
  public var shares: [SuspensionShare]
}

/// The outcome of a ``SurvivalRequest``: every group (in ascending order of name), all accounts
/// together, and the log-rank test between the groups when there are at least two.
public struct SurvivalOutcome: Sendable {
  public var request: SurvivalRequest
  public var groups: [SurvivalGroup]
  public var all: SurvivalGroup
  public var logRank: LogRankTest?
  public var accounts: Int
  public var originFallbacks: Int
  public var statusCounts: [AccountStatus: Int]
  /// Where the groups came from (`column group`, `labels in cells.csv`), or nil for one group.
  public var grouping: String?
}

extension SurvivalRequest {
  /// Reads the table (and the labelling, if any) and makes the lifetimes (see
  /// ``AccountLifetimes``); `grouping` says where the groups came from, nil for one group.
  public func load() throws -> (lifetimes: AccountLifetimes, grouping: String?) {
    let reader: AccountStatusReader
    switch grouping {
    case .automatic: reader = AccountStatusReader(groupColumn: "group", groupRequired: false)
    case .column(let name): reader = AccountStatusReader(groupColumn: name, groupRequired: true)
    case .none, .labels: reader = AccountStatusReader(groupColumn: nil)
    }
    var table = try reader.read(path: path)
    var description = table.groups == nil ? nil : reader.groupColumn.map { "column \($0)" }
    // An empty cell is no group (an account outside the network a grouping came from).
    table.groups = table.groups?.map { $0.isEmpty ? "unlabelled" : $0 }
    if case .labels(let file) = grouping {
      var labelOf: [String: String] = [:]
      for row in try NodeLabelsReader().read(path: file).rows { labelOf[row.name] = row.label }
      table.groups = table.accounts.map { labelOf[$0] ?? "unlabelled" }
      description = "labels in \(file)"
    }
    return (try AccountLifetimes(table, origin: origin), description)
  }

  /// Estimates per group from loaded lifetimes: a curve and the shares per group, the curve of
  /// all accounts, and the log-rank test when there are two groups or more.
  ///
  /// - Complexity: O(n k) over the sorted sample (k groups), plus O(k³) for the test.
  public func analyse(_ lifetimes: AccountLifetimes, grouping: String?) throws
    -> SurvivalOutcome
  {
    let sample = lifetimes.sample
    func group(_ sample: SurvivalSample, name: String) -> SurvivalGroup {
      let curve = KaplanMeier(sample)
      return SurvivalGroup(
        name: name, curve: curve,
        shares: windows.map { SuspensionShare(window: $0, sample: sample, estimate: curve) })
    }
    let all = group(sample, name: "all")
    var groups: [SurvivalGroup] = []
    var test: LogRankTest? = nil
    if grouping != nil {
      for (index, name) in sample.groupNames.enumerated() {
        groups.append(group(sample.subsample(group: index), name: name))
      }
      if sample.groupNames.count >= 2 { test = try LogRankTest(sample) }
    } else {
      groups = [all]
    }
    return SurvivalOutcome(
      request: self, groups: groups, all: all, logRank: test, accounts: sample.count,
      originFallbacks: lifetimes.originFallbacks, statusCounts: lifetimes.statusCounts,
      grouping: grouping)
  }

  /// ``load()`` then ``analyse(_:grouping:)``.
  ///
  /// - Complexity: O(n log n) for the one sort, then O(n k) for the groups and the test.
  public func run() throws -> SurvivalOutcome {
    let (lifetimes, grouping) = try load()
    return try analyse(lifetimes, grouping: grouping)
  }
}
