extension Graph {
  /// Read-only raw views of a graph's compressed sparse row arrays, for the kernels' inner loops.
  ///
  /// The one place where the graph's storage is exposed without bounds checks or reference
  /// counting: algorithms take this handle through ``Graph/withUnsafeAdjacency(_:)`` instead of
  /// nesting one `withUnsafeBufferPointer` closure per array, so a change of storage touches this
  /// file and ``Graph`` only (the pattern of swift-collections' `Heap+UnsafeHandle` and of
  /// `WeightedNetwork+Buffers` one layer up).
  ///
  /// The views are valid only inside the closure. The handle is `Sendable` because the arrays
  /// behind it are immutable for the graph's lifetime: worker threads may read it concurrently.
  ///
  /// An undirected graph's in-side is its out-side (its arcs are symmetric); `inEdges` is then
  /// empty, since an in-edge *is* an out-edge.
  package struct UnsafeAdjacency: @unchecked Sendable {
    /// The number of nodes.
    package let nodeCount: Int
    /// Whether the graph is directed.
    package let isDirected: Bool
    /// Node `v`'s out-edges are `outOffsets[v] ..< outOffsets[v + 1]`.
    package let outOffsets: UnsafeBufferPointer<Int>
    /// The target of each out-edge.
    package let outTargets: UnsafeBufferPointer<NodeID>
    /// The weight of each out-edge.
    package let outWeights: UnsafeBufferPointer<Double>
    /// The type of each out-edge; empty when the graph has one type.
    package let edgeTypes: UnsafeBufferPointer<UInt16>
    /// Node `v`'s in-edges are `inOffsets[v] ..< inOffsets[v + 1]` (the out-offsets if undirected).
    package let inOffsets: UnsafeBufferPointer<Int>
    /// The source of each in-edge (the out-targets if undirected).
    package let inSources: UnsafeBufferPointer<NodeID>
    /// For each in-edge of a directed graph, its index among the out-edges; empty if undirected.
    package let inEdges: UnsafeBufferPointer<UInt32>

    /// Node `v`'s out-edge indices.
    @inline(__always) package func outEdges(of v: Int) -> Range<Int> {
      outOffsets[v]..<outOffsets[v + 1]
    }

    /// Node `v`'s in-edge indices (positions in ``inSources``).
    @inline(__always) package func inEdges(of v: Int) -> Range<Int> {
      inOffsets[v]..<inOffsets[v + 1]
    }

    /// The out-side: successors with the out-edge weights.
    package var outSide: AdjacencySide {
      AdjacencySide(offsets: outOffsets, neighbors: outTargets, weights: outWeights)
    }

    /// The in-side: predecessors, with `weights` parallel to ``inSources`` (an undirected graph's
    /// in-side is its out-side, weights included; a directed one has no weights in this order
    /// unless the caller gathered them, so pass an empty buffer if they are not read).
    package func inSide(weights: UnsafeBufferPointer<Double>) -> AdjacencySide {
      isDirected
        ? AdjacencySide(offsets: inOffsets, neighbors: inSources, weights: weights) : outSide
    }
  }

  /// Calls `body` with raw read-only views of the adjacency arrays.
  ///
  /// - Complexity: O(1); nothing is copied.
  package func withUnsafeAdjacency<R, E: Error>(
    _ body: (UnsafeAdjacency) throws(E) -> R
  ) throws(E) -> R {
    let directed = isDirected
    let n = nodeCount
    return try outOffsets.withUnsafeBufferPointer { outOffsets throws(E) in
      try outTargets.withUnsafeBufferPointer { outTargets throws(E) in
        try outWeights.withUnsafeBufferPointer { outWeights throws(E) in
          try edgeTypes.withUnsafeBufferPointer { edgeTypes throws(E) in
            try inOffsets.withUnsafeBufferPointer { inOffsets throws(E) in
              try inSources.withUnsafeBufferPointer { inSources throws(E) in
                try inEdges.withUnsafeBufferPointer { inEdges throws(E) in
                  try body(
                    UnsafeAdjacency(
                      nodeCount: n, isDirected: directed, outOffsets: outOffsets,
                      outTargets: outTargets, outWeights: outWeights, edgeTypes: edgeTypes,
                      inOffsets: directed ? inOffsets : outOffsets,
                      inSources: directed ? inSources : outTargets, inEdges: inEdges))
                }
              }
            }
          }
        }
      }
    }
  }
}

/// One side of an adjacency (successors or predecessors) as raw views: node `v`'s edges are
/// `offsets[v] ..< offsets[v + 1]`, with `neighbors` and `weights` parallel to the edge index.
/// What a traversal needs to run forwards or backwards over either side without knowing which.
package struct AdjacencySide: @unchecked Sendable {
  /// CSR offsets, one per node plus the end.
  package let offsets: UnsafeBufferPointer<Int>
  /// The neighbour at the far end of each edge.
  package let neighbors: UnsafeBufferPointer<NodeID>
  /// The weight of each edge (empty when the side is read without weights).
  package let weights: UnsafeBufferPointer<Double>

  /// Creates a side from its three parallel views.
  package init(
    offsets: UnsafeBufferPointer<Int>, neighbors: UnsafeBufferPointer<NodeID>,
    weights: UnsafeBufferPointer<Double>
  ) {
    self.offsets = offsets
    self.neighbors = neighbors
    self.weights = weights
  }

  /// The number of nodes.
  @inline(__always) package var nodeCount: Int { offsets.count - 1 }

  /// Node `v`'s edge indices.
  @inline(__always) package func edges(of v: Int) -> Range<Int> { offsets[v]..<offsets[v + 1] }
}
