/// What-if measures of a removal (a set of suspended accounts): the components left, reach from
/// seeds that survive it, and the best next removal (Borgatti 2006, Comput Math Organiz Theor
/// 12:21–34, for the measures; the next removal is one greedy step on fragmentation).
extension KeyPlayerGraph {
  /// The component sizes of the graph without `removed` (largest first).
  ///
  /// - Complexity: O(N + M).
  public func componentSizes(removing removed: [Int]) -> [Int] {
    var mask = [UInt8](repeating: 0, count: nodeCount)
    for v in removed { mask[v] = 1 }
    var seen = mask
    var sizes: [Int] = []
    var queue: [Int] = []
    for root in 0..<nodeCount where seen[root] == 0 {
      seen[root] = 1
      queue = [root]
      var head = 0
      while head < queue.count {
        let v = queue[head]
        head += 1
        for w in neighbors(of: v) where seen[w] == 0 {
          seen[w] = 1
          queue.append(w)
        }
      }
      sizes.append(queue.count)
    }
    return sizes.sorted(by: >)
  }

  /// Distances from the nearest node of `sources` in the graph without `removed` (−1:
  /// unreachable or removed); removed sources reach nothing.
  ///
  /// - Complexity: O(N + M).
  public func distances(from sources: [Int], removing removed: [Int]) -> [Int] {
    var distance = [Int](repeating: -1, count: nodeCount)
    var mask = [UInt8](repeating: 0, count: nodeCount)
    for v in removed { mask[v] = 1 }
    var queue: [Int] = []
    for s in sources where mask[s] == 0 && distance[s] < 0 {
      distance[s] = 0
      queue.append(s)
    }
    var head = 0
    while head < queue.count {
      let v = queue[head]
      head += 1
      for w in neighbors(of: v) where mask[w] == 0 && distance[w] < 0 {
        distance[w] = distance[v] + 1
        queue.append(w)
      }
    }
    return distance
  }

  /// Distance-weighted reach of `sources` in the graph without `removed`: Σ 1/d over the nodes
  /// outside both sets, divided by their number (0 when there are none).
  public func reach(from sources: [Int], removing removed: [Int]) -> Double {
    let distance = distances(from: sources, removing: removed)
    let excluded = Set(sources).union(removed)
    var sum = 0.0
    for v in 0..<nodeCount where !excluded.contains(v) && distance[v] > 0 {
      sum += 1 / Double(distance[v])
    }
    let counted = nodeCount - excluded.count
    return counted > 0 ? sum / Double(counted) : 0
  }

  /// The `count` best single removals after `removed`: each node with the connected pairs left
  /// once it is removed too, fewest first (ties by index). One depth-first search.
  ///
  /// - Complexity: O(N + M + N log N).
  public func nextRemovals(after removed: [Int], count: Int) -> [(node: Int, connectedPairs: Int)] {
    var scratch = KeyPlayerScratch(graph: self)
    var mask = [UInt8](repeating: 0, count: nodeCount)
    for v in removed { mask[v] = 1 }
    var after = [Int](repeating: 0, count: nodeCount)
    mask.withUnsafeBufferPointer { m in
      after.withUnsafeMutableBufferPointer { scratch.pairsAfterRemovingEach(removed: m, into: $0) }
    }
    let ranked = (0..<nodeCount).filter { mask[$0] == 0 }.sorted {
      after[$0] != after[$1] ? after[$0] < after[$1] : $0 < $1
    }
    return ranked.prefix(max(0, count)).map { ($0, after[$0]) }
  }
}
