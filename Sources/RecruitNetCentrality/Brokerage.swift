import RecruitNetGraph

/// Burt's structural-hole measures (R. S. Burt, *Structural Holes: The Social Structure of
/// Competition*, Harvard University Press, 1992): constraint (how much a node's contacts are
/// tied to each other, low for brokers) and effective size (its number of non-redundant
/// contacts).
///
/// Conventions are networkx's `constraint` and `effective_size`, literally:
/// - A node's contacts are all its neighbours, in either direction (networkx's `all_neighbors`).
/// - The mutual weight of `u` and `v` is `a(u,v) + a(v,u)` (each 1 when unweighted, the edge
///   weight when weighted, 0 when absent); `p(u,v)` divides it by the sum over `u`'s contacts.
/// - Constraint is `Σ_v (p(u,v) + Σ_w p(u,w) p(w,v))²` over `u`'s contacts `v`.
/// - Effective size on undirected unweighted graphs is Borgatti's `n − 2t/n` (`n` contacts, `t`
///   ties among them); otherwise `Σ_v (1 − Σ_w p(u,w) m(v,w))` with `m` scaled by the largest
///   mutual weight of `v`. (S. P. Borgatti, "Structural holes: unpacking Burt's redundancy
///   measures", Connections 20(1):35–38, 1997.)
/// - Constraint is NaN for a node without out-neighbours (networkx tests `len(G[v]) == 0`, so on
///   a directed graph a node that only receives edges is NaN too); effective size is NaN when a
///   node has no out-neighbour but itself. Unweighted by default.
/// - These are the documented definitions, which networkx's per-node code computes
///   (`constraint(G, nodes=list(G))`). Its vectorized shortcut, taken when `nodes` is omitted and
///   scipy is installed, scales `m(v, w)` by `w`'s largest mutual weight instead of `v`'s and
///   flags NaN differently, so on weighted or directed graphs it can differ from both.
///
/// - Complexity: O(Σ_v d_v²) for degree d_v: each node looks at its contacts' contacts once.
public struct Brokerage: Sendable {
  public enum Measure: String, Sendable {
    case constraint
    case effectiveSize = "effective-size"
  }
  public var measure: Measure
  public var isWeighted = false
  public var threads = ParallelLoop.defaultThreadCount

  public init(_ measure: Measure) { self.measure = measure }

  /// Every node's contacts with mutual weights, merged from both directions (CSR).
  struct Contacts {
    var offsets: [Int]
    var neighbors: [NodeID]
    var mutual: [Double]
    var sum: [Double]
    var maximum: [Double]
  }

  func contacts(_ graph: Graph) -> Contacts {
    let n = graph.nodeCount
    var offsets = [Int](repeating: 0, count: n + 1)
    var neighbors: [NodeID] = []
    var mutual: [Double] = []
    neighbors.reserveCapacity(graph.isDirected ? 2 * graph.arcCount : graph.arcCount)
    mutual.reserveCapacity(neighbors.capacity)
    for v in 0..<n {
      let node = NodeID(v)
      let out = graph.outEdges(of: node)
      if graph.isDirected {
        let inRange = graph.inOffsets[v]..<graph.inOffsets[v + 1]
        var i = out.lowerBound
        var j = inRange.lowerBound
        while i < out.upperBound || j < inRange.upperBound {
          let a = i < out.upperBound ? graph.outTargets[i] : NodeID.max
          let b = j < inRange.upperBound ? graph.inSources[j] : NodeID.max
          let next = min(a, b)
          var total = 0.0
          while i < out.upperBound && graph.outTargets[i] == next {
            total += isWeighted ? graph.outWeights[i] : 1
            i += 1
          }
          while j < inRange.upperBound && graph.inSources[j] == next {
            total += isWeighted ? graph.outWeights[Int(graph.inEdges[j])] : 1
            j += 1
          }
          neighbors.append(next)
          mutual.append(total)
        }
      } else {
        for e in out {
          neighbors.append(graph.outTargets[e])
          mutual.append(2 * (isWeighted ? graph.outWeights[e] : 1))
        }
      }
      offsets[v + 1] = neighbors.count
    }
    var sum = [Double](repeating: 0, count: n)
    var maximum = [Double](repeating: 0, count: n)
    for v in 0..<n {
      for e in offsets[v]..<offsets[v + 1] {
        sum[v] += mutual[e]
        maximum[v] = max(maximum[v], mutual[e])
      }
    }
    return Contacts(
      offsets: offsets, neighbors: neighbors, mutual: mutual, sum: sum, maximum: maximum)
  }

  public func scores(on graph: Graph) -> NodeScores {
    let n = graph.nodeCount
    let c = contacts(graph)
    var values = [Double](repeating: .nan, count: n)
    let workers = max(1, min(threads, n))
    let borgatti = measure == .effectiveSize && !graph.isDirected && !isWeighted
    values.withUnsafeMutableBufferPointer { values in
      ParallelLoop.forEachWorker(threads: workers) { worker in
        // p(u, w) for the current node's contacts w; NaN marks "not a contact".
        var share = [Double](repeating: .nan, count: n)
        var indirect = [Double](repeating: 0, count: n)
        var u = worker
        while u < n {
          defer { u += workers }
          let out = graph.outNeighbors(of: NodeID(u))
          if measure == .constraint ? out.isEmpty : out.allSatisfy({ Int($0) == u }) { continue }
          let range = c.offsets[u]..<c.offsets[u + 1]
          let scale = c.sum[u]
          for e in range { share[Int(c.neighbors[e])] = scale == 0 ? 0 : c.mutual[e] / scale }
          if borgatti {
            var contactCount = 0
            var ties = 0.0
            for e in range where Int(c.neighbors[e]) != u {
              contactCount += 1
              let v = Int(c.neighbors[e])
              for f in c.offsets[v]..<c.offsets[v + 1] {
                let w = Int(c.neighbors[f])
                if w == u || share[w].isNaN { continue }
                ties += w == v ? 1 : 0.5
              }
            }
            values[u] =
              contactCount == 0 ? .nan : Double(contactCount) - 2 * ties / Double(contactCount)
          } else if measure == .constraint {
            // indirect[v] = Σ_w p(u,w) p(w,v) over u's contacts w.
            for e in range {
              let w = Int(c.neighbors[e])
              let pw = share[w]
              let scaleW = c.sum[w]
              if scaleW == 0 { continue }
              for f in c.offsets[w]..<c.offsets[w + 1] {
                let v = Int(c.neighbors[f])
                if !share[v].isNaN { indirect[v] += pw * c.mutual[f] / scaleW }
              }
            }
            var total = 0.0
            for e in range {
              let v = Int(c.neighbors[e])
              let local = share[v] + indirect[v]
              total += local * local
            }
            for e in range { indirect[Int(c.neighbors[e])] = 0 }
            values[u] = total
          } else {
            var total = 0.0
            for e in range {
              let v = Int(c.neighbors[e])
              var redundancy = 0.0
              let maximum = c.maximum[v]
              if maximum != 0 {
                for f in c.offsets[v]..<c.offsets[v + 1] {
                  let w = Int(c.neighbors[f])
                  if !share[w].isNaN { redundancy += share[w] * c.mutual[f] / maximum }
                }
              }
              total += 1 - redundancy
            }
            values[u] = total
          }
          for e in range { share[Int(c.neighbors[e])] = .nan }
        }
      }
    }
    return NodeScores(
      measure: measure.rawValue, values: values, parameters: [.init("weighted", "\(isWeighted)")])
  }
}
