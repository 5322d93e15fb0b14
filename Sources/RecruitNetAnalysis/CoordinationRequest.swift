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
  /// A permutation test of every edge (p- and Benjamini–Hochberg q-values), when asked.
  public var significance: CoordinationSignificanceParameters? = nil
  /// A backbone filter applied to the edges last, when asked.
  public var backbone: CoordinationBackboneSpec? = nil
  /// With bins: a recency decay factor α in (0, 1] (see `Coordination.decayedWeights`).
  public var decay: Double? = nil

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
    case .hashtagSequence: .hashtagSequence
    case .fastRetweet: .retweeted
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
    case .hashtagSequence: "tweets with two hashtags or more"
    case .fastRetweet:
      "retweets of tweets that are themselves in the workspace (the original's time is needed)"
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

  /// The events of the trace in the time slice (for every trace but co-similar). For co-tweet
  /// the objects are the stored normalised-text hashes (see ``attachTexts(to:in:accounts:)``).
  public func events(in workspace: Workspace) throws -> CoordinationEvents {
    try checkEvents(in: workspace)
    let trace = parameters.trace
    var events = CoordinationEvents(accountCount: 0)
    if trace == .coTweet {
      try workspace.forEachTextHash(since: since, until: until) { author, id, time, hash in
        events.add(account: author, messageID: id, time: time, object: String(hash))
      }
      guard events.count > 0 else {
        throw CoordinationError(.noTraceData(trace: trace.rawValue, missing: Self.needs(trace)))
      }
      return events
    }
    try workspace.forEachTweetEvent(Self.eventField(of: trace), since: since, until: until) {
      author, id, time, object in
      events.add(account: author, messageID: id, time: time, object: object)
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
    /// The permutation test of the network's edges (before any backbone), when asked.
    public var significance: CoordinationSignificance? = nil
    /// The backbone, when asked: the network's edges are then the kept ones, and for the
    /// disparity filter ``backboneAlphas`` holds each kept edge's α.
    public var backboneResult: CoordinationBackboneResult? = nil
    public var backboneAlphas: [Double] = []
    /// The number of edges before the backbone kept some.
    public var edgesBeforeBackbone = 0
    /// Each edge's symmetry, `min(w(A→B), w(B→A)) / max(…)` (CooRTweet's
    /// `edge_symmetry_score`: 1 when both accounts contribute equally, near 0 when one
    /// hyperactive account makes the weight), by `source << 32 | target`; empty for
    /// fast-retweet, whose direction is the point.
    public var symmetry: [UInt64: Double] = [:]
    /// With a decay: each edge's recency-weighted weight, by `source << 32 | target`.
    public var decayedWeights: [UInt64: Double] = [:]
    /// For co-tweet, whose objects are normalised-text hashes: the text of each (its first
    /// message's), to print instead of the hash.
    public var objectTexts: [String: String] = [:]

    /// How the object `key` is printed: its text for co-tweet, else the key itself.
    public func objectName(_ key: String) -> String { objectTexts[key] ?? key }
    /// For fast-retweet: every retweet within the window, the evidence of its edges.
    public var fastRetweets: [Coordination.FastRetweet] = []

    /// The account's user id where the archive gave one, else its node name.
    public func accountName(_ node: UInt32) -> String {
      userIDs[NodeID(node)] ?? names.name(of: NodeID(node))
    }

    /// The message pairs behind the edge `source → target`.
    public func evidence(source: UInt32, target: UInt32) -> [CoordinationEvidence] {
      let parameters = request.parameters
      if parameters.trace == .fastRetweet {
        return fastRetweets.filter { $0.author == source && $0.retweeter == target }.sorted {
          ($0.originalTime, $0.retweetTime, $0.retweet) < (
            $1.originalTime, $1.retweetTime, $1.retweet
          )
        }.map {
          CoordinationEvidence(
            sourceMessage: $0.original, sourceTime: $0.originalTime, targetMessage: $0.retweet,
            targetTime: $0.retweetTime, object: $0.original)
        }
      }
      if let textEvents {
        return Coordination.similarTextEvidence(
          textEvents, threshold: parameters.similarity, window: parameters.window, source: source,
          target: target)
      }
      return Coordination.evidence(
        events, window: parameters.window, source: source, target: target
      ).map {
        var pair = $0
        pair.object = objectName(pair.object)
        return pair
      }
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
      if significance != nil {
        throw CoordinationError(
          .parameterOutOfRange(
            name: "a significance test", value: 0,
            allowed: "for every trace but co-similar (its matches are not by shared object)"))
      }
      let network = try Self.withSymmetry(parameters) {
        try Coordination.similarTextNetwork(
          texts, threshold: parameters.similarity, parameters: $0, threads: threads
        ).network
      }
      var result = Result(
        network: network.network, events: CoordinationEvents(accountCount: 0), textEvents: texts,
        names: names, userIDs: userIDs, request: self)
      result.symmetry = network.symmetry
      try applyBackbone(to: &result, accountCount: names.count)
      return result
    }
    if parameters.trace == .fastRetweet {
      return try fastRetweets(in: workspace, names: names, userIDs: userIDs)
    }
    let events = try events(in: workspace)
    progress?(
      "\(events.count) events on \(events.objectNames.count) objects; sweeping \(parameters.window.description)"
    )
    let network = try Self.withSymmetry(parameters) {
      try Coordination.network(events, parameters: $0, threads: threads)
    }
    var result = Result(
      network: network.network, events: events, textEvents: nil, names: names, userIDs: userIDs,
      request: self)
    result.symmetry = network.symmetry
    if parameters.trace == .coTweet {
      try attachTexts(
        to: &result, in: workspace,
        accounts: Set(network.network.edges.lazy.flatMap { [$0.source, $0.target] }))
    }
    if let decay {
      result.decayedWeights = try Coordination.decayedWeights(
        events, parameters: parameters, alpha: decay, threads: threads)
    }
    if let test = significance {
      try test.validate()
      progress?(
        "testing \(network.network.edges.count) edges against \(test.permutations) permutations (\(test.nullModel.rawValue), seed \(test.seed))"
      )
      let step = max(1, test.permutations / 20)
      let total = test.permutations
      var perPermutation: (@Sendable (Int) -> Void)? = nil
      if let progress {
        perPermutation = { done in
          if done % step == 0 { progress("permutation \(done) of \(total)") }
        }
      }
      result.significance = try Coordination.significance(
        events, parameters: parameters, test: test, threads: threads, progress: perPermutation)
    }
    try applyBackbone(to: &result, accountCount: events.accountCount)
    return result
  }

  /// The fast-retweet trace: retweets of stored tweets within the window's lag (a symmetric
  /// window W: within W seconds after the original).
  func fastRetweets(in workspace: Workspace, names: NodeNames, userIDs: [NodeID: String]) throws
    -> Result
  {
    try checkEvents(in: workspace)
    let maxDelay: Int64
    switch parameters.window {
    case .symmetric(let w): maxDelay = w
    case .leadLag(_, let lag): maxDelay = lag
    case .bins:
      throw CoordinationError(
        .badWindow(
          "fast-retweet measures the delay after the original; give a window in seconds, not bins"
        ))
    }
    if significance != nil {
      throw CoordinationError(
        .parameterOutOfRange(
          name: "a significance test", value: 0,
          allowed: "for shared-object traces (fast-retweet pairs an original with its retweets)"))
    }
    var retweets: [Coordination.FastRetweet] = []
    try workspace.forEachFastRetweet(maxDelay: maxDelay, since: since, until: until) {
      original, retweet in
      retweets.append(
        Coordination.FastRetweet(
          author: original.0, original: original.1, originalTime: original.2,
          retweeter: retweet.0, retweet: retweet.1, retweetTime: retweet.2))
    }
    guard !retweets.isEmpty else {
      throw CoordinationError(
        .noTraceData(trace: "fast-retweet", missing: Self.needs(.fastRetweet)))
    }
    let network = try Coordination.fastRetweetNetwork(retweets, parameters: parameters)
    var result = Result(
      network: network, events: CoordinationEvents(accountCount: 0), textEvents: nil,
      names: names, userIDs: userIDs, request: self)
    result.fastRetweets = retweets
    try applyBackbone(to: &result, accountCount: names.count)
    return result
  }

  /// For co-tweet, whose objects are text hashes: reads the text of each object an account of
  /// `accounts` shared (its first message's), so that reports and evidence print texts. Only
  /// these are read: reading every text was most of co-tweet's time.
  public func attachTexts(to result: inout Result, in workspace: Workspace, accounts: Set<UInt32>)
    throws
  {
    guard parameters.trace == .coTweet, !accounts.isEmpty else { return }
    let events = result.events
    var first = [Int](repeating: -1, count: events.objectNames.count)
    for i in 0..<events.count where accounts.contains(events.accounts[i]) {
      let object = Int(events.objects[i])
      if first[object] < 0 { first[object] = i }
    }
    var idOfObject: [String: String] = [:]
    for (object, i) in first.enumerated() where i >= 0 {
      idOfObject[events.objectNames[object]] = events.messageIDs[Int(events.messages[i])]
    }
    let texts = try workspace.tweetTexts(ids: Set(idOfObject.values))
    for (key, id) in idOfObject { if let text = texts[id] { result.objectTexts[key] = text } }
  }

  /// The network `compute` gives for `parameters`, with each edge's symmetry: computed at
  /// minimum weight 1 so that the reverse weight of an edge is known even when the reverse edge
  /// is lighter than the minimum, then cut at the minimum weight.
  static func withSymmetry(
    _ parameters: CoordinationParameters,
    _ compute: (CoordinationParameters) throws -> CoordinationNetwork
  ) throws -> (network: CoordinationNetwork, symmetry: [UInt64: Double]) {
    var all = parameters
    all.minWeight = 1
    var network = try compute(all)
    var weights = [UInt64: Int](minimumCapacity: network.edges.count)
    for edge in network.edges {
      weights[UInt64(edge.source) << 32 | UInt64(edge.target)] = edge.weight
    }
    network.edges.removeAll { $0.weight < parameters.minWeight }
    network.parameters = parameters
    var symmetry = [UInt64: Double](minimumCapacity: network.edges.count)
    for edge in network.edges {
      let reverse = weights[UInt64(edge.target) << 32 | UInt64(edge.source)] ?? 0
      symmetry[UInt64(edge.source) << 32 | UInt64(edge.target)] =
        Double(min(edge.weight, reverse)) / Double(max(edge.weight, reverse))
    }
    return (network, symmetry)
  }

  /// Keeps the backbone's edges (see ``backbone``).
  func applyBackbone(to result: inout Result, accountCount: Int) throws {
    guard let backbone else { return }
    let filter = backbone.backbone
    try filter.validate()
    let count = max(
      accountCount, Int(result.network.edges.map { max($0.source, $0.target) }.max() ?? 0) + 1)
    let kept = try filter.extract(from: result.network.edges, accountCount: count)
    result.edgesBeforeBackbone = result.network.edges.count
    if !kept.alphas.isEmpty { result.backboneAlphas = kept.keptIndices.map { kept.alphas[$0] } }
    result.network.edges = kept.edges
    result.backboneResult = kept
  }
}
