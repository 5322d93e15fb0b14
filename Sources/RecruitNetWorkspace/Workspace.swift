import Foundation
import GRDB
import RecruitNetGraph
import RecruitNetIO

/// A RecruitNet workspace: one SQLite file holding a network, its accounts' attributes and
/// labels, and the ledger of every file imported into it (see `WorkspaceSchema`).
///
/// Reading is done through this type; writing through ``WorkspaceImporter``, which always writes
/// a complete new file beside the old one and renames it into place, so a workspace is never
/// left half-written.
public struct Workspace: Sendable {
  /// The file's path.
  public let path: String
  /// The graph revision when this value was opened: results computed through it are stored
  /// under this revision only if it is still the workspace's.
  public private(set) var openedRevision = 0

  /// One row of the `imports` table.
  public struct ImportRecord: Sendable, Equatable {
    public var id: Int64
    public var file: String
    public var sha256: String
    public var kind: String
    public var rowsRead: Int
    public var rowsImported: Int
    public var rowsRejected: Int
    public var importedAt: String
    public var options: String
  }

  /// Whether the file at `path` is a SQLite database (by its 16-byte header).
  public static func isDatabase(_ path: String) -> Bool {
    guard let handle = FileHandle(forReadingAtPath: path) else { return false }
    defer { try? handle.close() }
    let header = (try? handle.read(upToCount: 16)) ?? Data()
    return header == Data("SQLite format 3\u{0}".utf8)
  }

  /// Opens an existing workspace.
  ///
  /// - Throws: ``WorkspaceError`` if the file is missing, not SQLite, or not a RecruitNet workspace.
  public init(path: String) throws(WorkspaceError) {
    self.path = path
    guard FileManager.default.fileExists(atPath: path) else {
      throw WorkspaceError(.noSuchFile, path, "no such workspace file")
    }
    guard Self.isDatabase(path) else {
      throw WorkspaceError(
        .notAWorkspace, path, "not a RecruitNet workspace (not a SQLite database)")
    }
    let format = try read { db in
      try db.tableExists("meta")
        ? try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'format'") : nil
    }
    guard format == WorkspaceSchema.format else {
      throw WorkspaceError(
        .notAWorkspace, path, "not a RecruitNet workspace (a SQLite database without its tables)")
    }
    openedRevision = try revision()
  }

  /// Runs `body` on a read-only connection.
  public func read<T>(_ body: (Database) throws -> T) throws(WorkspaceError) -> T {
    do {
      var configuration = Configuration()
      configuration.readonly = true
      let queue = try DatabaseQueue(path: path, configuration: configuration)
      return try queue.read(body)
    } catch let error as WorkspaceError {
      throw error
    } catch {
      throw WorkspaceError(.failed, path, "cannot read the workspace", underlying: error)
    }
  }

  /// A value from the `meta` table.
  public func meta(_ key: String) throws(WorkspaceError) -> String? {
    try read { db in
      try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key])
    }
  }

  /// Whether the workspace's network is directed.
  public func isDirected() throws(WorkspaceError) -> Bool { try meta("directed") != "false" }

  /// The graph revision, bumped by every import that changes the graph.
  public func revision() throws(WorkspaceError) -> Int {
    Int(try meta("graph_revision") ?? "0") ?? 0
  }

  /// Every import so far, oldest first.
  public func imports() throws(WorkspaceError) -> [ImportRecord] {
    try read { db in
      try Row.fetchAll(
        db,
        sql:
          "SELECT id, file, sha256, kind, rows_read, rows_imported, rows_rejected, imported_at, options FROM imports ORDER BY id"
      ).map { row in
        ImportRecord(
          id: row[0], file: row[1], sha256: row[2], kind: row[3], rowsRead: row[4],
          rowsImported: row[5], rowsRejected: row[6], importedAt: row[7], options: row[8])
      }
    }
  }

  /// Loads the graph from the packed adjacency (no parsing; see `PackedParts`).
  public func loadGraph() throws(WorkspaceError) -> Graph {
    let packed: PackedGraph? = try read { db in
      let directed =
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'directed'") != "false"
      let kinds = try String.fetchAll(db, sql: "SELECT name FROM node_kinds ORDER BY id")
      let types = try String.fetchAll(db, sql: "SELECT name FROM edge_types ORDER BY id")
      guard let arena = try PackedParts.read(UInt8.self, part: "names.arena", db: db),
        let nameOffsets = try PackedParts.read(Int.self, part: "names.offsets", db: db),
        let outOffsets = try PackedParts.read(Int.self, part: "out.offsets", db: db),
        let targets = try PackedParts.read(NodeID.self, part: "out.targets", db: db),
        let weights = try PackedParts.read(Double.self, part: "out.weights", db: db)
      else { return nil }
      return PackedGraph(
        isDirected: directed, nameArena: arena, nameOffsets: nameOffsets, kindNames: kinds,
        edgeTypeNames: types, outOffsets: outOffsets, outTargets: targets, outWeights: weights,
        edgeTypes: try PackedParts.read(UInt16.self, part: "out.types", db: db) ?? [],
        multiEdges: try PackedParts.read(Int.self, part: "multi.edges", db: db) ?? [],
        multiCounts: try PackedParts.read(UInt32.self, part: "multi.counts", db: db) ?? [],
        firstTimes: try PackedParts.read(Int64.self, part: "times.first", db: db) ?? [],
        lastTimes: try PackedParts.read(Int64.self, part: "times.last", db: db) ?? [])
    }
    guard let packed else {
      throw WorkspaceError(.damaged, path, "the workspace has no stored graph (damaged file?)")
    }
    do {
      return try Graph(packed: packed)
    } catch {
      throw WorkspaceError(.damaged, path, "the stored graph is damaged", underlying: error)
    }
  }

  /// A cached JSON result for the current revision, if any.
  public func cachedSummary(key: String) throws(WorkspaceError) -> String? {
    let revision = try revision()
    return try read { db in
      try String.fetchOne(
        db, sql: "SELECT json FROM summaries WHERE revision = ? AND key = ?",
        arguments: [revision, key])
    }
  }

  /// Stores a JSON result computed at ``openedRevision`` (best effort, as `storeResult`).
  public func storeSummary(key: String, json: String) {
    guard let lock = try? WorkspaceLock(workspacePath: path, timeout: 2) else { return }
    defer { withExtendedLifetime(lock) {} }
    let revision = openedRevision
    guard (try? self.revision()) == revision, let queue = try? DatabaseQueue(path: path) else {
      return
    }
    try? queue.write { db in
      try db.execute(sql: "DELETE FROM summaries WHERE revision <> ?", arguments: [revision])
      try db.execute(
        sql: "INSERT OR REPLACE INTO summaries(revision, key, json) VALUES (?, ?, ?)",
        arguments: [revision, key, json])
    }
  }

  /// Labels of a node, with the file and time of the import that gave each.
  public func labels(of node: NodeID) throws(WorkspaceError) -> [(
    label: String, file: String, importedAt: String
  )] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT labels.label, imports.file, imports.imported_at FROM labels
          JOIN imports ON imports.id = labels.import_id WHERE labels.node = ? ORDER BY labels.import_id, labels.label
          """, arguments: [Int64(node)]
      ).map { ($0[0], $0[1], $0[2]) }
    }
  }
}
