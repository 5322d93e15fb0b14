import RecruitNetCentrality
import RecruitNetCommunities
import RecruitNetGraph
import RecruitNetIO

/// A community report to produce: a detected partition (or a saved one), optionally saved,
/// compared with known groups, measured, and its communities' top accounts ranked.
public struct CommunityReportRequest: Sendable {
  /// The detection to run (ignored when ``show`` names a saved partition).
  public var detection = CommunityRequest()
  /// Report the partition saved under this name instead of detecting one.
  public var show: String? = nil
  /// Save the partition under this name.
  public var save: String? = nil
  /// Compare with these groups.
  public var compareWith: GroupSource? = nil
  /// Measure quality and modularity, and rank each community's accounts by ``rankBy``
  /// (a plain list of assignments needs neither, and then a cached partition needs no graph).
  public var measures = true
  public var rankBy = CentralityMeasure.pagerank
  public var pseudonymizer: Pseudonymizer? = nil

  public init() {}
}

extension NetworkInput {
  /// Produces the report the request asks for.
  ///
  /// - Parameters:
  ///   - progress: receives one line per step.
  ///   - phase: called at the end of each phase (`load`, `compute`, `cache`, `quality`), for
  ///     timings; `compute` is the algorithm alone, as the peers' timings are.
  /// - Throws: ``AnalysisError`` for a saved partition, attribute or account that does not
  ///   exist or a workspace feature on a plain file; `CommunityError` and `CentralityError`
  ///   from the algorithms; loading errors.
  public func communityReport(
    _ request: CommunityReportRequest, progress: (@Sendable (String) -> Void)? = nil,
    phase: ((String) -> Void)? = nil
  ) async throws -> CommunityReport {
    if request.save != nil { _ = try requireWorkspace(for: "saving a partition") }
    if request.show != nil { _ = try requireWorkspace(for: "showing a saved partition") }
    if case .attribute? = request.compareWith {
      _ = try requireWorkspace(for: "comparing with a node attribute")
    }
    let detection = request.detection
    var cached: Partition? = nil
    if let show = request.show, let workspace {
      if try workspace.savedPartition(named: show) == nil {
        throw AnalysisError.unknown(
          "saved partition", show, in: try workspace.partitionNames(), listing: true)
      }
    } else {
      cached = try cachedCommunities(detection)
    }
    phase?("load")

    // A cached partition listed without measures needs only the names.
    var graph: Graph? = nil
    let names: NodeNames
    let isView = try isView(edgeType: detection.edgeType)
    if let workspace, cached != nil, !request.measures, !isView {
      names = try workspace.loadNodeNames()
    } else {
      progress?("loading \(path)")
      let loaded = try await self.graph(edgeType: detection.edgeType)
      graph = loaded
      names = loaded.names
    }
    phase?("load")
    let found: Partition
    if let cached {
      found = cached
    } else if let show = request.show, let workspace {
      let stored = try workspace.requirePartition(
        named: show, nodeCount: isView ? nil : graph?.nodeCount ?? names.count)
      if isView, let graph {
        found = Self.partition(stored, on: graph, ids: try workspaceIDs(of: graph))
      } else {
        found = stored
      }
    } else {
      let loaded: Graph
      if let graph {
        loaded = graph
      } else {
        loaded = try await self.graph(edgeType: detection.edgeType)
      }
      let graph = loaded
      progress?(
        "finding communities (\(detection.algorithm.rawValue)) on \(graph.nodeCount) nodes, \(graph.edgeCount) edges"
      )
      found = try detect(detection, on: graph)
      phase?("compute")
      storeInCache(found, for: detection)
      if workspace != nil { phase?("cache") }
    }
    let partition = found
    let ids = try graph.flatMap { try workspaceIDs(of: $0) }
    if let save = request.save, let workspace {
      try workspace.save(
        Self.workspacePartition(
          partition, ids: ids, nodeCount: try workspace.loadNodeNames().count),
        as: save)
      progress?("saved the partition as '\(save)'")
    }
    var report = CommunityReport(
      partition: partition, names: names, network: path, edgeType: detection.edgeType,
      savedName: request.show ?? request.save)
    report.comparison = try request.compareWith.map {
      try compare(partition, with: $0, names: names, ids: ids)
    }
    report.pseudonymizer = request.pseudonymizer
    if let graph, request.measures {
      report.measure(
        on: graph, weighted: detection.options.weighted, resolution: detection.options.resolution,
        directedModularity: detection.options.directedModularity)
      progress?("ranking accounts by \(request.rankBy.rawValue)")
      var parameters = CentralityParameters()
      parameters.threads = detection.options.threads
      report.scores = try request.rankBy.scores(on: graph, parameters: parameters)
      phase?("quality")
    }
    return report
  }
}
