import RecruitNetGraph

extension Adjacency {
  /// `y[v] = Σ x[u] · w(u, v)` over the in-edges `u → v` of every node (`forward == false`), or
  /// over the out-edges `v → u` (`forward == true`); `w = 1` when `weighted` is false. The
  /// matrix–vector product behind eigenvector, Katz and HITS: a gather, so threads write
  /// disjoint ranges and each node's sum runs in edge order (identical for any thread count).
  func gather(_ x: [Double], into y: inout [Double], forward: Bool, weighted: Bool, threads: Int) {
    withUnsafeSides { sides in
      let side = sides.side(forward)
      let (offsets, neighbors, weights) = (side.offsets, side.neighbors, side.weights)
      let ranges = ParallelLoop.edgeBalancedRanges(offsets: offsets, parts: threads)
      y.withUnsafeMutableBufferPointer { y in
        x.withUnsafeBufferPointer { x in
          ParallelLoop.forEachWorker(threads: ranges.count) { worker in
            for v in ranges[worker] {
              var sum = 0.0
              if weighted {
                for e in offsets[v]..<offsets[v + 1] { sum += x[Int(neighbors[e])] * weights[e] }
              } else {
                for e in offsets[v]..<offsets[v + 1] { sum += x[Int(neighbors[e])] }
              }
              y[v] = sum
            }
          }
        }
      }
    }
  }
}
