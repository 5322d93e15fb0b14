import GRDB
import RecruitNetGraph
import RecruitNetIO

/// Resolves the accounts tweets name to nodes: by user id where the tweet gives one, by screen
/// name (ignoring case) otherwise, so that a renamed account (same id, new name) stays one node.
///
/// Node names never change once given (node ids are stable across imports): an account first
/// seen with a user id is named by the id (`"1234567"`, text); one first seen by screen name
/// only is named `@` + the screen name as first written (`"@alice"`). `@` never occurs in an id or
/// a handle, so the two cannot collide. When an id later turns up for an `@name` node, it is
/// attached to that node. The current screen name is the `screen_name` attribute and the
/// `accounts` table's column; every name with its first and last sighting is in `account_names`.
struct AccountDirectory {
  private var byID: [String: NodeID] = [:]
  private var byScreenName: [String: NodeID] = [:]
  private var userIDs: [NodeID: String] = [:]
  /// What this import adds to the account tables.
  var updates = AccountUpdates()

  init() {}

  /// Loads the identities already in a workspace (older names first, so current ones win).
  init(workspace: Workspace) throws(WorkspaceError) {
    let (names, accounts): ([Row], [Row]) = try workspace.read { db in
      guard try db.tableExists("accounts") else { return ([], []) }
      return (
        try Row.fetchAll(
          db,
          sql:
            "SELECT node, screen_name FROM account_names ORDER BY last_seen IS NOT NULL, last_seen"),
        try Row.fetchAll(db, sql: "SELECT node, user_id, screen_name FROM accounts")
      )
    }
    for row in names {
      let node: Int64 = row[0]
      let name: String = row[1]
      byScreenName[name.lowercased()] = NodeID(truncatingIfNeeded: node)
    }
    for row in accounts {
      let node = NodeID(truncatingIfNeeded: row[0] as Int64)
      if let id: String = row[1] {
        byID[id] = node
        userIDs[node] = id
      }
      if let name: String = row[2] { byScreenName[name.lowercased()] = node }
    }
  }

  /// The node of `reference`, added to `builder` if new; nil for an empty reference.
  mutating func node(
    for reference: AccountReference, seenAt time: Int64?, in builder: inout GraphBuilder
  ) -> NodeID? {
    let node: NodeID
    if let id = reference.userID {
      if let known = byID[id] {
        node = known
      } else if let name = reference.screenName, let known = byScreenName[name.lowercased()],
        userIDs[known] == nil
      {
        node = known
        attach(id, to: node)
      } else {
        node = builder.node(named: id)
        attach(id, to: node)
      }
    } else if let name = reference.screenName {
      if let known = byScreenName[name.lowercased()] {
        node = known
      } else {
        node = builder.node(named: "@" + name)
        byScreenName[name.lowercased()] = node
      }
    } else {
      return nil
    }
    if updates.accounts[node] == nil { updates.accounts[node] = userIDs[node] }
    if let name = reference.screenName { sawName(name, of: node, at: time) }
    return node
  }

  /// The node of `reference` if the account is already known; adds nothing.
  func existingNode(for reference: AccountReference) -> NodeID? {
    if let id = reference.userID, let node = byID[id] { return node }
    if let name = reference.screenName { return byScreenName[name.lowercased()] }
    return nil
  }

  /// Records that `reference` (with id and screen name) was seen, if its account is already a
  /// node: authors of embedded tweets tie ids to names but add no node of their own.
  mutating func noteName(of reference: AccountReference, seenAt time: Int64?) {
    guard let id = reference.userID, let name = reference.screenName, let node = byID[id] else {
      return
    }
    if updates.accounts[node] == nil { updates.accounts[node] = id }
    sawName(name, of: node, at: time)
  }

  private mutating func attach(_ id: String, to node: NodeID) {
    byID[id] = node
    userIDs[node] = id
    updates.accounts[node] = id
  }

  private mutating func sawName(_ name: String, of node: NodeID, at time: Int64?) {
    byScreenName[name.lowercased()] = node
    var seen = updates.names[node, default: [:]][name] ?? (nil, nil)
    if let time {
      if seen.first.map({ time < $0 }) ?? true { seen.first = time }
      if seen.last.map({ time > $0 }) ?? true { seen.last = time }
    }
    updates.names[node, default: [:]][name] = seen
  }

  /// Records the author's profile: per attribute, the value seen latest wins (a tie or an unknown
  /// time: the later record in the archive).
  mutating func record(_ profile: AccountProfile, of node: NodeID, at time: Int64?) {
    for (key, value) in profile.attributes {
      if let old = updates.attributes[node]?[key], let oldTime = old.at {
        guard let time, time >= oldTime else { continue }
      }
      updates.attributes[node, default: [:]][key] = (value, time)
    }
  }
}
