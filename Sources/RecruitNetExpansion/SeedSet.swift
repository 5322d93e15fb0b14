import RecruitNetGraph

/// A set of accounts in a graph (the seeds of an expansion, or the members of a group), kept as
/// a membership bitmap so that the kernels test membership in O(1) without hashing.
public struct SeedSet: Sendable, Equatable {
  /// The members, ascending and distinct.
  public let members: [NodeID]
  /// `contains[v]` for every node of the graph the set was made for.
  @usableFromInline let membership: [Bool]

  /// The set of `members` in a graph of `nodeCount` nodes (duplicates ignored).
  ///
  /// - Precondition: every member is below `nodeCount` (the caller resolves names first).
  public init<S: Sequence>(_ members: S, nodeCount: Int) where S.Element == NodeID {
    var membership = [Bool](repeating: false, count: nodeCount)
    for member in members { membership[Int(member)] = true }
    self.membership = membership
    self.members = membership.indices.filter { membership[$0] }.map {
      NodeID(truncatingIfNeeded: $0)
    }
  }

  /// Whether `node` is a member.
  @inlinable public func contains(_ node: NodeID) -> Bool { membership[Int(node)] }

  /// The number of members.
  public var count: Int { members.count }
}
