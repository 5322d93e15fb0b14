extension Graph {
  /// A graph over the same nodes (ids, names and kinds) with other edges, all of one type: a
  /// derived layer, such as a coordination network saved in a workspace, analysed with the ids
  /// and names of the network it was derived from. Rows are merged as ``GraphBuilder`` merges them
  /// (repeated pairs sum their weights).
  ///
  /// - Throws: ``GraphError`` for a node id outside the graph or a non-finite weight.
  public func replacingEdges(
    directed: Bool, typeName: String,
    edges: some Sequence<(source: NodeID, target: NodeID, weight: Double)>
  ) throws(GraphError) -> Graph {
    var builder = sameNodesBuilder(directed: directed)
    let type = try builder.edgeType(named: typeName)
    for edge in edges {
      builder.addEdge(from: edge.source, to: edge.target, type: type, weight: edge.weight)
    }
    return try builder.build()
  }

  /// A builder over the same nodes (ids, names and kinds) and the same edge types, without
  /// edges: for a view rebuilt from other rows (a time slice of the tweets behind the edges).
  public func sameNodesBuilder(directed: Bool? = nil, keepingTypes: Bool = false) -> GraphBuilder {
    var builder = GraphBuilder(
      isDirected: directed ?? isDirected, interner: NameInterner(names), kindNames: kindNames)
    if keepingTypes { for type in edgeTypeNames { _ = try? builder.edgeType(named: type) } }
    return builder
  }
}
