extension WeightedNetwork {
  /// `labels` with every community that induces a disconnected subgraph split into its
  /// connected components (dense labels and their count).
  ///
  /// Splitting a community whose parts share no edge never lowers modularity or CPM: the
  /// internal weight is unchanged and the null-model term only loses the cross products. Leiden
  /// applies it to its final partition so that the connectivity guarantee holds even when a level
  /// stops because refinement merged nothing (the case igraph's and the paper's loop leave open).
  ///
  /// - Complexity: O(n + arcs) (one breadth-first search restricted to each community).
  func splittingDisconnected(_ labels: [UInt32]) -> ([UInt32], Int) {
    let n = nodeCount
    var component = [UInt32](repeating: UInt32.max, count: n)
    var stack: [Int] = []
    var count: UInt32 = 0
    for root in 0..<n where component[root] == UInt32.max {
      component[root] = count
      stack.append(root)
      while let u = stack.popLast() {
        for e in offsets[u]..<offsets[u + 1] {
          let v = Int(neighbors[e])
          if component[v] == UInt32.max && labels[v] == labels[u] {
            component[v] = count
            stack.append(v)
          }
        }
      }
      count += 1
    }
    return (component, Int(count))
  }
}
