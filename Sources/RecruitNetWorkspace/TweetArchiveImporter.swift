import Foundation
import RecruitNetGraph
import RecruitNetIO

/// Imports tweet archives into a workspace, all or nothing: the account network (retweet,
/// mention, reply and quote edges between accounts, see `Tweet.interactions`), optionally the
/// context layers (account → hashtag, account → domain), the accounts' identities, name history
/// and latest profile attributes, and every tweet once by id.
///
/// Each edge row is one tweet, so an edge's weight is the number of tweets that gave it and its
/// first and last timestamps are those of the first and last such tweet. A tweet whose id is
/// already stored (from an earlier import, or earlier in this one) is skipped entirely: importing
/// the same or overlapping archives counts nothing twice, and the edges of a new file come only
/// from tweets not stored before. Tweets outside `--since`/`--until` are neither counted nor
/// stored (a later import with a wider window adds them); the chosen edge types and layers are
/// recorded in the import ledger and apply to the tweets this import stores.
public struct TweetArchiveImporter: Sendable {
  public var workspacePath: String
  public var files: [String] = []
  public var archive = TweetArchiveOptions()
  /// The edge types to add (default: the four account types; add `TweetEdgeType.layers`).
  public var edgeTypes: Set<TweetEdgeType> = Set(TweetEdgeType.accountTypes)
  /// Keep tweets with `since <= time` (Unix seconds).
  public var since: Int64?
  /// Keep tweets with `time < until`.
  public var until: Int64?

  public init(workspacePath: String) {
    self.workspacePath = workspacePath
  }

  /// What importing one file did.
  public struct FileReport: Sendable {
    public var archive: TweetArchiveReport
    /// New tweets stored.
    public var tweetsStored = 0
    /// Tweets skipped because their id was already stored.
    public var duplicates = 0
    /// Tweets skipped by `--since` / `--until` (or without a time when a window is given).
    public var outsideWindow = 0
    /// Edge rows added, per type (each is one tweet's edge).
    public var edgeRows: [TweetEdgeType: Int] = [:]
    /// An earlier import with the same content (SHA-256), if any: its tweets were skipped by id.
    public var sameContentAs: String?
    /// Retweets and replies that name the referenced tweet by id only (the coordination CSV)
    /// whose tweet is in neither this import nor the workspace: they are stored, with their
    /// referenced id, but make no account edge.
    public var unresolvedByID = 0
  }

  /// A retweet or reply that names its original by id only, resolved after its file is read.
  private struct PendingReference {
    var tweet: String
    var author: NodeID
    var time: Int64?
    var type: TweetEdgeType
    var original: String
    /// For a reply known by id: the mentioned accounts, whose edges wait for the replied-to
    /// author (a reply's mention of the account it replies to is the reply edge only).
    var mentions: [NodeID] = []
  }

  /// What an import did.
  public struct Outcome: Sendable {
    public var files: [FileReport] = []
    public var graph: Graph?
    public var wrote = false
    public var timings: [(phase: String, seconds: Double)] = []
    /// Account names this import added that look like mistakes: control characters, very long,
    /// or not a handle (1–15 letters, digits or `_`), as screen names must be.
    public var suspiciousNames = SuspiciousNames()
  }

  public func run(progress: (@Sendable (String) -> Void)? = nil) async throws -> Outcome {
    // Held from the first read of the workspace to the rename of the new file: a second
    // import waits instead of replacing this one's file with a copy that lacks its edges.
    let lock = try WorkspaceLock(workspacePath: workspacePath)
    defer { withExtendedLifetime(lock) {} }
    WorkspaceWriter.removeStaleTemporaries(of: workspacePath)
    var outcome = Outcome()
    var clock = PhaseClock()
    var existing: Workspace? = nil
    var graph: Graph? = nil
    var revision = 0
    var createdAt: String? = nil
    var knownHashes: [String: String] = [:]
    var directory = AccountDirectory()
    if FileManager.default.fileExists(atPath: workspacePath) {
      let workspace = try Workspace(path: workspacePath)
      existing = workspace
      guard try workspace.isDirected() else {
        throw WorkspaceError(
          .directionMismatch, workspacePath,
          "the workspace holds an undirected network; tweet networks are directed (retweeter → author)"
        )
      }
      progress?("loading \(workspacePath)")
      graph = try workspace.loadGraph()
      revision = try workspace.revision()
      createdAt = try workspace.meta("created_at")
      for record in try workspace.imports() { knownHashes[record.sha256] = record.file }
      directory = try AccountDirectory(workspace: workspace)
    }
    outcome.timings.append(("load", clock.lap()))
    var builder = graph.map(GraphBuilder.init) ?? GraphBuilder(isDirected: true)
    let staging = try TweetStaging(beside: workspacePath, previous: existing?.path)
    defer { staging.close() }
    var typeIDs: [TweetEdgeType: UInt16] = [:]
    var kindIDs: [TweetEdgeType: Int] = [:]
    // Types and kinds are registered when first used, so that no empty type appears.
    func register(_ type: TweetEdgeType, in builder: inout GraphBuilder) throws(GraphError) -> (
      type: UInt16, kind: Int
    ) {
      if let id = typeIDs[type], let kind = kindIDs[type] { return (id, kind) }
      let ids = (
        try builder.edgeType(named: type.rawValue), try builder.nodeKind(named: type.targetKind)
      )
      typeIDs[type] = ids.0
      kindIDs[type] = ids.1
      return ids
    }
    var entries: [ImportEntry] = []
    let reader = TweetArchiveReader(options: archive)
    for (fileIndex, file) in files.enumerated() {
      progress?("reading \(file)")
      var report: FileReport? = nil
      var stored = 0
      var duplicates = 0
      var outside = 0
      var rows: [TweetEdgeType: Int] = [:]
      var pending: [PendingReference] = []
      var unresolvedByID = 0
      let archiveReport = try reader.read(path: file, progress: progress.map { p in { p($0) } }) {
        tweet in
        if since != nil || until != nil {
          guard let time = tweet.time, since.map({ time >= $0 }) ?? true,
            until.map({ time < $0 }) ?? true
          else {
            outside += 1
            return
          }
        }
        if try staging.isStored(tweet.id) {
          duplicates += 1
          return
        }
        guard let author = directory.node(for: tweet.author, seenAt: tweet.time, in: &builder)
        else { return }
        if let profile = tweet.profile { directory.record(profile, of: author, at: tweet.time) }
        let replyByID =
          tweet.retweetOf == nil && tweet.retweetedID == nil && tweet.replyTo == nil
          && tweet.repliedToID != nil
        var deferredMentions: [NodeID] = []
        for interaction in tweet.interactions {
          if replyByID, case .account(.mention, let reference) = interaction {
            if edgeTypes.contains(.mention),
              let node = directory.node(for: reference, seenAt: tweet.time, in: &builder)
            {
              deferredMentions.append(node)
            }
            continue
          }
          guard edgeTypes.contains(interaction.type) else { continue }
          let (type, kind) = try register(interaction.type, in: &builder)
          let target: NodeID
          switch interaction {
          case .account(_, let reference):
            guard let node = directory.node(for: reference, seenAt: tweet.time, in: &builder) else {
              continue
            }
            target = node
          case .context(_, let name):
            target = builder.node(named: name, kind: kind)
          }
          if let time = tweet.time {
            builder.addEdge(from: author, to: target, type: type, weight: 1, time: time)
          } else {
            builder.addEdge(from: author, to: target, type: type, weight: 1)
          }
          rows[interaction.type, default: 0] += 1
        }
        for other in tweet.otherAccounts { directory.noteName(of: other, seenAt: tweet.time) }
        let entry = TweetStaging.Entry(
          tweet: tweet, author: author,
          retweetedAuthor: tweet.retweetOf.flatMap(directory.existingNode),
          quotedAuthor: tweet.quoteOf.flatMap(directory.existingNode),
          repliedAuthor: tweet.replyTo.flatMap(directory.existingNode),
          mentionNodes: tweet.mentions.compactMap(directory.existingNode))
        _ = try staging.stage(entry, file: fileIndex)
        if tweet.retweetOf == nil, let original = tweet.retweetedID {
          pending.append(
            PendingReference(
              tweet: tweet.id, author: author, time: tweet.time, type: .retweet, original: original)
          )
        } else if tweet.replyTo == nil, let original = tweet.repliedToID {
          pending.append(
            PendingReference(
              tweet: tweet.id, author: author, time: tweet.time, type: .reply, original: original,
              mentions: deferredMentions))
        }
        stored += 1
      }
      // References by tweet id alone (the coordination CSV's repost_id and reply_id): the
      // referenced tweet's author, once every tweet of the file is staged.
      func addMentions(of reference: PendingReference, except original: NodeID?) throws {
        guard edgeTypes.contains(.mention), !reference.mentions.isEmpty else { return }
        let (type, _) = try register(.mention, in: &builder)
        for node in reference.mentions where node != original {
          if let time = reference.time {
            builder.addEdge(from: reference.author, to: node, type: type, weight: 1, time: time)
          } else {
            builder.addEdge(from: reference.author, to: node, type: type, weight: 1)
          }
          rows[.mention, default: 0] += 1
        }
      }
      for reference in pending {
        guard let original = try staging.author(ofTweet: reference.original) else {
          unresolvedByID += 1
          try addMentions(of: reference, except: nil)
          continue
        }
        try addMentions(of: reference, except: original)
        try staging.resolve(
          reference.tweet,
          column: reference.type == .retweet ? "retweeted_author" : "replied_author",
          to: original)
        guard edgeTypes.contains(reference.type) else { continue }
        let (type, _) = try register(reference.type, in: &builder)
        if let time = reference.time {
          builder.addEdge(from: reference.author, to: original, type: type, weight: 1, time: time)
        } else {
          builder.addEdge(from: reference.author, to: original, type: type, weight: 1)
        }
        rows[reference.type, default: 0] += 1
      }
      pending.removeAll()
      report = FileReport(archive: archiveReport)
      report?.unresolvedByID = unresolvedByID
      report?.tweetsStored = stored
      report?.duplicates = duplicates
      report?.outsideWindow = outside
      report?.edgeRows = rows
      report?.sameContentAs = knownHashes[archiveReport.sha256]
      knownHashes[archiveReport.sha256] = file
      guard let report else { continue }
      outcome.files.append(report)
      var entry = ImportEntry(
        file: file, sha256: archiveReport.sha256, kind: archiveReport.format.rawValue,
        rowsRead: archiveReport.records, rowsImported: stored, rowsRejected: archiveReport.invalid,
        options: recordedOptions(report))
      entry.stagedTweetFile = fileIndex
      entries.append(entry)
    }
    outcome.timings.append(("parse", clock.lap()))
    guard outcome.files.contains(where: { $0.tweetsStored > 0 }) else {
      // Nothing new: leave the workspace exactly as it is.
      outcome.graph = graph
      return outcome
    }
    entries[entries.count - 1].accountUpdates = directory.updates
    try staging.finish()
    progress?("building the graph")
    let built = try builder.build()
    for id in (graph?.nodeCount ?? 0)..<built.nodeCount
    where built.names.kindIndex(of: NodeID(truncatingIfNeeded: id)) == 0 {
      outcome.suspiciousNames.check(built.names[id], handles: true)
    }
    outcome.timings.append(("build", clock.lap()))
    progress?("writing \(workspacePath)")
    try WorkspaceWriter.write(
      graph: built, to: workspacePath, previous: existing?.path, revision: revision + 1,
      createdAt: createdAt,
      imports: entries, attachments: [("staged", staging.path)])
    outcome.timings.append(("write", clock.lap()))
    outcome.graph = built
    outcome.wrote = true
    return outcome
  }

  /// The ledger's `options` JSON: how the file was read and what was skipped.
  private func recordedOptions(_ report: FileReport) -> [String: String] {
    var options: [String: String] = [
      "format": report.archive.format.rawValue,
      "edge_types": TweetEdgeType.allCases.filter(edgeTypes.contains).map(\.rawValue).joined(
        separator: ","),
      "skip_invalid": String(archive.skipInvalid),
      "tweets_read": String(report.archive.tweets), "tweets_duplicate": String(report.duplicates),
      "tweets_outside_window": String(report.outsideWindow),
      "deleted": String(report.archive.deleted),
      "withheld": String(report.archive.withheld), "notices": String(report.archive.notices),
      "api_errors": String(report.archive.apiErrors),
      "unresolved_references": String(report.archive.unresolvedReferences),
    ]
    if let layout = report.archive.layout { options["layout"] = layout }
    if report.unresolvedByID > 0 { options["unresolved_by_id"] = String(report.unresolvedByID) }
    if let since { options["since"] = String(since) }
    if let until { options["until"] = String(until) }
    return options
  }
}
