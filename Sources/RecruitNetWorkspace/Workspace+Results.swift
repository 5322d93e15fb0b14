import Foundation
import GRDB
import RecruitNetGraph

/// Cached analysis results, keyed by graph revision: an answer computed once is read back
/// instantly, and any import that changes the graph makes it stale (the `results` table is
/// rewritten with the graph).
extension Workspace {
  /// A cached result of `kind` (for example `centrality`) under `key` for the current revision.
  public func cachedResult(kind: String, key: String) throws(WorkspaceError) -> (
    parameters: String, data: Data
  )? {
    let revision = try revision()
    return try read { db in
      guard try db.tableExists("results") else { return nil }
      guard
        let row = try Row.fetchOne(
          db,
          sql: "SELECT parameters, data FROM results WHERE revision = ? AND kind = ? AND key = ?",
          arguments: [revision, kind, key])
      else { return nil }
      return (row[0], row[1])
    }
  }

  /// Stores a result computed on the graph of the revision the workspace was opened at
  /// (``openedRevision``). Best effort: a read-only file, a busy workspace or a revision changed
  /// meanwhile by an import (the result describes the old graph) store nothing, and the caller
  /// simply computes again next time.
  public func storeResult(kind: String, key: String, parameters: String, data: Data) {
    guard let lock = try? WorkspaceLock(workspacePath: path, timeout: 2) else { return }
    defer { withExtendedLifetime(lock) {} }
    let revision = openedRevision
    guard (try? self.revision()) == revision, let queue = try? DatabaseQueue(path: path) else {
      return
    }
    try? queue.write { db in
      for statement in WorkspaceSchema.analysisTables { try db.execute(sql: statement) }
      try db.execute(sql: "DELETE FROM results WHERE revision <> ?", arguments: [revision])
      try db.execute(
        sql:
          "INSERT OR REPLACE INTO results(revision, kind, key, parameters, data) VALUES (?, ?, ?, ?, ?)",
        arguments: [revision, kind, key, parameters, data])
    }
  }
}

extension Array where Element == Double {
  /// The values as little-endian Float64 bytes (the layout of cached score vectors).
  public var littleEndianData: Data { withUnsafeBytes { Data($0) } }

  /// Values from little-endian Float64 bytes; nil if the byte count is not a multiple of 8.
  public init?(littleEndianData data: Data) {
    guard data.count % 8 == 0 else { return nil }
    self = data.withUnsafeBytes { Array($0.bindMemory(to: Double.self)) }
  }
}
