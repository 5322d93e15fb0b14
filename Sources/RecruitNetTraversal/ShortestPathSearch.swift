import RecruitNetGraph

/// One thread's single-source shortest-path search, reused across sources: breadth-first for
/// hop counts, Dijkstra with a binary heap (``MinHeap``) for weighted lengths. It records, for
/// every node it reaches, the distance, the number of shortest paths (σ) and the order of
/// settling, which is what Brandes's accumulation (``BrandesAccumulation``), the closeness sums
/// and k-hop neighbourhoods need. Arrays are allocated once and reset through the list of
/// settled nodes, so a search costs O(reached nodes + their edges), not O(n).
///
/// This is the library's one breadth-first search: closeness, harmonic centrality, exact
/// weighted betweenness, the vertex-diameter bound of sampled betweenness and
/// ``RecruitNetGraph/Graph/neighborhood(of:hops:direction:)`` all run it. Two kernels keep their
/// own loop, each for a measured reason given in its comment: unweighted exact betweenness
/// (one record per node) and the bidirectional search of sampled betweenness (a different
/// algorithm).
///
/// Dijkstra: E. W. Dijkstra, "A note on two problems in connexion with graphs", Numerische
/// Mathematik 1, 1959, doi:10.1007/BF01386390. Path counting as in U. Brandes, "A faster
/// algorithm for betweenness centrality", J. Math. Sociology 25(2), 2001,
/// doi:10.1080/0022250X.2001.9990249.
///
/// - Complexity: O(reached nodes + their edges) for hops; O((reached + edges) log edges) with
///   lengths.
package struct ShortestPathSearch {
  /// The number of nodes of the graph searched.
  package let nodeCount: Int
  /// Distance from the source; `.infinity` where not reached.
  package private(set) var distance: [Double]
  /// Number of shortest paths from the source (as a Double: the counts overflow 64 bits on
  /// large graphs, and Brandes's accumulation divides them anyway).
  package private(set) var sigma: [Double]
  /// Settled nodes in non-decreasing distance.
  package private(set) var order: [NodeID]
  private var heap = MinHeap()
  /// Settled marks for Dijkstra, as a bitset reset through `order`.
  private var settledBits: [UInt64] = []

  /// A search over graphs of `nodeCount` nodes.
  package init(nodeCount: Int) {
    self.nodeCount = nodeCount
    distance = [Double](repeating: .infinity, count: nodeCount)
    sigma = [Double](repeating: 0, count: nodeCount)
    order = []
    order.reserveCapacity(nodeCount)
  }

  /// Forgets the previous search.
  package mutating func reset() {
    distance.withUnsafeMutableBufferPointer { d in
      sigma.withUnsafeMutableBufferPointer { s in
        for v in order {
          d[Int(v)] = .infinity
          s[Int(v)] = 0
        }
      }
    }
    order.removeAll(keepingCapacity: true)
  }

  /// Runs from `source` along `side`'s edges (out-edges for distances from the source, in-edges
  /// for distances to it), with edge lengths by `length`.
  package mutating func run(from source: NodeID, along side: AdjacencySide, length: PathLength) {
    reset()
    if length == .hops {
      breadthFirst(from: CollectionOfOne(source), along: side, also: nil, maxDepth: .max)
    } else {
      dijkstra(from: source, along: side, inverse: length == .strength)
    }
  }

  /// Breadth-first search from every node of `sources` at once (distance 0 each), following
  /// `side` and, when given, `other` too (both directions of a directed graph), no further than
  /// `maxDepth` hops. Afterwards ``order`` lists the nodes reached, level by level.
  package mutating func runBreadthFirst(
    from sources: some Sequence<NodeID>, along side: AdjacencySide, also other: AdjacencySide?,
    maxDepth: Int
  ) {
    reset()
    breadthFirst(from: sources, along: side, also: other, maxDepth: maxDepth)
  }

  /// The breadth-first loop. `order` doubles as the queue: nodes are settled in the order they
  /// are enqueued. Hand-written over raw buffers: it is the innermost loop of closeness.
  private mutating func breadthFirst(
    from sources: some Sequence<NodeID>, along side: AdjacencySide, also other: AdjacencySide?,
    maxDepth: Int
  ) {
    for source in sources where distance[Int(source)] == .infinity {
      distance[Int(source)] = 0
      sigma[Int(source)] = 1
      order.append(source)
    }
    let depthLimit = Double(maxDepth)
    let (offsets, neighbors) = (side.offsets, side.neighbors)
    let (otherOffsets, otherNeighbors) = (other?.offsets, other?.neighbors)
    distance.withUnsafeMutableBufferPointer { d in
      sigma.withUnsafeMutableBufferPointer { s in
        var head = 0
        while head < order.count {
          let v = Int(order[head])
          head += 1
          let next = d[v] + 1
          if next > depthLimit { continue }
          let paths = s[v]
          for e in offsets[v]..<offsets[v + 1] {
            let w = Int(neighbors[e])
            if d[w] == .infinity {
              d[w] = next
              order.append(NodeID(truncatingIfNeeded: w))
            }
            if d[w] == next { s[w] += paths }
          }
          // The other side (both directions of a directed graph): the same loop, kept out of
          // the one-side path so that closeness pays nothing for it.
          guard let otherOffsets, let otherNeighbors else { continue }
          for e in otherOffsets[v]..<otherOffsets[v + 1] {
            let w = Int(otherNeighbors[e])
            if d[w] == .infinity {
              d[w] = next
              order.append(NodeID(truncatingIfNeeded: w))
            }
            if d[w] == next { s[w] += paths }
          }
        }
      }
    }
  }

  private mutating func dijkstra(from source: NodeID, along side: AdjacencySide, inverse: Bool) {
    heap.removeAll()
    let (offsets, neighbors, weights) = (side.offsets, side.neighbors, side.weights)
    // Distances are tentative until a node is popped with its current distance; stale heap
    // entries are skipped (lazy deletion).
    distance[Int(source)] = 0
    sigma[Int(source)] = 1
    heap.push(0, source)
    while let (key, v) = heap.popMin() {
      let vi = Int(v)
      if key > distance[vi] || isSettled(v) { continue }
      markSettled(v)
      order.append(v)
      let paths = sigma[vi]
      for e in offsets[vi]..<offsets[vi + 1] {
        let w = Int(neighbors[e])
        let length = inverse ? 1 / weights[e] : weights[e]
        let candidate = key + length
        if candidate < distance[w] {
          distance[w] = candidate
          sigma[w] = paths
          heap.push(candidate, NodeID(truncatingIfNeeded: w))
        } else if candidate == distance[w] && !isSettled(NodeID(truncatingIfNeeded: w)) {
          sigma[w] += paths
        }
      }
    }
    clearSettled()
  }

  private mutating func markSettled(_ v: NodeID) {
    if settledBits.isEmpty { settledBits = [UInt64](repeating: 0, count: (nodeCount + 63) / 64) }
    settledBits[Int(v) >> 6] |= 1 << UInt64(v & 63)
  }

  private func isSettled(_ v: NodeID) -> Bool {
    settledBits.isEmpty ? false : settledBits[Int(v) >> 6] & (1 << UInt64(v & 63)) != 0
  }

  private mutating func clearSettled() {
    if settledBits.isEmpty { return }
    for v in order { settledBits[Int(v) >> 6] = 0 }
  }
}
