import Foundation
import RecruitNetBrokerage
import RecruitNetGraph

/// A Gould–Fernandez brokerage analysis asked of a network: where the groups come from, the
/// edge type, the threads (see `GouldFernandez`).
public struct BrokerageRequest: Sendable, Equatable {
  public var grouping: NodeGrouping = .algorithm(.leiden)
  /// Only edges of this type; nil merges every type.
  public var edgeType: String? = nil
  public var threads: Int? = nil

  public init() {}
}

/// A brokerage answer with names: the scores, the groups and what they were computed on.
public struct BrokerageAnswer: Sendable {
  public var request: BrokerageRequest
  public var scores: BrokerageScores
  public var groups: NodeGroups
  public var names: NodeNames
  public var nodeCount: Int
  public var edgeCount: Int
  public var isDirected: Bool
}

extension NetworkInput {
  /// Gould–Fernandez roles of every account for the request's grouping.
  ///
  /// - Throws: ``AnalysisError`` for a grouping that cannot be found, and loading errors.
  public func brokerage(_ request: BrokerageRequest) async throws -> BrokerageAnswer {
    let graph = try await graph(edgeType: request.edgeType)
    let groups = try groups(request.grouping, on: graph, edgeType: request.edgeType)
    var kernel = GouldFernandez()
    if let threads = request.threads { kernel.threads = threads }
    let scores = try kernel.scores(
      on: graph, groups: groups.codes, groupCount: groups.names.count)
    return BrokerageAnswer(
      request: request, scores: scores, groups: groups, names: graph.names,
      nodeCount: graph.nodeCount, edgeCount: graph.edgeCount, isDirected: graph.isDirected)
  }
}
