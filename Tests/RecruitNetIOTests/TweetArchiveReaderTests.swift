import Foundation
import RecruitNetTestSupport
import Testing

@testable import RecruitNetIO

/// Reading each API shape from hand-made fixtures (synthetic accounts; made by
/// Scripts/samples/make_tweet_fixtures.py): tweets, interactions under the edge rules, counts of
/// skipped records, and the errors of bad input.
@Suite struct TweetArchiveReaderTests {
  static func fixture(_ name: String) throws -> String {
    let url = try #require(
      Bundle.module.url(forResource: "Fixtures/tweets/" + name, withExtension: nil))
    return url.path
  }

  /// Reads a file into its tweets and report.
  static func read(_ path: String, _ options: TweetArchiveOptions = .init()) throws -> (
    [Tweet], TweetArchiveReport
  ) {
    var tweets: [Tweet] = []
    let report = try TweetArchiveReader(options: options).read(path: path) { tweets.append($0) }
    return (tweets, report)
  }

  /// Interactions of a tweet as short strings: `type>target`.
  static func edges(_ tweet: Tweet) -> [String] {
    tweet.interactions.map { interaction in
      switch interaction {
      case .account(let type, let account):
        "\(type.rawValue)>\(account.userID ?? "@" + (account.screenName ?? "?"))"
      case .context(let type, let name): "\(type.rawValue)>\(name)"
      }
    }
  }

  @Test func detectsEachFormat() throws {
    #expect(TweetFormat.detect(path: try Self.fixture("v1.jsonl")) == .v1)
    #expect(TweetFormat.detect(path: try Self.fixture("v1-array.json")) == .v1)
    #expect(TweetFormat.detect(path: try Self.fixture("v2.jsonl")) == .v2)
    #expect(TweetFormat.detect(path: try Self.fixture("v2-response.json")) == .v2)
    #expect(TweetFormat.detect(path: try Self.fixture("tweets.csv")) == .csv)
    let files = try TestFiles()
    #expect(TweetFormat.detect(path: try files.write("edges.csv", "source,target\na,b\n")) == nil)
  }

  @Test func v1RulesForRetweetReplyQuoteAndMentions() throws {
    let (tweets, report) = try Self.read(try Self.fixture("v1.jsonl"))
    #expect(report.format == .v1 && report.layout == "json-lines")
    #expect(report.records == 11 && report.tweets == 8)
    #expect(
      report.deleted == 1 && report.withheld == 1 && report.notices == 1 && report.invalid == 0)
    #expect(tweets.map(\.id) == ["9001", "9002", "9003", "9004", "9007", "9008", "9009", "9011"])
    let byID = Dictionary(uniqueKeysWithValues: tweets.map { ($0.id, $0) })
    // An original: two mentions, a hashtag (lower-cased), a youtu.be link folded to youtube.com.
    #expect(
      Self.edges(try #require(byID["9001"])) == [
        "mention>1002", "mention>1003", "hashtag>recruit", "domain>youtube.com",
      ])
    // A retweet: only the retweet edge; the RT prefix and the retweeted text's mentions are not
    // mentions, but it spreads the original's hashtag and link.
    #expect(
      Self.edges(try #require(byID["9002"])) == [
        "retweet>1001", "hashtag>recruit", "domain>youtube.com",
      ])
    // A reply that mentions the replied-to account: the reply edge only for it.
    #expect(Self.edges(try #require(byID["9003"])) == ["reply>1001", "mention>1004"])
    // A quote: the quoted author; the t.co link without expansion gives no domain.
    #expect(
      Self.edges(try #require(byID["9004"])) == [
        "quote>1002", "mention>1005", "domain>example.org",
      ])
    // The same account mentioned twice is one mention; #recruit and #RECRUIT are one hashtag.
    #expect(Self.edges(try #require(byID["9007"])) == ["mention>1002", "hashtag>recruit"])
    // Missing fields: no time, no entities, a user with only id and screen name.
    let bare = try #require(byID["9008"])
    #expect(
      bare.time == nil && bare.interactions.isEmpty
        && bare.author == AccountReference(userID: "1006", screenName: "frank"))
    // A self-reply in a thread is a self-loop; the self-mention is part of the reply.
    #expect(Self.edges(try #require(byID["9011"])) == ["reply>1001"])
    // Times and profiles.
    #expect(byID["9001"]?.time == 1_447_408_800)
    #expect(
      byID["9007"]?.profile?.screenName == "alice_new" && byID["9007"]?.profile?.followers == 150)
    #expect(byID["9001"]?.profile?.createdAt == 1_420_452_000)
  }

  @Test func v2ResolvesAuthorsThroughIncludes() throws {
    let (tweets, report) = try Self.read(try Self.fixture("v2.jsonl"))
    #expect(report.format == .v2 && report.records == 3 && report.tweets == 5)
    #expect(report.withheld == 1 && report.apiErrors == 1 && report.unresolvedReferences == 1)
    let edges = Dictionary(uniqueKeysWithValues: tweets.map { ($0.id, Self.edges($0)) })
    #expect(edges["3001"] == ["mention>2002", "hashtag>cause", "domain>youtube.com"])
    #expect(edges["3002"] == ["retweet>2001", "hashtag>cause"])
    // A mention given by username only is resolved to its id through includes.users.
    #expect(edges["3003"] == ["reply>2001", "mention>2003"])
    // A quote of a tweet missing from includes.tweets yields nothing (counted as unresolved).
    #expect(edges["3004"] == [])
    #expect(edges["3006"] == ["quote>2001"])
    let hank = try #require(tweets.first { $0.id == "3001" }?.profile)
    #expect(
      hank
        == AccountProfile(
          screenName: "hank", displayName: "Hank H", description: "v2 account", followers: 11,
          statuses: 111, createdAt: 1_391_212_800))
  }

  @Test func aPrettyPrintedResponseAndAnArrayAreRead() throws {
    let (response, responseReport) = try Self.read(try Self.fixture("v2-response.json"))
    #expect(responseReport.layout == "concatenated" && response.map(\.id) == ["3001", "3002"])
    let (array, arrayReport) = try Self.read(try Self.fixture("v1-array.json"))
    #expect(
      arrayReport.layout == "array" && array.map(\.id) == ["9001", "9002"]
        && arrayReport.deleted == 1)
  }

  @Test func csvTextRules() throws {
    let (tweets, report) = try Self.read(try Self.fixture("tweets.csv"))
    #expect(report.format == .csv && report.records == 5 && report.tweets == 5)
    #expect(
      tweets.map(Self.edges) == [
        ["retweet>@bravo_two", "hashtag>cause"],
        ["mention>@bravo_two", "mention>@Charlie3", "hashtag>cause"],
        ["mention>@delta_4", "hashtag>x_1"],
        ["mention>@ok_name", "domain>bbc.co.uk"],
        [],
      ])
    #expect(
      tweets[0].profile
        == AccountProfile(
          screenName: "alpha_one", displayName: "Alpha One", description: "synthetic, with a comma",
          followers: 10, statuses: 5))
    #expect(tweets[0].time == 1_447_408_800)
    #expect(
      tweets[0].id
        == TweetCSVReader.syntheticID(
          screenName: "alpha_one", time: "11/13/2015 10:00",
          text: "RT @bravo_two: join #Cause with @charlie3 http://t.co/abc"))
    #expect(tweets[0].id.hasPrefix("csv:") && tweets[0].id.count == 36)
  }

  @Test func gzipIsReadAsAStream() throws {
    let files = try TestFiles()
    let plain = try files.write(
      "a.jsonl",
      bytes: Array(try Data(contentsOf: URL(fileURLWithPath: try Self.fixture("v1.jsonl")))))
    let (direct, directReport) = try Self.read(plain)
    let (zipped, zippedReport) = try Self.read(try files.gzip("a.jsonl"))
    #expect(
      direct == zipped && directReport.sha256 == zippedReport.sha256 && zippedReport.tweets == 8)
  }

  @Test func aCutGzipFileIsAnError() throws {
    let files = try TestFiles()
    try files.write(
      "a.jsonl",
      bytes: Array(try Data(contentsOf: URL(fileURLWithPath: try Self.fixture("v1.jsonl")))))
    let zipped = try Data(contentsOf: URL(fileURLWithPath: try files.gzip("a.jsonl")))
    let cut = try files.write("cut.jsonl.gz", bytes: Array(zipped.prefix(zipped.count / 2)))
    do {
      _ = try Self.read(cut)
      Issue.record("expected an error")
    } catch let error as ImportError {
      #expect(error.code == .badGzip && error.message.contains("truncated"))
    }
  }

  @Test func aMalformedLineStopsTheReadWithItsLine() throws {
    let path = try Self.fixture("v1-malformed.jsonl")
    do {
      _ = try Self.read(path)
      Issue.record("expected an error")
    } catch let error as ImportError {
      #expect(error.code == .badJSON && error.location.line == 2)
      #expect(
        error.description == "\(path):2:632: error: not valid JSON: the record ends inside a string"
      )
    }
    let (tweets, report) = try Self.read(path, TweetArchiveOptions(skipInvalid: true))
    #expect(
      tweets.map(\.id) == ["9001", "9004"] && report.invalid == 1
        && report.firstInvalid.first?.location.line == 2)
  }

  @Test func aTruncatedLastLineIsReportedAsSuch() throws {
    let path = try Self.fixture("v1-truncated.jsonl")
    #expect(
      throws: ImportError(
        .truncated, InputLocation(file: path, line: 3),
        "the last line is cut off (no line end, and not a complete JSON value): truncated file?")
    ) {
      _ = try Self.read(path)
    }
    let (tweets, report) = try Self.read(path, TweetArchiveOptions(skipInvalid: true))
    #expect(tweets.count == 2 && report.truncatedLastLine && report.invalid == 1)
  }

  @Test func badInputErrors() throws {
    let files = try TestFiles()
    // A JSON array cut off before its end.
    let array = try files.write(
      "cut.json", "[\n{\"id_str\": \"1\", \"user\": {\"id_str\": \"5\"}},\n{\"id_str\": \"2\",")
    #expect(throws: ImportError.self) { _ = try Self.read(array) }
    do { _ = try Self.read(array) } catch let error as ImportError {
      #expect(error.code == .badQuoting && error.location.line == 3)
    }
    // A v1 record without a user.
    let noUser = try files.write(
      "nouser.jsonl",
      "{\"id_str\": \"1\", \"user\": {\"id_str\": \"5\"}}\n{\"id_str\": \"2\", \"text\": \"x\"}\n")
    do {
      _ = try Self.read(noUser, TweetArchiveOptions(format: .v1))
      Issue.record("expected an error")
    } catch let error as ImportError {
      #expect(error.code == .notATweet && error.location.line == 2)
    }
    // A field of the wrong type names its path.
    let wrongType = try files.write(
      "type.jsonl",
      "{\"id_str\": \"1\", \"user\": {\"id_str\": \"5\", \"followers_count\": \"many\"}}\n")
    do {
      _ = try Self.read(wrongType, TweetArchiveOptions(format: .v1))
      Issue.record("expected an error")
    } catch let error as ImportError {
      #expect(
        error.description
          == "\(wrongType):1:60: error: wrong type at user.followers_count: expected a number")
    }
    // A CSV row with the wrong number of fields, and a quote never closed.
    let csv = try files.write(
      "bad.csv", "username,tweets,time\na,hi,2015-01-01\nb,\"never closed,2015-01-02\n")
    do {
      _ = try Self.read(csv)
      Issue.record("expected an error")
    } catch let error as ImportError {
      #expect(error.code == .badQuoting && error.location.line == 3)
    }
    let fields = try files.write("fields.csv", "username,tweets\na,hi\nb,hi,extra\n")
    do {
      _ = try Self.read(fields)
      Issue.record("expected an error")
    } catch let error as ImportError {
      #expect(error.code == .wrongFieldCount && error.location.line == 3)
    }
    // Not a tweet archive at all.
    let edges = try files.write("edges.csv", "source,target\na,b\n")
    #expect(throws: ImportError.self) { _ = try Self.read(edges) }
  }

  /// The fast reader and Foundation's `JSONDecoder` give the same tweets and counts.
  @Test(arguments: [
    "v1.jsonl", "v1-overlap.jsonl", "v1-array.json", "v2.jsonl", "v2-response.json",
  ])
  func scannerAgreesWithJSONDecoder(file: String) throws {
    let path = try Self.fixture(file)
    var reference = TweetArchiveOptions()
    reference.usesJSONDecoder = true
    let (fast, fastReport) = try Self.read(path)
    let (slow, slowReport) = try Self.read(path, reference)
    #expect(fast == slow && !fast.isEmpty)
    #expect(fastReport.tweets == slowReport.tweets && fastReport.deleted == slowReport.deleted)
    #expect(
      fastReport.withheld == slowReport.withheld && fastReport.apiErrors == slowReport.apiErrors)
    #expect(fastReport.unresolvedReferences == slowReport.unresolvedReferences)
  }

  @Test func scannerAgreesWithJSONDecoderOnTheSample() throws {
    let path = SharedData.repository("Samples/tweets/tweets.jsonl")
    var reference = TweetArchiveOptions()
    reference.usesJSONDecoder = true
    let (fast, _) = try Self.read(path)
    #expect(try fast == Self.read(path, reference).0 && fast.count == 40)
  }
}
