/// The v1.1 structs read by ``JSONScanner``: the same fields as their `Decodable` conformance,
/// every other key skipped.
extension TweetV1.User {
  init(scanning s: inout JSONScanner) throws {
    self.init()
    try s.object { key, s in
      switch key {
      case "id_str": id_str = try s.stringOrNull()
      case "id": id = try s.idOrNull().map(JSONID.init(text:))
      case "screen_name": screen_name = try s.stringOrNull()
      case "name": name = try s.stringOrNull()
      case "description": description = try s.stringOrNull()
      case "location": location = try s.stringOrNull()
      case "followers_count": followers_count = try s.int64OrNull()
      case "statuses_count": statuses_count = try s.int64OrNull()
      case "created_at": created_at = try s.stringOrNull()
      default: try s.skip()
      }
    }
  }

  static func scanOrNull(_ s: inout JSONScanner) throws -> Self? {
    try s.isNull() ? nil : Self(scanning: &s)
  }
}

extension TweetV1.Entities {
  init(scanning s: inout JSONScanner) throws {
    self.init()
    try s.object { key, s in
      switch key {
      case "user_mentions":
        user_mentions = try s.arrayOrNull { s in
          var mention = TweetV1.Mention()
          try s.object { key, s in
            switch key {
            case "id_str": mention.id_str = try s.stringOrNull()
            case "id": mention.id = try s.idOrNull().map(JSONID.init(text:))
            case "screen_name": mention.screen_name = try s.stringOrNull()
            default: try s.skip()
            }
          }
          return mention
        }
      case "hashtags":
        hashtags = try s.arrayOrNull { s in
          var tag = TweetV1.Hashtag()
          try s.object { key, s in
            if key == "text" { tag.text = try s.stringOrNull() } else { try s.skip() }
          }
          return tag
        }
      case "urls":
        urls = try s.arrayOrNull { s in
          var link = TweetV1.Link()
          try s.object { key, s in
            switch key {
            case "url": link.url = try s.stringOrNull()
            case "expanded_url": link.expanded_url = try s.stringOrNull()
            case "unwound":
              if try !s.isNull() {
                var unwound = TweetV1.Unwound()
                try s.object { key, s in
                  if key == "url" { unwound.url = try s.stringOrNull() } else { try s.skip() }
                }
                link.unwound = unwound
              }
            default: try s.skip()
            }
          }
          return link
        }
      default: try s.skip()
      }
    }
  }

  static func scanOrNull(_ s: inout JSONScanner) throws -> Self? {
    try s.isNull() ? nil : Self(scanning: &s)
  }
}

extension TweetV1.Extended {
  static func scanOrNull(_ s: inout JSONScanner) throws -> Self? {
    if try s.isNull() { return nil }
    var extended = Self()
    try s.object { key, s in
      switch key {
      case "full_text": extended.full_text = try s.stringOrNull()
      case "entities": extended.entities = try TweetV1.Entities.scanOrNull(&s)
      default: try s.skip()
      }
    }
    return extended
  }
}

extension TweetV1.Embedded {
  static func scanOrNull(_ s: inout JSONScanner) throws -> Self? {
    if try s.isNull() { return nil }
    var embedded = Self()
    try s.object { key, s in
      switch key {
      case "user": embedded.user = try TweetV1.User.scanOrNull(&s)
      case "entities": embedded.entities = try TweetV1.Entities.scanOrNull(&s)
      case "extended_tweet": embedded.extended_tweet = try TweetV1.Extended.scanOrNull(&s)
      default: try s.skip()
      }
    }
    return embedded
  }
}

extension TweetV1.Status {
  init(scanning s: inout JSONScanner) throws {
    self.init()
    try s.object { key, s in
      switch key {
      case "id_str": id_str = try s.stringOrNull()
      case "id": id = try s.idOrNull().map(JSONID.init(text:))
      case "created_at": created_at = try s.stringOrNull()
      case "timestamp_ms": timestamp_ms = try s.idOrNull()
      case "text": text = try s.stringOrNull()
      case "full_text": full_text = try s.stringOrNull()
      case "user": user = try TweetV1.User.scanOrNull(&s)
      case "retweeted_status": retweeted_status = try TweetV1.Embedded.scanOrNull(&s)
      case "quoted_status": quoted_status = try TweetV1.Embedded.scanOrNull(&s)
      case "quoted_status_id_str": quoted_status_id_str = try s.stringOrNull()
      case "quoted_status_permalink":
        if try !s.isNull() {
          var permalink = TweetV1.Permalink()
          try s.object { key, s in
            if key == "expanded" { permalink.expanded = try s.stringOrNull() } else { try s.skip() }
          }
          quoted_status_permalink = permalink
        }
      case "in_reply_to_user_id_str": in_reply_to_user_id_str = try s.stringOrNull()
      case "in_reply_to_user_id": in_reply_to_user_id = try s.idOrNull().map(JSONID.init(text:))
      case "in_reply_to_screen_name": in_reply_to_screen_name = try s.stringOrNull()
      case "entities": entities = try TweetV1.Entities.scanOrNull(&s)
      case "extended_tweet": extended_tweet = try TweetV1.Extended.scanOrNull(&s)
      case "withheld_in_countries":
        withheld_in_countries = try s.arrayOrNull { s in try s.stringOrNull() ?? "" }
      case "delete", "status_withheld", "user_withheld", "limit", "scrub_geo", "warning",
        "disconnect":
        let present = try !s.isNull()
        if present { try s.skip() }
        let mark: Ignored? = present ? Ignored() : nil
        switch key {
        case "delete": delete = mark
        case "status_withheld": status_withheld = mark
        case "user_withheld": user_withheld = mark
        case "limit": limit = mark
        case "scrub_geo": scrub_geo = mark
        case "warning": warning = mark
        default: disconnect = mark
        }
      default: try s.skip()
      }
    }
  }
}
