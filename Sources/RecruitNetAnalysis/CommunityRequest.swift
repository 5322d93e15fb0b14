import Foundation
import RecruitNetCommunities
import RecruitNetGraph

/// One community detection to run: the algorithm, the view of the network and its options.
///
/// It is also the cache key of the partition (`CacheKey`): `Codable`, so the key is its JSON
/// and holds exactly the options the algorithm reads.
public struct CommunityRequest: Sendable {
  public var algorithm = CommunityAlgorithm.leiden
  public var options = CommunityOptions()
  /// Only edges of this type; `nil` merges every type (weights summed).
  public var edgeType: String? = nil
  /// Answer from the workspace's cache when the partition is there, and store what is computed.
  public var usesCache = true

  public init() {}

  /// What a cached partition depends on.
  struct CacheKey: Codable, Equatable {
    var algorithm: String
    var edgeType: String?
    var directed: Bool?
    var weighted: Bool
    var resolution: Double?
    var quality: String?
    var directedModularity: Bool?
    var seed: UInt64?
    var iterations: Int?
    var maxIterations: Int?
    var trials: Int?
    var teleportation: Double?
    var recordsTeleportation: Bool?
    var since: Int64?
    var until: Int64?
  }

  func cacheKey(directed: Bool?, since: Int64? = nil, until: Int64? = nil) -> CacheKey {
    var key = CacheKey(
      algorithm: algorithm.rawValue, edgeType: edgeType, directed: directed,
      weighted: options.weighted)
    key.since = since
    key.until = until
    switch algorithm {
    case .leiden, .louvain:
      key.resolution = options.resolution
      key.quality = options.quality.rawValue
      key.directedModularity = options.directedModularity
      key.seed = options.seed
      if algorithm == .leiden { key.iterations = options.iterations }
    case .labelprop:
      key.seed = options.seed
      key.maxIterations = options.maxIterations
    case .infomap:
      key.seed = options.seed
      key.trials = options.trials
      key.teleportation = options.teleportation
      key.recordsTeleportation = options.recordsTeleportation
    case .wcc, .scc: break
    }
    return key
  }

  /// The view and options a partition records beside the algorithm's own parameters.
  func recordedParameters(isDirected: Bool) -> [(name: String, value: String)] {
    var parameters: [(name: String, value: String)] = [
      ("edge_type", edgeType ?? "all"), ("directed", String(isDirected)),
      ("weighted", String(options.weighted)),
    ]
    if algorithm == .leiden || algorithm == .louvain {
      parameters += [
        ("resolution", "\(options.resolution)"), ("quality", options.quality.rawValue),
        ("directed_modularity", String(options.directedModularity)),
      ]
    }
    return parameters
  }
}

extension NetworkInput {
  /// The request's partition of `graph` (the network viewed as the request says), from the
  /// workspace's cache when it is there; a computed partition is stored in the cache.
  ///
  /// The partition records the view (edge type, direction, weights) before the algorithm's own
  /// parameters.
  public func communities(_ request: CommunityRequest, on graph: Graph) throws -> Partition {
    if let partition = try cachedCommunities(request) { return partition }
    let detected = try detect(request, on: graph)
    storeInCache(detected, for: request)
    return detected
  }

  /// Runs the request's algorithm, recording the view before the algorithm's parameters.
  func detect(_ request: CommunityRequest, on graph: Graph) throws -> Partition {
    var detected = try request.algorithm.detect(in: graph, options: request.options)
    let own = Set(detected.parameters.map(\.name))
    detected.parameters =
      request.recordedParameters(isDirected: graph.isDirected).filter { !own.contains($0.name) }
      + detected.parameters
    return detected
  }

  /// Stores a detected partition in the workspace's cache (nothing for a plain file).
  func storeInCache(_ partition: Partition, for request: CommunityRequest) {
    workspace.map { ResultCache(kind: "communities", workspace: $0) }?.store(
      request.cacheKey(directed: directed, since: since, until: until),
      parameters: ParameterText.object(partition.parameters),
      data: partition.communities.littleEndianData)
  }

  /// The request's partition from the workspace's cache, without loading the graph; nil when
  /// it is not there (or the request does not use the cache).
  public func cachedCommunities(_ request: CommunityRequest) throws -> Partition? {
    guard request.usesCache, let workspace,
      let hit = try ResultCache(kind: "communities", workspace: workspace).lookUp(
        request.cacheKey(directed: directed, since: since, until: until)),
      let labels = [UInt32](littleEndianData: hit.data)
    else { return nil }
    return Partition(
      labels: labels, algorithm: request.algorithm.rawValue,
      parameters: ParameterText.object(from: hit.parameters))
  }
}

extension Array where Element == UInt32 {
  /// The labels as little-endian UInt32 bytes (the layout of cached and saved partitions).
  public var littleEndianData: Data { withUnsafeBytes { Data($0) } }

  /// Labels from little-endian UInt32 bytes; nil if the byte count is not a multiple of 4.
  public init?(littleEndianData data: Data) {
    guard data.count % 4 == 0 else { return nil }
    self = data.withUnsafeBytes { Array($0.bindMemory(to: UInt32.self)) }
  }
}
