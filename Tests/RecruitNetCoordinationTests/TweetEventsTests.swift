import Foundation
import GRDB
import RecruitNetAnalysis
import RecruitNetCoordination
import RecruitNetIO
import RecruitNetTestSupport
import RecruitNetWorkspace
import Testing

/// Tweet-level events in the workspace: what an import keeps per tweet, the coordination CSV
/// with references by id, and a workspace written before events were kept.
@Suite struct TweetEventsTests {
  static let v1 = SharedData.repository("Tests/RecruitNetIOTests/Fixtures/tweets/v1.jsonl")
  static let overlap = SharedData.repository(
    "Tests/RecruitNetIOTests/Fixtures/tweets/v1-overlap.jsonl")

  static func importTweets(_ files: [String], into path: String) async throws {
    var importer = TweetArchiveImporter(workspacePath: path)
    importer.files = files
    _ = try await importer.run()
  }

  @Test func v1TweetsKeepTheirEvents() async throws {
    let files = try TestFiles()
    let path = files.path("v1.rnet")
    try await Self.importTweets([Self.v1], into: path)
    let rows = try Workspace(path: path).read { db in
      try Row.fetchAll(
        db,
        sql: "SELECT id, retweeted_id, retweeted_author, replied_id, text FROM tweets ORDER BY id")
    }
    let byID = Dictionary(uniqueKeysWithValues: rows.map { ($0[0] as String, $0) })
    #expect(byID["9002"]?[1] as String? == "9001")
    #expect(byID["9002"]?[2] as Int64? == 0)
    #expect(byID["9003"]?[3] as String? == "9001")
    #expect((byID["9001"]?[4] as String?)?.hasPrefix("Join us #Recruit") == true)
    let urls = try Workspace(path: path).read { db in
      try Row.fetchAll(db, sql: "SELECT url, domain FROM tweet_urls WHERE tweet = '9001'")
    }
    #expect(urls.map { $0[0] as String } == ["https://youtu.be/abc"])
    #expect(urls.map { $0[1] as String? } == ["youtube.com"])
    let tags = try Workspace(path: path).read { db in
      try String.fetchAll(
        db, sql: "SELECT tag FROM tweet_hashtags WHERE tweet = '9007' ORDER BY position")
    }
    #expect(tags.map { $0.lowercased() }.allSatisfy { $0 == "recruit" } && !tags.isEmpty)
    // Two retweets of 9001 by different accounts within a day: one co-retweet pair each way.
    let request = CoordinationRequest(
      parameters: CoordinationParameters(trace: .coRetweet, window: .symmetric(seconds: 86_400 * 3))
    )
    let result = try request.run(on: NetworkInput(path: path))
    #expect(result.events.count == 2)
  }

  /// The toolkit's CSV: retweets and replies name their original by id only; the author is found
  /// among the imported tweets and the account edge is made.
  @Test func coordinationCSVResolvesReferencesByID() async throws {
    let files = try TestFiles()
    let csv = try files.write(
      "toolkit.csv",
      """
      message_id,user_id,username,repost_id,reply_id,message,timestamp,urls
      1,u1,Alice,,,Join us now #Raid,1000,http://a.example/x http://b.example/y
      2,u2,Bob,1,,RT Join us now,1010,
      3,u3,Carol,,1,@Alice agreed,1020.9,
      4,u4,Dave,99,,RT unknown,1030,

      """)
    #expect(TweetFormat.detect(path: csv) == .coordinationCSV)
    let path = files.path("toolkit.rnet")
    var importer = TweetArchiveImporter(workspacePath: path)
    importer.files = [csv]
    let outcome = try await importer.run()
    #expect(outcome.files.first?.unresolvedByID == 1)
    #expect(outcome.files.first?.edgeRows[.retweet] == 1)
    #expect(outcome.files.first?.edgeRows[.reply] == 1)
    let rows = try Workspace(path: path).read { db in
      try Row.fetchAll(
        db, sql: "SELECT id, time, retweeted_author, replied_author FROM tweets ORDER BY id")
    }
    #expect(rows.map { $0[1] as Int64 } == [1000, 1010, 1020, 1030])
    #expect(rows[1][2] as Int64? != nil)
    #expect(rows[2][3] as Int64? != nil)
    #expect(rows[3][2] as Int64? == nil)
    let urls = try Workspace(path: path).read { db in
      try String.fetchAll(db, sql: "SELECT url FROM tweet_urls WHERE tweet = '1' ORDER BY position")
    }
    #expect(urls == ["http://a.example/x", "http://b.example/y"])
  }

  /// A workspace written before events were kept: coordination says what to do, and a new
  /// import into it keeps the old tweets (their new columns empty).
  @Test func oldWorkspaceMigrates() async throws {
    let files = try TestFiles()
    let path = files.path("old.rnet")
    try await Self.importTweets([Self.v1], into: path)
    let queue = try DatabaseQueue(path: path)
    try await queue.write { db in
      for column in [
        "retweeted_id", "retweeted_author", "quoted_id", "quoted_author", "replied_id",
        "replied_author", "conversation_id", "lang", "source", "text", "text_hash",
      ] {
        try db.execute(sql: "ALTER TABLE tweets DROP COLUMN \(column)")
      }
      try db.execute(
        sql: "DROP TABLE tweet_urls; DROP TABLE tweet_hashtags; DROP TABLE tweet_mentions")
    }
    try await queue.close()
    let before = try Workspace(path: path).read { db in
      try Int.fetchOne(db, sql: "SELECT count(*) FROM tweets")!
    }
    let request = CoordinationRequest(
      parameters: CoordinationParameters(trace: .coRetweet, window: .symmetric(seconds: 60)))
    #expect {
      try request.run(on: NetworkInput(path: path))
    } throws: { error in
      (error as? CoordinationError)?.message.contains("import the archive again") == true
    }
    try await Self.importTweets([Self.overlap], into: path)
    let (after, oldText) = try Workspace(path: path).read { db in
      (
        try Int.fetchOne(db, sql: "SELECT count(*) FROM tweets")!,
        try Int.fetchOne(db, sql: "SELECT count(*) FROM tweets WHERE id = '9001' AND text IS NULL")!
      )
    }
    #expect(after > before)
    #expect(oldText == 1)
  }
}
