import RecruitNetGraph

extension InterchangeNetwork {
  /// The network of `graph` with the given node attributes and labels (by node id), ready for
  /// any writer: nodes in id order, one edge per merged (source, target, type) edge (undirected
  /// edges once), with weight, row count and time span.
  public init(
    graph: Graph, attributes: [NodeID: [NodeAttribute]] = [:], labels: [NodeID: [String]] = [:]
  ) {
    self.init(isDirected: graph.isDirected)
    nodes.reserveCapacity(graph.nodeCount)
    for id in graph.nodes {
      nodes.append(
        Node(
          name: graph.names.name(of: id), kind: graph.kindNames[graph.names.kindIndex(of: id)],
          attributes: attributes[id] ?? [], labels: labels[id] ?? []))
    }
    edges.reserveCapacity(graph.edgeCount)
    let hasTimes = graph.hasTimes
    graph.forEachEdge { u, v, e in
      var edge = Edge(
        source: Int(u), target: Int(v), type: graph.edgeTypeNames[graph.edgeType(of: e)],
        weight: graph.outWeights[e],
        count: graph.multiplicity(of: e))
      if hasTimes {
        if graph.firstTimes[e] != GraphBuilder.noTime { edge.firstTime = graph.firstTimes[e] }
        if graph.lastTimes[e] != GraphBuilder.noTime { edge.lastTime = graph.lastTimes[e] }
      }
      edges.append(edge)
    }
  }
}
