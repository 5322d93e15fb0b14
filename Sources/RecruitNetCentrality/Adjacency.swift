import RecruitNetGraph

/// The two sides of a graph's adjacency as the centrality kernels read them: for every node its
/// successors (out-edges) and predecessors (in-edges), each with the edge weights in a parallel
/// array.
///
/// An undirected graph's arcs are symmetric, so both sides are its out-adjacency. A directed
/// graph's in-side holds the sources of ``Graph/UnsafeAdjacency/inSources``; its weights are
/// gathered once here (through the in-edges' out-edge indices) into a contiguous array, so
/// pull-style loops (PageRank, Katz, closeness on in-distances) read weights without an
/// indirection in their innermost loop.
struct Adjacency: Sendable {
  let graph: Graph
  /// In-edge weights of a directed graph, parallel to its in-sources; empty otherwise or when
  /// not asked for.
  private let gatheredInWeights: [Double]

  init(_ graph: Graph, inWeights needWeights: Bool = true) {
    self.graph = graph
    guard graph.isDirected, needWeights else {
      gatheredInWeights = []
      return
    }
    gatheredInWeights = graph.withUnsafeAdjacency { adjacency in
      let (edges, weights) = (adjacency.inEdges, adjacency.outWeights)
      return [Double](unsafeUninitializedCapacity: edges.count) { buffer, count in
        for i in 0..<edges.count { buffer[i] = weights[Int(edges[i])] }
        count = edges.count
      }
    }
  }

  /// The number of nodes.
  var nodeCount: Int { graph.nodeCount }

  /// Raw views of both sides, valid only inside `body`.
  struct UnsafeSides: @unchecked Sendable {
    /// Successors with the out-edge weights.
    let out: AdjacencySide
    /// Predecessors with the in-edge weights (empty weights if they were not gathered).
    let `in`: AdjacencySide

    /// The number of nodes.
    var nodeCount: Int { out.nodeCount }

    /// The out-side (`forward`) or the in-side.
    @inline(__always) func side(_ forward: Bool) -> AdjacencySide { forward ? out : `in` }
  }

  /// Calls `body` with raw views of both sides (O(1); nothing is copied).
  func withUnsafeSides<R>(_ body: (UnsafeSides) -> R) -> R {
    graph.withUnsafeAdjacency { adjacency in
      gatheredInWeights.withUnsafeBufferPointer { inWeights in
        body(UnsafeSides(out: adjacency.outSide, in: adjacency.inSide(weights: inWeights)))
      }
    }
  }
}

extension Array where Element == Double {
  /// The sum of absolute differences, networkx's convergence measure for power iterations.
  func l1Distance(to other: [Double]) -> Double {
    var total = 0.0
    for i in indices { total += Swift.abs(self[i] - other[i]) }
    return total
  }
}
