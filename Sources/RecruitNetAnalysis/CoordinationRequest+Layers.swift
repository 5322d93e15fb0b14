import Foundation
import RecruitNetCoordination
import RecruitNetGraph
import RecruitNetWorkspace

extension CoordinationRequest.Result {
  /// The network as a layer named `name`: its edges by node id, and the request (trace, window,
  /// minimum weight, similarity, time slice) as the layer's parameters, so that the layer can be
  /// analysed by name and its evidence recomputed later.
  public func layer(named name: String, revision: Int) -> SavedLayer {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let parameters = (try? encoder.encode(request)).flatMap { String(data: $0, encoding: .utf8) }
    return SavedLayer(
      name: name, kind: CoordinationRequest.layerKind, parameters: parameters ?? "{}",
      revision: revision, isDirected: true,
      edges: network.edges.map {
        let test = significance(of: $0)
        return LayerEdge(
          source: $0.source, target: $0.target, weight: Double($0.weight), pairs: $0.pairs,
          meanDelta: $0.meanDelta, minDelta: $0.minDelta, pValue: test?.pValue,
          qValue: test?.qValue)
      })
  }

  /// Saves the network in `workspace` as the layer `name` (see ``layer(named:revision:)``).
  ///
  /// - Throws: `WorkspaceError` with code `nameTaken` when a layer of that name exists and
  ///   `replacing` is false, or when the name is an imported edge type.
  public func save(as name: String, in workspace: Workspace, replacing: Bool = false) throws {
    try workspace.saveLayer(
      layer(named: name, revision: try workspace.revision()), replacing: replacing)
  }

  /// The account named `name`: a user id (as reports print accounts that have one) or a node
  /// name; nil if the workspace has neither.
  public func account(named name: String) -> UInt32? {
    if let node = userIDs.first(where: { $0.value == name })?.key { return UInt32(node) }
    return names.id(for: name).map { UInt32($0) }
  }
}

extension CoordinationRequest {
  /// The kind recorded for coordination layers.
  public static let layerKind = "coordination"

  /// The request that produced the saved layer `name`, to recompute its events and evidence.
  ///
  /// - Throws: `AnalysisError` when there is no such layer or it is not a coordination layer.
  public static func ofLayer(named name: String, in workspace: Workspace) throws
    -> CoordinationRequest
  {
    guard let summary = try workspace.layerSummaries().first(where: { $0.name == name }) else {
      throw AnalysisError.unknown(
        "saved layer", name, in: try workspace.layerNames(), listing: true)
    }
    guard summary.kind == layerKind,
      let request = try? JSONDecoder().decode(
        CoordinationRequest.self, from: Data(summary.parameters.utf8))
    else {
      throw AnalysisError.unknown(
        "coordination layer", name,
        in: try workspace.layerSummaries().filter { $0.kind == layerKind }.map(\.name),
        listing: true)
    }
    return request
  }

  /// The events of the request without computing the network (for the evidence of one edge).
  public func eventsOnly(on input: NetworkInput) throws -> Result {
    guard let workspace = input.workspace else {
      throw AnalysisError(.needsWorkspace(feature: "coordination networks", path: input.path))
    }
    let names = try workspace.loadNodeNames()
    let userIDs = try workspace.accountUserIDs()
    if parameters.trace == .fastRetweet {
      var result = try fastRetweets(in: workspace, names: names, userIDs: userIDs)
      result.network.edges = []
      return result
    }
    let empty = CoordinationNetwork(
      parameters: parameters, edges: [], eventCount: 0, pairsExamined: 0)
    if parameters.trace == .coSimilar {
      return Result(
        network: empty, events: CoordinationEvents(accountCount: 0),
        textEvents: try similarTextEvents(in: workspace), names: names, userIDs: userIDs,
        request: self)
    }
    return Result(
      network: empty, events: try events(in: workspace), textEvents: nil, names: names,
      userIDs: userIDs, request: self)
  }
}
