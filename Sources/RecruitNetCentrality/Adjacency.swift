import RecruitNetGraph

/// The two sides of a graph's adjacency as the kernels read them: for every node its successors
/// (out-edges) and predecessors (in-edges), each with the edge weights in a parallel array.
///
/// An undirected graph's arcs are symmetric, so both sides are its out-adjacency. A directed
/// graph's in-side holds the sources from ``Graph/inSources``; its weights are gathered once here
/// (through ``Graph/inEdges``) into a contiguous array, so pull-style loops (PageRank, Katz,
/// closeness on in-distances) read weights without an indirection in their innermost loop.
struct Adjacency: @unchecked Sendable {
  let nodeCount: Int
  let outOffsets: [Int]
  let outTargets: [NodeID]
  let outWeights: [Double]
  let inOffsets: [Int]
  let inSources: [NodeID]
  let inWeights: [Double]

  init(_ graph: Graph, inWeights needWeights: Bool = true) {
    nodeCount = graph.nodeCount
    outOffsets = graph.outOffsets
    outTargets = graph.outTargets
    outWeights = graph.outWeights
    if graph.isDirected {
      inOffsets = graph.inOffsets
      inSources = graph.inSources
      if needWeights {
        let weights = graph.outWeights
        inWeights = graph.inEdges.withUnsafeBufferPointer { edges in
          weights.withUnsafeBufferPointer { w in
            [Double](unsafeUninitializedCapacity: edges.count) { buffer, count in
              for i in 0..<edges.count { buffer[i] = w[Int(edges[i])] }
              count = edges.count
            }
          }
        }
      } else {
        inWeights = []
      }
    } else {
      inOffsets = graph.outOffsets
      inSources = graph.outTargets
      inWeights = graph.outWeights
    }
  }

  /// The out- or in-side as (offsets, neighbours, weights).
  func side(_ forward: Bool) -> (offsets: [Int], neighbors: [NodeID], weights: [Double]) {
    forward ? (outOffsets, outTargets, outWeights) : (inOffsets, inSources, inWeights)
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

/// Splits `0 ..< nodeCount` into `parts` ranges holding nearly equal numbers of edges (plus one
/// per node), so threads finish together on skewed degree distributions.
func balancedRanges(offsets: [Int], parts: Int) -> [Range<Int>] {
  let nodeCount = offsets.count - 1
  guard parts > 1, nodeCount > 0 else { return [0..<max(0, nodeCount)] }
  let total = offsets[nodeCount] + nodeCount
  var ranges: [Range<Int>] = []
  var start = 0
  for part in 1...parts {
    var end = nodeCount
    if part < parts {
      let goal = total * part / parts
      // Binary search the first node whose prefix (edges + nodes) reaches the goal.
      var low = start, high = nodeCount
      while low < high {
        let mid = (low + high) / 2
        if offsets[mid] + mid < goal { low = mid + 1 } else { high = mid }
      }
      end = low
    }
    ranges.append(start..<end)
    start = end
  }
  return ranges
}
