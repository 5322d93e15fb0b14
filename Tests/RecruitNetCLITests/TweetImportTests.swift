import Foundation
import Testing

/// `recruitnet import` of tweet archives, run as a user would: detection, report, idempotence,
/// exit codes and messages.
@Suite struct TweetImportTests {
  static func fixture(_ name: String) -> String {
    CLI.repositoryRoot.appendingPathComponent("Tests/RecruitNetIOTests/Fixtures/tweets/" + name)
      .path
  }

  @Test func importsDetectsAndSkipsWhatIsStored() throws {
    let folder = try CLI.temporaryFolder()
    let workspace = folder.appendingPathComponent("t.rnet").path
    let first = try CLI.run([
      "import", Self.fixture("v1.jsonl"), "--into", workspace, "--layers", "hashtags,domains",
    ])
    #expect(first.status == 0)
    #expect(
      first.stdout.contains(
        "tweets-v1 (json-lines), 11 records, 8 new tweets; skipped 1 deleted, 1 withheld, 1 stream notices"
      ))
    #expect(
      first.stdout.contains(
        "edge rows: retweet 2, mention 5, reply 2, quote 1, hashtag 4, domain 4"))
    let again = try CLI.run([
      "import", Self.fixture("v1.jsonl"), "--into", workspace, "--report-format", "json",
    ])
    #expect(again.status == 0)
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any])
    #expect(report["written"] as? Bool == false)
    let file = try #require((report["files"] as? [[String: Any]])?.first)
    #expect(file["tweets_duplicate"] as? Int == 8 && file["tweets_stored"] as? Int == 0)
    let info = try CLI.run(["info", workspace, "--format", "json"])
    #expect(info.status == 0 && info.stdout.contains("\"retweet\""))
  }

  @Test func csvIsForcedOrDetected() throws {
    let folder = try CLI.temporaryFolder()
    let workspace = folder.appendingPathComponent("c.rnet").path
    let run = try CLI.run([
      "import", Self.fixture("tweets.csv"), "--format", "tweets-csv", "--edge-types", "retweet",
      "--into", workspace,
    ])
    #expect(run.status == 0)
    #expect(run.stdout.contains("edge rows: retweet 1") && !run.stdout.contains("mention"))
    // An input format and a JSON report together.
    let other = folder.appendingPathComponent("d.rnet").path
    let json = try CLI.run([
      "import", Self.fixture("tweets.csv"), "--format", "tweets-csv", "--report-format", "json",
      "--into", other,
    ])
    #expect(json.status == 0 && json.stdout.contains("\"tweets_stored\" : 5"))
  }

  @Test func badInputExitsOneWithTheLine() throws {
    let folder = try CLI.temporaryFolder()
    let workspace = folder.appendingPathComponent("b.rnet").path
    let malformed = try CLI.run(["import", Self.fixture("v1-malformed.jsonl"), "--into", workspace])
    #expect(malformed.status == 1)
    #expect(
      malformed.stderr.contains(
        "v1-malformed.jsonl:2:632: error: not valid JSON: the record ends inside a string"))
    #expect(!FileManager.default.fileExists(atPath: workspace))
    let truncated = try CLI.run([
      "import", Self.fixture("v1-truncated.jsonl"), "--into", workspace, "--skip-invalid",
    ])
    #expect(
      truncated.status == 0 && truncated.stdout.contains("1 invalid")
        && truncated.stdout.contains("truncated file?"))
    let mixed = try CLI.run([
      "import", Self.fixture("v1.jsonl"), "Samples/recruitment/edges.csv", "--into", workspace,
    ])
    #expect(
      mixed.status == 1 && mixed.stderr.contains("import edge lists and tweet archives separately"))
  }

  @Test func usageErrors() throws {
    let v1 = Self.fixture("v1.jsonl")
    #expect(try CLI.run(["import", v1, "--into", "x.rnet", "--edge-types", "like"]).status == 64)
    #expect(try CLI.run(["import", v1, "--into", "x.rnet", "--layers", "emoji"]).status == 64)
    #expect(try CLI.run(["import", v1, "--into", "x.rnet", "--since", "yesterday"]).status == 64)
    #expect(try CLI.run(["import", v1, "--into", "x.rnet", "--format", "tweets-v3"]).status == 64)
    #expect(
      try CLI.run([
        "import", "Samples/recruitment/edges.csv", "--into", "x.rnet", "--layers", "hashtags",
      ]).status == 64)
  }

  @Test func theSampleImports() throws {
    let folder = try CLI.temporaryFolder()
    let workspace = folder.appendingPathComponent("s.rnet").path
    let run = try CLI.run(["import", "Samples/tweets/tweets.jsonl", "--into", workspace])
    #expect(run.status == 0 && run.stdout.contains("40 records, 40 new tweets"))
  }
}
