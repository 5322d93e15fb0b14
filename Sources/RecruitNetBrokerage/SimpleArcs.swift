import RecruitNetGraph

/// A graph's arcs as Gould and Fernandez count them: directed, simple (each ordered pair once,
/// whatever its edge types, weights or repeats), without self-loops; an undirected edge is the
/// two arcs `u → v` and `v → u`. Successors and predecessors in CSR arrays of 32-bit ids, each
/// list sorted ascending, so that "is `a → b` an arc?" is a merge step or a binary search.
///
/// - Complexity: O(n + m) time and memory to build (the graph's lists are already sorted; only
///   repeats of a target under several edge types and self-loops are dropped).
struct SimpleArcs: Sendable {
  let nodeCount: Int
  let outOffsets: [Int]
  let outTargets: [UInt32]
  let inOffsets: [Int]
  let inSources: [UInt32]

  /// The number of arcs (ordered pairs), the `m` of the density `m / (n(n − 1))`.
  var arcCount: Int { outTargets.count }

  init(_ graph: Graph) {
    nodeCount = graph.nodeCount
    (outOffsets, outTargets) = Self.compact(graph, outgoing: true)
    if graph.isDirected {
      (inOffsets, inSources) = Self.compact(graph, outgoing: false)
    } else {
      (inOffsets, inSources) = (outOffsets, outTargets)
    }
  }

  /// One side's lists without self-loops and repeated neighbours (they are sorted, so repeats
  /// are adjacent).
  private static func compact(_ graph: Graph, outgoing: Bool) -> ([Int], [UInt32]) {
    let n = graph.nodeCount
    var offsets = [Int](repeating: 0, count: n + 1)
    var neighbors: [UInt32] = []
    neighbors.reserveCapacity(graph.arcCount)
    graph.withUnsafeAdjacency { adjacency in
      let side =
        outgoing
        ? adjacency.outSide : adjacency.inSide(weights: UnsafeBufferPointer(start: nil, count: 0))
      for v in 0..<n {
        var previous = UInt32.max
        for e in side.edges(of: v) {
          let w = side.neighbors[e]
          if Int(w) == v || w == previous { continue }
          neighbors.append(w)
          previous = w
        }
        offsets[v + 1] = neighbors.count
      }
    }
    return (offsets, neighbors)
  }
}
