import GRDB
import RecruitNetGraph

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
}
