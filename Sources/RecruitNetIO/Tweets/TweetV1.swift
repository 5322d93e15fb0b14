// swift-format-ignore-file: AlwaysUseLowerCamelCase

// (The Decodable property names are the API's snake-case JSON keys, on purpose.)
import Foundation

/// Twitter API v1.1 statuses (REST, streaming, Academic/Enterprise dumps), decoded with
/// `JSONDecoder` into small structs that hold only the fields RecruitNet uses.
///
/// Property names mirror the API's JSON keys (snake case), so no key mapping is needed.
/// Fields used: `id_str`/`id`, `created_at` (or `timestamp_ms`), `user`, `retweeted_status`,
/// `quoted_status` (or `quoted_status_permalink`), `in_reply_to_user_id_str` /
/// `in_reply_to_user_id` / `in_reply_to_screen_name`, `entities.user_mentions`,
/// `entities.hashtags`, `entities.urls` (`unwound.url`, `expanded_url`, `url`), `extended_tweet`,
/// `withheld_in_countries`; notices `delete`, `status_withheld`, `user_withheld`, `limit`,
/// `scrub_geo`, `warning`, `disconnect`.
enum TweetV1 {
  struct User: Decodable {
    var id_str: String?
    var id: JSONID?
    var screen_name: String?
    var name: String?
    var description: String?
    var location: String?
    var followers_count: Int64?
    var statuses_count: Int64?
    var created_at: String?

    var reference: AccountReference {
      AccountReference(userID: id_str ?? id?.text, screenName: screen_name)
    }

    var profile: AccountProfile {
      AccountProfile(
        screenName: screen_name, displayName: name, description: description, location: location,
        followers: followers_count, statuses: statuses_count,
        createdAt: created_at.flatMap(TimestampParsing.unixSeconds))
    }
  }

  struct Mention: Decodable {
    var id_str: String?
    var id: JSONID?
    var screen_name: String?
  }

  struct Hashtag: Decodable {
    var text: String?
  }

  struct Unwound: Decodable {
    var url: String?
  }

  struct Link: Decodable {
    var url: String?
    var expanded_url: String?
    var unwound: Unwound?

    /// The most expanded form the archive gives.
    var best: String? { unwound?.url ?? expanded_url ?? url }
  }

  struct Entities: Decodable {
    var user_mentions: [Mention]?
    var hashtags: [Hashtag]?
    var urls: [Link]?
  }

  struct Extended: Decodable {
    var full_text: String?
    var entities: Entities?
  }

  struct Permalink: Decodable {
    var expanded: String?
  }

  /// An embedded tweet (retweeted or quoted): its author and entities.
  struct Embedded: Decodable {
    var id_str: String?
    var id: JSONID?
    var user: User?
    var entities: Entities?
    var extended_tweet: Extended?

    var allEntities: Entities? { extended_tweet?.entities ?? entities }
  }

  struct Status: Decodable {
    var id_str: String?
    var id: JSONID?
    var created_at: String?
    var timestamp_ms: String?
    var text: String?
    var full_text: String?
    var user: User?
    var retweeted_status: Embedded?
    var quoted_status: Embedded?
    var quoted_status_id_str: String?
    var quoted_status_permalink: Permalink?
    var in_reply_to_user_id_str: String?
    var in_reply_to_user_id: JSONID?
    var in_reply_to_screen_name: String?
    var in_reply_to_status_id_str: String?
    var in_reply_to_status_id: JSONID?
    var lang: String?
    var source: String?
    var entities: Entities?
    var extended_tweet: Extended?
    var withheld_in_countries: [String]?
    // Notices of the streaming and compliance APIs.
    var delete: Ignored?
    var status_withheld: Ignored?
    var user_withheld: Ignored?
    var limit: Ignored?
    var scrub_geo: Ignored?
    var warning: Ignored?
    var disconnect: Ignored?
  }

  /// What one record of a v1.1 archive is.
  enum Record {
    case tweet(Tweet)
    case deleted
    case withheld
    case notice
    case invalid(String)
  }

  /// Decodes one record with `JSONDecoder` (the reference path) and applies the v1.1 field rules.
  static func decode(_ data: Data, decoder: JSONDecoder) throws -> Record {
    interpret(try decoder.decode(Status.self, from: data))
  }

  /// Reads one record with ``JSONScanner`` (the fast path) and applies the v1.1 field rules.
  static func scan(_ data: Data) throws -> Record {
    interpret(
      try data.withUnsafeBytes { raw in
        try JSONScanner.read(raw.bindMemory(to: UInt8.self)) { s in try s.scan(Status.self) }
      })
  }

  /// The v1.1 field rules.
  static func interpret(_ status: Status) -> Record {
    if status.delete != nil { return .deleted }
    if status.status_withheld != nil || status.user_withheld != nil { return .withheld }
    if status.limit != nil || status.scrub_geo != nil || status.warning != nil
      || status.disconnect != nil
    {
      return .notice
    }
    if let countries = status.withheld_in_countries, !countries.isEmpty { return .withheld }
    guard let id = status.id_str ?? status.id?.text else {
      return .invalid("not a v1.1 status: no \"id_str\" or \"id\"")
    }
    guard let user = status.user else { return .invalid("not a v1.1 status: no \"user\" object") }
    let author = user.reference
    guard !author.isEmpty else {
      return .invalid("the status's \"user\" has no \"id_str\" and no \"screen_name\"")
    }
    var time = status.created_at.flatMap(TimestampParsing.unixSeconds)
    if time == nil, let ms = status.timestamp_ms.flatMap({ Int64($0) }) { time = ms / 1000 }
    var tweet = Tweet(id: id, author: author, time: time)
    tweet.profile = user.profile
    let entities = status.extended_tweet?.entities ?? status.entities
    let text = status.extended_tweet?.full_text ?? status.full_text ?? status.text ?? ""
    let mentions = (entities?.user_mentions ?? []).map {
      AccountReference(userID: $0.id_str ?? $0.id?.text, screenName: $0.screen_name)
    }
    // A retweet takes its hashtags and URLs from the embedded original; mentions are always the
    // record's own.
    var spread = entities
    if let original = status.retweeted_status {
      tweet.retweetOf = original.user?.reference ?? AccountReference()
      spread = original.allEntities ?? entities
    } else if let prefix = TweetText.retweetPrefix(text) {
      // An old-style manual retweet: the same rule as for text-only archives.
      tweet.retweetOf =
        mentions.first { $0.screenName?.lowercased() == prefix.lowercased() }
        ?? AccountReference(screenName: prefix)
    } else {
      if let quoted = status.quoted_status?.user?.reference {
        tweet.quoteOf = quoted
      } else if let permalink = status.quoted_status_permalink?.expanded,
        let name = Self.screenName(inStatusURL: permalink)
      {
        tweet.quoteOf = AccountReference(screenName: name)
      }
      let replyID = status.in_reply_to_user_id_str ?? status.in_reply_to_user_id?.text
      if replyID != nil || status.in_reply_to_screen_name != nil {
        tweet.replyTo = AccountReference(
          userID: replyID, screenName: status.in_reply_to_screen_name)
      }
    }
    tweet.text = text
    tweet.language = status.lang
    tweet.sourceApp = status.source.map(TweetText.sourceName)
    if let original = status.retweeted_status {
      tweet.retweetedID = original.id_str ?? original.id?.text
    } else if let prefix = TweetText.retweetPrefix(text) {
      tweet.retweetedID = TweetText.derivedRetweetID(handle: prefix, text: text)
    } else {
      tweet.quotedID = status.quoted_status_id_str ?? status.quoted_status?.id_str
      if tweet.replyTo != nil {
        tweet.repliedToID = status.in_reply_to_status_id_str ?? status.in_reply_to_status_id?.text
      }
    }
    tweet.mentions = mentions
    tweet.hashtags = (spread?.hashtags ?? []).compactMap(\.text)
    tweet.urls = (spread?.urls ?? []).compactMap(\.best)
    if let retweetOf = tweet.retweetOf, retweetOf.isEmpty { tweet.retweetOf = nil }
    tweet.otherAccounts = [
      status.retweeted_status?.user?.reference, status.quoted_status?.user?.reference,
    ]
    .compactMap { $0 }.filter { $0.userID != nil && $0.screenName != nil }
    return .tweet(tweet)
  }

  /// `name` from `https://twitter.com/name/status/123`.
  static func screenName(inStatusURL url: String) -> String? {
    let parts = url.split(separator: "/")
    guard let status = parts.firstIndex(of: "status"), status > 0 else { return nil }
    let name = parts[status - 1]
    guard !name.contains("."), name.unicodeScalars.allSatisfy(TweetText.isHandleScalar) else {
      return nil
    }
    return String(name)
  }
}
