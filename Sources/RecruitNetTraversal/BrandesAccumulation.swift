import RecruitNetGraph

/// Brandes's dependency accumulation after one ``ShortestPathSearch``: in reverse settling
/// order, over successors, `δ(v) = Σ_{w : v → w on a shortest path} σ(v)/σ(w) (1 + δ(w))`, and
/// every node but the source adds `δ(v)` to its running total; the edge variant also adds each
/// arc's term `σ(v)/σ(w) (1 + δ(w))` to that arc's total (edge betweenness).
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
    accumulate(search, source: source, along: side, length: length) { _, _ in }
  }

  /// Adds the dependencies of `search`'s source, and to `arcTotals[e]` the share of every arc
  /// `e = v → w` of the shortest-path graph: `σ(v)/σ(w) (1 + δ(w))`, the pairs `(source, t)`
  /// whose shortest paths run through the arc, `t = w` included (edge betweenness:
  /// networkx's `_accumulate_edges`). `arcTotals` is indexed like `side`'s edges.
  package mutating func add(
    _ search: ShortestPathSearch, source: Int, along side: AdjacencySide, length: PathLength,
    arcTotals: inout [Double]
  ) {
    arcTotals.withUnsafeMutableBufferPointer { arcs in
      accumulate(search, source: source, along: side, length: length) { e, share in
        arcs[e] += share
      }
    }
  }

  /// The accumulation, with `arc(e, share)` called for every arc on a shortest path (inlined,
  /// so node betweenness pays nothing for the edge variant).
  @inline(__always)
  private mutating func accumulate(
    _ search: ShortestPathSearch, source: Int, along side: AdjacencySide, length: PathLength,
    arc: (Int, Double) -> Void
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
              let paths = sigma[v]
              for e in offsets[v]..<offsets[v + 1] {
                let w = Int(targets[e])
                let step: Double
                switch length {
                case .hops: step = 1
                case .distance: step = weights[e]
                case .strength: step = 1 / weights[e]
                }
                if w != v && d[w] == dv + step {
                  let coefficient = (1 + delta[w]) / sigma[w]
                  dependency += coefficient
                  arc(e, paths * coefficient)
                }
              }
              dependency *= paths
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
