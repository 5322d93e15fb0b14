import GRDB
import RecruitNetGraph
import RecruitNetIO

extension Workspace {
  /// The keys of the node attributes (imported node-table columns), sorted.
  public func nodeAttributeKeys() throws(WorkspaceError) -> [String] {
    try read { db in
      try String.fetchAll(db, sql: "SELECT DISTINCT key FROM node_attributes ORDER BY key")
    }
  }

  /// The value of attribute `key` for every node that has it, as text: integers in decimal,
  /// reals in Swift's shortest round-trip form, text as stored (so `007` stays `007`).
  public func nodeAttribute(_ key: String) throws(WorkspaceError) -> [(node: NodeID, value: String)]
  {
    try read { db in
      try Row.fetchAll(
        db, sql: "SELECT node, value FROM node_attributes WHERE key = ? ORDER BY node",
        arguments: [key]
      )
      .compactMap { row -> (NodeID, String)? in
        let node: Int64 = row[0]
        let value: DatabaseValue = row[1]
        let text: String
        switch value.storage {
        case .int64(let v): text = String(v)
        case .double(let v): text = "\(v)"
        case .string(let v): text = v
        case .blob, .null: return nil
        }
        guard let id = NodeID(exactly: node) else { return nil }
        return (id, text)
      }
    }
  }

  /// Every node attribute, typed as stored (INTEGER, REAL, TEXT), by node, keys in name order.
  public func nodeAttributes() throws(WorkspaceError) -> [NodeID: [NodeAttribute]] {
    try read { db in
      var result: [NodeID: [NodeAttribute]] = [:]
      for row in try Row.fetchAll(
        db, sql: "SELECT node, key, value FROM node_attributes ORDER BY node, key")
      {
        let node = NodeID(truncatingIfNeeded: row[0] as Int64)
        let key: String = row[1]
        let value: AttributeValue
        let stored: DatabaseValue = row[2]
        switch stored.storage {
        case .int64(let v): value = .integer(v)
        case .double(let v): value = .real(v)
        case .string(let text): value = .text(text)
        case .blob, .null: continue
        }
        result[node, default: []].append(NodeAttribute(key, value))
      }
      return result
    }
  }

  /// Every node's labels (from all imports, each once), by node.
  public func nodeLabels() throws(WorkspaceError) -> [NodeID: [String]] {
    try read { db in
      var result: [NodeID: [String]] = [:]
      for row in try Row.fetchAll(
        db,
        sql:
          "SELECT node, label FROM labels GROUP BY node, label ORDER BY node, MIN(import_id), label"
      ) {
        result[NodeID(truncatingIfNeeded: row[0] as Int64), default: []].append(row[1])
      }
      return result
    }
  }

  /// The workspace as an `InterchangeNetwork`: graph, node attributes and labels.
  public func interchangeNetwork() throws(WorkspaceError) -> InterchangeNetwork {
    InterchangeNetwork(
      graph: try loadGraph(), attributes: try nodeAttributes(), labels: try nodeLabels())
  }
}
