import Foundation
import GRDBSQLite
import RecruitNetGraph

/// The tweets of an import that is under way, kept in a scratch SQLite file beside the workspace
/// rather than in memory, so that an archive of any size can be checked tweet by tweet against
/// every tweet already stored (the workspace's `tweets` table) and against the earlier tweets of
/// the same import. The writer copies them into the new workspace's `tweets` table
/// (``TweetTables/write(_:importID:db:)``); the scratch file is removed in every case.
///
/// Raw SQLite calls (not GRDB's closures) because the check and the insert run once per tweet in
/// the reader's callback; both are prepared once.
final class TweetStaging {
  let path: String
  private var connection: OpaquePointer?
  private var insert: OpaquePointer?
  private var lookupOld: OpaquePointer?
  private var lookupStaged: OpaquePointer?

  /// Creates the scratch file; `previous` is the workspace whose stored tweets count as seen.
  init(beside workspacePath: String, previous: String?) throws(WorkspaceError) {
    path = workspacePath + ".tmp-tweets-\(ProcessInfo.processInfo.processIdentifier)"
    try? FileManager.default.removeItem(atPath: path)
    guard
      sqlite3_open_v2(path, &connection, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil)
        == SQLITE_OK
    else {
      throw WorkspaceError(workspacePath, "cannot create the scratch file \(path)")
    }
    do {
      try exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF")
      try exec(
        "CREATE TABLE staged(id TEXT PRIMARY KEY NOT NULL, author INTEGER NOT NULL, time INTEGER, kind INTEGER NOT NULL, file INTEGER NOT NULL) WITHOUT ROWID"
      )
      lookupStaged = try prepare("SELECT 1 FROM staged WHERE id = ?")
      insert = try prepare(
        "INSERT OR IGNORE INTO staged(id, author, time, kind, file) VALUES (?, ?, ?, ?, ?)")
      if let previous {
        try exec("ATTACH DATABASE '\(previous.replacingOccurrences(of: "'", with: "''"))' AS old")
        if try hasOldTweets() { lookupOld = try prepare("SELECT 1 FROM old.tweets WHERE id = ?") }
      }
      try exec("BEGIN")
    } catch {
      close()
      throw WorkspaceError(
        .failed, workspacePath, "cannot prepare the scratch file", underlying: error)
    }
  }

  deinit { close() }

  /// Closes and removes the scratch file.
  func close() {
    sqlite3_finalize(insert)
    sqlite3_finalize(lookupOld)
    sqlite3_finalize(lookupStaged)
    insert = nil
    lookupOld = nil
    lookupStaged = nil
    if connection != nil {
      sqlite3_close_v2(connection)
      connection = nil
    }
    try? FileManager.default.removeItem(atPath: path)
  }

  /// Ends the scratch transaction so that the writer can attach the file.
  func finish() throws(WorkspaceError) {
    do { try exec("COMMIT") } catch {
      throw WorkspaceError(.failed, path, "cannot write the scratch file", underlying: error)
    }
  }

  /// Whether `id` was already stored (in the workspace or earlier in this import).
  func isStored(_ id: String) throws(WorkspaceError) -> Bool {
    guard let lookupOld else { return try isStaged(id) }
    sqlite3_reset(lookupOld)
    bind(id, to: lookupOld, at: 1)
    let status = sqlite3_step(lookupOld)
    if status == SQLITE_ROW { return true }
    guard status == SQLITE_DONE else {
      throw WorkspaceError(path, "cannot look up tweet \(id): \(message)")
    }
    return try isStaged(id)
  }

  private func isStaged(_ id: String) throws(WorkspaceError) -> Bool {
    guard let lookupStaged else { return false }
    sqlite3_reset(lookupStaged)
    bind(id, to: lookupStaged, at: 1)
    let status = sqlite3_step(lookupStaged)
    if status == SQLITE_ROW { return true }
    guard status == SQLITE_DONE else {
      throw WorkspaceError(path, "cannot look up tweet \(id): \(message)")
    }
    return false
  }

  /// Stores a new tweet; returns `false` if its id was staged before (then nothing changes).
  func stage(id: String, author: NodeID, time: Int64?, kind: Int, file: Int) throws(WorkspaceError)
    -> Bool
  {
    guard let insert else { return false }
    sqlite3_reset(insert)
    bind(id, to: insert, at: 1)
    sqlite3_bind_int64(insert, 2, Int64(author))
    if let time { sqlite3_bind_int64(insert, 3, time) } else { sqlite3_bind_null(insert, 3) }
    sqlite3_bind_int64(insert, 4, Int64(kind))
    sqlite3_bind_int64(insert, 5, Int64(file))
    guard sqlite3_step(insert) == SQLITE_DONE else {
      throw WorkspaceError(path, "cannot stage tweet \(id): \(message)")
    }
    return sqlite3_changes(connection) == 1
  }

  private var message: String { String(cString: sqlite3_errmsg(connection)) }

  private func bind(_ text: String, to statement: OpaquePointer, at index: Int32) {
    _ = text.withCString { sqlite3_bind_text(statement, index, $0, -1, sqliteTransient) }
  }

  private func hasOldTweets() throws -> Bool {
    let statement = try prepare(
      "SELECT 1 FROM old.sqlite_master WHERE type = 'table' AND name = 'tweets'")
    defer { sqlite3_finalize(statement) }
    return sqlite3_step(statement) == SQLITE_ROW
  }

  private struct SQLiteFailure: Error, CustomStringConvertible {
    let description: String
  }

  private func exec(_ sql: String) throws {
    guard sqlite3_exec(connection, sql, nil, nil, nil) == SQLITE_OK else {
      throw SQLiteFailure(description: message)
    }
  }

  private func prepare(_ sql: String) throws -> OpaquePointer {
    var statement: OpaquePointer?
    guard sqlite3_prepare_v2(connection, sql, -1, &statement, nil) == SQLITE_OK, let statement
    else {
      throw SQLiteFailure(description: message)
    }
    return statement
  }
}
