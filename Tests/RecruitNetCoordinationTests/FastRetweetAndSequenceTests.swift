import Foundation
import RecruitNetAnalysis
import RecruitNetCoordination
import RecruitNetGraph
import RecruitNetTestSupport
import RecruitNetWorkspace
import Testing

/// The fast-retweet and hashtag-sequence traces, on a hand-made tweet set in the
/// coordination-network-toolkit's CSV format with the answers worked out by hand.
@Suite struct FastRetweetAndSequenceTests {
  // u1 posts 100 at t=0 and 200 at t=1000; u2 retweets both 10 s after each, u3 retweets 100
  // 90 s after it and 200 5 s after it, u1 retweets its own 100 (left out), u4 retweets 100 a
  // day later. Hashtags: u1, u2 and u3 post "#a #b" (in that order) within a minute; u4 posts
  // "#b #a" (another order) at the same time; u5 posts "#a" alone.
  static let csv = """
    message_id,user_id,username,repost_id,reply_id,message,timestamp,urls
    100,u1,One,,,first #x,1000000000,
    101,u2,Two,100,,RT,1000000010,
    102,u3,Three,100,,RT,1000000090,
    103,u1,One,100,,RT,1000000020,
    104,u4,Four,100,,RT,1000086400,
    200,u1,One,,,second,1000001000,
    201,u2,Two,200,,RT,1000001010,
    202,u3,Three,200,,RT,1000001005,
    300,u1,One,,,go #a #b,1000005000,
    301,u2,Two,,,go #A #b now,1000005030,
    302,u3,Three,,,#a #b,1000005059,
    303,u4,Four,,,#b #a,1000005001,
    304,u5,Five,,,#a,1000005002,
    305,u3,Three,,,late #a #b,1000009000,

    """

  static func result(_ trace: CoordinationTrace, window: CoordinationWindow, minWeight: Int = 1)
    async throws -> CoordinationRequest.Result
  {
    let files = try TestFiles()
    let csv = try files.write("tweets.csv", Self.csv)
    let path = files.path("hand.rnet")
    try await TweetEventsTests.importTweets([csv], into: path)
    let request = CoordinationRequest(
      parameters: CoordinationParameters(trace: trace, window: window, minWeight: minWeight))
    return try request.run(on: NetworkInput(path: path))
  }

  static func edges(_ result: CoordinationRequest.Result) -> [String: [Double]] {
    Dictionary(
      uniqueKeysWithValues: result.network.edges.map {
        (
          "\(result.accountName($0.source))>\(result.accountName($0.target))",
          [Double($0.weight), Double($0.pairs), $0.meanDelta, Double($0.minDelta)]
        )
      })
  }

  @Test func fastRetweetsWithinTheWindow() async throws {
    let within60 = try await Self.result(.fastRetweet, window: .symmetric(seconds: 60))
    // u2: 100 after 10 s, 200 after 10 s → weight 2; u3: only 200 (5 s); u1's own retweet and
    // u4's a day later are out.
    #expect(Self.edges(within60) == ["u1>u2": [2, 2, 10, 10], "u1>u3": [1, 1, 5, 5]])
    let within90 = try await Self.result(.fastRetweet, window: .symmetric(seconds: 90))
    #expect(Self.edges(within90)["u1>u3"] == [2, 2, 47.5, 5])
    let lag = try await Self.result(.fastRetweet, window: .leadLag(lead: 0, lag: 5))
    #expect(Self.edges(lag) == ["u1>u3": [1, 1, 5, 5]])
    let heavy = try await Self.result(.fastRetweet, window: .symmetric(seconds: 60), minWeight: 2)
    #expect(Self.edges(heavy).keys.sorted() == ["u1>u2"])
    // The evidence is the original and its retweet.
    let edge = try #require(
      within60.network.edges.first { within60.accountName($0.target) == "u2" })
    let pairs = within60.evidence(source: edge.source, target: edge.target)
    #expect(
      pairs.map { "\($0.sourceMessage)>\($0.targetMessage) \($0.delta)" } == [
        "100>101 10", "200>201 10",
      ])
    await #expect(throws: CoordinationError.self) {
      _ = try await Self.result(.fastRetweet, window: .bins(seconds: 60))
    }
  }

  @Test func hashtagSequencesInOrder() async throws {
    let result = try await Self.result(.hashtagSequence, window: .symmetric(seconds: 60))
    // "#a #b" (case folded) by u1 at 5000, u2 at 5030, u3 at 5059: u1–u3 is 59 s, all within.
    // u4's "#b #a" is another sequence; u5's single hashtag is no sequence; u3's late one is
    // outside every window.
    #expect(
      Self.edges(result).mapValues { Int($0[0]) }
        == ["u1>u2": 1, "u2>u1": 1, "u1>u3": 1, "u3>u1": 1, "u2>u3": 1, "u3>u2": 1])
    let groups = try result.groups()
    #expect(groups.count == 1 && groups[0].topObjects.map(\.name) == ["a b"])
  }
}
