import RecruitNetCommunities
import RecruitNetExpansion
import RecruitNetGraph

/// How inward-looking a set of accounts or the groups of a partition are (see `SetInsularity`
/// for the conventions): internal and external ties, Krackhardt and Stern's E–I index, and per
/// member of a set its in-set followers, followees and mutual ties.
public struct InsularityRequest: Sendable, Equatable {
  /// A set of accounts (its members are listed), or nil.
  public var set: AccountSetSource? = nil
  /// Groups (a saved partition, a node attribute, a `name,group` file), or nil.
  public var groups: GroupSource? = nil
  public var edgeType: String? = nil

  public init() {}
}

/// The answer.
public struct InsularityAnswer: Sendable {
  public var request: InsularityRequest
  public var isDirected: Bool
  public var nodeCount: Int
  public var tieCount: Int
  /// The set's ties and each member's, by name (members ascending by name).
  public var set: SetInsularity.GroupTies?
  public var members: [(name: String, ties: SetInsularity.MemberTies)]
  public var setNotInNetwork: [String]
  /// Each group's ties, by group name, largest group first; and the whole network's E–I.
  public var groups: [(name: String, ties: SetInsularity.GroupTies)]
  public var overall: SetInsularity.GroupTies?
}

extension NetworkInput {
  /// Measures the request's set and groups.
  ///
  /// - Throws: ``AnalysisError`` for neither a set nor groups, unknown names, labels,
  ///   partitions or attributes, and loading errors.
  public func insularity(_ request: InsularityRequest) async throws -> InsularityAnswer {
    guard request.set != nil || request.groups != nil else {
      throw AnalysisError(.invalidRequest(reason: "give a set of accounts or groups to measure"))
    }
    let graph = try await graph(edgeType: request.edgeType)
    let insularity = SetInsularity()
    let tieCount = insularity.tieCount(in: graph)
    var answer = InsularityAnswer(
      request: request, isDirected: graph.isDirected, nodeCount: graph.nodeCount,
      tieCount: tieCount, set: nil, members: [], setNotInNetwork: [], groups: [], overall: nil)
    if let source = request.set {
      let resolved = try resolve(source, on: graph, what: "account")
      answer.set = insularity.ties(of: resolved.set, on: graph)
      answer.members = insularity.memberTies(of: resolved.set, on: graph).map {
        (graph.names.name(of: $0.node), $0)
      }.sorted { $0.name < $1.name }
      answer.setNotInNetwork = resolved.notInNetwork
    }
    if let source = request.groups {
      let (labels, _) = try groupLabels(
        from: source, names: graph.names, ids: workspaceIDs(of: graph))
      let group = labels.labels.map { $0 == Partition.unassigned ? nil : Int($0) }
      let ties = insularity.partitionTies(on: graph, group: group, groupCount: labels.groupCount)
      answer.groups = zip(labels.groupNames, ties.groups).map { ($0, $1) }.sorted {
        $0.ties.members != $1.ties.members ? $0.ties.members > $1.ties.members : $0.name < $1.name
      }
      answer.overall = ties.overall
    }
    return answer
  }
}
