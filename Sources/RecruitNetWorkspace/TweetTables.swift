import Foundation
import GRDB
import RecruitNetGraph
import RecruitNetIO

/// The workspace tables of tweet archives (documented in ``WorkspaceSchema`` and the README) and
/// how an import writes them.
enum TweetTables {
  /// `CREATE TABLE IF NOT EXISTS`: a workspace written before these tables gets them on its next
  /// import (the schema's migration style), and readers check that they exist.
  static let createStatements = [
    """
    CREATE TABLE IF NOT EXISTS tweets(id TEXT PRIMARY KEY NOT NULL, author INTEGER NOT NULL, time INTEGER,
      kind INTEGER NOT NULL, import_id INTEGER NOT NULL, retweeted_id TEXT, retweeted_author INTEGER,
      quoted_id TEXT, quoted_author INTEGER, replied_id TEXT, replied_author INTEGER,
      conversation_id TEXT, lang TEXT, source TEXT, text TEXT, text_hash INTEGER) WITHOUT ROWID
    """,
    """
    CREATE TABLE IF NOT EXISTS tweet_hashtags(tweet TEXT NOT NULL, position INTEGER NOT NULL,
      tag TEXT NOT NULL, PRIMARY KEY(tweet, position)) WITHOUT ROWID
    """,
    """
    CREATE TABLE IF NOT EXISTS tweet_mentions(tweet TEXT NOT NULL, position INTEGER NOT NULL,
      account INTEGER NOT NULL, PRIMARY KEY(tweet, position)) WITHOUT ROWID
    """,
    """
    CREATE TABLE IF NOT EXISTS tweet_urls(tweet TEXT NOT NULL, position INTEGER NOT NULL,
      url TEXT NOT NULL, domain TEXT, PRIMARY KEY(tweet, position)) WITHOUT ROWID
    """,
    """
    CREATE TABLE IF NOT EXISTS accounts(node INTEGER PRIMARY KEY NOT NULL, user_id TEXT UNIQUE,
      screen_name TEXT)
    """,
    """
    CREATE TABLE IF NOT EXISTS account_names(node INTEGER NOT NULL, screen_name TEXT NOT NULL,
      first_seen INTEGER, last_seen INTEGER, PRIMARY KEY(node, screen_name)) WITHOUT ROWID
    """,
    """
    CREATE TABLE IF NOT EXISTS account_attributes(node INTEGER NOT NULL, key TEXT NOT NULL, value,
      seen_at INTEGER, import_id INTEGER NOT NULL, PRIMARY KEY(node, key)) WITHOUT ROWID
    """,
  ]

  /// The staged tweets of one file go in with its import row; the account updates go in once,
  /// with the last tweet file's import row.
  static func write(_ entry: ImportEntry, importID: Int64, db: Database) throws {
    if let file = entry.stagedTweetFile {
      let columns = """
        id, author, time, kind, retweeted_id, retweeted_author, quoted_id, quoted_author,
        replied_id, replied_author, conversation_id, lang, source, text, text_hash
        """
      try db.execute(
        sql: """
          INSERT INTO tweets(\(columns), import_id) SELECT \(columns), ? FROM staged.staged
          WHERE file = ?
          """,
        arguments: [importID, file])
      let ofFile = "SELECT s.id FROM staged.staged s WHERE s.file = ?"
      try db.execute(
        sql: """
          INSERT INTO tweet_hashtags(tweet, position, tag) SELECT id, position, value
          FROM staged.staged_entities WHERE kind = \(TweetEntityKind.hashtag.rawValue) AND id IN (\(ofFile));
          INSERT INTO tweet_mentions(tweet, position, account) SELECT id, position, CAST(value AS INTEGER)
          FROM staged.staged_entities WHERE kind = \(TweetEntityKind.mention.rawValue) AND id IN (\(ofFile));
          INSERT INTO tweet_urls(tweet, position, url, domain) SELECT id, position, value, extra
          FROM staged.staged_entities WHERE kind = \(TweetEntityKind.url.rawValue) AND id IN (\(ofFile));
          """,
        arguments: [file, file, file])
    }
    guard let accounts = entry.accountUpdates else { return }
    let upsertAccount = try db.makeStatement(
      sql: """
        INSERT INTO accounts(node, user_id, screen_name) VALUES (?, ?, NULL)
        ON CONFLICT(node) DO UPDATE SET user_id = coalesce(accounts.user_id, excluded.user_id)
        """)
    for (node, userID) in accounts.accounts.sorted(by: { $0.key < $1.key }) {
      try upsertAccount.execute(arguments: [Int64(node), userID])
    }
    let upsertName = try db.makeStatement(
      sql: """
        INSERT INTO account_names(node, screen_name, first_seen, last_seen) VALUES (?, ?, ?, ?)
        ON CONFLICT(node, screen_name) DO UPDATE SET
          first_seen = CASE WHEN account_names.first_seen IS NULL OR excluded.first_seen < account_names.first_seen
            THEN coalesce(excluded.first_seen, account_names.first_seen) ELSE account_names.first_seen END,
          last_seen = CASE WHEN account_names.last_seen IS NULL OR excluded.last_seen > account_names.last_seen
            THEN coalesce(excluded.last_seen, account_names.last_seen) ELSE account_names.last_seen END
        """)
    for (node, names) in accounts.names.sorted(by: { $0.key < $1.key }) {
      for (name, seen) in names.sorted(by: { $0.key < $1.key }) {
        try upsertName.execute(arguments: [Int64(node), name, seen.first, seen.last])
      }
    }
    // The latest screen name (by last sighting; ties: the name seen first overall loses).
    try db.execute(
      sql: """
        UPDATE accounts SET screen_name = (SELECT n.screen_name FROM account_names n WHERE n.node = accounts.node
          ORDER BY n.last_seen IS NULL, n.last_seen DESC, n.first_seen DESC LIMIT 1)
        """)
    let upsertAttribute = try db.makeStatement(
      sql: """
        INSERT INTO account_attributes(node, key, value, seen_at, import_id) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT(node, key) DO UPDATE SET value = excluded.value, seen_at = excluded.seen_at,
          import_id = excluded.import_id
        WHERE account_attributes.seen_at IS NULL
          OR (excluded.seen_at IS NOT NULL AND excluded.seen_at >= account_attributes.seen_at)
        """)
    for (node, attributes) in accounts.attributes.sorted(by: { $0.key < $1.key }) {
      for (key, seen) in attributes.sorted(by: { $0.key < $1.key }) {
        let value: DatabaseValueConvertible
        switch seen.value {
        case .integer(let v): value = v
        case .real(let v): value = v
        case .text(let v): value = v
        }
        try upsertAttribute.execute(arguments: [Int64(node), key, value, seen.at, importID])
      }
    }
    try db.execute(
      sql: """
        INSERT OR REPLACE INTO node_attributes(node, key, value, import_id)
        SELECT node, key, value, import_id FROM account_attributes WHERE import_id = ?
        """, arguments: [importID])
    try db.execute(
      sql: """
        INSERT OR REPLACE INTO node_attributes(node, key, value, import_id)
        SELECT node, 'user_id', user_id, ? FROM accounts WHERE user_id IS NOT NULL
        """, arguments: [importID])
  }
}

/// The kinds of entity a tweet carries, as the scratch file keeps them.
enum TweetEntityKind: Int {
  case hashtag = 1
  case mention = 2
  case url = 3
}

/// What a tweet import learned about accounts, merged into the account tables when written.
struct AccountUpdates {
  /// Every account touched, with its user id if known.
  var accounts: [NodeID: String?] = [:]
  /// Screen names seen per account, with the first and last time.
  var names: [NodeID: [String: (first: Int64?, last: Int64?)]] = [:]
  /// The latest value of each attribute, with the time it was seen.
  var attributes: [NodeID: [String: (value: AttributeValue, at: Int64?)]] = [:]
}
