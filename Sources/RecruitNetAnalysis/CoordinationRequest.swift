import Foundation
import RecruitNetCoordination
import RecruitNetGraph
import RecruitNetIO
import RecruitNetWorkspace

/// A coordination network asked of a workspace: the trace, the window, the minimum weight, the
/// pair budget and an optional time slice `[since, until)`.
///
/// The events are read from the workspace's stored tweets (see ``eventField``); the CLI's
/// `coordination` command, a test and a Swift user all go through ``run(on:threads:progress:)``.
public struct CoordinationRequest: Sendable, Codable {
  public var parameters: CoordinationParameters
  public var since: Int64?
  public var until: Int64?

  public init(parameters: CoordinationParameters, since: Int64? = nil, until: Int64? = nil) {
    self.parameters = parameters
    self.since = since
    self.until = until
  }

  /// The stored field each trace reads.
  public static func eventField(of trace: CoordinationTrace) -> TweetEventField {
    switch trace {
    case .coRetweet: .retweeted
    case .coTweet, .coSimilar: .text
    case .coReply: .repliedTo
    case .coLink: .url
    case .coDomain: .domain
    case .coHashtag: .hashtag
    case .coPost: .none
    }
  }

  /// What the trace needs, in words, for the error when the data has none.
  static func needs(_ trace: CoordinationTrace) -> String {
    switch trace {
    case .coRetweet: "retweets with the retweeted tweet (its id, or an `RT @name:` text)"
    case .coTweet, .coSimilar: "tweets with their text"
    case .coReply: "replies with the id of the tweet replied to"
    case .coLink: "tweets with links"
    case .coDomain: "tweets with links to a known web domain"
    case .coHashtag: "tweets with hashtags"
    case .coPost: "tweets with a time"
    }
  }

  /// Checks that the workspace holds the events the trace needs and the slice is well formed.
  func checkEvents(in workspace: Workspace) throws {
    let trace = parameters.trace
    let columns = try workspace.tweetEventColumns()
    guard columns.hasTweets else {
      throw CoordinationError(
        .noTraceData(
          trace: trace.rawValue, missing: "tweets (the workspace holds no tweet archive)"))
    }
    guard columns.hasEvents || trace == .coPost else {
      throw CoordinationError(
        .noTraceData(
          trace: trace.rawValue,
          missing:
            "the tweets' events (retweeted ids, texts, links, hashtags), which archives imported before this version lack: import the archive again into a new workspace"
        ))
    }
    if let since, let until, since >= until {
      throw CoordinationError(
        .parameterOutOfRange(
          name: "the start of the time slice", value: Double(since),
          allowed: "before its end (\(until))"))
    }
  }

  /// The events of the trace in the time slice (for every trace but co-similar).
  public func events(in workspace: Workspace) throws -> CoordinationEvents {
    try checkEvents(in: workspace)
    let trace = parameters.trace
    var events = CoordinationEvents(accountCount: 0)
    let normalizeText = trace == .coTweet
    try workspace.forEachTweetEvent(Self.eventField(of: trace), since: since, until: until) {
      author, id, time, object in
      events.add(
        account: author, messageID: id, time: time,
        object: normalizeText ? TweetText.normalized(object) : object)
    }
    guard events.count > 0 else {
      throw CoordinationError(.noTraceData(trace: trace.rawValue, missing: Self.needs(trace)))
    }
    return events
  }

  /// The texts of the time slice with their word sets (``TweetText/wordSet(_:)``), for co-similar.
  public func similarTextEvents(in workspace: Workspace) throws -> SimilarTextEvents {
    try checkEvents(in: workspace)
    var events = SimilarTextEvents()
    try workspace.forEachTweetEvent(.text, since: since, until: until) { author, id, time, text in
      events.add(
        account: author, messageID: id, time: time, words: TweetText.wordSet(text), text: text)
    }
    guard events.count > 0 else {
      throw CoordinationError(.noTraceData(trace: "co-similar", missing: Self.needs(.coSimilar)))
    }
    return events
  }

  /// What a run produced: the network, the events it came from (for evidence), and the names.
  public struct Result: Sendable {
    public var network: CoordinationNetwork
    /// The events (empty for co-similar, which keeps ``textEvents``).
    public var events: CoordinationEvents
    public var textEvents: SimilarTextEvents?
    public var names: NodeNames
    /// User ids of the accounts that have one: accounts are reported by them, as the toolkit
    /// reports them (a node first seen as `@name` keeps that node name).
    public var userIDs: [NodeID: String]
    public var request: CoordinationRequest

    /// The account's user id where the archive gave one, else its node name.
    public func accountName(_ node: UInt32) -> String {
      userIDs[NodeID(node)] ?? names.name(of: NodeID(node))
    }

    /// The message pairs behind the edge `source → target`.
    public func evidence(source: UInt32, target: UInt32) -> [CoordinationEvidence] {
      let parameters = request.parameters
      if let textEvents {
        return Coordination.similarTextEvidence(
          textEvents, threshold: parameters.similarity, window: parameters.window, source: source,
          target: target)
      }
      return Coordination.evidence(
        events, window: parameters.window, source: source, target: target)
    }
  }

  /// Reads the events, checks the pair budget and computes the network.
  public func run(
    on input: NetworkInput, threads: Int = ParallelLoop.defaultThreadCount,
    progress: (@Sendable (String) -> Void)? = nil
  ) throws -> Result {
    guard let workspace = input.workspace else {
      throw AnalysisError(.needsWorkspace(feature: "coordination networks", path: input.path))
    }
    progress?("reading the \(parameters.trace.rawValue) events")
    let names = try workspace.loadNodeNames()
    let userIDs = try workspace.accountUserIDs()
    if parameters.trace == .coSimilar {
      let texts = try similarTextEvents(in: workspace)
      progress?(
        "\(texts.count) texts, \(texts.tokenCount) distinct tokens; matching \(parameters.window.description)"
      )
      let (network, _) = try Coordination.similarTextNetwork(
        texts, threshold: parameters.similarity, parameters: parameters, threads: threads)
      return Result(
        network: network, events: CoordinationEvents(accountCount: 0), textEvents: texts,
        names: names, userIDs: userIDs, request: self)
    }
    let events = try events(in: workspace)
    progress?(
      "\(events.count) events on \(events.objectNames.count) objects; sweeping \(parameters.window.description)"
    )
    let network = try Coordination.network(events, parameters: parameters, threads: threads)
    return Result(
      network: network, events: events, textEvents: nil, names: names, userIDs: userIDs,
      request: self)
  }
}
