import Testing

@testable import RecruitNetIO

/// The text rules for archives that carry only the text (CSV), and the domain rules.
@Suite struct TweetTextTests {
  @Test func retweetPrefix() {
    #expect(TweetText.retweetPrefix("RT @bravo_two: join us") == "bravo_two")
    #expect(TweetText.retweetPrefix("  RT  @x: a") == "x")
    #expect(TweetText.retweetPrefix("RT @bravo_two join us") == nil)  // no colon
    #expect(TweetText.retweetPrefix("rt @bravo_two: join") == nil)  // RT in capitals only
    #expect(TweetText.retweetPrefix("RT @abcdefghijklmnop: long") == nil)  // 16 characters
    #expect(TweetText.retweetPrefix("hello RT @a: b") == nil)
  }

  @Test func mentionsFollowTheHandleRule() {
    #expect(TweetText.mentions("@a hi @B_2, (@c3) @d.") == ["a", "B_2", "c3", "d"])
    #expect(TweetText.mentions("write to alpha@example.com or x@y") == [])
    #expect(
      TweetText.mentions("@abcdefghijklmnop too long, @abcdefghijklmno ok") == ["abcdefghijklmno"])
    #expect(TweetText.mentions("@ok_name! fine, !@no #@no @a@b") == ["ok_name"])
    #expect(TweetText.mentions("@joséx no, @jose_ yes, ＠full width") == ["jose_", "full"])
    #expect(TweetText.mentions("RT @a: text @b") == ["a", "b"])
  }

  @Test func hashtagsNeedALetter() {
    #expect(
      TweetText.hashtags("#Cause #123 #x_1 &#39;s a#b #دولة_الإسلام") == [
        "Cause", "x_1", "دولة_الإسلام",
      ])
    #expect(TweetText.hashtags("##twice #") == ["twice"])
  }

  @Test func links() {
    #expect(
      TweetText.links("see http://t.co/abc and (https://www.bbc.co.uk/news) end") == [
        "http://t.co/abc", "https://www.bbc.co.uk/news)",
      ])
  }

  @Test(arguments: [
    ("https://youtu.be/abc", "youtube.com"),
    ("http://www.Example.ORG/path?q=1", "example.org"),
    ("https://m.youtube.com/watch?v=1", "youtube.com"),
    ("https://user@www.site.net:8080/x", "site.net"),
    ("https://fb.me/x", "facebook.com"),
    ("https://t.me/channel", "t.me"),
    ("https://telegram.me/channel", "t.me"),
    ("https://bit.ly/abc", "bit.ly"),
    ("https://goo.gl/abc", "goo.gl"),
    ("example.com.", "example.com"),
  ])
  func domains(url: String, domain: String) {
    #expect(WebDomain.domain(ofURL: url) == domain)
  }

  @Test func tcoAndHostlessLinksAreSkipped() {
    #expect(WebDomain.domain(ofURL: "https://t.co/abc") == nil)
    #expect(WebDomain.domain(ofURL: "https:///nothing") == nil)
    #expect(WebDomain.domain(ofURL: "localhost") == nil)
  }
}

/// The ASCII fast path of the co-tweet normalisation gives what the Unicode path gives, on
/// generated texts made of the characters that matter (cases, mentions, every ASCII white space
/// and separator, punctuation), and declines every text with a non-ASCII character.
@Suite struct NormalizedFastPathTests {
  @Test func asciiPathEqualsUnicodePath() {
    // A fixed linear congruential sequence: the same texts on every run.
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    let alphabet = Array("aZ@@ _-.#\t\n\r\u{0B}\u{0C}\u{1C}\u{1F}09RTxy:/!\"'")
    for length in 0..<40 {
      for _ in 0..<200 {
        let text = String((0..<length).map { _ in alphabet[next(alphabet.count)] })
        #expect(
          TweetText.asciiNormalized(text) == TweetText.unicodeNormalized(text),
          "\(text.debugDescription)")
      }
    }
    #expect(TweetText.asciiNormalized("Σ café") == nil)
    #expect(TweetText.normalized("ΟΔΟΣ  @x Go") == TweetText.unicodeNormalized("ΟΔΟΣ  @x Go"))
  }
}
