/// The v1.1 structs read by ``JSONScanner``: the same fields as their `Decodable` conformance,
/// every other key skipped.
extension TweetV1.User: JSONScannable {
  mutating func scanField(_ key: String, _ s: inout JSONScanner) throws {
    switch key {
    case "id_str": id_str = try s.stringOrNull()
    case "id": id = try s.jsonIDOrNull()
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

extension TweetV1.Mention: JSONScannable {
  mutating func scanField(_ key: String, _ s: inout JSONScanner) throws {
    switch key {
    case "id_str": id_str = try s.stringOrNull()
    case "id": id = try s.jsonIDOrNull()
    case "screen_name": screen_name = try s.stringOrNull()
    default: try s.skip()
    }
  }
}

extension TweetV1.Hashtag: JSONScannable {
  mutating func scanField(_ key: String, _ s: inout JSONScanner) throws {
    if key == "text" { text = try s.stringOrNull() } else { try s.skip() }
  }
}

extension TweetV1.Unwound: JSONScannable {
  mutating func scanField(_ key: String, _ s: inout JSONScanner) throws {
    if key == "url" { url = try s.stringOrNull() } else { try s.skip() }
  }
}

extension TweetV1.Link: JSONScannable {
  mutating func scanField(_ key: String, _ s: inout JSONScanner) throws {
    switch key {
    case "url": url = try s.stringOrNull()
    case "expanded_url": expanded_url = try s.stringOrNull()
    case "unwound":
      if let unwound = try s.scanOrNull(TweetV1.Unwound.self) { self.unwound = unwound }
    default: try s.skip()
    }
  }
}

extension TweetV1.Entities: JSONScannable {
  mutating func scanField(_ key: String, _ s: inout JSONScanner) throws {
    switch key {
    case "user_mentions": user_mentions = try s.scanArrayOrNull()
    case "hashtags": hashtags = try s.scanArrayOrNull()
    case "urls": urls = try s.scanArrayOrNull()
    default: try s.skip()
    }
  }
}

extension TweetV1.Extended: JSONScannable {
  mutating func scanField(_ key: String, _ s: inout JSONScanner) throws {
    switch key {
    case "full_text": full_text = try s.stringOrNull()
    case "entities": entities = try s.scanOrNull()
    default: try s.skip()
    }
  }
}

extension TweetV1.Permalink: JSONScannable {
  mutating func scanField(_ key: String, _ s: inout JSONScanner) throws {
    if key == "expanded" { expanded = try s.stringOrNull() } else { try s.skip() }
  }
}

extension TweetV1.Embedded: JSONScannable {
  mutating func scanField(_ key: String, _ s: inout JSONScanner) throws {
    switch key {
    case "id_str": id_str = try s.stringOrNull()
    case "id": id = try s.jsonIDOrNull()
    case "user": user = try s.scanOrNull()
    case "entities": entities = try s.scanOrNull()
    case "extended_tweet": extended_tweet = try s.scanOrNull()
    default: try s.skip()
    }
  }
}

extension TweetV1.Status: JSONScannable {
  mutating func scanField(_ key: String, _ s: inout JSONScanner) throws {
    switch key {
    case "id_str": id_str = try s.stringOrNull()
    case "id": id = try s.jsonIDOrNull()
    case "created_at": created_at = try s.stringOrNull()
    case "timestamp_ms": timestamp_ms = try s.idOrNull()
    case "text": text = try s.stringOrNull()
    case "full_text": full_text = try s.stringOrNull()
    case "user": user = try s.scanOrNull()
    case "retweeted_status": retweeted_status = try s.scanOrNull()
    case "quoted_status": quoted_status = try s.scanOrNull()
    case "quoted_status_id_str": quoted_status_id_str = try s.stringOrNull()
    case "quoted_status_permalink":
      if let permalink = try s.scanOrNull(TweetV1.Permalink.self) {
        quoted_status_permalink = permalink
      }
    case "in_reply_to_user_id_str": in_reply_to_user_id_str = try s.stringOrNull()
    case "in_reply_to_user_id": in_reply_to_user_id = try s.jsonIDOrNull()
    case "in_reply_to_screen_name": in_reply_to_screen_name = try s.stringOrNull()
    case "in_reply_to_status_id_str": in_reply_to_status_id_str = try s.stringOrNull()
    case "in_reply_to_status_id": in_reply_to_status_id = try s.jsonIDOrNull()
    case "lang": lang = try s.stringOrNull()
    case "source": source = try s.stringOrNull()
    case "entities": entities = try s.scanOrNull()
    case "extended_tweet": extended_tweet = try s.scanOrNull()
    case "withheld_in_countries":
      withheld_in_countries = try s.arrayOrNull { s in try s.stringOrNull() ?? "" }
    case "delete": delete = try s.ignoredOrNull()
    case "status_withheld": status_withheld = try s.ignoredOrNull()
    case "user_withheld": user_withheld = try s.ignoredOrNull()
    case "limit": limit = try s.ignoredOrNull()
    case "scrub_geo": scrub_geo = try s.ignoredOrNull()
    case "warning": warning = try s.ignoredOrNull()
    case "disconnect": disconnect = try s.ignoredOrNull()
    default: try s.skip()
    }
  }
}
