import Foundation
import GRDBSQLite
import RecruitNetGraph
import RecruitNetIO

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
  private var insertEntity: OpaquePointer?

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
        """
        CREATE TABLE staged(id TEXT PRIMARY KEY NOT NULL, author INTEGER NOT NULL, time INTEGER,
          kind INTEGER NOT NULL, file INTEGER NOT NULL, retweeted_id TEXT, retweeted_author INTEGER,
          quoted_id TEXT, quoted_author INTEGER, replied_id TEXT, replied_author INTEGER,
          conversation_id TEXT, lang TEXT, source TEXT, text TEXT, text_hash INTEGER) WITHOUT ROWID;
        CREATE TABLE staged_entities(id TEXT NOT NULL, kind INTEGER NOT NULL,
          position INTEGER NOT NULL, value TEXT NOT NULL, extra);
        """
      )
      lookupStaged = try prepare("SELECT author FROM staged WHERE id = ?")
      insert = try prepare(
        """
        INSERT OR IGNORE INTO staged(id, author, time, kind, file, retweeted_id, retweeted_author,
          quoted_id, quoted_author, replied_id, replied_author, conversation_id, lang, source, text,
          text_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
      insertEntity = try prepare(
        "INSERT INTO staged_entities(id, kind, position, value, extra) VALUES (?, ?, ?, ?, ?)")
      if let previous {
        try exec("ATTACH DATABASE '\(previous.replacingOccurrences(of: "'", with: "''"))' AS old")
        if try hasOldTweets() {
          lookupOld = try prepare("SELECT author FROM old.tweets WHERE id = ?")
        }
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
    sqlite3_finalize(insertEntity)
    insertEntity = nil
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
  func isStored(_ id: String) throws(WorkspaceError) -> Bool { try author(ofTweet: id) != nil }

  /// The author of tweet `id` if it was already stored (in the workspace or earlier in this
  /// import), else nil.
  func author(ofTweet id: String) throws(WorkspaceError) -> NodeID? {
    if let lookupOld, let author = try lookup(id, with: lookupOld) { return author }
    guard let lookupStaged else { return nil }
    return try lookup(id, with: lookupStaged)
  }

  private func lookup(_ id: String, with statement: OpaquePointer) throws(WorkspaceError)
    -> NodeID?
  {
    sqlite3_reset(statement)
    bind(id, to: statement, at: 1)
    let status = sqlite3_step(statement)
    if status == SQLITE_ROW {
      return NodeID(truncatingIfNeeded: sqlite3_column_int64(statement, 0))
    }
    guard status == SQLITE_DONE else {
      throw WorkspaceError(path, "cannot look up tweet \(id): \(message)")
    }
    return nil
  }

  /// A tweet as staged: the tweet and the nodes its references resolved to.
  struct Entry {
    var tweet: Tweet
    var author: NodeID
    var retweetedAuthor: NodeID?
    var quotedAuthor: NodeID?
    var repliedAuthor: NodeID?
    /// The mentioned accounts' nodes, in the tweet's order.
    var mentionNodes: [NodeID]
  }

  /// Stores a new tweet with its hashtags, mentions and links; returns `false` if its id was
  /// staged before (then nothing changes).
  func stage(_ entry: Entry, file: Int) throws(WorkspaceError) -> Bool {
    guard let insert, let insertEntity else { return false }
    let tweet = entry.tweet
    sqlite3_reset(insert)
    bind(tweet.id, to: insert, at: 1)
    sqlite3_bind_int64(insert, 2, Int64(entry.author))
    bind(tweet.time, to: insert, at: 3)
    sqlite3_bind_int64(insert, 4, Int64(tweet.kindFlags))
    sqlite3_bind_int64(insert, 5, Int64(file))
    bind(tweet.retweetedID, to: insert, at: 6)
    bind(entry.retweetedAuthor.map(Int64.init), to: insert, at: 7)
    bind(tweet.quotedID, to: insert, at: 8)
    bind(entry.quotedAuthor.map(Int64.init), to: insert, at: 9)
    bind(tweet.repliedToID, to: insert, at: 10)
    bind(entry.repliedAuthor.map(Int64.init), to: insert, at: 11)
    bind(tweet.conversationID, to: insert, at: 12)
    bind(tweet.language, to: insert, at: 13)
    bind(tweet.sourceApp, to: insert, at: 14)
    bind(tweet.text, to: insert, at: 15)
    bind(tweet.text.map(TweetText.textHash), to: insert, at: 16)
    guard sqlite3_step(insert) == SQLITE_DONE else {
      throw WorkspaceError(path, "cannot stage tweet \(tweet.id): \(message)")
    }
    guard sqlite3_changes(connection) == 1 else { return false }
    func entity(_ kind: TweetEntityKind, _ position: Int, _ value: String, _ extra: String?)
      throws(WorkspaceError)
    {
      sqlite3_reset(insertEntity)
      bind(tweet.id, to: insertEntity, at: 1)
      sqlite3_bind_int64(insertEntity, 2, Int64(kind.rawValue))
      sqlite3_bind_int64(insertEntity, 3, Int64(position))
      bind(value, to: insertEntity, at: 4)
      bind(extra, to: insertEntity, at: 5)
      guard sqlite3_step(insertEntity) == SQLITE_DONE else {
        throw WorkspaceError(path, "cannot stage the entities of tweet \(tweet.id): \(message)")
      }
    }
    for (position, tag) in tweet.hashtags.enumerated() { try entity(.hashtag, position, tag, nil) }
    for (position, node) in entry.mentionNodes.enumerated() {
      try entity(.mention, position, String(node), nil)
    }
    for (position, url) in tweet.urls.enumerated() {
      try entity(.url, position, url, WebDomain.domain(ofURL: url))
    }
    return true
  }

  /// Sets the resolved author of a retweeted or replied-to tweet found after its reference was
  /// staged (archives that give only the referenced tweet's id).
  func resolve(_ id: String, column: String, to author: NodeID) throws(WorkspaceError) {
    do {
      let statement = try prepare("UPDATE staged SET \(column) = ? WHERE id = ?")
      defer { sqlite3_finalize(statement) }
      sqlite3_bind_int64(statement, 1, Int64(author))
      bind(id, to: statement, at: 2)
      guard sqlite3_step(statement) == SQLITE_DONE else {
        throw SQLiteFailure(description: message)
      }
    } catch {
      throw WorkspaceError(.failed, path, "cannot update staged tweet \(id)", underlying: error)
    }
  }

  private var message: String { String(cString: sqlite3_errmsg(connection)) }

  private func bind(_ text: String, to statement: OpaquePointer, at index: Int32) {
    _ = text.withCString { sqlite3_bind_text(statement, index, $0, -1, sqliteTransient) }
  }

  private func bind(_ text: String?, to statement: OpaquePointer, at index: Int32) {
    if let text {
      bind(text, to: statement, at: index)
    } else {
      sqlite3_bind_null(statement, index)
    }
  }

  private func bind(_ value: Int64?, to statement: OpaquePointer, at index: Int32) {
    if let value {
      sqlite3_bind_int64(statement, index, value)
    } else {
      sqlite3_bind_null(statement, index)
    }
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
