import Foundation
import RecruitNetIO
import Testing

@testable import RecruitNetCoordination

/// Co-similar: the tokeniser against the toolkit's `tokenize` (fixture written by
/// Scripts/oracles/coordination_tokens.py), and prefix filtering against a brute force over every
/// in-window pair.
@Suite struct SimilarTextTests {
  @Test func wordSetsEqualTheToolkits() throws {
    let url = try #require(Bundle.module.url(forResource: "Fixtures/tokens", withExtension: "json"))
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
    let samples = try #require(object?["samples"] as? [[Any]])
    #expect(samples.count == 600)
    for sample in samples {
      let text = try #require(sample[0] as? String)
      let expected = Set(try #require(sample[1] as? [String]))
      #expect(TweetText.wordSet(text) == expected, "\(text.debugDescription)")
    }
  }

  @Test(arguments: [0.5, 0.8, 0.9])
  func prefixFilterEqualsBruteForce(threshold: Double) throws {
    var generator = SplitMix(seed: 5)
    let vocabulary = (0..<30).map { "w\($0)" }
    var events = SimilarTextEvents()
    for i in 0..<700 {
      // Near-duplicates of a few templates, so that every threshold finds pairs.
      let template = Int(generator.next() % 12)
      var words = Set((0..<6).map { vocabulary[(template * 2 + $0) % 30] })
      for _ in 0..<Int(generator.next() % 3) {
        words.insert(vocabulary[Int(generator.next() % 30)])
      }
      if generator.next() % 4 == 0 { words.remove(words.first!) }
      events.add(
        account: UInt32(generator.next() % 50), messageID: "m\(i)",
        time: Int64(generator.next() % 5000), words: words, text: "")
    }
    let window = CoordinationWindow.symmetric(seconds: 120)
    let parameters = CoordinationParameters(trace: .coSimilar, window: window)
    let (network, _) = try Coordination.similarTextNetwork(
      events, threshold: threshold, parameters: parameters, threads: 2)
    var expected: [String: Set<Int>] = [:]
    for i in 0..<events.count {
      for j in 0..<events.count where events.accounts[i] != events.accounts[j] {
        guard abs(events.times[i] - events.times[j]) <= 120 else { continue }
        let a = Set(events.tokens[i])
        let b = Set(events.tokens[j])
        guard Double(a.intersection(b).count) / Double(a.union(b).count) >= threshold else {
          continue
        }
        expected["\(events.accounts[i])>\(events.accounts[j])", default: []].insert(i)
      }
    }
    let got = Dictionary(
      uniqueKeysWithValues: network.edges.map { ("\($0.source)>\($0.target)", $0.weight) })
    #expect(!expected.isEmpty)
    #expect(got == expected.mapValues(\.count))
  }
}
