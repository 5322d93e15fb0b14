import Foundation
import GRDB
import GRDBSQLite
import RecruitNetGraph
import RecruitNetIO

/// An import to record in the ledger.
struct ImportEntry {
  var file: String
  var sha256: String
  var kind: String
  var rowsRead: Int
  var rowsImported: Int
  var rowsRejected: Int
  var options: [String: String]
  var nodeRecords: [NodeRecord] = []
  /// The ledger ids of the earlier imports this one replaces (their attributes and labels go).
  var replaces: [Int64] = []
  /// For a tweet archive: its file number in the staged tweets (see ``TweetStaging``).
  var stagedTweetFile: Int? = nil
  /// For the last tweet archive of an import: the account tables' updates.
  var accountUpdates: AccountUpdates? = nil
}

/// Writes a complete workspace to a temporary file beside the target, then renames it into place:
/// a failure at any point leaves the previous workspace (or none) untouched.
enum WorkspaceWriter {
  static func write(
    graph: Graph, to path: String, previous: String?, revision: Int, createdAt: String?,
    imports: [ImportEntry], attachments: [(alias: String, path: String)] = []
  ) throws {
    // A workspace reached through a symbolic link is replaced where the link points, so the
    // link stays a link.
    let path = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    removeStaleTemporaries(of: path)
    let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
    try? FileManager.default.removeItem(atPath: temporary)
    do {
      try writeFile(
        graph: graph, at: temporary, previous: previous, revision: revision, createdAt: createdAt,
        imports: imports,
        attachments: attachments)
      keepMode(of: path, on: temporary)
      guard rename(temporary, path) == 0 else {
        throw WorkspaceError(
          path, "cannot move the new workspace into place: \(String(cString: strerror(errno)))")
      }
    } catch {
      try? FileManager.default.removeItem(atPath: temporary)
      throw error
    }
  }

  /// Gives `temporary` the mode (and, where allowed, the owner) of the workspace it replaces;
  /// a new workspace is readable by its owner only (0600): it holds personal data.
  static func keepMode(of path: String, on temporary: String) {
    var info = stat()
    if stat(path, &info) == 0 {
      chmod(temporary, info.st_mode & 0o7777)
      _ = chown(temporary, info.st_uid, info.st_gid)
    } else {
      chmod(temporary, 0o600)
    }
  }

  /// Removes the temporary files of earlier writes to `path` whose process is gone (killed
  /// mid-import): `PATH.tmp-PID` and the tweet staging files `PATH.tmp-tweets-PID` for a PID
  /// that no longer runs. Called with the workspace's lock held, so no live writer's file is
  /// touched.
  static func removeStaleTemporaries(of path: String) {
    let url = URL(fileURLWithPath: path)
    let prefix = url.lastPathComponent + ".tmp-"
    let folder = url.deletingLastPathComponent().path
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    for entry in entries where entry.hasPrefix(prefix) {
      guard let pid = entry.split(separator: "-").last.flatMap({ Int32($0) }), pid > 0 else {
        continue
      }
      if kill(pid, 0) != 0 && errno == ESRCH {
        try? FileManager.default.removeItem(atPath: folder + "/" + entry)
      }
    }
  }

  private static func writeFile(
    graph: Graph, at path: String, previous: String?, revision: Int, createdAt: String?,
    imports: [ImportEntry], attachments: [(alias: String, path: String)]
  ) throws {
    let queue = try DatabaseQueue(path: path)
    try queue.writeWithoutTransaction { db in
      // A fresh file that is renamed into place only when complete needs no journal.
      try db.execute(
        sql: "PRAGMA page_size = 65536; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF")
      // SQLite refuses ATTACH inside a transaction, so the previous file is attached first.
      if let previous { try db.execute(sql: "ATTACH DATABASE ? AS old", arguments: [previous]) }
      for attachment in attachments {
        try db.execute(
          sql: "ATTACH DATABASE ? AS \(attachment.alias)", arguments: [attachment.path])
      }
      try db.execute(sql: "BEGIN")
      do {
        try fill(
          db, graph: graph, previous: previous, revision: revision, createdAt: createdAt,
          imports: imports)
        try db.execute(sql: "COMMIT")
      } catch {
        try? db.execute(sql: "ROLLBACK")
        throw error
      }
      if previous != nil { try db.execute(sql: "DETACH DATABASE old") }
      for attachment in attachments { try db.execute(sql: "DETACH DATABASE \(attachment.alias)") }
    }
  }

  private static func fill(
    _ db: Database, graph: Graph, previous: String?, revision: Int, createdAt: String?,
    imports: [ImportEntry]
  ) throws {
    do {
      for statement in WorkspaceSchema.createStatements { try db.execute(sql: statement) }
      if previous != nil { try copyKeptTables(db: db) }
      let now = ISO8601DateFormatter().string(from: Date())
      let meta: [(String, String)] = [
        ("format", WorkspaceSchema.format), ("schema_version", String(WorkspaceSchema.version)),
        ("directed", graph.isDirected ? "true" : "false"), ("graph_revision", String(revision)),
        ("created_at", createdAt ?? now), ("updated_at", now),
      ]
      for (key, value) in meta {
        try db.execute(sql: "INSERT INTO meta(key, value) VALUES (?, ?)", arguments: [key, value])
      }
      for (id, name) in graph.kindNames.enumerated() {
        try db.execute(
          sql: "INSERT INTO node_kinds(id, name) VALUES (?, ?)", arguments: [id, name])
      }
      for (id, name) in graph.edgeTypeNames.enumerated() {
        try db.execute(
          sql: "INSERT INTO edge_types(id, name) VALUES (?, ?)", arguments: [id, name])
      }
      try insertNodes(graph, db: db)
      try insertEdges(graph, db: db)
      let packed = graph.packed
      try PackedParts.write(packed.nameArena, part: "names.arena", db: db)
      try PackedParts.write(packed.nameOffsets, part: "names.offsets", db: db)
      try PackedParts.write(packed.outOffsets, part: "out.offsets", db: db)
      try PackedParts.write(packed.outTargets, part: "out.targets", db: db)
      try PackedParts.write(packed.outWeights, part: "out.weights", db: db)
      if !packed.edgeTypes.isEmpty {
        try PackedParts.write(packed.edgeTypes, part: "out.types", db: db)
      }
      if !packed.multiEdges.isEmpty {
        try PackedParts.write(packed.multiEdges, part: "multi.edges", db: db)
        try PackedParts.write(packed.multiCounts, part: "multi.counts", db: db)
      }
      if !packed.firstTimes.isEmpty {
        try PackedParts.write(packed.firstTimes, part: "times.first", db: db)
        try PackedParts.write(packed.lastTimes, part: "times.last", db: db)
      }
      for entry in imports {
        let options = String(
          decoding: try JSONSerialization.data(
            withJSONObject: entry.options, options: [.sortedKeys]), as: UTF8.self)
        try db.execute(
          sql: """
            INSERT INTO imports(file, sha256, kind, rows_read, rows_imported, rows_rejected, imported_at, options)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """,
          arguments: [
            entry.file, entry.sha256, entry.kind, entry.rowsRead, entry.rowsImported,
            entry.rowsRejected, now, options,
          ])
        let importID = db.lastInsertedRowID
        for replaced in entry.replaces {
          try db.execute(
            sql: "UPDATE imports SET options = json_set(options, '$.replaced_by', ?) WHERE id = ?",
            arguments: [String(importID), replaced])
          try db.execute(
            sql: "DELETE FROM node_attributes WHERE import_id = ?", arguments: [replaced])
          try db.execute(sql: "DELETE FROM labels WHERE import_id = ?", arguments: [replaced])
        }
        try TweetTables.write(entry, importID: importID, db: db)
        for record in entry.nodeRecords {
          for (key, value) in record.attributes {
            let stored: DatabaseValueConvertible
            switch value {
            case .integer(let v): stored = v
            case .real(let v): stored = v
            case .text(let v): stored = v
            }
            try db.execute(
              sql:
                "INSERT OR REPLACE INTO node_attributes(node, key, value, import_id) VALUES (?, ?, ?, ?)",
              arguments: [Int64(record.node), key, stored, importID])
          }
          for label in record.labels {
            try db.execute(
              sql: "INSERT OR IGNORE INTO labels(node, label, import_id) VALUES (?, ?, ?)",
              arguments: [Int64(record.node), label, importID])
          }
        }
      }
    }
  }

  /// Copies every table the importer does not rewrite (imports, attributes, labels, and tables
  /// later versions add) from the previous file. Node ids are stable across imports.
  private static func copyKeptTables(db: Database) throws {
    let oldTables = try String.fetchAll(
      db, sql: "SELECT name FROM old.sqlite_master WHERE type = 'table'")
    let newTables = Set(
      try String.fetchAll(db, sql: "SELECT name FROM main.sqlite_master WHERE type = 'table'"))
    for table in oldTables
    where !WorkspaceSchema.graphTables.contains(table) && newTables.contains(table) {
      // By the columns both files have: a table that gained columns (the tweets' events) keeps
      // what the old file holds, and its new columns are NULL.
      let quoted = quote(table)
      let oldColumns = try String.fetchAll(
        db, sql: "SELECT name FROM pragma_table_info(?, 'old')", arguments: [table])
      let newColumns = Set(
        try String.fetchAll(
          db, sql: "SELECT name FROM pragma_table_info(?, 'main')", arguments: [table]))
      let shared = oldColumns.filter(newColumns.contains).map(quote).joined(separator: ", ")
      try db.execute(
        sql: "INSERT INTO main.\(quoted)(\(shared)) SELECT \(shared) FROM old.\(quoted)")
    }
  }

  private static func quote(_ name: String) -> String {
    "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// Bulk insert through the C API: one prepared statement, bound and stepped per node.
  private static func insertNodes(_ graph: Graph, db: Database) throws {
    let statement = try db.makeStatement(sql: "INSERT INTO nodes(id, name, kind) VALUES (?, ?, ?)")
    let handle = statement.sqliteStatement
    let (arena, offsets) = graph.names.packed
    try arena.withUnsafeBufferPointer { bytes in
      var zero: UInt8 = 0
      try withUnsafePointer(to: &zero) { fallback in
        let base = bytes.baseAddress ?? fallback
        for id in 0..<graph.nodeCount {
          var start = offsets[id]
          let end = offsets[id + 1]
          var kind = 0
          if end - start >= 2 && base[start] == NodeKindKey.marker {
            kind = Int(base[start + 1])
            start += 2
          }
          sqlite3_reset(handle)
          sqlite3_bind_int64(handle, 1, Int64(id))
          (base + start).withMemoryRebound(to: CChar.self, capacity: end - start) { text in
            _ = sqlite3_bind_text(handle, 2, text, Int32(end - start), nil)
          }
          sqlite3_bind_int64(handle, 3, Int64(kind))
          try step(handle, db: db)
        }
      }
    }
  }

  private static func insertEdges(_ graph: Graph, db: Database) throws {
    let statement = try db.makeStatement(
      sql:
        "INSERT INTO edges(source, target, type, weight, count, first_time, last_time) VALUES (?, ?, ?, ?, ?, ?, ?)"
    )
    let handle = statement.sqliteStatement
    let hasTimes = graph.hasTimes
    var multiIndex = 0
    let multi = graph.packed
    var failure: Error? = nil
    graph.forEachEdge { u, v, e in
      guard failure == nil else { return }
      sqlite3_reset(handle)
      sqlite3_bind_int64(handle, 1, Int64(u))
      sqlite3_bind_int64(handle, 2, Int64(v))
      sqlite3_bind_int64(handle, 3, Int64(graph.edgeType(of: e)))
      sqlite3_bind_double(handle, 4, graph.outWeights[e])
      // Multiplicities are sparse and met in ascending edge order.
      while multiIndex < multi.multiEdges.count && multi.multiEdges[multiIndex] < e {
        multiIndex += 1
      }
      let count =
        multiIndex < multi.multiEdges.count && multi.multiEdges[multiIndex] == e
        ? Int64(multi.multiCounts[multiIndex]) : 1
      sqlite3_bind_int64(handle, 5, count)
      if hasTimes && graph.firstTimes[e] != GraphBuilder.noTime {
        sqlite3_bind_int64(handle, 6, graph.firstTimes[e])
        sqlite3_bind_int64(handle, 7, graph.lastTimes[e])
      } else {
        sqlite3_bind_null(handle, 6)
        sqlite3_bind_null(handle, 7)
      }
      do { try step(handle, db: db) } catch { failure = error }
    }
    if let failure { throw failure }
  }

  @inline(__always)
  private static func step(_ handle: SQLiteStatement, db: Database) throws {
    let status = sqlite3_step(handle)
    guard status == SQLITE_DONE else {
      throw DatabaseError(
        resultCode: ResultCode(rawValue: status),
        message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
    }
  }
}
