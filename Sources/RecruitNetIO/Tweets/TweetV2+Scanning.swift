/// The v2 structs read by ``JSONScanner``: the same fields as their `Decodable` conformance,
/// every other key skipped.
extension TweetV2.Metrics: JSONScannable {
  mutating func scanField(_ key: String, _ s: inout JSONScanner) throws {
    switch key {
    case "followers_count": followers_count = try s.int64OrNull()
    case "tweet_count": tweet_count = try s.int64OrNull()
    default: try s.skip()
    }
  }
}

extension TweetV2.User: JSONScannable {
  mutating func scanField(_ key: String, _ s: inout JSONScanner) throws {
    switch key {
    case "id": id = try s.jsonIDOrNull()
    case "username": username = try s.stringOrNull()
    case "name": name = try s.stringOrNull()
    case "description": description = try s.stringOrNull()
    case "location": location = try s.stringOrNull()
    case "created_at": created_at = try s.stringOrNull()
    case "public_metrics":
      if let metrics = try s.scanOrNull(TweetV2.Metrics.self) { public_metrics = metrics }
    default: try s.skip()
    }
  }
}

extension TweetV2.Reference: JSONScannable {
  mutating func scanField(_ key: String, _ s: inout JSONScanner) throws {
    switch key {
    case "type": type = try s.stringOrNull()
    case "id": id = try s.jsonIDOrNull()
    default: try s.skip()
    }
  }
}

extension TweetV2.Mention: JSONScannable {
  mutating func scanField(_ key: String, _ s: inout JSONScanner) throws {
    switch key {
    case "username": username = try s.stringOrNull()
    case "id": id = try s.jsonIDOrNull()
    default: try s.skip()
    }
  }
}

extension TweetV2.Hashtag: JSONScannable {
  mutating func scanField(_ key: String, _ s: inout JSONScanner) throws {
    if key == "tag" { tag = try s.stringOrNull() } else { try s.skip() }
  }
}

extension TweetV2.Link: JSONScannable {
  mutating func scanField(_ key: String, _ s: inout JSONScanner) throws {
    switch key {
    case "url": url = try s.stringOrNull()
    case "expanded_url": expanded_url = try s.stringOrNull()
    case "unwound_url": unwound_url = try s.stringOrNull()
    default: try s.skip()
    }
  }
}

extension TweetV2.Entities: JSONScannable {
  mutating func scanField(_ key: String, _ s: inout JSONScanner) throws {
    switch key {
    case "mentions": mentions = try s.scanArrayOrNull()
    case "hashtags": hashtags = try s.scanArrayOrNull()
    case "urls": urls = try s.scanArrayOrNull()
    default: try s.skip()
    }
  }
}

/// Also reads the fields of a bare tweet on its own line (see ``TweetV2/Response``).
extension TweetV2.TweetObject: JSONScannable {
  mutating func scanField(_ key: String, _ s: inout JSONScanner) throws {
    switch key {
    case "id": id = try s.jsonIDOrNull()
    case "text": text = try s.stringOrNull()
    case "author_id": author_id = try s.jsonIDOrNull()
    case "created_at": created_at = try s.stringOrNull()
    case "in_reply_to_user_id": in_reply_to_user_id = try s.jsonIDOrNull()
    case "conversation_id": conversation_id = try s.jsonIDOrNull()
    case "lang": lang = try s.stringOrNull()
    case "source": source = try s.stringOrNull()
    case "referenced_tweets": referenced_tweets = try s.scanArrayOrNull()
    case "entities":
      if let entities = try s.scanOrNull(TweetV2.Entities.self) { self.entities = entities }
    case "withheld": if let mark = try s.ignoredOrNull() { withheld = mark }
    case "author": if let author = try s.scanOrNull(TweetV2.User.self) { self.author = author }
    default: try s.skip()
    }
  }
}

extension TweetV2.Includes: JSONScannable {
  mutating func scanField(_ key: String, _ s: inout JSONScanner) throws {
    switch key {
    case "users": users = try s.scanArrayOrNull()
    case "tweets": tweets = try s.scanArrayOrNull()
    default: try s.skip()
    }
  }
}

extension TweetV2.Response {
  init(scanning s: inout JSONScanner) throws {
    self.init()
    // A bare tweet object is read as a tweet at the same time, so the record is read once.
    var bare = TweetV2.TweetObject()
    try s.object { key, s in
      switch key {
      case "data":
        if try !s.isNull() {
          if s.nextIsArray() {
            data = OneOrMany(values: try s.scanArrayOrNull(TweetV2.TweetObject.self) ?? [])
          } else {
            data = OneOrMany(values: [try s.scan(TweetV2.TweetObject.self)])
          }
        }
      case "includes":
        if let includes = try s.scanOrNull(TweetV2.Includes.self) { self.includes = includes }
      case "errors":
        errors = try s.arrayOrNull { s in
          try s.skip()
          return Ignored()
        }
      default: try bare.scanField(key, &s)
      }
    }
    id = bare.id
    author_id = bare.author_id
    if data == nil && id != nil && author_id != nil { data = OneOrMany(values: [bare]) }
  }
}
