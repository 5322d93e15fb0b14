import RecruitNetGraph

/// How inward-looking a set of accounts is: its internal and external ties and Krackhardt's
/// E–I index, for one set or for every group of a partition, and per member its in-set
/// followers, followees and mutual ties.
///
/// Conventions (so that a reader can recompute them):
/// - A **tie** is an unordered pair of distinct accounts joined by at least one edge in either
///   direction (the network made undirected and simple; self-loops ignored; weights and types
///   ignored). A tie is **internal** to a group when both ends are in it and **external** when
///   exactly one is.
/// - The **E–I index** of a group is `(E − I) / (E + I)` with `E` its external and `I` its internal
///   ties: −1 for a group that only ties inward, +1 for one that only ties outward
///   (D. Krackhardt and R. N. Stern, "Informal networks and organizational crises: an
///   experimental simulation", Social Psychology Quarterly 51(2):123–140, 1988). The
///   whole-network index sums `E` and `I` over the groups, each tie counted once. NaN for a group
///   without ties.
/// - Per member `v` of a set `S` (directed graphs): **in-set followers** are the distinct
///   members `u ≠ v` with an edge `u → v`, the **in-set follower share** divides them by all
///   distinct accounts with an edge to `v`; **in-set followees** are the distinct members with
///   an edge `v → u`; **mutual in-set ties** the members with both. On a follower network
///   (`a → b`: a follows b) these are Berger and Morgan's in-set follower and following counts.
///   In an undirected graph followers, followees and mutual ties are all the adjacent members.
///
/// - Complexity: O(N + M) for all groups of a partition; O(Σ_{v∈S} deg(v)) per set.
public struct SetInsularity: Sendable {
  /// A group's tie counts.
  public struct GroupTies: Sendable, Equatable {
    public var members: Int
    public var internalTies: Int
    public var externalTies: Int
    /// `(E − I) / (E + I)`; NaN without ties.
    public var eiIndex: Double {
      let total = internalTies + externalTies
      return total == 0 ? .nan : Double(externalTies - internalTies) / Double(total)
    }
    /// `I / (E + I)`; NaN without ties.
    public var internalShare: Double {
      let total = internalTies + externalTies
      return total == 0 ? .nan : Double(internalTies) / Double(total)
    }
  }

  /// A member's ties into its own set.
  public struct MemberTies: Sendable, Equatable {
    public var node: NodeID
    /// Distinct members with an edge to this one.
    public var inSetFollowers: Int
    /// Distinct accounts with an edge to this one.
    public var followers: Int
    /// Distinct members this one has an edge to.
    public var inSetFollowees: Int
    /// Distinct accounts this one has an edge to.
    public var followees: Int
    /// Distinct members joined in both directions.
    public var mutualInSetTies: Int
    /// `inSetFollowers / followers`; NaN without followers.
    public var inSetFollowerShare: Double {
      followers == 0 ? .nan : Double(inSetFollowers) / Double(followers)
    }
  }

  public init() {}

  /// Every group's tie counts and the whole network's over the groups.
  public struct PartitionTies: Sendable, Equatable {
    /// By group, in group order.
    public var groups: [GroupTies]
    /// Internal ties summed over the groups, and each tie between two groups (or a group and
    /// an account without one) counted once.
    public var overall: GroupTies
  }

  /// Every group's tie counts and the network's, for `group[v]` the group of node `v` (nil: in
  /// no group, still an end of external ties), groups `0..<groupCount`, in one pass over the
  /// ties.
  public func partitionTies(on graph: Graph, group: [Int?], groupCount: Int) -> PartitionTies {
    var result = [GroupTies](
      repeating: GroupTies(members: 0, internalTies: 0, externalTies: 0), count: groupCount)
    var overall = GroupTies(members: 0, internalTies: 0, externalTies: 0)
    for v in graph.nodes {
      if let g = group[Int(v)] {
        result[g].members += 1
        overall.members += 1
      }
    }
    forEachTie(in: graph) { u, v in
      let (gu, gv) = (group[Int(u)], group[Int(v)])
      if let gu, gu == gv {
        result[gu].internalTies += 1
        overall.internalTies += 1
      } else {
        if let gu { result[gu].externalTies += 1 }
        if let gv { result[gv].externalTies += 1 }
        if gu != nil || gv != nil { overall.externalTies += 1 }
      }
    }
    return PartitionTies(groups: result, overall: overall)
  }

  /// Every group's tie counts (see ``partitionTies(on:group:groupCount:)``), in group order.
  public func groupTies(on graph: Graph, group: [Int?], groupCount: Int) -> [GroupTies] {
    partitionTies(on: graph, group: group, groupCount: groupCount).groups
  }

  /// The tie counts of one set.
  public func ties(of set: SeedSet, on graph: Graph) -> GroupTies {
    var group = [Int?](repeating: nil, count: graph.nodeCount)
    for member in set.members { group[Int(member)] = 0 }
    return groupTies(on: graph, group: group, groupCount: 1)[0]
  }

  /// Each member's ties into the set, in member order.
  public func memberTies(of set: SeedSet, on graph: Graph) -> [MemberTies] {
    set.members.map { v in
      let outs = distinct(graph.outNeighbors(of: v), excluding: v)
      let ins = graph.isDirected ? distinct(graph.inNeighbors(of: v), excluding: v) : outs
      let inSetOuts = outs.filter(set.contains)
      let inSetIns = ins.filter(set.contains)
      var mutual = 0
      var j = 0
      for u in inSetOuts {
        while j < inSetIns.count && inSetIns[j] < u { j += 1 }
        if j < inSetIns.count && inSetIns[j] == u { mutual += 1 }
      }
      return MemberTies(
        node: v, inSetFollowers: inSetIns.count, followers: ins.count,
        inSetFollowees: inSetOuts.count, followees: outs.count, mutualInSetTies: mutual)
    }
  }

  /// The number of ties of the network.
  public func tieCount(in graph: Graph) -> Int {
    var count = 0
    forEachTie(in: graph) { _, _ in count += 1 }
    return count
  }

  /// Calls `body(u, v)` once per tie `u < v`.
  func forEachTie(in graph: Graph, _ body: (NodeID, NodeID) -> Void) {
    for u in graph.nodes {
      graph.forEachDistinctNeighbor(of: u) { v in if v > u { body(u, v) } }
    }
  }

  /// The distinct values of a sorted slice, without `node`.
  private func distinct(_ neighbors: ArraySlice<NodeID>, excluding node: NodeID) -> [NodeID] {
    var result: [NodeID] = []
    result.reserveCapacity(neighbors.count)
    for v in neighbors where v != node && v != result.last { result.append(v) }
    return result
  }
}
