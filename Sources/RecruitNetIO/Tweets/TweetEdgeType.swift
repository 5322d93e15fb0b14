/// The edge types a tweet archive yields: four between accounts, two context layers.
///
/// Direction is always from the tweet's author: retweeter → original author, author → mentioned
/// account, replier → replied-to account, quoter → quoted author, account → hashtag, account →
/// web domain. The weight of an edge is the number of tweets that gave it.
public enum TweetEdgeType: String, Sendable, CaseIterable, Hashable {
  case retweet, mention, reply, quote
  /// Context layer: account → hashtag (node kind `hashtag`, lower-cased).
  case hashtag
  /// Context layer: account → web domain of a shared link (node kind `domain`).
  case domain

  /// The account-to-account types (the default).
  public static let accountTypes: [TweetEdgeType] = [.retweet, .mention, .reply, .quote]
  /// The context layers, kept out of the account network unless asked for.
  public static let layers: [TweetEdgeType] = [.hashtag, .domain]

  /// The node kind of the target: `account`, `hashtag` or `domain`.
  public var targetKind: String {
    switch self {
    case .hashtag: "hashtag"
    case .domain: "domain"
    default: "account"
    }
  }
}

/// One edge a tweet yields, before accounts are resolved to nodes.
public enum TweetInteraction: Sendable, Equatable {
  /// An edge to an account.
  case account(TweetEdgeType, AccountReference)
  /// An edge to a hashtag or domain node (already normalised).
  case context(TweetEdgeType, String)

  public var type: TweetEdgeType {
    switch self {
    case .account(let type, _), .context(let type, _): type
    }
  }
}

extension Tweet {
  /// The edges this tweet yields, by the rules shared by every format:
  ///
  /// 1. A retweet yields only the retweet edge (to the original author): the account in its
  ///    `RT @name:` prefix and the accounts mentioned in the retweeted text are not mentions by
  ///    the retweeter, and a retweet of a quote or of a reply is not a quote or reply.
  /// 2. A quote yields a quote edge to the quoted author; a reply yields a reply edge to the
  ///    replied-to account.
  /// 3. Every other mentioned account yields one mention edge per tweet, however often the tweet
  ///    names it; a reply's mention of the account it replies to is the reply edge only.
  /// 4. Context layers: one hashtag edge per distinct hashtag (lower-cased) and one domain edge per
  ///    distinct domain of the tweet's links (see ``WebDomain``); a retweet spreads the hashtags
  ///    and links of the tweet it retweets, so it has them too.
  ///
  /// Self-loops (a reply in one's own thread) are kept, as in networkx.
  public var interactions: [TweetInteraction] {
    var out: [TweetInteraction] = []
    if let retweetOf {
      out.append(.account(.retweet, retweetOf))
    } else if retweetedID != nil {
      // A retweet known by the retweeted tweet's id only (the toolkit's CSV): its retweet edge
      // is made once the original's author is found among the imported tweets; like any
      // retweet it makes no quote, reply or mention edge.
    } else {
      if let quoteOf { out.append(.account(.quote, quoteOf)) }
      if let replyTo { out.append(.account(.reply, replyTo)) }
      var seen: [AccountReference] = []
      for mention in mentions where !mention.isEmpty {
        if let replyTo, mention.sameAccount(as: replyTo) { continue }
        if seen.contains(where: { $0.sameAccount(as: mention) }) { continue }
        seen.append(mention)
        out.append(.account(.mention, mention))
      }
    }
    var tags: [String] = []
    for tag in hashtags {
      let folded = tag.lowercased()
      if !folded.isEmpty && !tags.contains(folded) { tags.append(folded) }
    }
    out += tags.map { .context(.hashtag, $0) }
    var domains: [String] = []
    for url in urls {
      if let domain = WebDomain.domain(ofURL: url), !domains.contains(domain) {
        domains.append(domain)
      }
    }
    out += domains.map { .context(.domain, $0) }
    return out
  }
}
