import RecruitNetGraph

/// Candidate links between accounts that appeared and accounts that were suspended or deleted
/// earlier: the same person coming back under a new name (J. M. Berger and H. Perez, 2016;
/// M. Conway et al., "Disrupting Daesh", VOX-Pol, 2017).
///
/// A link `gone → new` is a candidate when `new` was first seen after `gone` was first seen
/// gone. Its evidence is the similarity of the names (``HandleSimilarity``) and, when both are
/// accounts of the network, the overlap of their neighbourhoods (Jaccard index of the accounts
/// each is tied to, in either direction). The score is the name similarity when there is no
/// network evidence, and the mean of the two otherwise. Each new account keeps its best link
/// above the threshold (ties: the most recent gone account, then by name), so every new account
/// has at most one predecessor; following the links gives chains of incarnations.
///
/// - Complexity: O(G · A · L²) for G gone and A appeared accounts with names of length L, plus
///   the neighbourhood intersections, O(deg) each with sorted neighbour lists.
public struct ReturningAccounts: Sendable {
  /// An account that left: when it was first seen gone, its last follower count.
  public struct Gone: Sendable, Equatable {
    public var name: String
    public var goneAt: Int64
    public var followers: Int?
    /// Its neighbours in the network (sorted ids), nil when it is not an account there.
    public var neighbors: [UInt32]?
    public init(name: String, goneAt: Int64, followers: Int? = nil, neighbors: [UInt32]? = nil) {
      self.name = name
      self.goneAt = goneAt
      self.followers = followers
      self.neighbors = neighbors
    }
  }

  /// An account that appeared: when it was first seen, its follower counts then and last.
  public struct Appeared: Sendable, Equatable {
    public var name: String
    public var firstSeen: Int64
    public var firstFollowers: Int?
    public var lastFollowers: Int?
    public var neighbors: [UInt32]?
    public init(
      name: String, firstSeen: Int64, firstFollowers: Int? = nil, lastFollowers: Int? = nil,
      neighbors: [UInt32]? = nil
    ) {
      self.name = name
      self.firstSeen = firstSeen
      self.firstFollowers = firstFollowers
      self.lastFollowers = lastFollowers
      self.neighbors = neighbors
    }
  }

  /// One candidate link with its evidence.
  public struct Link: Sendable, Equatable {
    public var gone: Int
    public var appeared: Int
    public var nameSimilarity: Double
    /// Jaccard index of the neighbourhoods; nil when one of them is not in the network.
    public var neighborOverlap: Double?
    public var sharedNeighbors: Int
    public var score: Double
  }

  /// Links below this score are not kept.
  public var threshold = 0.6

  public init(threshold: Double = 0.6) { self.threshold = threshold }

  /// The best link of each appeared account above the threshold, ordered by score (highest
  /// first), then by the appeared account's name.
  public func links(gone: [Gone], appeared: [Appeared]) -> [Link] {
    var best: [Link] = []
    for (a, new) in appeared.enumerated() {
      var top: Link? = nil
      for (g, old) in gone.enumerated() where old.goneAt < new.firstSeen && old.name != new.name {
        let names = HandleSimilarity.similarity(old.name, new.name)
        var overlap: Double? = nil
        var shared = 0
        if let x = old.neighbors, let y = new.neighbors {
          shared = sortedIntersectionCount(x, y)
          let union = x.count + y.count - shared
          overlap = union == 0 ? 0 : Double(shared) / Double(union)
        }
        let score = overlap.map { (names + $0) / 2 } ?? names
        guard score >= threshold else { continue }
        let link = Link(
          gone: g, appeared: a, nameSimilarity: names, neighborOverlap: overlap,
          sharedNeighbors: shared, score: score)
        if let current = top {
          let earlier = gone[current.gone]
          let better =
            score > current.score
            || (score == current.score
              && (old.goneAt > earlier.goneAt
                || (old.goneAt == earlier.goneAt && old.name < earlier.name)))
          if better { top = link }
        } else {
          top = link
        }
      }
      if let top { best.append(top) }
    }
    return best.sorted {
      $0.score != $1.score
        ? $0.score > $1.score : appeared[$0.appeared].name < appeared[$1.appeared].name
    }
  }

  /// Chains of incarnations: each chain starts at a gone account that returned and is no
  /// account's successor itself, and holds every account linked to it directly or through
  /// other links (an appeared account that later went is a gone account too, under the same
  /// name), in the order they were first seen. Chains are ordered by their first name.
  public func chains(links: [Link], gone: [Gone], appeared: [Appeared]) -> [[String]] {
    var parent: [String: String] = [:]
    var firstSeen: [String: Int64] = [:]
    for link in links {
      let new = appeared[link.appeared]
      parent[new.name] = gone[link.gone].name
      firstSeen[new.name] = new.firstSeen
    }
    func root(_ name: String) -> String {
      var current = name
      var seen: Set<String> = [name]
      while let up = parent[current], !seen.contains(up) {
        current = up
        seen.insert(up)
      }
      return current
    }
    var members: [String: [String]] = [:]
    for name in parent.keys { members[root(name), default: []].append(name) }
    return members.keys.sorted().map { start in
      [start]
        + (members[start] ?? []).filter { $0 != start }.sorted {
          (firstSeen[$0] ?? 0, $0) < (firstSeen[$1] ?? 0, $1)
        }
    }
  }
}
