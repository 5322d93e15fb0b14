import RecruitNetGraph

/// Adaptive Collective Influence attack (Morone & Makse 2015, "Influence maximization in complex
/// networks through optimal percolation", Nature 524:65, doi:10.1038/nature14604):
///
///     CI_ℓ(i) = (k_i − 1) · Σ_{j ∈ ∂Ball(i, ℓ)} (k_j − 1)
///
/// where k is the degree in the remaining graph and ∂Ball(i, ℓ) the nodes at distance exactly ℓ
/// from i. The node of largest CI is removed, then CI is recomputed only for the nodes within
/// ℓ + 1 of it (the only ones whose ball or boundary degrees can change), through a max-heap with
/// lazy deletion: the paper's O(N log N) scheme (for bounded degree and ℓ).
///
/// Ties (frequent: every node of degree 1 has CI 0, and so has the centre of a star): the higher
/// current degree, then the lowest node id. Nodes of degree 0 have CI 0.
///
/// - Complexity: O(N·b_ℓ) to start and O(b_{ℓ+1}·b_ℓ + b_{ℓ+1} log N) per removal, where b_r is
///   the size of a radius-r ball. Memory: 5 compact N-arrays.
package final class CollectiveInfluenceAttack {
  private let graph: SimpleGraph
  private let radius: Int
  private let n: Int
  private var removed: UnsafeMutableBufferPointer<Bool>
  private var degree: UnsafeMutableBufferPointer<Int32>
  private var score: UnsafeMutableBufferPointer<Int64>
  private var stamp: UnsafeMutableBufferPointer<UInt32>
  private var queue: UnsafeMutableBufferPointer<NodeID>
  private var touched: [NodeID] = []
  private var currentStamp: UInt32 = 0
  private var heap: PriorityKeyHeap

  /// The attack with ball radius `radius` (ℓ ≥ 1) on `graph`.
  package init(_ graph: SimpleGraph, radius: Int) {
    precondition(radius >= 1, "Collective Influence needs a radius ℓ ≥ 1")
    self.graph = graph
    self.radius = radius
    n = graph.nodeCount
    removed = .allocate(capacity: n)
    removed.initialize(repeating: false)
    degree = .allocate(capacity: n)
    score = .allocate(capacity: n)
    score.initialize(repeating: 0)
    stamp = .allocate(capacity: n)
    stamp.initialize(repeating: 0)
    queue = .allocate(capacity: max(n, 1))
    queue.initialize(repeating: 0)
    heap = PriorityKeyHeap(capacity: 2 * n)
    for v in 0..<n {
      degree[v] = Int32(truncatingIfNeeded: graph.degree(of: NodeID(truncatingIfNeeded: v)))
    }
    for v in 0..<n {
      let id = NodeID(truncatingIfNeeded: v)
      score[v] = collectiveInfluence(of: id)
      heap.push(score[v], PriorityKeyHeap.tieBreak(Int(degree[v]), id), id)
    }
  }

  deinit {
    removed.deallocate()
    degree.deallocate()
    score.deallocate()
    stamp.deallocate()
    queue.deallocate()
  }

  /// The current CI_ℓ of `v` (0 for a removed node), for tests.
  package func currentScore(of v: NodeID) -> Int64 { removed[Int(v)] ? 0 : score[Int(v)] }

  private func nextStamp() -> UInt32 {
    if currentStamp == UInt32.max {
      for i in 0..<n { stamp[i] = 0 }
      currentStamp = 0
    }
    currentStamp += 1
    return currentStamp
  }

  /// Breadth-first search over remaining nodes from `source` to depth `depth`; calls `body` with
  /// each node reached (not the source) and its distance. Uses `queue` and `stamp`.
  @inline(__always)
  private func ball(from source: NodeID, depth: Int, _ body: (NodeID, Int) -> Void) {
    let mark = nextStamp()
    stamp[Int(source)] = mark
    queue[0] = source
    var head = 0
    var tail = 1
    var level = 0
    graph.offsets.withUnsafeBufferPointer { offsets in
      graph.targets.withUnsafeBufferPointer { targets in
        while head < tail && level < depth {
          level += 1
          let levelEnd = tail
          while head < levelEnd {
            let u = Int(queue[head])
            head += 1
            for e in offsets[u]..<offsets[u + 1] {
              let w = targets[e]
              if removed[Int(w)] || stamp[Int(w)] == mark { continue }
              stamp[Int(w)] = mark
              queue[tail] = w
              tail += 1
              body(w, level)
            }
          }
        }
      }
    }
  }

  /// CI_ℓ of a remaining node, from scratch.
  private func collectiveInfluence(of v: NodeID) -> Int64 {
    let k = Int64(degree[Int(v)])
    if k <= 1 { return 0 }
    var boundary: Int64 = 0
    let degree = self.degree
    ball(from: v, depth: radius) { w, level in
      if level == radius { boundary += Int64(degree[Int(w)]) - 1 }
    }
    return (k - 1) * boundary
  }

  /// Removes and returns the node of largest CI, or nil when every node is gone.
  package func next() -> NodeID? {
    while let top = heap.popMax() {
      let v = Int(top.node)
      guard !removed[v], top.primary == score[v],
        top.secondary == PriorityKeyHeap.tieBreak(Int(degree[v]), top.node)
      else { continue }
      remove(top.node)
      return top.node
    }
    return nil
  }

  private func remove(_ r: NodeID) {
    touched.removeAll(keepingCapacity: true)
    ball(from: r, depth: radius + 1) { w, _ in touched.append(w) }
    removed[Int(r)] = true
    for w in graph.neighbors(of: r) where !removed[Int(w)] { degree[Int(w)] -= 1 }
    for w in touched {
      let value = collectiveInfluence(of: w)
      if value != score[Int(w)] {
        score[Int(w)] = value
        heap.push(value, PriorityKeyHeap.tieBreak(Int(degree[Int(w)]), w), w)
      }
    }
    // The neighbours' degrees fell, so their tie-break keys changed whatever their scores did.
    for w in graph.neighbors(of: r) where !removed[Int(w)] {
      heap.push(score[Int(w)], PriorityKeyHeap.tieBreak(Int(degree[Int(w)]), w), w)
    }
  }
}
