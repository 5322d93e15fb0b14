/// The working memory and inner loops of the key-player measures: components, all-pairs
/// inverse distances, multi-source reach, and the one-pass "remove each node in turn" count.
///
/// One scratch per thread; every kernel reads the graph through unsafe buffers and writes only
/// its own arrays, so the loops retain nothing. Kernels take a `removed` mask (1 = deleted).
/// Measures follow Borgatti (2006), Comput Math Organiz Theor 12:21–34.
struct KeyPlayerScratch {
  let graph: KeyPlayerGraph
  var queue: [UInt32]
  var distance: [Int32]
  // Depth-first search state of `pairsAfterRemovingEach`.
  var discovery: [UInt32]
  var low: [UInt32]
  var parent: [UInt32]
  var position: [UInt32]
  var subtree: [Int]
  var separatedSize: [Int]
  var separatedPairs: [Int]
  var order: [UInt32]

  init(graph: KeyPlayerGraph) {
    self.graph = graph
    let n = graph.nodeCount
    queue = [UInt32](repeating: 0, count: max(1, n))
    distance = [Int32](repeating: -1, count: n)
    discovery = [UInt32](repeating: 0, count: n)
    low = [UInt32](repeating: 0, count: n)
    parent = [UInt32](repeating: 0, count: n)
    position = [UInt32](repeating: 0, count: n)
    subtree = [Int](repeating: 0, count: n)
    separatedSize = [Int](repeating: 0, count: n)
    separatedPairs = [Int](repeating: 0, count: n)
    order = [UInt32](repeating: 0, count: max(1, n))
  }

  @inline(__always) static func pairs(_ s: Int) -> Int { s * (s - 1) / 2 }

  /// Unordered pairs of non-removed nodes joined by a path: Σ_k s_k(s_k − 1)/2 over components.
  ///
  /// - Complexity: O(N + M).
  mutating func connectedPairs(removed: UnsafeBufferPointer<UInt8>) -> Int {
    let n = graph.nodeCount
    return graph.withBuffers { offsets, targets in
      queue.withUnsafeMutableBufferPointer { queue in
        distance.withUnsafeMutableBufferPointer { seen in
          for v in 0..<n { seen[v] = removed[v] != 0 ? 0 : -1 }
          var total = 0
          for root in 0..<n where seen[root] < 0 {
            seen[root] = 0
            queue[0] = UInt32(root)
            var head = 0
            var tail = 1
            while head < tail {
              let v = Int(queue[head])
              head += 1
              for e in Int(offsets[v])..<Int(offsets[v + 1]) {
                let w = Int(targets[e])
                if seen[w] < 0 {
                  seen[w] = 0
                  queue[tail] = UInt32(w)
                  tail += 1
                }
              }
            }
            total += Self.pairs(tail)
          }
          return total
        }
      }
    }
  }

  /// Σ over unordered pairs of non-removed nodes of 1/d, 0 between components: one
  /// breadth-first search per node. Pairs are counted per distance first and summed in
  /// distance order, so equal distance profiles give bit-identical sums.
  ///
  /// - Complexity: O(N·(N + M)).
  mutating func inverseDistanceSum(removed: UnsafeBufferPointer<UInt8>) -> Double {
    let n = graph.nodeCount
    var counts = [Int](repeating: 0, count: n + 1)
    graph.withBuffers { offsets, targets in
      queue.withUnsafeMutableBufferPointer { queue in
        distance.withUnsafeMutableBufferPointer { dist in
          counts.withUnsafeMutableBufferPointer { counts in
            for source in 0..<n where removed[source] == 0 {
              for v in 0..<n { dist[v] = -1 }
              dist[source] = 0
              queue[0] = UInt32(source)
              var head = 0
              var tail = 1
              while head < tail {
                let v = Int(queue[head])
                head += 1
                let next = dist[v] + 1
                for e in Int(offsets[v])..<Int(offsets[v + 1]) {
                  let w = Int(targets[e])
                  if dist[w] < 0 && removed[w] == 0 {
                    dist[w] = next
                    if w > source { counts[Int(next)] += 1 }
                    queue[tail] = UInt32(w)
                    tail += 1
                  }
                }
              }
            }
          }
        }
      }
    }
    var sum = 0.0
    for d in 1..<max(1, n + 1) where counts[d] > 0 { sum += Double(counts[d]) / Double(d) }
    return sum
  }

  /// Distance-weighted reach from the set (`inSet` = 1): Σ 1/d_{S,j} over counted nodes j
  /// outside the set, and how many of them lie within `within` steps. One multi-source search.
  ///
  /// - Complexity: O(N + M).
  mutating func reach(
    inSet: UnsafeBufferPointer<UInt8>, targets counted: UnsafeBufferPointer<UInt8>, within: Int
  ) -> (sum: Double, within: Int) {
    let n = graph.nodeCount
    var counts = [Int](repeating: 0, count: n + 1)
    graph.withBuffers { offsets, targets in
      queue.withUnsafeMutableBufferPointer { queue in
        distance.withUnsafeMutableBufferPointer { dist in
          counts.withUnsafeMutableBufferPointer { counts in
            var tail = 0
            for v in 0..<n {
              if inSet[v] != 0 {
                dist[v] = 0
                queue[tail] = UInt32(v)
                tail += 1
              } else {
                dist[v] = -1
              }
            }
            var head = 0
            while head < tail {
              let v = Int(queue[head])
              head += 1
              let next = dist[v] + 1
              for e in Int(offsets[v])..<Int(offsets[v + 1]) {
                let w = Int(targets[e])
                if dist[w] < 0 {
                  dist[w] = next
                  if counted[w] != 0 { counts[Int(next)] += 1 }
                  queue[tail] = UInt32(w)
                  tail += 1
                }
              }
            }
          }
        }
      }
    }
    var sum = 0.0
    var near = 0
    for d in 1..<max(1, n + 1) where counts[d] > 0 {
      sum += Double(counts[d]) / Double(d)
      if d <= within { near += counts[d] }
    }
    return (sum, near)
  }

  /// For every non-removed node v, the connected pairs left after also removing v, in one
  /// depth-first search (Tarjan's low-link): the pieces v separates are its DFS children c
  /// with low(c) ≥ disc(v), plus the rest of v's component. Removed nodes get `Int.max`.
  ///
  /// This is the incremental evaluation of the searches: the last member of a set is chosen
  /// among all candidates at the cost of one evaluation.
  ///
  /// - Complexity: O(N + M).
  mutating func pairsAfterRemovingEach(
    removed: UnsafeBufferPointer<UInt8>, into result: UnsafeMutableBufferPointer<Int>
  ) {
    let n = graph.nodeCount
    let none = UInt32.max
    graph.withBuffers { offsets, targets in
      discovery.withUnsafeMutableBufferPointer { disc in
        low.withUnsafeMutableBufferPointer { low in
          parent.withUnsafeMutableBufferPointer { parent in
            position.withUnsafeMutableBufferPointer { position in
              subtree.withUnsafeMutableBufferPointer { subtree in
                separatedSize.withUnsafeMutableBufferPointer { sepSize in
                  separatedPairs.withUnsafeMutableBufferPointer { sepPairs in
                    order.withUnsafeMutableBufferPointer { order in
                      queue.withUnsafeMutableBufferPointer { stack in
                        // First pass: component pair total; second: the DFS per component.
                        for v in 0..<n { disc[v] = 0 }
                        var clock: UInt32 = 0
                        var componentStarts: [(start: Int, end: Int)] = []
                        var ordered = 0
                        for root in 0..<n where removed[root] == 0 && disc[root] == 0 {
                          let start = ordered
                          clock += 1
                          disc[root] = clock
                          low[root] = clock
                          parent[root] = none
                          position[root] = offsets[root]
                          subtree[root] = 1
                          sepSize[root] = 0
                          sepPairs[root] = 0
                          order[ordered] = UInt32(root)
                          ordered += 1
                          stack[0] = UInt32(root)
                          var top = 1
                          while top > 0 {
                            let v = Int(stack[top - 1])
                            if position[v] < offsets[v + 1] {
                              let w = Int(targets[Int(position[v])])
                              position[v] += 1
                              if removed[w] != 0 { continue }
                              if disc[w] == 0 {
                                clock += 1
                                disc[w] = clock
                                low[w] = clock
                                parent[w] = UInt32(v)
                                position[w] = offsets[w]
                                subtree[w] = 1
                                sepSize[w] = 0
                                sepPairs[w] = 0
                                order[ordered] = UInt32(w)
                                ordered += 1
                                stack[top] = UInt32(w)
                                top += 1
                              } else if UInt32(w) != parent[v] {
                                low[v] = min(low[v], disc[w])
                              }
                            } else {
                              top -= 1
                              let p = parent[v]
                              if p != none {
                                let p = Int(p)
                                low[p] = min(low[p], low[v])
                                subtree[p] += subtree[v]
                                if low[v] >= disc[p] {
                                  sepSize[p] += subtree[v]
                                  sepPairs[p] += Self.pairs(subtree[v])
                                }
                              }
                            }
                          }
                          componentStarts.append((start, ordered))
                        }
                        var total = 0
                        for c in componentStarts { total += Self.pairs(c.end - c.start) }
                        for v in 0..<n where removed[v] != 0 { result[v] = Int.max }
                        for c in componentStarts {
                          let size = c.end - c.start
                          let others = total - Self.pairs(size)
                          for i in c.start..<c.end {
                            let v = Int(order[i])
                            let rest = size - 1 - sepSize[v]
                            result[v] = others + sepPairs[v] + Self.pairs(rest)
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
