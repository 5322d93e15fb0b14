import RecruitNetGraph
import RecruitNetIO
import RecruitNetWorkspace

extension NetworkInput {
  /// The network with everything its source holds, for export: a workspace with its node
  /// attributes and labels, a network file (GraphML, GEXF, GML, Pajek, DOT, JSON) as read, or
  /// an edge list.
  ///
  /// - Throws: ``AnalysisError/Code/directionDoesNotApply(path:isDirected:)`` when a direction
  ///   was asked that the source cannot give (a directed view of an undirected network; any
  ///   change of direction of a network file).
  ///
  /// - Parameter edgeType: only the edges of this type, or of this saved layer (workspaces and
  ///   edge lists; every node is kept, with its attributes).
  public func interchangeNetwork(edgeType: String? = nil) async throws -> InterchangeNetwork {
    if edgeType != nil || isSliced {
      guard let workspace else {
        return InterchangeNetwork(graph: try await graph(edgeType: edgeType, mergingTypes: false))
      }
      let view = try await graph(edgeType: edgeType, mergingTypes: false)
      var attributes = try workspace.nodeAttributes()
      var labels = try workspace.nodeLabels()
      if let ids = try workspaceIDs(of: view) {
        // The view's own ids: each account keeps its attributes and labels.
        attributes = Dictionary(
          uniqueKeysWithValues: ids.enumerated().compactMap { v, id in
            attributes[id].map { (NodeID(v), $0) }
          })
        labels = Dictionary(
          uniqueKeysWithValues: ids.enumerated().compactMap { v, id in
            labels[id].map { (NodeID(v), $0) }
          })
      }
      return InterchangeNetwork(graph: view, attributes: attributes, labels: labels)
    }
    if let workspace {
      var document = try workspace.interchangeNetwork()
      if directed == false && document.isDirected {
        document = InterchangeNetwork(
          graph: try workspace.loadGraph().undirected(), attributes: try workspace.nodeAttributes(),
          labels: try workspace.nodeLabels())
      } else if directed == true && !document.isDirected {
        throw AnalysisError(.directionDoesNotApply(path: path, isDirected: false))
      }
      return document
    }
    let detected = InterchangeFormat.detect(path: path)
    if detected != .csv {
      let document = try InterchangeReader.read(path: path, format: detected).network
      if let directed, directed != document.isDirected {
        throw AnalysisError(.directionDoesNotApply(path: path, isDirected: document.isDirected))
      }
      return document
    }
    return InterchangeNetwork(graph: try await graph(mergingTypes: false))
  }
}
