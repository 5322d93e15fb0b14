/// An account as a tweet names it: by user id, by screen name, or both.
///
/// Identity is by user id where one is given and by screen name otherwise (screen names compare
/// case-insensitively, as Twitter's do); see the workspace's account directory.
public struct AccountReference: Sendable, Hashable, CustomStringConvertible {
  /// The numeric user id as text (`id_str`; never converted to a number).
  public var userID: String?
  /// The screen name (handle) without `@`, as written.
  public var screenName: String?

  public init(userID: String? = nil, screenName: String? = nil) {
    self.userID = userID.flatMap { $0.isEmpty ? nil : $0 }
    self.screenName = screenName.flatMap { $0.isEmpty ? nil : $0 }
  }

  /// Whether the reference names anyone.
  public var isEmpty: Bool { userID == nil && screenName == nil }

  /// Whether both references name the same account: the same id when both have one, else the
  /// same screen name ignoring case.
  public func sameAccount(as other: AccountReference) -> Bool {
    if let a = userID, let b = other.userID { return a == b }
    if let a = screenName, let b = other.screenName { return a.lowercased() == b.lowercased() }
    return false
  }

  public var description: String { screenName.map { "@" + $0 } ?? "id:" + (userID ?? "?") }
}

/// What a tweet says about its author at the time it was posted (or collected).
public struct AccountProfile: Sendable, Equatable {
  public var screenName: String?
  public var displayName: String?
  public var description: String?
  public var location: String?
  public var followers: Int64?
  public var statuses: Int64?
  /// When the account was created (Unix seconds).
  public var createdAt: Int64?

  public init(
    screenName: String? = nil, displayName: String? = nil, description: String? = nil,
    location: String? = nil,
    followers: Int64? = nil, statuses: Int64? = nil, createdAt: Int64? = nil
  ) {
    self.screenName = screenName
    self.displayName = displayName
    self.description = description
    self.location = location
    self.followers = followers
    self.statuses = statuses
    self.createdAt = createdAt
  }

  /// The attributes as (key, value) pairs, in a fixed order, skipping missing ones. Keys:
  /// `screen_name`, `display_name`, `description`, `location`, `followers`, `statuses`, `created_at`.
  public var attributes: [(key: String, value: AttributeValue)] {
    var out: [(String, AttributeValue)] = []
    if let screenName { out.append(("screen_name", .text(screenName))) }
    if let displayName { out.append(("display_name", .text(displayName))) }
    if let description { out.append(("description", .text(description))) }
    if let location { out.append(("location", .text(location))) }
    if let followers { out.append(("followers", .integer(followers))) }
    if let statuses { out.append(("statuses", .integer(statuses))) }
    if let createdAt { out.append(("created_at", .integer(createdAt))) }
    return out
  }
}

/// One tweet from an archive, in a form common to every format (v1.1, v2, CSV): who wrote it,
/// when, and whom and what it refers to, before the edge rules are applied
/// (see ``interactions``).
public struct Tweet: Sendable, Equatable {
  /// The tweet id as text (`id_str` / v2 `id`); for a CSV without ids, `csv:` and a hash of the
  /// author, time and text (see `TweetCSVReader`).
  public var id: String
  public var author: AccountReference
  /// The author's profile as the tweet carries it, if it does.
  public var profile: AccountProfile?
  /// Unix seconds, if the tweet has a time.
  public var time: Int64?
  /// The author of the retweeted tweet, for a retweet.
  public var retweetOf: AccountReference?
  /// The author of the quoted tweet, for a quote.
  public var quoteOf: AccountReference?
  /// The account replied to, for a reply.
  public var replyTo: AccountReference?
  /// Accounts mentioned, as the archive lists them (for a retweet: those of the retweeted text).
  public var mentions: [AccountReference] = []
  /// Hashtags without `#`, as written.
  public var hashtags: [String] = []
  /// Links: the expanded URL where the archive gives one, else the URL as written.
  public var urls: [String] = []
  /// Other accounts the tweet names with both id and screen name (authors of embedded tweets):
  /// they tie ids to names but make no edges.
  public var otherAccounts: [AccountReference] = []
  /// The id of the retweeted tweet, for a retweet, where the archive gives it. For archives
  /// without one (text-only CSVs) it is derived from the retweet's object: `rt:`, the retweeted
  /// handle in lower case, `:` and ``TweetText/textKey(_:)`` of the text after the `RT @name:`
  /// prefix, so that two retweets of the same tweet share it.
  public var retweetedID: String?
  /// The id of the quoted tweet, for a quote.
  public var quotedID: String?
  /// The id of the tweet replied to, for a reply.
  public var repliedToID: String?
  /// The conversation (thread) id (v2 `conversation_id`).
  public var conversationID: String?
  /// The text as the archive gives it (the full text where there is one). Personal data.
  public var text: String?
  /// The language code the platform assigned (`lang`).
  public var language: String?
  /// The application that posted the tweet (v1.1 `source` without its HTML, v2 `source`).
  public var sourceApp: String?

  public init(id: String, author: AccountReference, time: Int64? = nil) {
    self.id = id
    self.author = author
    self.time = time
  }

  /// The tweet's kind as bit flags, as stored in the `tweets` table.
  public var kindFlags: Int {
    (retweetOf != nil || retweetedID != nil ? TweetKind.retweet : 0)
      | (quoteOf != nil || quotedID != nil ? TweetKind.quote : 0)
      | (replyTo != nil || repliedToID != nil ? TweetKind.reply : 0)
      | (mentions.isEmpty ? 0 : TweetKind.mention)
  }
}

/// Bit flags of the `tweets.kind` column.
public enum TweetKind {
  public static let retweet = 1
  public static let quote = 2
  public static let reply = 4
  /// The tweet mentions someone (before the edge rules).
  public static let mention = 8
}
