import GRDB
import RecruitNetGraph
import RecruitNetIO

extension Workspace {
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

  /// The workspace as an ``InterchangeNetwork``: graph, node attributes and labels.
  public func interchangeNetwork() throws(WorkspaceError) -> InterchangeNetwork {
    InterchangeNetwork(
      graph: try loadGraph(), attributes: try nodeAttributes(), labels: try nodeLabels())
  }
}
