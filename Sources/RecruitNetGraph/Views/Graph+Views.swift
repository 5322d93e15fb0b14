extension Graph {
  /// The graph with all edge types merged into one (named `all`): edges with the same source and
  /// target are merged, weights and multiplicities summed, timestamps widened. Node ids are kept.
  /// Returns `self` when there is only one type.
  public func mergingEdgeTypes() -> Graph {
    if edgeTypeNames.count <= 1 { return self }
    return rebuilt(isDirected: isDirected, typeNames: ["all"]) { _ in 0 }
  }

  /// The graph restricted to the edges of one type; every node is kept, with its id.
  ///
  /// - Throws: ``GraphError`` if the graph has no edge type `name` (the message lists the types).
  public func filtered(edgeType name: String) throws(GraphError) -> Graph {
    guard let index = edgeTypeNames.firstIndex(of: name) else {
      throw GraphError(.unknownEdgeType(name: name, available: edgeTypeNames))
    }
    if edgeTypeNames.count == 1 { return self }
    return rebuilt(isDirected: isDirected, typeNames: [name]) { type in type == index ? 0 : nil }
  }

  /// The undirected projection: `u → v` and `v → u` become one edge `{u, v}` whose weight and
  /// multiplicity are the sums of both (igraph's `as_undirected(mode="collapse")` with summed
  /// weights). Types are kept apart. Node ids are kept. Returns `self` if already undirected.
  public func undirected() -> Graph {
    if !isDirected { return self }
    return rebuilt(isDirected: false, typeNames: edgeTypeNames) { $0 }
  }

  /// The nodes with at least one edge (a self-loop counts) and every edge, renumbered in id
  /// order: what remains of a one-type view once the accounts without an edge of that type go.
  /// Returns `self` when no node is isolated.
  ///
  /// - Complexity: O(n + m).
  public func touchedByEdges() -> Graph {
    var touched = [Bool](repeating: false, count: nodeCount)
    var count = 0
    for u in nodes {
      for e in outEdges(of: u) {
        let v = outTargets[e]
        if !touched[Int(u)] {
          touched[Int(u)] = true
          count += 1
        }
        if !touched[Int(v)] {
          touched[Int(v)] = true
          count += 1
        }
      }
    }
    if count == nodeCount { return self }
    return induced(on: nodes.lazy.filter { touched[Int($0)] }).graph
  }

  /// The subgraph induced by `nodes`: those nodes (renumbered 0..<k in the given order, duplicates
  /// ignored) and every edge between two of them.
  ///
  /// - Returns: the subgraph and, for each of its nodes, the id it has in `self`.
  public func induced(on nodes: some Sequence<NodeID>) -> (graph: Graph, originalIDs: [NodeID]) {
    var newID = [NodeID](repeating: NodeID.max, count: nodeCount)
    var original: [NodeID] = []
    var builder = GraphBuilder(isDirected: isDirected)
    for kind in kindNames.dropFirst() { _ = try? builder.nodeKind(named: kind) }
    for type in edgeTypeNames { _ = try? builder.edgeType(named: type) }
    for v in nodes where Int(v) < nodeCount && newID[Int(v)] == NodeID.max {
      names.withUTF8(of: v) { key in
        var zero: UInt8 = 0
        withUnsafePointer(to: &zero) { fallback in
          newID[Int(v)] = builder.uniqueInterner().intern(
            key.baseAddress ?? fallback, count: key.count)
        }
      }
      original.append(v)
    }
    forEachEdge { u, v, e in
      let a = newID[Int(u)]
      let b = newID[Int(v)]
      guard a != NodeID.max, b != NodeID.max else { return }
      builder.appendEdge(copying: e, of: self, from: a, to: b, type: UInt16(edgeType(of: e)))
    }
    // The builder only fails past the 32-bit limits, which a subgraph of `self` cannot reach.
    guard let graph = try? builder.build() else { return (self, Array(self.nodes)) }
    return (graph, original)
  }

  /// Rebuilds the graph with the same nodes (and ids), mapping each edge's type through `mapType`
  /// (`nil` drops the edge).
  func rebuilt(isDirected directed: Bool, typeNames: [String], mapType: (Int) -> Int?) -> Graph {
    var builder = GraphBuilder(
      isDirected: directed, interner: NameInterner(names), kindNames: kindNames)
    builder.reserveRows(edgeCount)
    for type in typeNames { _ = try? builder.edgeType(named: type) }
    forEachEdge { u, v, e in
      guard let type = mapType(edgeType(of: e)) else { return }
      builder.appendEdge(copying: e, of: self, from: u, to: v, type: UInt16(type))
    }
    // Same node set and no more rows than `self`: within the limits `self` already met.
    guard let graph = try? builder.build() else { return self }
    return graph
  }
}

/// Which edges a traversal follows from a node.
public enum EdgeDirection: String, Sendable, CaseIterable {
  /// Out-edges only.
  case outgoing
  /// In-edges only.
  case incoming
  /// Both (for undirected graphs, the same as either).
  case both
}

extension GraphBuilder {
  /// Appends out-edge `edge` of `graph` as a row, with its weight, multiplicity and timestamps.
  mutating func appendEdge(
    copying edge: EdgeIndex, of graph: Graph, from u: NodeID, to v: NodeID, type: UInt16
  ) {
    let multiplicity = graph.multiplicity(of: edge)
    if multiplicity != 1 && !hasCounts {
      counts = Array(repeating: 1, count: sources.count)
      hasCounts = true
    }
    if graph.hasTimes {
      addEdge(
        from: u, to: v, type: type, weight: graph.outWeights[edge], time: graph.firstTimes[edge])
      lastTimes[lastTimes.count - 1] = graph.lastTimes[edge]
    } else {
      addEdge(from: u, to: v, type: type, weight: graph.outWeights[edge])
    }
    if hasCounts { counts[counts.count - 1] = UInt32(truncatingIfNeeded: multiplicity) }
  }
}
