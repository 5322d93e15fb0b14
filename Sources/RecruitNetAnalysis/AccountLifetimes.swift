import RecruitNetGraph
import RecruitNetIO
import RecruitNetSurvival

/// Where an account's lifetime starts.
public enum LifetimeOrigin: String, Sendable, Codable, CaseIterable {
  /// The account's creation date; its first sighting when the creation date is missing.
  case created
  /// The first time the collection saw the account; its creation date when that is missing.
  case firstSeen = "first-seen"
}

/// The lifetimes of an account-status table, in days, as right-censored survival data.
///
/// Rule: a lifetime runs from the origin (``LifetimeOrigin``) to `last_seen`. A `suspended`
/// account had the event at `last_seen` (the last sighting before the platform's suspension was
/// recorded, so the true suspension time lies between that sighting and the next collection).
/// Every other status (active, deleted, renamed, protected) is censored at `last_seen`: the
/// account was not suspended while it was followed. A deletion by its owner or a rename is not a
/// suspension; such accounts count as censored, not as events (a competing risk, not modelled).
/// A row without `last_seen`, without either origin, or with `last_seen` before its origin, is
/// an error naming its line.
public struct AccountLifetimes: Sendable {
  public var sample: SurvivalSample
  /// Rows whose origin came from the other column (the chosen one was empty).
  public var originFallbacks: Int
  /// Accounts per status.
  public var statusCounts: [AccountStatus: Int]

  /// - Throws: ``ImportError`` `badLifetime` naming the file and line.
  public init(_ table: AccountStatusTable, origin: LifetimeOrigin) throws {
    var durations: [Double] = []
    var observed: [Bool] = []
    durations.reserveCapacity(table.count)
    observed.reserveCapacity(table.count)
    var fallbacks = 0
    var counts: [AccountStatus: Int] = [:]
    for row in 0..<table.count {
      let location = InputLocation(file: table.file, line: table.lines[row])
      let preferred = origin == .created ? table.created[row] : table.firstSeen[row]
      let other = origin == .created ? table.firstSeen[row] : table.created[row]
      guard let start = preferred ?? other else {
        throw ImportError(
          .badLifetime, location,
          "account \"\(table.accounts[row])\" has neither created nor first_seen; expected a date to start its lifetime"
        )
      }
      if preferred == nil { fallbacks += 1 }
      guard let end = table.lastSeen[row] else {
        throw ImportError(
          .badLifetime, location,
          "account \"\(table.accounts[row])\" has no last_seen; expected the date it was last seen")
      }
      guard end >= start else {
        throw ImportError(
          .badLifetime, location,
          "account \"\(table.accounts[row])\" was last seen before its lifetime starts (\(preferred == nil ? (origin == .created ? "first_seen" : "created") : (origin == .created ? "created" : "first_seen"))); expected last_seen on or after it"
        )
      }
      durations.append(Double(end - start) / 86_400)
      let status = table.statuses[row]
      observed.append(status == .suspended)
      counts[status, default: 0] += 1
    }
    if let labels = table.groups {
      sample = try SurvivalSample(durations: durations, observed: observed, labels: labels)
    } else {
      sample = try SurvivalSample(durations: durations, observed: observed)
    }
    originFallbacks = fallbacks
    statusCounts = counts
  }
}
