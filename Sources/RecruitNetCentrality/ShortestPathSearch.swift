import RecruitNetGraph

/// How edge weights become path lengths.
public enum PathLength: String, Sendable, CaseIterable {
  /// Every edge has length 1 (breadth-first search).
  case hops
  /// The weight is the length (a distance; networkx's `weight=` for shortest paths).
  case distance
  /// The weight is a tie strength, so the length is `1 / weight` (`--weight-as strength`).
  case strength
}

/// One thread's single-source shortest-path search, reused across sources: breadth-first for
/// hop counts, Dijkstra with a binary heap for weighted lengths. It records, for every node it
/// reaches, the distance, the number of shortest paths (σ) and the order of settling, which is
/// what Brandes's accumulation and the closeness sums need. Arrays are allocated once and reset
/// through the list of settled nodes, so a search costs O(reached nodes + their edges).
///
/// Hand-written rather than built on a general heap type: it is the innermost loop of
/// betweenness and closeness, and keeps keys and nodes in flat arrays without ARC.
struct ShortestPathSearch {
  let nodeCount: Int
  /// Distance from the source; `.infinity` where not reached.
  var distance: [Double]
  /// Number of shortest paths from the source (as a Double: the counts overflow 64 bits on
  /// large graphs, and Brandes's accumulation divides them anyway).
  var sigma: [Double]
  /// Settled nodes in non-decreasing distance.
  var order: [NodeID]
  private var heapKeys: [Double] = []
  private var heapNodes: [NodeID] = []

  init(nodeCount: Int) {
    self.nodeCount = nodeCount
    distance = [Double](repeating: .infinity, count: nodeCount)
    sigma = [Double](repeating: 0, count: nodeCount)
    order = []
    order.reserveCapacity(nodeCount)
  }

  /// Forgets the previous search.
  mutating func reset() {
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

  /// Runs from `source` along the given side's edges (`offsets`, `neighbors`, `weights`).
  mutating func run(from source: NodeID, offsets: [Int], neighbors: [NodeID], weights: [Double], length: PathLength) {
    reset()
    if length == .hops {
      breadthFirst(from: source, offsets: offsets, neighbors: neighbors)
    } else {
      dijkstra(from: source, offsets: offsets, neighbors: neighbors, weights: weights, inverse: length == .strength)
    }
  }

  private mutating func breadthFirst(from source: NodeID, offsets: [Int], neighbors: [NodeID]) {
    order.append(source)
    distance.withUnsafeMutableBufferPointer { d in
      sigma.withUnsafeMutableBufferPointer { s in
        offsets.withUnsafeBufferPointer { offsets in
          neighbors.withUnsafeBufferPointer { neighbors in
            d[Int(source)] = 0
            s[Int(source)] = 1
            // `order` doubles as the queue: nodes are settled in the order they are enqueued.
            var head = 0
            while head < order.count {
              let v = Int(order[head])
              head += 1
              let next = d[v] + 1
              let paths = s[v]
              for e in offsets[v]..<offsets[v + 1] {
                let w = Int(neighbors[e])
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
    }
  }

  private mutating func dijkstra(from source: NodeID, offsets: [Int], neighbors: [NodeID], weights: [Double], inverse: Bool) {
    heapKeys.removeAll(keepingCapacity: true)
    heapNodes.removeAll(keepingCapacity: true)
    // Distances are tentative until a node is popped with its current distance; stale heap
    // entries are skipped (lazy deletion).
    distance[Int(source)] = 0
    sigma[Int(source)] = 1
    push(0, source)
    while let (key, v) = pop() {
      let vi = Int(v)
      if key > distance[vi] || settledFlag(v) { continue }
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
          push(candidate, NodeID(truncatingIfNeeded: w))
        } else if candidate == distance[w] && !settledFlag(NodeID(truncatingIfNeeded: w)) {
          sigma[w] += paths
        }
      }
    }
    clearSettled()
  }

  // Settled marks for Dijkstra, as a bitset reset through `order`.
  private var settledBits: [UInt64] = []
  private mutating func markSettled(_ v: NodeID) {
    if settledBits.isEmpty { settledBits = [UInt64](repeating: 0, count: (nodeCount + 63) / 64) }
    settledBits[Int(v) >> 6] |= 1 << UInt64(v & 63)
  }
  private func settledFlag(_ v: NodeID) -> Bool {
    settledBits.isEmpty ? false : settledBits[Int(v) >> 6] & (1 << UInt64(v & 63)) != 0
  }
  private mutating func clearSettled() {
    if settledBits.isEmpty { return }
    for v in order { settledBits[Int(v) >> 6] = 0 }
  }

  private mutating func push(_ key: Double, _ node: NodeID) {
    heapKeys.append(key)
    heapNodes.append(node)
    var child = heapKeys.count - 1
    while child > 0 {
      let parent = (child - 1) / 2
      if heapKeys[parent] <= key { break }
      heapKeys[child] = heapKeys[parent]
      heapNodes[child] = heapNodes[parent]
      child = parent
    }
    heapKeys[child] = key
    heapNodes[child] = node
  }

  private mutating func pop() -> (Double, NodeID)? {
    guard let topKey = heapKeys.first else { return nil }
    let topNode = heapNodes[0]
    let lastKey = heapKeys.removeLast()
    let lastNode = heapNodes.removeLast()
    let count = heapKeys.count
    if count > 0 {
      var parent = 0
      while true {
        var child = 2 * parent + 1
        if child >= count { break }
        if child + 1 < count && heapKeys[child + 1] < heapKeys[child] { child += 1 }
        if heapKeys[child] >= lastKey { break }
        heapKeys[parent] = heapKeys[child]
        heapNodes[parent] = heapNodes[child]
        parent = child
      }
      heapKeys[parent] = lastKey
      heapNodes[parent] = lastNode
    }
    return (topKey, topNode)
  }
}
