import RecruitNetGraph

/// Brandes's dependency accumulation after one ``ShortestPathSearch``: in reverse settling
/// order, over successors, `δ(v) = Σ_{w : v → w on a shortest path} σ(v)/σ(w) (1 + δ(w))`, and
/// every node but the source adds `δ(v)` to its running total.
///
/// Reading successors (the edges `v → w` with `d(w) = d(v) + length(v, w)`) instead of stored
/// predecessor lists saves the memory of those lists and keeps the loop over contiguous CSR
/// ranges. Reference: U. Brandes, "A faster algorithm for betweenness centrality", J. Math.
/// Sociology 25(2), 2001, doi:10.1080/0022250X.2001.9990249.
///
/// - Complexity: O(reached nodes + their edges) per source.
package struct BrandesAccumulation {
  /// δ per node during one accumulation; zero between sources.
  private var delta: [Double]
  /// The running sums over all sources accumulated so far.
  package private(set) var total: [Double]

  /// Empty sums over `nodeCount` nodes.
  package init(nodeCount: Int) {
    delta = [Double](repeating: 0, count: nodeCount)
    total = [Double](repeating: 0, count: nodeCount)
  }

  /// Adds the dependencies of `search`'s source, whose search ran along `side` with `length`.
  package mutating func add(
    _ search: ShortestPathSearch, source: Int, along side: AdjacencySide, length: PathLength
  ) {
    let (offsets, targets, weights) = (side.offsets, side.neighbors, side.weights)
    search.distance.withUnsafeBufferPointer { d in
      search.sigma.withUnsafeBufferPointer { sigma in
        delta.withUnsafeMutableBufferPointer { delta in
          total.withUnsafeMutableBufferPointer { total in
            for index in stride(from: search.order.count - 1, through: 0, by: -1) {
              let v = Int(search.order[index])
              var dependency = 0.0
              let dv = d[v]
              for e in offsets[v]..<offsets[v + 1] {
                let w = Int(targets[e])
                let step: Double
                switch length {
                case .hops: step = 1
                case .distance: step = weights[e]
                case .strength: step = 1 / weights[e]
                }
                if w != v && d[w] == dv + step { dependency += (1 + delta[w]) / sigma[w] }
              }
              dependency *= sigma[v]
              delta[v] = dependency
              if v != source { total[v] += dependency }
            }
            for v in search.order { delta[Int(v)] = 0 }
          }
        }
      }
    }
  }
}
