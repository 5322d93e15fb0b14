import RecruitNetGraph

/// Why a brokerage computation could not give an answer.
public struct BrokerageError: RecruitNetError, Equatable {
  /// The kind of problem, with its details.
  public enum Code: Sendable, Equatable {
    /// The group list does not have one entry per node.
    case groupCountMismatch(groups: Int, nodes: Int)
    /// A group number that is not below the number of groups.
    case groupOutOfRange(node: Int, group: UInt32, groupCount: Int)
    /// A group asked for by number that the grouping does not have.
    case noSuchGroup(group: Int, groupCount: Int)
    /// Boundary spanners between a group and itself.
    case sameGroup(group: Int)
  }

  public var code: Code

  public init(_ code: Code) { self.code = code }

  public var codeName: String { "brokerage." + caseName(of: code) }

  public var message: String {
    switch code {
    case .groupCountMismatch(let groups, let nodes):
      "the grouping has \(groups) entries for \(nodes) nodes"
    case .groupOutOfRange(let node, let group, let groupCount):
      "node \(node) has group \(group), and the grouping has groups 0 to \(groupCount - 1)"
    case .noSuchGroup(let group, let groupCount):
      "no group \(group); the grouping has groups 0 to \(groupCount - 1)"
    case .sameGroup(let group):
      "boundary spanners need two different groups, got group \(group) twice"
    }
  }
}

/// One group number per node, each below `groupCount`, or an error.
func validateGroups(_ groups: [UInt32], groupCount: Int, nodeCount: Int) throws(BrokerageError) {
  guard groups.count == nodeCount else {
    throw BrokerageError(.groupCountMismatch(groups: groups.count, nodes: nodeCount))
  }
  for (node, group) in groups.enumerated() where Int(group) >= groupCount {
    throw BrokerageError(.groupOutOfRange(node: node, group: group, groupCount: groupCount))
  }
}
