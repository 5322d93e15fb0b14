import Foundation
import GRDB
import RecruitNetGraph
import RecruitNetIO

extension Workspace {
  /// The network of the tweets posted in `[since, until)`, rebuilt at query time from the stored
  /// tweets by the same edge rules as the import (see `Tweet.interactions`): a retweet gives its
  /// retweet edge; other tweets their quote and reply edges and one mention edge per distinct
  /// mentioned account other than the one replied to; and, where the workspace has those layers,
  /// one hashtag edge per distinct lower-cased hashtag and one domain edge per distinct domain.
  /// Weights count tweets, times are the tweets' times. The nodes are those an import of the
  /// slice alone would make: the authors of its tweets and the ends of its edges (renumbered;
  /// names and kinds kept), so that every measure gives the numbers networkx gives on the
  /// slice's own network. Node ids are not the workspace's: map them by name.
  ///
  /// Only the edge types a tweet archive made are sliced: edges imported from edge lists were
  /// merged at import and have no per-row times.
  ///
  /// - Throws: ``WorkspaceError/Code/cannotSlice`` when the workspace holds no tweets, or holds
  ///   edge types that are not from tweets.
  public func slicedGraph(since: Int64?, until: Int64?) throws(WorkspaceError) -> Graph {
    let base = try loadGraph()
    let tweetTypes = Set(TweetEdgeType.allCases.map(\.rawValue))
    let others = base.edgeTypeNames.filter { !tweetTypes.contains($0) }
    guard try tweetEventColumns().hasTweets else {
      throw WorkspaceError(
        .cannotSlice, path,
        "time slices are rebuilt from stored tweets, and this workspace holds none (edge-list rows are merged at import and keep no times)"
      )
    }
    guard others.isEmpty else {
      throw WorkspaceError(
        .cannotSlice, path,
        "the edge types \(others.joined(separator: ", ")) come from edge lists, whose rows were merged at import; only tweet archives can be sliced by time"
      )
    }
    var builder = base.sameNodesBuilder(keepingTypes: true)
    func type(_ edge: TweetEdgeType) -> UInt16? {
      base.edgeTypeNames.firstIndex(of: edge.rawValue).map { UInt16($0) }
    }
    let (retweet, quote, reply, mention) = (
      type(.retweet), type(.quote), type(.reply), type(.mention)
    )
    let (hashtag, domain) = (type(.hashtag), type(.domain))
    let nodeCount = base.nodeCount
    var active = [Bool](repeating: false, count: nodeCount)
    let range = TimeRange("time", since: since, until: until)
    // The same bounds on the tweets joined as `t`.
    let joined = TimeRange("t.time", since: since, until: until)
    do {
      try read { db in
        func add(_ type: UInt16?, _ source: Int64, _ target: Int64?, _ time: Int64) {
          guard let type, let target, source >= 0, target >= 0, source < nodeCount,
            target < nodeCount
          else { return }
          builder.addEdge(
            from: NodeID(source), to: NodeID(target), type: type, weight: 1, time: time)
          active[Int(source)] = true
          active[Int(target)] = true
        }
        let tweets = try Row.fetchCursor(
          db,
          sql: """
            SELECT author, time, kind, retweeted_author, quoted_author, replied_author FROM tweets
            WHERE \(range.sql)
            """, arguments: StatementArguments(range.arguments))
        while let row = try tweets.next() {
          let (author, time, kind): (Int64, Int64, Int) = (row[0], row[1], row[2])
          if author >= 0 && author < nodeCount { active[Int(author)] = true }
          if kind & TweetKind.retweet != 0 {
            add(retweet, author, row[3], time)
          } else {
            add(quote, author, row[4], time)
            add(reply, author, row[5], time)
          }
        }
        if mention != nil {
          let mentions = try Row.fetchCursor(
            db,
            sql: """
              SELECT DISTINCT t.id, t.author, t.time, m.account FROM tweet_mentions m
              JOIN tweets t ON t.id = m.tweet
              WHERE \(joined.sql)
                AND t.kind & \(TweetKind.retweet) = 0
                AND (t.replied_author IS NULL OR m.account <> t.replied_author)
              """, arguments: StatementArguments(joined.arguments))
          while let row = try mentions.next() { add(mention, row[1], row[3], row[2]) }
        }
        if let hashtag, let kind = base.kindNames.firstIndex(of: "hashtag") {
          var last: (tweet: String, tags: Set<String>) = ("", [])
          let tags = try Row.fetchCursor(
            db,
            sql: """
              SELECT t.id, t.author, t.time, h.tag FROM tweet_hashtags h JOIN tweets t ON t.id = h.tweet
              WHERE \(joined.sql)
              ORDER BY t.id, h.position
              """, arguments: StatementArguments(joined.arguments))
          while let row = try tags.next() {
            let tweet: String = row[0]
            let tag = (row[3] as String).lowercased()
            if tweet != last.tweet { last = (tweet, []) }
            guard !tag.isEmpty, last.tags.insert(tag).inserted,
              let node = base.names.id(for: tag, kind: kind)
            else { continue }
            add(hashtag, row[1], Int64(node), row[2])
          }
        }
        if let domain, let kind = base.kindNames.firstIndex(of: "domain") {
          let domains = try Row.fetchCursor(
            db,
            sql: """
              SELECT DISTINCT t.author, t.time, u.domain, t.id FROM tweet_urls u JOIN tweets t ON t.id = u.tweet
              WHERE \(joined.sql)
                AND u.domain IS NOT NULL
              """, arguments: StatementArguments(joined.arguments))
          while let row = try domains.next() {
            guard let node = base.names.id(for: row[2], kind: kind) else { continue }
            add(domain, row[0], Int64(node), row[1])
          }
        }
      }
    } catch {
      throw WorkspaceError(
        .failed, path, "cannot read the tweets of the time slice", underlying: error)
    }
    do {
      let sliced = try builder.build()
      return sliced.induced(on: sliced.nodes.lazy.filter { active[Int($0)] }).graph
    } catch {
      throw WorkspaceError(
        .damaged, path, "the stored tweets name unknown nodes", underlying: error)
    }
  }
}
