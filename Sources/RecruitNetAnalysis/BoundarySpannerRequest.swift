import Foundation
import RecruitNetBrokerage
import RecruitNetGraph

/// Boundary spanners asked of a network: two groups by name, and where the groups come from
/// (see `BoundarySpanners`).
public struct BoundarySpannerRequest: Sendable, Equatable {
  public var grouping: NodeGrouping = .algorithm(.leiden)
  /// The group paths start from.
  public var groupA = ""
  /// The group paths end in.
  public var groupB = ""
  /// Only edges of this type; nil merges every type.
  public var edgeType: String? = nil

  public init() {}
}

/// Boundary spanners with names.
public struct BoundarySpannerAnswer: Sendable {
  public var request: BoundarySpannerRequest
  public var result: BoundarySpanners.Result
  public var groups: NodeGroups
  public var names: NodeNames
  /// The members of groups A and B.
  public var sizeA: Int
  public var sizeB: Int
  public var nodeCount: Int
  public var edgeCount: Int
  public var isDirected: Bool
}

extension NetworkInput {
  /// The accounts tied to both of the request's groups, and the shortest paths from A to B.
  ///
  /// - Throws: ``AnalysisError`` for a group name the grouping does not have (with the names it
  ///   has), the same group twice, and loading errors.
  public func boundarySpanners(_ request: BoundarySpannerRequest) async throws
    -> BoundarySpannerAnswer
  {
    let graph = try await graph(edgeType: request.edgeType)
    let groups = try groups(request.grouping, on: graph, edgeType: request.edgeType)
    let a = try groups.code(of: request.groupA)
    let b = try groups.code(of: request.groupB)
    guard a != b else {
      throw AnalysisError(
        .invalidRequest(
          reason: "boundary spanners need two different groups, got '\(request.groupA)' twice"))
    }
    let result = try BoundarySpanners().find(
      on: graph, groups: groups.codes, groupCount: groups.names.count, between: a, and: b)
    return BoundarySpannerAnswer(
      request: request, result: result, groups: groups, names: graph.names,
      sizeA: groups.codes.lazy.filter { $0 == UInt32(a) }.count,
      sizeB: groups.codes.lazy.filter { $0 == UInt32(b) }.count, nodeCount: graph.nodeCount,
      edgeCount: graph.edgeCount, isDirected: graph.isDirected)
  }
}
