import Foundation
import RecruitNetCommunities
import RecruitNetGraph
import RecruitNetIO
import RecruitNetWorkspace

/// What importing a snapshot did: the accounts per state, and how many are not accounts of the
/// network.
public struct SnapshotImportOutcome: Sendable {
  public var snapshot: SnapshotInfo
  public var countsByState: [AccountStatus: Int]
  public var accountsNotInNetwork: Int
  public var replaced: Bool
}

/// Two snapshots compared: who appeared, vanished, changed state or was renamed, the suspension
/// rate, and the network's measures on the accounts that existed at each.
///
/// Conventions: an account *exists* at a snapshot when it is active or protected there. The
/// **suspension rate** is the share, among the accounts that existed at `from` and are listed at
/// `to`, of those suspended at `to` (Conway et al., "Disrupting Daesh", 2017, measure
/// suspensions the same way between two collections). The network at a snapshot is the imported
/// network without the accounts suspended or deleted there (accounts the snapshot
/// does not list are kept, and so are renamed ones, which live on): its nodes, edges, weak
/// components and giant component.
public struct SnapshotDiff: Sendable {
  public var from: SnapshotInfo
  public var to: SnapshotInfo
  /// Listed at `to`, not at `from`; listed at `from`, not at `to`.
  public var appeared: [String]
  public var vanished: [String]
  /// Accounts per (state at `from`, state at `to`), for accounts listed at both.
  public var transitions: [Transition]
  /// Existed at `from`, suspended at `to`.
  public var newlySuspended: [String]
  /// Existed at `from` and listed at `to`: the denominator of the suspension rate.
  public var atRisk: Int
  /// Renamed accounts: old name, new name (from a `renamed_to` column or a shared user id).
  public var renamed: [(old: String, new: String)]
  /// The network at each snapshot.
  public var before: NetworkMeasures
  public var after: NetworkMeasures
  /// Summed followers of the accounts that exist at each snapshot and have a count.
  public var followersBefore: Int
  public var followersAfter: Int

  public struct Transition: Sendable, Equatable {
    public var from: AccountStatus
    public var to: AccountStatus
    public var count: Int
  }

  public struct NetworkMeasures: Sendable, Equatable {
    public var nodes: Int
    public var edges: Int
    public var components: Int
    public var giant: Int

    public init(nodes: Int, edges: Int, components: Int, giant: Int) {
      self.nodes = nodes
      self.edges = edges
      self.components = components
      self.giant = giant
    }
  }

  /// `newlySuspended / atRisk`; NaN when nobody was at risk.
  public var suspensionRate: Double {
    atRisk == 0 ? .nan : Double(newlySuspended.count) / Double(atRisk)
  }
}

/// One account's course through the snapshots up to a date, in the form survival analysis
/// reads (`account,group,created,first_seen,last_seen,status`).
///
/// Conventions: `first_seen` is the time of the first snapshot that lists the account;
/// `status` its state at the last snapshot that lists it (up to the date); `last_seen` is, for
/// an account gone at the end (suspended, deleted), the time of the first snapshot of that final
/// run of absences (when it was first seen gone: the event time, known to within the interval
/// between snapshots), and otherwise the time of the last snapshot that lists it (a censoring
/// time). `created` is the latest creation time a snapshot gave.
public struct AccountCourse: Sendable, Equatable {
  public var account: String
  public var group: String?
  public var created: Int64?
  public var firstSeen: Int64
  public var lastSeen: Int64
  public var state: AccountStatus
  /// The snapshots that list it, up to the date.
  public var observations: Int
  /// Followers at the first and the last snapshot with a count.
  public var firstFollowers: Int?
  public var lastFollowers: Int?
  /// Every new name a snapshot gave for it (`renamed_to`), in the order first given.
  public var renamedTo: [String] = []
}

extension NetworkInput {
  /// Reads the account-status table `file` and saves it as snapshot `name` taken at `takenAt`.
  ///
  /// - Throws: `ImportError` for a malformed table (file, line, what was expected),
  ///   `WorkspaceError` for a name in use without `replacing`, or content already imported as
  ///   another snapshot, and ``AnalysisError`` on a plain file.
  public func importSnapshot(file: String, name: String, takenAt: Int64, replacing: Bool = false)
    async throws -> SnapshotImportOutcome
  {
    let workspace = try requireWorkspace(for: "snapshots")
    let rows = try SnapshotReader().read(path: file)
    let sha256 = ContentCheck(try InputFile.read(file)).sha256
    let replaced = try workspace.snapshots().contains { $0.name == name }
    try workspace.saveSnapshot(
      name: name, takenAt: takenAt, file: file, sha256: sha256, rows: rows, replacing: replacing)
    let names = try workspace.loadNodeNames()
    var counts: [AccountStatus: Int] = [:]
    for row in rows { counts[row.state, default: 0] += 1 }
    let info = try Self.snapshot(name, in: workspace)
    return SnapshotImportOutcome(
      snapshot: info, countsByState: counts,
      accountsNotInNetwork: rows.lazy.filter { names.id(for: $0.account) == nil }.count,
      replaced: replaced)
  }
}

extension NetworkInput {
  /// The snapshot `name`, or an error listing the snapshots there are.
  static func snapshot(_ name: String, in workspace: Workspace) throws -> SnapshotInfo {
    let all = try workspace.snapshots()
    guard let info = all.first(where: { $0.name == name }) else {
      if all.isEmpty {
        throw AnalysisError(
          .invalidRequest(
            reason: "the workspace has no snapshots; import an account-status table first"))
      }
      throw AnalysisError.unknown("snapshot", name, in: all.map(\.name), listing: true)
    }
    return info
  }

  /// Compares snapshot `from` with snapshot `to` (see ``SnapshotDiff`` for the conventions).
  ///
  /// - Throws: ``AnalysisError`` for an unknown snapshot or a plain file, and loading errors.
  public func diffSnapshots(from: String, to: String) async throws -> SnapshotDiff {
    let workspace = try requireWorkspace(for: "snapshots")
    let fromInfo = try Self.snapshot(from, in: workspace)
    let toInfo = try Self.snapshot(to, in: workspace)
    let before = Dictionary(
      uniqueKeysWithValues: (try workspace.snapshotRows(from) ?? []).map { ($0.account, $0) })
    let after = Dictionary(
      uniqueKeysWithValues: (try workspace.snapshotRows(to) ?? []).map { ($0.account, $0) })
    var transitions: [AccountStatus: [AccountStatus: Int]] = [:]
    var newlySuspended: [String] = []
    var atRisk = 0
    for (account, old) in before {
      guard let new = after[account] else { continue }
      transitions[old.state, default: [:]][new.state, default: 0] += 1
      if old.state.exists {
        atRisk += 1
        if new.state == .suspended { newlySuspended.append(account) }
      }
    }
    // Renames: a `renamed_to` at `to`, or an account that existed at `from` whose user id
    // belongs to an existing account of another name at `to` (and is itself no longer there).
    var renames: [String: String] = [:]
    for (account, row) in after where row.state == .renamed {
      if let new = row.renamedTo { renames[account] = new }
    }
    var nameOfID: [String: String] = [:]
    for (account, row) in after where row.state.exists {
      if let id = row.userID { nameOfID[id] = min(nameOfID[id] ?? account, account) }
    }
    for (account, row) in before where row.state.exists && renames[account] == nil {
      guard let id = row.userID, let now = nameOfID[id], now != account,
        after[account]?.state.exists != true
      else { continue }
      renames[account] = now
    }
    let renamed = renames.map { (old: $0.key, new: $0.value) }
    let graph = try await graph()
    func measures(_ rows: [String: SnapshotRow]) -> SnapshotDiff.NetworkMeasures {
      let kept = graph.nodes.filter { v in
        guard let row = rows[graph.names.name(of: v)] else { return true }
        return !row.state.isGone
      }
      let (view, _) = graph.induced(on: kept)
      let components = view.weakComponents()
      return SnapshotDiff.NetworkMeasures(
        nodes: view.nodeCount, edges: view.edgeCount, components: components.count,
        giant: components.largestSize)
    }
    func followers(_ rows: [String: SnapshotRow]) -> Int {
      rows.values.reduce(0) { $0 + ($1.state.exists ? ($1.followers ?? 0) : 0) }
    }
    return SnapshotDiff(
      from: fromInfo, to: toInfo,
      appeared: after.keys.filter { before[$0] == nil }.sorted(),
      vanished: before.keys.filter { after[$0] == nil }.sorted(),
      transitions: transitions.flatMap { old, news in
        news.map { SnapshotDiff.Transition(from: old, to: $0.key, count: $0.value) }
      }.sorted { ($0.from, $0.to) < ($1.from, $1.to) },
      newlySuspended: newlySuspended.sorted(), atRisk: atRisk,
      renamed: renamed.sorted { ($0.old, $0.new) < ($1.old, $1.new) }, before: measures(before),
      after: measures(after), followersBefore: followers(before), followersAfter: followers(after))
  }

  /// Every account's course through the snapshots taken up to `asOf` (all when nil), with its
  /// group from `groups` (by account name on the network; nil for accounts outside it), by
  /// account name. See ``AccountCourse`` for the conventions.
  ///
  /// - Throws: ``AnalysisError`` for a workspace without snapshots (or none up to the date), an
  ///   unknown group source, and loading errors.
  public func accountCourses(asOf: Int64? = nil, groups: GroupSource? = nil) async throws
    -> [AccountCourse]
  {
    let workspace = try requireWorkspace(for: "snapshots")
    let taken = try workspace.snapshots().filter { $0.takenAt <= asOf ?? Int64.max }
    guard !taken.isEmpty else {
      throw AnalysisError(
        .invalidRequest(
          reason: asOf == nil
            ? "the workspace has no snapshots; import an account-status table first"
            : "no snapshot was taken up to that date"))
    }
    var groupOf: [String: String] = [:]
    if let groups {
      let graph = try await graph()
      let (labels, _) = try groupLabels(
        from: groups, names: graph.names, ids: try workspaceIDs(of: graph))
      for v in graph.nodes where labels.labels[Int(v)] != Partition.unassigned {
        groupOf[graph.names.name(of: v)] = labels.groupNames[Int(labels.labels[Int(v)])]
      }
    }
    var courses: [String: AccountCourse] = [:]
    // Snapshots in time order: each listing extends the account's course.
    for snapshot in taken {
      for row in try workspace.snapshotRows(snapshot.name) ?? [] {
        let t = snapshot.takenAt
        var course =
          courses[row.account]
          ?? AccountCourse(
            account: row.account, group: groupOf[row.account], created: nil, firstSeen: t,
            lastSeen: t, state: row.state, observations: 0)
        let wasGone = course.state.isGone && course.observations > 0
        course.observations += 1
        if let created = row.createdAt { course.created = created }
        if let new = row.renamedTo, !course.renamedTo.contains(new) { course.renamedTo.append(new) }
        if let followers = row.followers {
          if course.firstFollowers == nil { course.firstFollowers = followers }
          course.lastFollowers = followers
        }
        // Gone again: the event time stays the first sighting of this run of absences.
        if !(wasGone && row.state.isGone) { course.lastSeen = t }
        course.state = row.state
        courses[row.account] = course
      }
    }
    return courses.values.sorted { $0.account < $1.account }
  }
}
