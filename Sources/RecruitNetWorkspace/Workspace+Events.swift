import GRDB
import RecruitNetGraph
import RecruitNetIO

/// What a tweet shares with others, for coordination: the field of the stored events it is read
/// from (see the `tweets`, `tweet_urls` and `tweet_hashtags` tables).
public enum TweetEventField: String, Sendable, CaseIterable {
  /// The retweeted tweet's id (retweets only).
  case retweeted
  /// The text (tweets that are not retweets); the object is the text itself.
  case text
  /// The tweet replied to (replies that are not retweets).
  case repliedTo
  /// Each URL, exactly as stored (tweets that are not retweets).
  case url
  /// Each URL's web domain (tweets that are not retweets).
  case domain
  /// Each hashtag in lower case (all tweets).
  case hashtag
  /// The tweet's hashtags in lower case and in order, joined by spaces (tweets with two or
  /// more: the hashtag-sequence trace of Pacheco et al. 2021).
  case hashtagSequence
  /// Nothing: every tweet, with the empty object.
  case none

  /// The column whose absence means the archive was imported before events were kept.
  var requiredColumn: String? {
    switch self {
    case .retweeted: "retweeted_id"
    case .text: "text"
    case .repliedTo: "replied_id"
    case .url, .domain, .hashtag, .hashtagSequence: "retweeted_id"
    case .none: nil
    }
  }
}

/// The SQL condition "`column` has a time inside `[since, until)`" (either bound optional), with
/// its arguments: the one place every time-sliced query of the tweets takes it from.
struct TimeRange {
  var sql: String
  var arguments: [any DatabaseValueConvertible]

  init(_ column: String, since: Int64?, until: Int64?) {
    sql = "\(column) IS NOT NULL"
    arguments = []
    if let since {
      sql += " AND \(column) >= ?"
      arguments.append(since)
    }
    if let until {
      sql += " AND \(column) < ?"
      arguments.append(until)
    }
  }
}

extension Workspace {
  /// Whether the workspace holds tweets (at least one), and whether they carry the event columns (archives
  /// imported before events were kept have only id, author, time and kind).
  public func tweetEventColumns() throws(WorkspaceError) -> (hasTweets: Bool, hasEvents: Bool) {
    try read { db in
      guard try db.tableExists("tweets"),
        try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM tweets)") == true
      else { return (false, false) }
      let columns = try db.columns(in: "tweets").map(\.name)
      return (true, columns.contains("retweeted_id") && columns.contains("text"))
    }
  }

  /// The user id of every account a tweet archive gave one (node → id).
  public func accountUserIDs() throws(WorkspaceError) -> [NodeID: String] {
    try read { db in
      guard try db.tableExists("accounts") else { return [:] }
      var out: [NodeID: String] = [:]
      for row in try Row.fetchAll(
        db, sql: "SELECT node, user_id FROM accounts WHERE user_id IS NOT NULL")
      {
        out[NodeID(truncatingIfNeeded: row[0] as Int64)] = row[1]
      }
      return out
    }
  }

  /// Calls `body(author, tweetID, time, object)` for every stored tweet event of `field` with a
  /// time inside `[since, until)` (either bound optional), one tweet's events after another.
  /// Tweets without a time are skipped (coordination needs one).
  public func forEachTweetEvent(
    _ field: TweetEventField, since: Int64? = nil, until: Int64? = nil,
    _ body: (UInt32, String, Int64, String) -> Void
  ) throws(WorkspaceError) {
    let range = TimeRange("t.time", since: since, until: until)
    let sql: String
    switch field {
    case .retweeted:
      sql =
        "SELECT t.author, t.id, t.time, t.retweeted_id FROM tweets t WHERE t.retweeted_id IS NOT NULL"
    case .text:
      sql =
        "SELECT t.author, t.id, t.time, t.text FROM tweets t WHERE t.retweeted_id IS NULL AND t.text IS NOT NULL"
    case .repliedTo:
      sql =
        "SELECT t.author, t.id, t.time, t.replied_id FROM tweets t WHERE t.retweeted_id IS NULL AND t.replied_id IS NOT NULL"
    case .url:
      sql =
        "SELECT t.author, t.id, t.time, u.url FROM tweets t JOIN tweet_urls u ON u.tweet = t.id WHERE t.retweeted_id IS NULL AND (t.kind & 1) = 0"
    case .domain:
      sql =
        "SELECT t.author, t.id, t.time, u.domain FROM tweets t JOIN tweet_urls u ON u.tweet = t.id WHERE t.retweeted_id IS NULL AND (t.kind & 1) = 0 AND u.domain IS NOT NULL"
    case .hashtag, .hashtagSequence:
      // Lower-cased here, as the import lower-cases the hashtag layer (SQLite's lower() folds
      // ASCII only).
      sql =
        "SELECT t.author, t.id, t.time, h.tag FROM tweets t JOIN tweet_hashtags h ON h.tweet = t.id WHERE 1"
    case .none:
      sql = "SELECT t.author, t.id, t.time, '' FROM tweets t WHERE 1"
    }
    let order = field == .hashtagSequence ? " ORDER BY t.id, h.position" : " ORDER BY t.id"
    let ordered = sql + " AND " + range.sql + order
    try read { db in
      guard try db.tableExists("tweets") else { return }
      let rows = try Row.fetchCursor(
        db, sql: ordered, arguments: StatementArguments(range.arguments))
      // For sequences: the tweet being gathered (its rows are consecutive).
      var pending: (author: Int64, id: String, time: Int64, tags: [String])? = nil
      func flush() {
        if let tweet = pending, tweet.tags.count >= 2 {
          body(
            UInt32(truncatingIfNeeded: tweet.author), tweet.id, tweet.time,
            tweet.tags.joined(separator: " "))
        }
        pending = nil
      }
      while let row = try rows.next() {
        let author: Int64 = row[0]
        let id: String = row[1]
        let time: Int64 = row[2]
        let object: String = row[3]
        switch field {
        case .hashtag: body(UInt32(truncatingIfNeeded: author), id, time, object.lowercased())
        case .hashtagSequence:
          if pending?.id != id {
            flush()
            pending = (author, id, time, [])
          }
          pending?.tags.append(object.lowercased())
        default: body(UInt32(truncatingIfNeeded: author), id, time, object)
        }
      }
      flush()
    }
  }
}

extension Workspace {
  /// Every retweet of a stored tweet posted at most `maxDelay` seconds after it (and not
  /// before), for the fast-retweet trace: the original's author, id and time, then the
  /// retweeter's, in retweet id order. Retweets whose original is not in the workspace are not
  /// seen (their original's time is unknown). The slice applies to the retweet's time.
  public func forEachFastRetweet(
    maxDelay: Int64, since: Int64? = nil, until: Int64? = nil,
    _ body: (_ original: (UInt32, String, Int64), _ retweet: (UInt32, String, Int64)) -> Void
  ) throws(WorkspaceError) {
    let range = TimeRange("r.time", since: since, until: until)
    let sql = """
      SELECT o.author, o.id, o.time, r.author, r.id, r.time FROM tweets r
      JOIN tweets o ON o.id = r.retweeted_id
      WHERE o.time IS NOT NULL AND r.time >= o.time AND r.time - o.time <= ? AND \(range.sql)
      ORDER BY r.id
      """
    let arguments: [any DatabaseValueConvertible] = [maxDelay] + range.arguments
    try read { db in
      guard try db.tableExists("tweets") else { return }
      let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments))
      while let row = try rows.next() {
        body(
          (UInt32(truncatingIfNeeded: row[0] as Int64), row[1], row[2]),
          (UInt32(truncatingIfNeeded: row[3] as Int64), row[4], row[5]))
      }
    }
  }
}

extension Workspace {
  /// Every tweet that is not a retweet with its stored normalised-text hash, for co-tweet:
  /// matching on the hash stored at import avoids normalising every text again, and the texts
  /// themselves are not read (that was most of the cost; the matched ones are read afterwards
  /// with ``tweetTexts(ids:)``). Tweets without a hash are not seen.
  public func forEachTextHash(
    since: Int64? = nil, until: Int64? = nil,
    _ body: (_ author: UInt32, _ id: String, _ time: Int64, _ hash: Int64) -> Void
  ) throws(WorkspaceError) {
    let range = TimeRange("time", since: since, until: until)
    let sql = """
      SELECT author, id, time, text_hash FROM tweets
      WHERE retweeted_id IS NULL AND text IS NOT NULL AND text_hash IS NOT NULL AND \(range.sql)
      ORDER BY id
      """
    try read { db in
      guard try db.tableExists("tweets") else { return }
      let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(range.arguments))
      while let row = try rows.next() {
        body(UInt32(truncatingIfNeeded: row[0] as Int64), row[1], row[2], row[3])
      }
    }
  }
}

extension Workspace {
  /// The texts of the tweets `ids` (those without a text, or not stored, are absent), read by
  /// primary key in batches.
  public func tweetTexts(ids: some Sequence<String>) throws(WorkspaceError) -> [String: String] {
    let all = Array(ids)
    var texts: [String: String] = [:]
    try read { db in
      guard try db.tableExists("tweets") else { return }
      for start in stride(from: 0, to: all.count, by: 500) {
        let batch = Array(all[start..<min(start + 500, all.count)])
        let marks = Array(repeating: "?", count: batch.count).joined(separator: ",")
        let rows = try Row.fetchCursor(
          db, sql: "SELECT id, text FROM tweets WHERE id IN (\(marks)) AND text IS NOT NULL",
          arguments: StatementArguments(batch))
        while let row = try rows.next() { texts[row[0]] = row[1] }
      }
    }
    return texts
  }
}
