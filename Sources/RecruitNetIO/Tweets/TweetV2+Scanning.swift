/// The v2 structs read by ``JSONScanner``: the same fields as their `Decodable` conformance,
/// every other key skipped.
extension TweetV2.User {
  init(scanning s: inout JSONScanner) throws {
    self.init()
    try s.object { key, s in
      switch key {
      case "id": id = try s.idOrNull().map(JSONID.init(text:))
      case "username": username = try s.stringOrNull()
      case "name": name = try s.stringOrNull()
      case "description": description = try s.stringOrNull()
      case "location": location = try s.stringOrNull()
      case "created_at": created_at = try s.stringOrNull()
      case "public_metrics":
        if try !s.isNull() {
          var metrics = TweetV2.Metrics()
          try s.object { key, s in
            switch key {
            case "followers_count": metrics.followers_count = try s.int64OrNull()
            case "tweet_count": metrics.tweet_count = try s.int64OrNull()
            default: try s.skip()
            }
          }
          public_metrics = metrics
        }
      default: try s.skip()
      }
    }
  }
}

extension TweetV2.TweetObject {
  init(scanning s: inout JSONScanner) throws {
    self.init()
    try s.object { key, s in try readField(key, &s) }
  }

  /// Reads one field of a tweet object (also used for a bare tweet on its own line).
  mutating func readField(_ key: String, _ s: inout JSONScanner) throws {
    switch key {
    case "id": id = try s.idOrNull().map(JSONID.init(text:))
    case "text": text = try s.stringOrNull()
    case "author_id": author_id = try s.idOrNull().map(JSONID.init(text:))
    case "created_at": created_at = try s.stringOrNull()
    case "in_reply_to_user_id": in_reply_to_user_id = try s.idOrNull().map(JSONID.init(text:))
    case "referenced_tweets":
      referenced_tweets = try s.arrayOrNull { s in
        var reference = TweetV2.Reference()
        try s.object { key, s in
          switch key {
          case "type": reference.type = try s.stringOrNull()
          case "id": reference.id = try s.idOrNull().map(JSONID.init(text:))
          default: try s.skip()
          }
        }
        return reference
      }
    case "entities":
      if try !s.isNull() {
        var entities = TweetV2.Entities()
        try s.object { key, s in
          switch key {
          case "mentions":
            entities.mentions = try s.arrayOrNull { s in
              var mention = TweetV2.Mention()
              try s.object { key, s in
                switch key {
                case "username": mention.username = try s.stringOrNull()
                case "id": mention.id = try s.idOrNull().map(JSONID.init(text:))
                default: try s.skip()
                }
              }
              return mention
            }
          case "hashtags":
            entities.hashtags = try s.arrayOrNull { s in
              var tag = TweetV2.Hashtag()
              try s.object { key, s in
                if key == "tag" { tag.tag = try s.stringOrNull() } else { try s.skip() }
              }
              return tag
            }
          case "urls":
            entities.urls = try s.arrayOrNull { s in
              var link = TweetV2.Link()
              try s.object { key, s in
                switch key {
                case "url": link.url = try s.stringOrNull()
                case "expanded_url": link.expanded_url = try s.stringOrNull()
                case "unwound_url": link.unwound_url = try s.stringOrNull()
                default: try s.skip()
                }
              }
              return link
            }
          default: try s.skip()
          }
        }
        self.entities = entities
      }
    case "withheld":
      if try !s.isNull() {
        try s.skip()
        withheld = Ignored()
      }
    case "author":
      if try !s.isNull() { author = try TweetV2.User(scanning: &s) }
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
            data = OneOrMany(
              values: try s.arrayOrNull { s in try TweetV2.TweetObject(scanning: &s) } ?? [])
          } else {
            data = OneOrMany(values: [try TweetV2.TweetObject(scanning: &s)])
          }
        }
      case "includes":
        if try !s.isNull() {
          var includes = TweetV2.Includes()
          try s.object { key, s in
            switch key {
            case "users": includes.users = try s.arrayOrNull { s in try TweetV2.User(scanning: &s) }
            case "tweets":
              includes.tweets = try s.arrayOrNull { s in try TweetV2.TweetObject(scanning: &s) }
            default: try s.skip()
            }
          }
          self.includes = includes
        }
      case "errors":
        errors = try s.arrayOrNull { s in
          try s.skip()
          return Ignored()
        }
      default: try bare.readField(key, &s)
      }
    }
    id = bare.id
    author_id = bare.author_id
    if data == nil && id != nil && author_id != nil { data = OneOrMany(values: [bare]) }
  }
}
