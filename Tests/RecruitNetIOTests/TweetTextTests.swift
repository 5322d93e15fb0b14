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
