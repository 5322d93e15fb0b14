import RecruitNetGraph

/// The size of the largest connected component after each prefix of a removal order, computed
/// the cheap way round: start from the graph without the removed nodes and put them back in
/// reverse order, merging clusters with union-find (union by size, path halving).
///
/// `sizes[k]` is the giant-component size after removing `order[0..<k]`; nodes not in `order`
/// stay in the graph throughout. This is Newman & Ziff's (2000, PRL 85:4104) percolation
/// bookkeeping, used for dismantling curves by Schneider et al. (2011) and Braunstein et al. (2016).
///
/// - Complexity: O((N + M) α(N)) time, 2N 32-bit words of memory.
package func giantComponentSizes(of graph: SimpleGraph, removing order: [NodeID]) -> [Int] {
  let n = graph.nodeCount
  var clusters = UnionFind(count: n)
  var present = [Bool](repeating: true, count: n)
  for v in order { present[Int(v)] = false }
  var largest = 0
  return graph.offsets.withUnsafeBufferPointer { offsets in
    graph.targets.withUnsafeBufferPointer { targets in
      for v in 0..<n where present[v] {
        largest = max(largest, 1)
        for e in offsets[v]..<offsets[v + 1] {
          let w = Int(targets[e])
          if w > v && present[w] { largest = max(largest, clusters.union(v, w)) }
        }
      }
      var sizes = [Int](repeating: 0, count: order.count + 1)
      sizes[order.count] = largest
      for k in stride(from: order.count - 1, through: 0, by: -1) {
        let v = Int(order[k])
        present[v] = true
        largest = max(largest, 1)
        for e in offsets[v]..<offsets[v + 1] {
          let w = Int(targets[e])
          if present[w] { largest = max(largest, clusters.union(v, w)) }
        }
        sizes[k] = largest
      }
      return sizes
    }
  }
}

/// Disjoint sets over `0..<count` with union by size and path halving, 32-bit parents.
///
/// - Complexity: ``find(_:)`` and ``union(_:_:)`` are O(α(N)) amortised.
package struct UnionFind {
  private var parent: [UInt32]
  private var size: [UInt32]
  package init(count: Int) {
    parent = (0..<count).map { UInt32(truncatingIfNeeded: $0) }
    size = [UInt32](repeating: 1, count: count)
  }

  /// The representative of `v`'s set.
  package mutating func find(_ v: Int) -> Int {
    var v = v
    while Int(parent[v]) != v {
      parent[v] = parent[Int(parent[v])]
      v = Int(parent[v])
    }
    return v
  }

  /// The size of the set whose representative is `root`.
  package func size(ofRoot root: Int) -> Int { Int(size[root]) }

  /// Merges the sets of `a` and `b` and returns the size of the merged set.
  @discardableResult
  package mutating func union(_ a: Int, _ b: Int) -> Int {
    var ra = find(a)
    var rb = find(b)
    if ra == rb { return Int(size[ra]) }
    if size[ra] < size[rb] { swap(&ra, &rb) }
    parent[rb] = UInt32(truncatingIfNeeded: ra)
    size[ra] += size[rb]
    return Int(size[ra])
  }
}
