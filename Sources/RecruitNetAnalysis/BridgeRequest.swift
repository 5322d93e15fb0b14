import Foundation
import RecruitNetCentrality
import RecruitNetGraph

/// Edge betweenness asked of a network (see `EdgeBetweenness`): exact or from a seeded sample of
/// sources, weighted or not, normalized as networkx does or not.
public struct BridgeRequest: Sendable, Equatable {
  /// Sampled sources `k`; nil for exact.
  public var sampleSize: Int? = nil
  public var seed: UInt64 = 0
  /// Weights as lengths (`distance`) or as strengths (`strength`, length = 1/weight); nil for
  /// hop counts (networkx's default, `weight=None`).
  public var length: PathLength = .hops
  public var isNormalized = true
  /// Only edges of this type; nil merges every type.
  public var edgeType: String? = nil
  public var threads: Int? = nil

  public init() {}
}

/// Edge betweenness with names.
public struct BridgeAnswer: Sendable {
  public var request: BridgeRequest
  public var scores: EdgeScores
  public var names: NodeNames
  public var nodeCount: Int
  public var edgeCount: Int
  public var isDirected: Bool
}

extension NetworkInput {
  /// The edge betweenness of every edge of the network (types merged unless one is asked for).
  ///
  /// - Throws: `CentralityError` for a sample larger than the network or weights that are not
  ///   positive lengths, and loading errors.
  public func bridges(_ request: BridgeRequest) async throws -> BridgeAnswer {
    let graph = try await graph(edgeType: request.edgeType)
    var measure = EdgeBetweenness()
    measure.sampleSize = request.sampleSize
    measure.seed = request.seed
    measure.length = request.length
    measure.isNormalized = request.isNormalized
    if let threads = request.threads { measure.threads = threads }
    let scores = try measure.scores(on: graph)
    return BridgeAnswer(
      request: request, scores: scores, names: graph.names, nodeCount: graph.nodeCount,
      edgeCount: graph.edgeCount, isDirected: graph.isDirected)
  }
}
