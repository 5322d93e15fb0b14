import Foundation
import GRDB
import RecruitNetGraph
import RecruitNetIO
import RecruitNetTestSupport
import Testing

@testable import RecruitNetWorkspace

/// Tweet archives into a workspace: exact edge sets with weights and timestamps, account
/// identity and name history, latest attributes, re-import idempotence, overlapping files, the
/// time window and type filters, all-or-nothing failure, and the Kaggle CSV against an
/// independent Python count. Fixtures: Tests/RecruitNetIOTests/Fixtures/tweets (synthetic).
@Suite struct TweetArchiveImporterTests {
  static func fixture(_ name: String) -> String {
    SharedData.repository("Tests/RecruitNetIOTests/Fixtures/tweets/" + name)
  }

  // Times of the v1 fixture (2015-11-13 10:00 UTC and on).
  static let t1: Int64 = 1_447_408_800, t2: Int64 = 1_447_412_400, t3: Int64 = 1_447_416_000
  static let t4: Int64 = 1_447_419_600, t7: Int64 = 1_447_491_600, t9: Int64 = 1_447_574_400
  static let t11: Int64 = 1_447_578_000, t12: Int64 = 1_447_668_000

  @discardableResult
  static func importTweets(
    _ files: [String], into path: String, configure: (inout TweetArchiveImporter) -> Void = { _ in }
  ) async throws -> TweetArchiveImporter.Outcome {
    var importer = TweetArchiveImporter(workspacePath: path)
    importer.files = files
    configure(&importer)
    return try await importer.run()
  }

  /// Every edge as `source>target:type weight count first last` (names; times or `-`).
  static func edges(_ path: String) throws -> Set<String> {
    let rows = try Workspace(path: path).read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT s.name, t.name, y.name, e.weight, e.count, e.first_time, e.last_time FROM edges e
          JOIN nodes s ON s.id = e.source JOIN nodes t ON t.id = e.target JOIN edge_types y ON y.id = e.type
          """)
    }
    return Set(
      rows.map { row in
        let first: Int64? = row[5]
        let last: Int64? = row[6]
        let weight: Double = row[3]
        let count: Int = row[4]
        return
          "\(row[0] as String)>\(row[1] as String):\(row[2] as String) \(Int(weight)) \(count) \(first.map(String.init) ?? "-") \(last.map(String.init) ?? "-")"
      })
  }

  /// The rows of a `SELECT name, number … GROUP BY name` query, as a dictionary.
  static func counts(_ path: String, _ sql: String) throws -> [String: Int] {
    Dictionary(
      uniqueKeysWithValues: try Workspace(path: path).read { db in
        try Row.fetchAll(db, sql: sql).map { ($0[0] as String, $0[1] as Int) }
      })
  }

  static func scalar<T: DatabaseValueConvertible>(_ path: String, _ sql: String) throws -> T? {
    try Workspace(path: path).read { db in try T.fetchOne(db, sql: sql) }
  }

  @Test func v1ArchiveGivesTheExactNetwork() async throws {
    let files = try TestFiles()
    let path = files.path("study.rnet")
    let outcome = try await Self.importTweets([Self.fixture("v1.jsonl")], into: path) {
      $0.edgeTypes.formUnion(TweetEdgeType.layers)
    }
    #expect(outcome.wrote && outcome.files.first?.tweetsStored == 8)
    #expect(
      outcome.files.first?.edgeRows == [
        .retweet: 2, .mention: 5, .reply: 2, .quote: 1, .hashtag: 4, .domain: 4,
      ])
    let (t1, t2, t3, t4, t7, t9, t11) = (
      Self.t1, Self.t2, Self.t3, Self.t4, Self.t7, Self.t9, Self.t11
    )
    #expect(
      try Self.edges(path) == [
        "1001>1001:reply 1 1 \(t11) \(t11)",  // a self-reply in a thread
        "1001>1002:mention 2 2 \(t1) \(t7)",  // t1, and t7 which names bob twice
        "1001>1003:mention 1 1 \(t1) \(t1)",
        "1001>recruit:hashtag 2 2 \(t1) \(t7)",
        "1001>youtube.com:domain 1 1 \(t1) \(t1)",
        "1002>1001:retweet 2 2 \(t2) \(t9)",
        "1002>recruit:hashtag 2 2 \(t2) \(t9)",
        "1002>youtube.com:domain 2 2 \(t2) \(t9)",
        "1003>1001:reply 1 1 \(t3) \(t3)",
        "1003>1004:mention 1 1 \(t3) \(t3)",
        "1004>1002:quote 1 1 \(t4) \(t4)",
        "1004>1005:mention 1 1 \(t4) \(t4)",
        "1004>example.org:domain 1 1 \(t4) \(t4)",
      ])
    let kinds: [String] = try Workspace(path: path).read { db in
      try String.fetchAll(
        db,
        sql:
          "SELECT k.name || ':' || n.name FROM nodes n JOIN node_kinds k ON k.id = n.kind WHERE n.kind <> 0 ORDER BY 1"
      )
    }
    #expect(kinds == ["domain:example.org", "domain:youtube.com", "hashtag:recruit"])
    // Every tweet once, with its author and kind flags (1 retweet, 2 quote, 4 reply, 8 mentions).
    let tweets: [String] = try Workspace(path: path).read { db in
      try String.fetchAll(
        db,
        sql:
          "SELECT t.id || ' ' || n.name || ' ' || coalesce(t.time, '-') || ' ' || t.kind FROM tweets t JOIN nodes n ON n.id = t.author ORDER BY t.id"
      )
    }
    #expect(
      tweets == [
        "9001 1001 \(t1) 8", "9002 1002 \(t2) 9", "9003 1003 \(t3) 12", "9004 1004 \(t4) 10",
        "9007 1001 \(t7) 8", "9008 1006 - 0", "9009 1002 \(t9) 9", "9011 1001 \(t11) 12",
      ])
  }

  @Test func aRenamedAccountIsOneNodeWithItsNameHistoryAndLatestAttributes() async throws {
    let files = try TestFiles()
    let path = files.path("study.rnet")
    try await Self.importTweets([Self.fixture("v1.jsonl")], into: path)
    let names: [String] = try Workspace(path: path).read { db in
      try String.fetchAll(
        db,
        sql: """
          SELECT a.screen_name || ' ' || coalesce(a.first_seen, '-') || ' ' || coalesce(a.last_seen, '-') FROM account_names a
          JOIN nodes n ON n.id = a.node WHERE n.name = '1001' ORDER BY a.first_seen
          """)
    }
    // bob's retweet at t9 embeds alice's profile as it was (still "alice").
    #expect(names == ["alice \(Self.t1) \(Self.t9)", "alice_new \(Self.t7) \(Self.t11)"])
    #expect(
      try Self.scalar(
        path,
        "SELECT screen_name FROM accounts a JOIN nodes n ON n.id = a.node WHERE n.name = '1001'")
        == "alice_new")
    #expect(
      try Self.scalar(
        path,
        "SELECT count(*) FROM nodes WHERE name IN ('alice', 'alice_new', '@alice', '@alice_new')")
        == 0)
    let attributes: [String] = try Workspace(path: path).read { db in
      try String.fetchAll(
        db,
        sql: """
          SELECT a.key || '=' || a.value || ' @' || coalesce(a.seen_at, '-') FROM account_attributes a JOIN nodes n ON n.id = a.node
          WHERE n.name = '1001' ORDER BY a.key
          """)
    }
    #expect(
      attributes == [
        "created_at=1420452000 @\(Self.t11)", "description=synthetic account @\(Self.t11)",
        "display_name=Alice (new) @\(Self.t11)",
        "followers=150 @\(Self.t11)", "location= @\(Self.t11)",
        "screen_name=alice_new @\(Self.t11)", "statuses=12 @\(Self.t11)",
      ])
    // Mirrored into node_attributes, typed, with the user id.
    #expect(
      try Self.scalar(
        path,
        "SELECT typeof(value) FROM node_attributes a JOIN nodes n ON n.id = a.node WHERE n.name = '1001' AND key = 'followers'"
      ) == "integer")
    #expect(
      try Self.scalar(
        path,
        "SELECT value FROM node_attributes a JOIN nodes n ON n.id = a.node WHERE n.name = '1006' AND key = 'user_id'"
      ) == "1006")
  }

  @Test func reimportingAndOverlappingFilesCountNothingTwice() async throws {
    let files = try TestFiles()
    let path = files.path("study.rnet")
    try await Self.importTweets([Self.fixture("v1.jsonl")], into: path)
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    let edgesBefore = try Self.edges(path)
    // The same file again: every tweet is already stored; the workspace is not rewritten.
    let again = try await Self.importTweets([Self.fixture("v1.jsonl")], into: path)
    #expect(
      !again.wrote && again.files.first?.duplicates == 8
        && again.files.first?.sameContentAs == Self.fixture("v1.jsonl"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    // An overlapping file: two tweets known, one new.
    let overlap = try await Self.importTweets([Self.fixture("v1-overlap.jsonl")], into: path)
    #expect(overlap.files.first?.duplicates == 2 && overlap.files.first?.tweetsStored == 1)
    #expect(
      try Self.edges(path) == edgesBefore.union(["1005>1001:mention 1 1 \(Self.t12) \(Self.t12)"]))
    #expect(try Self.scalar(path, "SELECT count(*) FROM tweets") == 9)
    #expect(try Workspace(path: path).imports().map(\.rowsImported) == [8, 1])
    // Both files in one import, or in the other order, give the same network.
    let together = files.path("together.rnet")
    let both = try await Self.importTweets(
      [Self.fixture("v1-overlap.jsonl"), Self.fixture("v1.jsonl")], into: together)
    #expect(both.files.map(\.duplicates) == [0, 2])
    #expect(try Self.edges(together) == Self.edges(path))
    #expect(
      try Self.scalar(
        together,
        "SELECT value FROM account_attributes a JOIN nodes n ON n.id = a.node WHERE n.name = '1001' AND key = 'screen_name'"
      ) == "alice_new")
  }

  @Test func olderTweetsImportedLaterDoNotOverwriteNewerAttributes() async throws {
    let files = try TestFiles()
    let path = files.path("study.rnet")
    let newer = try files.write(
      "newer.jsonl",
      #"{"id_str": "2", "created_at": "Sat Nov 14 09:00:00 +0000 2015", "text": "x", "user": {"id_str": "7", "screen_name": "zed_new", "followers_count": 20}}"#
        + "\n")
    let older = try files.write(
      "older.jsonl",
      #"{"id_str": "1", "created_at": "Fri Nov 13 09:00:00 +0000 2015", "text": "x", "user": {"id_str": "7", "screen_name": "zed", "followers_count": 10, "name": "Zed"}}"#
        + "\n")
    try await Self.importTweets([newer], into: path)
    try await Self.importTweets([older], into: path)
    let attributes: [String] = try Workspace(path: path).read { db in
      try String.fetchAll(
        db, sql: "SELECT key || '=' || value FROM account_attributes ORDER BY key")
    }
    // followers and screen_name stay the newer values; display_name, seen only in the older tweet, is added.
    #expect(attributes == ["display_name=Zed", "followers=20", "screen_name=zed_new"])
    #expect(try Self.scalar(path, "SELECT screen_name FROM accounts") == "zed_new")
    #expect(
      try Self.scalar(
        path,
        "SELECT group_concat(screen_name) FROM (SELECT screen_name FROM account_names ORDER BY first_seen)"
      ) == "zed,zed_new")
  }

  @Test func timeWindowAndEdgeTypeFilters() async throws {
    let files = try TestFiles()
    let windowed = files.path("window.rnet")
    let outcome = try await Self.importTweets([Self.fixture("v1.jsonl")], into: windowed) {
      $0.since = TimestampParsing.unixSeconds("2015-11-14")
      $0.until = TimestampParsing.unixSeconds("2015-11-15T08:30:00Z")
    }
    // t7 and t9 are inside; t1-t4 before, t11 after, 9008 has no time.
    #expect(outcome.files.first?.tweetsStored == 2 && outcome.files.first?.outsideWindow == 6)
    #expect(
      try Self.edges(windowed) == [
        "1001>1002:mention 1 1 \(Self.t7) \(Self.t7)",
        "1002>1001:retweet 1 1 \(Self.t9) \(Self.t9)",
      ])
    let retweetsOnly = files.path("retweets.rnet")
    try await Self.importTweets(
      [Self.fixture("v1.jsonl"), Self.fixture("v2.jsonl")], into: retweetsOnly
    ) {
      $0.edgeTypes = [.retweet]
    }
    #expect(
      try Self.edges(retweetsOnly) == [
        "1002>1001:retweet 2 2 \(Self.t2) \(Self.t9)",
        "2002>2001:retweet 1 1 \(Self.t2) \(Self.t2)",
      ])
    #expect(try Self.scalar(retweetsOnly, "SELECT group_concat(name) FROM edge_types") == "retweet")
    #expect(try Self.scalar(retweetsOnly, "SELECT count(*) FROM node_kinds") == 1)
  }

  @Test func csvAccountsAreIdentifiedByScreenNameIgnoringCase() async throws {
    let files = try TestFiles()
    let path = files.path("csv.rnet")
    try await Self.importTweets([Self.fixture("tweets.csv")], into: path)
    let t = (
      TimestampParsing.unixSeconds("2015-11-13T10:00:00Z") ?? 0,
      TimestampParsing.unixSeconds("2015-11-14T10:00:00Z") ?? 0
    )
    let bravo = (
      TimestampParsing.unixSeconds("2015-11-13T09:00:00Z") ?? 0,
      TimestampParsing.unixSeconds("2015-11-13T09:30:00Z") ?? 0
    )
    #expect(
      try Self.edges(path) == [
        "@alpha_one>@bravo_two:retweet 1 1 \(t.0) \(t.0)",
        "@alpha_one>@bravo_two:mention 1 1 \(t.1) \(t.1)",
        "@alpha_one>@Charlie3:mention 1 1 \(t.1) \(t.1)",
        "@bravo_two>@delta_4:mention 1 1 \(bravo.0) \(bravo.0)",
        "@bravo_two>@ok_name:mention 1 1 \(bravo.1) \(bravo.1)",
      ])
    // The latest row wins (11/14), not the last row of the file (11/12).
    #expect(
      try Self.scalar(
        path, "SELECT value FROM account_attributes WHERE node = 0 AND key = 'followers'") == 12)
    #expect(
      try Self.scalar(
        path, "SELECT value FROM account_attributes WHERE node = 0 AND key = 'description'")
        == "synthetic, with a comma")
  }

  @Test func aFailedImportLeavesTheWorkspaceAsItWas() async throws {
    let files = try TestFiles()
    let path = files.path("study.rnet")
    try await Self.importTweets([Self.fixture("v1.jsonl")], into: path)
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    await #expect(throws: ImportError.self) {
      try await Self.importTweets(
        [Self.fixture("v1-overlap.jsonl"), Self.fixture("v1-malformed.jsonl")], into: path)
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    // No temporary left; the lock file of the workspace's writers stays (it holds nothing).
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: files.folder.path).sorted() == [
        "study.rnet", "study.rnet.lock",
      ])
    // Nothing of the good first file was kept: it imports in full afterwards.
    let retry = try await Self.importTweets([Self.fixture("v1-overlap.jsonl")], into: path)
    #expect(retry.files.first?.tweetsStored == 1)
  }

  @Test func tweetsGoIntoAWorkspaceMadeFromAnEdgeList() async throws {
    let files = try TestFiles()
    let path = files.path("study.rnet")
    var edges = WorkspaceImporter(workspacePath: path)
    edges.edgeFiles = [try files.write("follows.csv", "source,target,type\n1002,1001,follow\n")]
    _ = try await edges.run()
    try await Self.importTweets([Self.fixture("v1.jsonl")], into: path)
    let all = try Self.edges(path)
    #expect(
      all.contains("1002>1001:follow 1 1 - -")
        && all.contains("1002>1001:retweet 2 2 \(Self.t2) \(Self.t9)"))
    #expect(try Self.scalar(path, "SELECT value FROM meta WHERE key = 'schema_version'") == "2")
    // The edge list's node "1001" is the account with user id 1001.
    #expect(try Self.scalar(path, "SELECT count(*) FROM nodes WHERE name = '1001'") == 1)
  }

  /// A schema-1 workspace (written before the tweet tables) gets them on its first tweet import.
  @Test func aVersionOneWorkspaceIsMigrated() async throws {
    let files = try TestFiles()
    let path = files.path("old.rnet")
    var edges = WorkspaceImporter(workspacePath: path)
    edges.edgeFiles = [try files.write("follows.csv", "source,target,type\n1002,1001,follow\n")]
    _ = try await edges.run()
    let queue = try DatabaseQueue(path: path)
    try await queue.write { db in
      for table in ["tweets", "accounts", "account_names", "account_attributes"] {
        try db.execute(sql: "DROP TABLE \(table)")
      }
      try db.execute(sql: "UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    }
    try await Self.importTweets([Self.fixture("v1-overlap.jsonl")], into: path)
    #expect(try Self.scalar(path, "SELECT value FROM meta WHERE key = 'schema_version'") == "2")
    #expect(try Self.scalar(path, "SELECT count(*) FROM tweets") == 3)
    #expect(try Self.edges(path).contains("1002>1001:follow 1 1 - -"))
  }

  /// The public Kaggle CSV, against Scripts/oracles/tweets_kaggle.py (counts only, no handles).
  @Test func kaggleCSVMatchesAnIndependentCount() async throws {
    guard let csv = SharedData.path("isis-twitter-kaggle/tweets.csv") else { return }
    let url = try #require(
      Bundle.module.url(
        forResource: "Fixtures/oracle/isis-kaggle-tweets.counts", withExtension: "json"))
    let oracle = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    let files = try TestFiles()
    let path = files.path("kaggle.rnet")
    let outcome = try await Self.importTweets([csv], into: path) {
      $0.edgeTypes.formUnion(TweetEdgeType.layers)
    }
    let file = try #require(outcome.files.first)
    #expect(file.archive.records == oracle["rows"] as? Int)
    #expect(file.tweetsStored == oracle["tweets"] as? Int)
    let expectedRows = try #require(oracle["edge_rows"] as? [String: Int])
    #expect(
      Dictionary(uniqueKeysWithValues: file.edgeRows.map { ($0.key.rawValue, $0.value) })
        == expectedRows)
    let perType = try Self.counts(
      path,
      "SELECT y.name, count(*) FROM edges e JOIN edge_types y ON y.id = e.type GROUP BY y.name")
    #expect(perType == oracle["edges"] as? [String: Int])
    let selfLoops = try Self.counts(
      path,
      "SELECT y.name, sum(e.source = e.target) FROM edges e JOIN edge_types y ON y.id = e.type GROUP BY y.name"
    )
    #expect(selfLoops == oracle["self_loops"] as? [String: Int])
    let kinds = try Self.counts(
      path,
      "SELECT k.name, count(*) FROM nodes n JOIN node_kinds k ON k.id = n.kind GROUP BY k.name")
    #expect(kinds["account"] == oracle["accounts"] as? Int)
    #expect(kinds["hashtag"] == oracle["hashtags"] as? Int)
    #expect(kinds["domain"] == oracle["domains"] as? Int)
    // Without layers, the account network alone, with edge types merged.
    let accountsOnly = files.path("accounts.rnet")
    try await Self.importTweets([csv], into: accountsOnly)
    let graph = try Workspace(path: accountsOnly).loadGraph()
    #expect(graph.nodeCount == oracle["account_network_nodes"] as? Int)
    #expect(graph.mergingEdgeTypes().edgeCount == oracle["account_network_merged_edges"] as? Int)
    // A second import of the same file adds nothing.
    let again = try await Self.importTweets([csv], into: accountsOnly)
    #expect(!again.wrote && again.files.first?.duplicates == oracle["tweets"] as? Int)
  }
}
