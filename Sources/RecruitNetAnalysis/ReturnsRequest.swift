import RecruitNetGraph
import RecruitNetTracking
import RecruitNetWorkspace

/// Returning accounts: accounts that appeared in a later snapshot linked to accounts suspended
/// or deleted before, by name and by the overlap of their ties (see `ReturningAccounts`).
public struct ReturnsRequest: Sendable, Equatable {
  /// Links below this score are dropped.
  public var threshold = 0.6
  /// Only the snapshots taken up to this time (Unix seconds).
  public var asOf: Int64? = nil

  public init() {}
}

/// One returning account with its evidence.
public struct ReturnLink: Sendable, Equatable {
  public var gone: String
  public var appeared: String
  public var score: Double
  public var nameSimilarity: Double
  public var neighborOverlap: Double?
  public var sharedNeighbors: Int
  /// When the old account was first seen gone and the new one first seen (Unix seconds).
  public var goneAt: Int64
  public var firstSeen: Int64
  /// Followers: the old account's last count, the new one's first and last.
  public var followersBefore: Int?
  public var followersAfterFirst: Int?
  public var followersAfterLast: Int?
}

/// The answer: the links, and the chains of incarnations with followers per incarnation.
public struct ReturnsAnswer: Sendable {
  public var request: ReturnsRequest
  public var goneCount: Int
  public var appearedCount: Int
  public var links: [ReturnLink]
  /// Each chain: the incarnations in order, with the last follower count known of each.
  public var chains: [[(name: String, followers: Int?)]]
}

extension NetworkInput {
  /// Links accounts that appeared to accounts gone before them.
  ///
  /// - Throws: ``AnalysisError`` for a workspace without snapshots, and loading errors.
  public func returningAccounts(_ request: ReturnsRequest) async throws -> ReturnsAnswer {
    let workspace = try requireWorkspace(for: "snapshots")
    let courses = try await accountCourses(asOf: request.asOf)
    let taken = try workspace.snapshots().filter { $0.takenAt <= request.asOf ?? Int64.max }
    let firstSnapshot = taken.first?.takenAt ?? 0
    // Rename targets are the same account under a new name, not a return.
    let renameTargets = Set(courses.flatMap(\.renamedTo))
    let graph = try await graph()
    func neighbors(_ name: String) -> [UInt32]? {
      guard let v = graph.names.id(for: name) else { return nil }
      var ids = Set(graph.outNeighbors(of: v)).union(graph.inNeighbors(of: v))
      ids.remove(v)
      return ids.sorted()
    }
    let gone = courses.filter { $0.state == .suspended || $0.state == .deleted }.map {
      ReturningAccounts.Gone(
        name: $0.account, goneAt: $0.lastSeen, followers: $0.lastFollowers,
        neighbors: neighbors($0.account))
    }
    let appeared = courses.filter {
      $0.firstSeen > firstSnapshot && !renameTargets.contains($0.account)
    }
    .map {
      ReturningAccounts.Appeared(
        name: $0.account, firstSeen: $0.firstSeen, firstFollowers: $0.firstFollowers,
        lastFollowers: $0.lastFollowers, neighbors: neighbors($0.account))
    }
    let matcher = ReturningAccounts(threshold: request.threshold)
    let links = matcher.links(gone: gone, appeared: appeared)
    let followers = Dictionary(
      courses.map { ($0.account, $0.lastFollowers) }, uniquingKeysWith: { a, _ in a })
    return ReturnsAnswer(
      request: request, goneCount: gone.count, appearedCount: appeared.count,
      links: links.map { link in
        let (old, new) = (gone[link.gone], appeared[link.appeared])
        return ReturnLink(
          gone: old.name, appeared: new.name, score: link.score,
          nameSimilarity: link.nameSimilarity, neighborOverlap: link.neighborOverlap,
          sharedNeighbors: link.sharedNeighbors, goneAt: old.goneAt, firstSeen: new.firstSeen,
          followersBefore: old.followers, followersAfterFirst: new.firstFollowers,
          followersAfterLast: new.lastFollowers)
      },
      chains: matcher.chains(links: links, gone: gone, appeared: appeared).map { chain in
        chain.map { ($0, followers[$0] ?? nil) }
      })
  }
}
