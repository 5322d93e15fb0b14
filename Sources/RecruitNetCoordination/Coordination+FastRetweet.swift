extension Coordination {
  /// One retweet of a stored tweet: who posted the original and who retweeted it, when.
  public struct FastRetweet: Sendable, Equatable {
    public var author: UInt32
    public var original: String
    public var originalTime: Int64
    public var retweeter: UInt32
    public var retweet: String
    public var retweetTime: Int64

    public init(
      author: UInt32, original: String, originalTime: Int64, retweeter: UInt32, retweet: String,
      retweetTime: Int64
    ) {
      self.author = author
      self.original = original
      self.originalTime = originalTime
      self.retweeter = retweeter
      self.retweet = retweet
      self.retweetTime = retweetTime
    }

    /// The delay, `retweetTime − originalTime` (≥ 0).
    public var delay: Int64 { retweetTime - originalTime }
  }

  /// The fast-retweet network: an edge author → retweeter weighing the number of the author's
  /// tweets the retweeter retweeted within the window (already applied by the caller: each
  /// `retweets` element is one retweet within it), with the delays' mean and least value.
  /// Amplification by bots and by accounts that retweet a leader on sight shows up as heavy
  /// edges with small delays. Self-retweets are left out. Edges are sorted by (source, target);
  /// those lighter than `minWeight` are left out.
  ///
  /// O(r log r) for r retweets.
  public static func fastRetweetNetwork(
    _ retweets: [FastRetweet], parameters: CoordinationParameters
  ) throws(CoordinationError) -> CoordinationNetwork {
    guard parameters.minWeight >= 1 else {
      throw CoordinationError(
        .parameterOutOfRange(
          name: "the minimum weight", value: Double(parameters.minWeight), allowed: "at least 1"))
    }
    let order = retweets.indices.filter { retweets[$0].author != retweets[$0].retweeter }.sorted {
      (retweets[$0].author, retweets[$0].retweeter, $0)
        < (retweets[$1].author, retweets[$1].retweeter, $1)
    }
    var edges: [CoordinationEdge] = []
    var start = 0
    while start < order.count {
      let first = retweets[order[start]]
      var end = start
      var total: Int64 = 0
      var least = Int64.max
      var distinct = Set<String>()
      while end < order.count, retweets[order[end]].author == first.author,
        retweets[order[end]].retweeter == first.retweeter
      {
        let retweet = retweets[order[end]]
        total += retweet.delay
        least = min(least, retweet.delay)
        distinct.insert(retweet.original)
        end += 1
      }
      let count = end - start
      if distinct.count >= parameters.minWeight {
        edges.append(
          CoordinationEdge(
            source: first.author, target: first.retweeter, weight: distinct.count, pairs: count,
            meanDelta: Double(total) / Double(count), minDelta: least))
      }
      start = end
    }
    return CoordinationNetwork(
      parameters: parameters, edges: edges, eventCount: retweets.count,
      pairsExamined: retweets.count)
  }
}
