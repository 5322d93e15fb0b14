import RecruitNetCentrality
import RecruitNetGraph
import RecruitNetWorkspace

extension NetworkInput {
  /// Computes the request's measures, from the workspace's cache when every one is there.
  ///
  /// - Parameters:
  ///   - namesIndexed: whether the names must answer name → id lookups (a cached answer
  ///     otherwise loads only id → name, which is faster on large workspaces).
  ///   - progress: receives one line per step ("computing pagerank on …").
  ///   - phase: called at the end of each phase (`load`, `compute`), for timings.
  /// - Throws: `CentralityError` from a measure (with the measure's name in its message),
  ///   ``AnalysisError`` for a seed that is not in the network, and loading errors.
  public func centrality(
    _ request: CentralityRequest, namesIndexed: Bool = true,
    progress: (@Sendable (String) -> Void)? = nil,
    phase: ((String) -> Void)? = nil
  ) async throws -> CentralityResult {
    let keys = request.measures.map {
      request.cacheKey(for: $0, directed: directed, since: since, until: until)
    }
    let cache = workspace.map { ResultCache(kind: "centrality", workspace: $0) }
    // A view (one edge type, a layer, a slice) numbers its own nodes: its cached scores are read
    // against its own names, so the view is loaded first.
    let isView = try isView(edgeType: request.edgeType)
    if let cache, request.usesCache, !isView {
      let cached = try Self.cachedScores(request.measures, keys: keys, in: cache, count: nil)
      if cached.count == request.measures.count, let workspace {
        let names = try workspace.loadNodeNames(indexed: namesIndexed)
        phase?("load")
        return CentralityResult(
          scores: cached, names: names, isDirected: try isDirected(), isCached: true)
      }
    }
    progress?("loading \(path)")
    let graph = try await graph(edgeType: request.edgeType)
    phase?("load")
    if let cache, request.usesCache, isView {
      let cached = try Self.cachedScores(
        request.measures, keys: keys, in: cache, count: graph.nodeCount)
      if cached.count == request.measures.count {
        return CentralityResult(
          scores: cached, names: graph.names, isDirected: graph.isDirected, isCached: true)
      }
    }
    var parameters = request.parameters
    if !request.seeds.seeds.isEmpty {
      parameters.personalization = try request.seeds.personalization(in: graph.names)
    }
    var results: [NodeScores] = []
    for (measure, key) in zip(request.measures, keys) {
      progress?(
        "computing \(measure.rawValue) on \(graph.nodeCount) nodes, \(graph.edgeCount) edges")
      let scores = try measure.scores(on: graph, parameters: parameters)
      results.append(scores)
      cache?.store(
        key, parameters: ParameterText.pairs(scores.parameters.map { ($0.name, $0.value) }),
        data: scores.values.littleEndianData)
    }
    phase?("compute")
    return CentralityResult(
      scores: results, names: graph.names, isDirected: graph.isDirected, isCached: false)
  }

  /// The cached scores of `measures`, in order, up to the first one missing (or, with `count`,
  /// of another length than the graph's).
  static func cachedScores(
    _ measures: [CentralityMeasure], keys: [CentralityRequest.CacheKey], in cache: ResultCache,
    count: Int?
  ) throws -> [NodeScores] {
    var cached: [NodeScores] = []
    for (measure, key) in zip(measures, keys) {
      guard let hit = try cache.lookUp(key), let values = [Double](littleEndianData: hit.data),
        count == nil || values.count == count
      else { break }
      let parameters = ParameterText.pairs(from: hit.parameters).map {
        NodeScores.Parameter($0.name, $0.value)
      }
      cached.append(NodeScores(measure: measure.rawValue, values: values, parameters: parameters))
    }
    return cached
  }
}
