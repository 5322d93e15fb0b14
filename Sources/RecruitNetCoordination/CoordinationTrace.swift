/// The behaviour two accounts must share to be linked, with the coordination-network-toolkit's
/// name where it has one (`toolkitName`).
///
/// | trace | object shared | messages | toolkit |
/// |---|---|---|---|
/// | co-retweet | the retweeted tweet | retweets | `co_retweet` |
/// | co-tweet | the normalised text (lower case, @mentions removed, white space collapsed) | not retweets | `co_tweet` |
/// | co-reply | the tweet replied to | replies that are not retweets | `co_reply` |
/// | co-similar | a text whose word set has Jaccard similarity ≥ the threshold | not retweets | `co_similar_tweet` |
/// | co-link | a URL (exactly as given) | not retweets | `co_link` |
/// | co-domain | a URL's web domain | not retweets | — |
/// | co-hashtag | a hashtag (lower case) | all | — |
/// | co-post | nothing: any two messages (the null baseline) | all | `co_post` |
/// | hashtag-sequence | the ordered hashtags of a tweet with at least two (Pacheco et al. 2021) | all | — |
/// | fast-retweet | not a shared object: B retweets A's tweet within the window after it (A → B) | retweets of stored tweets | — |
public enum CoordinationTrace: String, Sendable, CaseIterable, Codable {
  case coRetweet = "co-retweet"
  case coTweet = "co-tweet"
  case coSimilar = "co-similar"
  case coReply = "co-reply"
  case coLink = "co-link"
  case coDomain = "co-domain"
  case coHashtag = "co-hashtag"
  case coPost = "co-post"
  case hashtagSequence = "hashtag-sequence"
  case fastRetweet = "fast-retweet"

  /// The coordination-network-toolkit's command for the same network, if it has one.
  public var toolkitName: String? {
    switch self {
    case .coRetweet: "co_retweet"
    case .coTweet: "co_tweet"
    case .coSimilar: "co_similar_tweet"
    case .coReply: "co_reply"
    case .coLink: "co_link"
    case .coPost: "co_post"
    case .coDomain, .coHashtag, .hashtagSequence, .fastRetweet: nil
    }
  }

  /// What the trace's objects are, for reports.
  public var objectDescription: String {
    switch self {
    case .coRetweet: "retweeted tweet"
    case .coTweet: "text"
    case .coSimilar: "similar text"
    case .coReply: "replied-to tweet"
    case .coLink: "URL"
    case .coDomain: "domain"
    case .coHashtag: "hashtag"
    case .coPost: "any message"
    case .hashtagSequence: "hashtag sequence"
    case .fastRetweet: "retweeted tweet"
    }
  }
}
