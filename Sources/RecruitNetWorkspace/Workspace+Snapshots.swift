import Foundation
import GRDB
import RecruitNetIO

/// A later collection of the accounts' statuses, saved in a workspace under a name: which
/// accounts were active, suspended, deleted, renamed or protected when it was taken, with their
/// counts. Snapshots are kept by account name, apart from the network (an account a snapshot
/// lists need not be a node), and survive imports.
public struct SnapshotInfo: Sendable, Equatable {
  public var name: String
  /// When the collection was made (Unix seconds).
  public var takenAt: Int64
  public var file: String
  public var sha256: String
  public var accounts: Int
  public var importedAt: String
}

extension Workspace {
  /// Saves the statuses of `rows` as the snapshot `name`, taken at `takenAt`, in one
  /// transaction.
  ///
  /// - Parameter replacing: whether a snapshot of the same name may be replaced (to correct a
  ///   wrong import); without it an existing name is an error.
  /// - Throws: ``WorkspaceError/Code/snapshotTaken`` for a name in use, and for a file whose content
  ///   is already a snapshot under another name (importing it twice would count its accounts
  ///   twice).
  public func saveSnapshot(
    name: String, takenAt: Int64, file: String, sha256: String, rows: [SnapshotRow],
    replacing: Bool = false
  ) throws(WorkspaceError) {
    let lock = try WorkspaceLock(workspacePath: path)
    defer { withExtendedLifetime(lock) {} }
    guard name.contains(where: { !$0.isWhitespace }) else {
      throw WorkspaceError(.snapshotTaken, path, "a snapshot needs a name that is not empty")
    }
    let existing = try snapshots()
    if let same = existing.first(where: { $0.sha256 == sha256 && $0.name != name }) {
      throw WorkspaceError(
        .snapshotTaken, path,
        "this content was imported as snapshot '\(same.name)' (from \(same.file)); delete or replace that one instead of importing it twice"
      )
    }
    if existing.contains(where: { $0.name == name }) && !replacing {
      throw WorkspaceError(
        .snapshotTaken, path,
        "a snapshot named '\(name)' exists; choose another name, or replace it")
    }
    do {
      let queue = try DatabaseQueue(path: path)
      try queue.write { db in
        for statement in WorkspaceSchema.analysisTables { try db.execute(sql: statement) }
        try db.execute(sql: "DELETE FROM account_status WHERE snapshot = ?", arguments: [name])
        try db.execute(
          sql: """
            INSERT OR REPLACE INTO snapshots(name, taken_at, file, sha256, accounts, imported_at)
            VALUES (?, ?, ?, ?, ?, ?)
            """,
          arguments: [
            name, takenAt, file, sha256, rows.count,
            ISO8601DateFormatter().string(from: Date()),
          ])
        let insert = try db.makeStatement(
          sql: """
            INSERT INTO account_status(snapshot, account, status, followers, following, statuses,
              renamed_to, user_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for row in rows {
          try insert.execute(arguments: [
            name, row.account, row.state.rawValue, row.followers, row.following, row.statuses,
            row.renamedTo, row.userID, row.createdAt,
          ])
        }
      }
    } catch {
      throw WorkspaceError(.failed, path, "cannot save snapshot '\(name)'", underlying: error)
    }
  }

  /// The saved snapshots, oldest first (by time taken, then name).
  public func snapshots() throws(WorkspaceError) -> [SnapshotInfo] {
    try read { db in
      guard try db.tableExists("snapshots") else { return [] }
      return try Row.fetchAll(
        db,
        sql:
          "SELECT name, taken_at, file, sha256, accounts, imported_at FROM snapshots ORDER BY taken_at, name"
      ).map {
        SnapshotInfo(
          name: $0[0], takenAt: $0[1], file: $0[2], sha256: $0[3], accounts: $0[4],
          importedAt: $0[5])
      }
    }
  }

  /// The rows of snapshot `name`, by account name; nil if there is no such snapshot.
  public func snapshotRows(_ name: String) throws(WorkspaceError) -> [SnapshotRow]? {
    try read { db in
      guard try db.tableExists("snapshots"),
        try Bool.fetchOne(db, sql: "SELECT 1 FROM snapshots WHERE name = ?", arguments: [name])
          != nil
      else { return nil }
      return try Row.fetchAll(
        db,
        sql: """
          SELECT account, status, followers, following, statuses, renamed_to, user_id, created_at
          FROM account_status WHERE snapshot = ? ORDER BY account
          """, arguments: [name]
      ).map { row in
        var status = SnapshotRow(
          account: row[0], state: AccountStatus(rawValue: row[1]) ?? .active)
        status.followers = row[2]
        status.following = row[3]
        status.statuses = row[4]
        status.renamedTo = row[5]
        status.userID = row[6]
        status.createdAt = row[7]
        return status
      }
    }
  }

  /// Deletes snapshot `name`; false if there was none.
  public func deleteSnapshot(_ name: String) throws(WorkspaceError) -> Bool {
    let lock = try WorkspaceLock(workspacePath: path)
    defer { withExtendedLifetime(lock) {} }
    guard try snapshots().contains(where: { $0.name == name }) else { return false }
    do {
      let queue = try DatabaseQueue(path: path)
      try queue.write { db in
        try db.execute(sql: "DELETE FROM account_status WHERE snapshot = ?", arguments: [name])
        try db.execute(sql: "DELETE FROM snapshots WHERE name = ?", arguments: [name])
      }
    } catch {
      throw WorkspaceError(.failed, path, "cannot delete snapshot '\(name)'", underlying: error)
    }
    return true
  }
}
