import Foundation
import GRDB
import GRDBSQLite
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
  ///
  /// Read with SQLite's own step loop rather than GRDB rows: a snapshot of a million accounts
  /// is a million rows, and decoding each column through `Row` cost more than the query.
  public func snapshotRows(_ name: String) throws(WorkspaceError) -> [SnapshotRow]? {
    try read { db in
      guard try db.tableExists("snapshots"),
        try Bool.fetchOne(db, sql: "SELECT 1 FROM snapshots WHERE name = ?", arguments: [name])
          != nil
      else { return nil }
      let statement = try db.makeStatement(
        sql: """
          SELECT account, status, followers, following, statuses, renamed_to, user_id, created_at
          FROM account_status WHERE snapshot = ? ORDER BY account
          """)
      let handle = statement.sqliteStatement
      sqlite3_bind_text(handle, 1, name, -1, Self.transient)
      func text(_ column: Int32) -> String? {
        guard sqlite3_column_type(handle, column) != SQLITE_NULL,
          let bytes = sqlite3_column_text(handle, column)
        else { return nil }
        return String(cString: bytes)
      }
      func integer(_ column: Int32) -> Int64? {
        sqlite3_column_type(handle, column) == SQLITE_NULL
          ? nil : sqlite3_column_int64(handle, column)
      }
      var rows: [SnapshotRow] = []
      while true {
        let status = sqlite3_step(handle)
        if status == SQLITE_DONE { break }
        guard status == SQLITE_ROW else {
          throw DatabaseError(
            resultCode: ResultCode(rawValue: status),
            message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
        var row = SnapshotRow(
          account: text(0) ?? "", state: text(1).flatMap(AccountStatus.init(rawValue:)) ?? .active)
        row.followers = integer(2).map(Int.init)
        row.following = integer(3).map(Int.init)
        row.statuses = integer(4).map(Int.init)
        row.renamedTo = text(5)
        row.userID = text(6)
        row.createdAt = integer(7)
        rows.append(row)
      }
      sqlite3_reset(handle)
      return rows
    }
  }

  /// SQLite's `SQLITE_TRANSIENT`: the bound text is copied.
  static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

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
