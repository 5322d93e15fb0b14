// swift-format-ignore-file: AlwaysUseLowerCamelCase

// (The Decodable property names are the API's snake-case JSON keys, on purpose.)
import Foundation

/// Twitter/X API v2 responses, decoded with `JSONDecoder` into small structs holding only the
/// fields RecruitNet uses.
///
/// A record is a response `{"data": [...], "includes": {"users": [...], "tweets": [...]},
/// "errors": [...]}` (one per line or one per file; `data` may be a single tweet), or a bare tweet
/// object with `author_id`. Authors are resolved through `includes.users` (by `author_id`);
/// the author of a retweeted, quoted or replied-to tweet through `includes.tweets` (its
/// `author_id`), falling back to `in_reply_to_user_id` for replies and to the `RT @name:` prefix
/// for retweets whose original is missing (deleted). Entries of `errors` (deleted or withheld
/// referenced tweets, missing users) are counted, and tweets carrying `withheld` are skipped.
///
/// Property names mirror the API's JSON keys (snake case), so no key mapping is needed.
enum TweetV2 {
  struct Metrics: Decodable {
    var followers_count: Int64?
    var tweet_count: Int64?
  }

  struct User: Decodable {
    var id: JSONID?
    var username: String?
    var name: String?
    var description: String?
    var location: String?
    var created_at: String?
    var public_metrics: Metrics?

    var profile: AccountProfile {
      AccountProfile(
        screenName: username, displayName: name, description: description, location: location,
        followers: public_metrics?.followers_count, statuses: public_metrics?.tweet_count,
        createdAt: created_at.flatMap(TimestampParsing.unixSeconds))
    }
  }

  struct Reference: Decodable {
    var type: String?
    var id: JSONID?
  }

  struct Mention: Decodable {
    var username: String?
    var id: JSONID?
  }

  struct Hashtag: Decodable {
    var tag: String?
  }

  struct Link: Decodable {
    var url: String?
    var expanded_url: String?
    var unwound_url: String?

    var best: String? { unwound_url ?? expanded_url ?? url }
  }

  struct Entities: Decodable {
    var mentions: [Mention]?
    var hashtags: [Hashtag]?
    var urls: [Link]?
  }

  struct TweetObject: Decodable {
    var id: JSONID?
    var text: String?
    var author_id: JSONID?
    var created_at: String?
    var referenced_tweets: [Reference]?
    var in_reply_to_user_id: JSONID?
    var conversation_id: JSONID?
    var lang: String?
    var source: String?
    var entities: Entities?
    var withheld: Ignored?
    /// twarc2's flattened output embeds the author.
    var author: User?
  }

  struct Includes: Decodable {
    var users: [User]?
    var tweets: [TweetObject]?
  }

  struct Response: Decodable {
    var data: OneOrMany<TweetObject>?
    var includes: Includes?
    var errors: [Ignored]?
    // A bare tweet object on its own line.
    var id: JSONID?
    var author_id: JSONID?

    private enum CodingKeys: String, CodingKey { case data, includes, errors, id, author_id }
  }

  /// What one record of a v2 archive holds.
  struct Record {
    var tweets: [Tweet] = []
    var withheld = 0
    var apiErrors = 0
    /// Data tweets that are not tweets (no id or no author).
    var invalid: [String] = []
    /// Referenced tweets whose author could not be found in `includes`.
    var unresolved = 0
  }

  /// Decodes one record with `JSONDecoder` (the reference path) and applies the v2 rules.
  static func decode(_ data: Data, decoder: JSONDecoder) throws -> Record {
    var response = try decoder.decode(Response.self, from: data)
    if response.data == nil && response.id != nil && response.author_id != nil {
      response.data = OneOrMany(values: [try decoder.decode(TweetObject.self, from: data)])
    }
    return interpret(response)
  }

  /// Reads one record with ``JSONScanner`` (the fast path) and applies the v2 rules.
  static func scan(_ data: Data) throws -> Record {
    interpret(
      try data.withUnsafeBytes { raw in
        try JSONScanner.read(raw.bindMemory(to: UInt8.self)) { s in try Response(scanning: &s) }
      })
  }

  /// The v2 rules: authors through `includes`, referenced tweets, withheld tweets, errors.
  static func interpret(_ response: Response) -> Record {
    var record = Record()
    record.apiErrors = response.errors?.count ?? 0
    let objects = response.data?.values ?? []
    if objects.isEmpty && response.includes == nil && response.errors == nil {
      record.invalid.append(
        "not a v2 response: no \"data\", \"includes\" or \"errors\", and not a tweet with \"author_id\""
      )
      return record
    }
    var users: [String: User] = [:]
    for user in response.includes?.users ?? [] {
      if let id = user.id?.text { users[id] = user }
    }
    for object in objects {
      if let author = object.author, let id = author.id?.text, users[id] == nil {
        users[id] = author
      }
    }
    var includedAuthors: [String: String] = [:]
    for tweet in response.includes?.tweets ?? [] {
      if let id = tweet.id?.text, let author = tweet.author_id?.text {
        includedAuthors[id] = author
      }
    }
    func account(_ id: String) -> AccountReference {
      AccountReference(userID: id, screenName: users[id]?.username)
    }
    func byUsername(_ name: String) -> AccountReference {
      let match = users.first { $0.value.username?.lowercased() == name.lowercased() }
      return AccountReference(userID: match?.key, screenName: name)
    }
    for object in objects {
      if object.withheld != nil {
        record.withheld += 1
        continue
      }
      guard let id = object.id?.text else {
        record.invalid.append("a v2 tweet without \"id\"")
        continue
      }
      guard let authorID = object.author_id?.text ?? object.author?.id?.text else {
        record.invalid.append("v2 tweet \(id) has no \"author_id\"")
        continue
      }
      var tweet = Tweet(
        id: id, author: account(authorID),
        time: object.created_at.flatMap(TimestampParsing.unixSeconds))
      tweet.profile = users[authorID]?.profile
      let mentions = (object.entities?.mentions ?? []).compactMap { mention -> AccountReference? in
        if let id = mention.id?.text {
          return AccountReference(userID: id, screenName: mention.username ?? users[id]?.username)
        }
        return mention.username.map(byUsername)
      }
      tweet.mentions = mentions
      tweet.hashtags = (object.entities?.hashtags ?? []).compactMap(\.tag)
      tweet.urls = (object.entities?.urls ?? []).compactMap(\.best)
      tweet.text = object.text
      tweet.language = object.lang
      tweet.sourceApp = object.source
      tweet.conversationID = object.conversation_id?.text
      for reference in object.referenced_tweets ?? [] {
        let author = reference.id.flatMap { includedAuthors[$0.text] }.map(account)
        switch reference.type {
        case "retweeted": tweet.retweetedID = reference.id?.text
        case "quoted": tweet.quotedID = reference.id?.text
        case "replied_to": tweet.repliedToID = reference.id?.text
        default: break
        }
        switch reference.type {
        case "retweeted":
          if let author {
            tweet.retweetOf = author
          } else if let prefix = TweetText.retweetPrefix(object.text ?? "") {
            tweet.retweetOf = byUsername(prefix)
          } else {
            record.unresolved += 1
          }
        case "quoted":
          if let author { tweet.quoteOf = author } else { record.unresolved += 1 }
        case "replied_to":
          if let author {
            tweet.replyTo = author
          } else if let replyID = object.in_reply_to_user_id?.text {
            tweet.replyTo = account(replyID)
          } else {
            record.unresolved += 1
          }
        default: break
        }
      }
      if tweet.replyTo == nil, let replyID = object.in_reply_to_user_id?.text,
        tweet.retweetOf == nil
      {
        tweet.replyTo = account(replyID)
      }
      if tweet.retweetOf != nil || tweet.retweetedID != nil {
        // Quotes and replies inside a retweet belong to the original.
        tweet.quoteOf = nil
        tweet.replyTo = nil
        tweet.quotedID = nil
        tweet.repliedToID = nil
      }
      record.tweets.append(tweet)
    }
    return record
  }
}
