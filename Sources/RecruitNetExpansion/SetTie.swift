import RecruitNetGraph

/// One edge between an account and a member of a set, in either direction: the evidence that
/// ties the account to the set.
public struct SetTie: Sendable, Equatable {
  /// The member at the other end.
  public var member: NodeID
  /// The edge's index in the graph's out-adjacency (its weight, type, multiplicity and times).
  public var edge: EdgeIndex
  /// Whether the edge points from the member to the account (`member → account`); false for
  /// `account → member`. Always false in an undirected graph, where the edge has no direction.
  public var isFromMember: Bool
}

extension Graph {
  /// The edges between `node` and the members of `set` other than itself, ordered by member,
  /// then out-edges (`node → member`) before in-edges, then edge index.
  ///
  /// In an undirected graph each edge appears once (as `node — member`).
  ///
  /// - Complexity: O(deg(node)).
  public func ties(of node: NodeID, with set: SeedSet) -> [SetTie] {
    var ties: [SetTie] = []
    for edge in outEdges(of: node) {
      let member = outTargets[edge]
      if member != node && set.contains(member) {
        ties.append(SetTie(member: member, edge: edge, isFromMember: false))
      }
    }
    if isDirected {
      for slot in inOffsets[Int(node)]..<inOffsets[Int(node) + 1] {
        let member = inSources[slot]
        if member != node && set.contains(member) {
          ties.append(SetTie(member: member, edge: Int(inEdges[slot]), isFromMember: true))
        }
      }
    }
    ties.sort {
      ($0.member, $0.isFromMember ? 1 : 0, $0.edge) < ($1.member, $1.isFromMember ? 1 : 0, $1.edge)
    }
    return ties
  }

  /// The number of distinct accounts adjacent to `node` in either direction, itself excluded.
  ///
  /// - Complexity: O(deg(node)).
  public func distinctNeighborCount(of node: NodeID) -> Int {
    var count = 0
    forEachDistinctNeighbor(of: node) { _ in count += 1 }
    return count
  }

  /// Calls `body` once per distinct account adjacent to `node` in either direction, ascending,
  /// `node` itself excluded: a merge of the sorted out- and in-neighbour lists.
  ///
  /// - Complexity: O(deg(node)).
  func forEachDistinctNeighbor(of node: NodeID, _ body: (NodeID) -> Void) {
    let outs = outNeighbors(of: node)
    let ins = isDirected ? inNeighbors(of: node) : outs[outs.endIndex...]
    var last: NodeID? = nil
    var i = outs.startIndex
    var j = ins.startIndex
    while i < outs.endIndex || j < ins.endIndex {
      let next: NodeID
      if j == ins.endIndex || (i < outs.endIndex && outs[i] <= ins[j]) {
        next = outs[i]
        i += 1
      } else {
        next = ins[j]
        j += 1
      }
      if next != node && next != last { body(next) }
      last = next
    }
  }
}
