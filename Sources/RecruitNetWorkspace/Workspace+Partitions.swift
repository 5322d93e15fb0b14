import Foundation
import GRDB
import RecruitNetGraph

/// A community partition saved in a workspace (`recruitnet communities --save NAME`).
public struct SavedPartition: Sendable, Equatable {
  /// Marks a node without a community (added to the graph after the partition was saved).
  public static let none = UInt32.max

  public var name: String
  public var algorithm: String
  /// JSON of the parameters that produced the partition (seed, resolution, …).
  public var parameters: String
  /// The graph revision the partition was computed on.
  public var revision: Int
  public var createdAt: String
  /// One community per node id (``none`` for nodes without one); communities are numbered from 0.
  public var communities: [UInt32]

  public init(
    name: String, algorithm: String, parameters: String, revision: Int, createdAt: String,
    communities: [UInt32]
  ) {
    self.name = name
    self.algorithm = algorithm
    self.parameters = parameters
    self.revision = revision
    self.createdAt = createdAt
    self.communities = communities
  }

  /// The number of distinct communities.
  public var communityCount: Int {
    Int(communities.lazy.filter { $0 != Self.none }.max().map { $0 + 1 } ?? 0)
  }
}

extension Workspace {
  /// Saves (or replaces) a partition under its name, in one transaction.
  public func savePartition(_ partition: SavedPartition) throws(WorkspaceError) {
    let lock = try WorkspaceLock(workspacePath: path)
    defer { withExtendedLifetime(lock) {} }
    do {
      let queue = try DatabaseQueue(path: path)
      try queue.write { db in
        for statement in WorkspaceSchema.analysisTables { try db.execute(sql: statement) }
        let data = partition.communities.withUnsafeBytes { Data($0) }
        try db.execute(
          sql: """
            INSERT OR REPLACE INTO partitions(name, algorithm, parameters, revision, node_count,
              community_count, created_at, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """,
          arguments: [
            partition.name, partition.algorithm, partition.parameters, partition.revision,
            partition.communities.count, partition.communityCount, partition.createdAt, data,
          ])
      }
    } catch {
      throw WorkspaceError(
        .failed, path, "cannot save partition '\(partition.name)'", underlying: error)
    }
  }

  /// The names of the saved partitions, sorted.
  public func partitionNames() throws(WorkspaceError) -> [String] {
    try read { db in
      guard try db.tableExists("partitions") else { return [] }
      return try String.fetchAll(db, sql: "SELECT name FROM partitions ORDER BY name")
    }
  }

  /// A saved partition, extended with ``SavedPartition/none`` for nodes added since it was saved;
  /// nil if there is none of that name.
  public func savedPartition(named name: String, nodeCount: Int? = nil) throws(WorkspaceError)
    -> SavedPartition?
  {
    let row: Row? = try read { db in
      guard try db.tableExists("partitions") else { return nil }
      return try Row.fetchOne(
        db,
        sql:
          "SELECT algorithm, parameters, revision, created_at, data, node_count FROM partitions WHERE name = ?",
        arguments: [name])
    }
    guard let row else { return nil }
    let data: Data = row[4]
    let stored: Int = row[5]
    guard data.count == stored * 4 else {
      throw WorkspaceError(.damaged, path, "saved partition '\(name)' is damaged")
    }
    var communities = data.withUnsafeBytes { Array($0.bindMemory(to: UInt32.self)) }
    if let nodeCount, nodeCount > communities.count {
      communities += repeatElement(SavedPartition.none, count: nodeCount - communities.count)
    }
    return SavedPartition(
      name: name, algorithm: row[0], parameters: row[1], revision: row[2], createdAt: row[3],
      communities: communities)
  }

  /// Deletes the saved partition `name`; false if there was none.
  @discardableResult
  public func deletePartition(named name: String) throws(WorkspaceError) -> Bool {
    let lock = try WorkspaceLock(workspacePath: path)
    defer { withExtendedLifetime(lock) {} }
    do {
      let queue = try DatabaseQueue(path: path)
      return try queue.write { db in
        guard try db.tableExists("partitions") else { return false }
        try db.execute(sql: "DELETE FROM partitions WHERE name = ?", arguments: [name])
        return db.changesCount > 0
      }
    } catch {
      throw WorkspaceError(.failed, path, "cannot delete partition '\(name)'", underlying: error)
    }
  }

  /// One line of the list of saved partitions: everything but the labels.
  public struct PartitionSummary: Sendable, Equatable {
    public var name: String
    public var algorithm: String
    public var parameters: String
    public var revision: Int
    public var nodeCount: Int
    public var communityCount: Int
    public var createdAt: String
  }

  /// The saved partitions, by name, without their labels.
  public func partitionSummaries() throws(WorkspaceError) -> [PartitionSummary] {
    try read { db in
      guard try db.tableExists("partitions") else { return [] }
      return try Row.fetchAll(
        db,
        sql: """
          SELECT name, algorithm, parameters, revision, node_count, community_count, created_at
          FROM partitions ORDER BY name
          """
      ).map {
        PartitionSummary(
          name: $0[0], algorithm: $0[1], parameters: $0[2], revision: $0[3], nodeCount: $0[4],
          communityCount: $0[5], createdAt: $0[6])
      }
    }
  }
}
