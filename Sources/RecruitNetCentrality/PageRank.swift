import RecruitNetGraph

/// PageRank (L. Page, S. Brin, R. Motwani & T. Winograd, "The PageRank citation ranking:
/// bringing order to the Web", technical report 1999-66, Stanford InfoLab, 1999; S. Brin &
/// L. Page, "The anatomy of a large-scale hypertextual Web search engine", Computer Networks and
/// ISDN Systems 30(1–7):107–117, 1998, doi:10.1016/S0169-7552(98)00110-X), optionally
/// personalized from seed accounts (T. H. Haveliwala, "Topic-sensitive PageRank", WWW 2002,
/// doi:10.1145/511446.511513).
///
/// The iteration is networkx's `pagerank` step for step, so the values agree with it to rounding:
/// `x ← α (x P + (Σ_dangling x) p) + (1 − α) p`, starting from the uniform vector, where `P` is
/// the adjacency with each row divided by the node's out-strength (out-degree when unweighted),
/// `p` the personalization (uniform by default; the seeds with weight 1 each, normalized), and
/// dangling nodes (no out-edges, or out-strength 0) spread their rank by `p`. It stops when the
/// L1 change is below `n × tolerance` (networkx's rule; `tolerance` defaults to networkx's 1e-6)
/// and throws after `maxIterations` (100) otherwise. An undirected graph is read as both arcs,
/// as networkx does. Edge weights are used by default, like networkx (`weight="weight"`).
///
/// The kernel pulls along in-edges (no atomics), splits nodes into ranges of equal edge count
/// over the threads, and reduces the dangling mass and the error per fixed block of nodes, so the
/// result is bit-identical for any thread count.
///
/// - Complexity: O(k·(n + m)) for k iterations; O(n) memory besides the graph (and O(m) for
///   gathered in-weights when weighted).
public struct PageRank: Sendable {
  public var damping = 0.85
  public var tolerance = 1e-6
  public var maxIterations = 100
  /// Run exactly this many iterations without a convergence test (for benchmarks against GAPBS).
  public var fixedIterations: Int? = nil
  public var isWeighted = true
  /// Personalization weights by node (the seeds); nil for the uniform vector.
  public var personalization: [NodeID: Double]? = nil
  public var threads = ParallelLoop.defaultThreadCount

  public init() {}

  public func scores(on graph: Graph) throws(CentralityError) -> NodeScores {
    let n = graph.nodeCount
    var parameters: [NodeScores.Parameter] = [
      .init("damping", "\(damping)"), .init("tolerance", "\(tolerance)"),
      .init("max_iterations", "\(maxIterations)"), .init("weighted", "\(isWeighted)"),
    ]
    if let fixedIterations { parameters.append(.init("iterations", "\(fixedIterations)")) }
    if let personalization { parameters.append(.init("seeds", "\(personalization.count)")) }
    // Parameters are checked before any early return: an empty graph does not make a bad
    // damping factor valid.
    guard damping >= 0, damping <= 1 else {
      throw CentralityError(
        .parameterOutOfRange(name: "damping", value: damping, allowed: "between 0 and 1"))
    }
    if let personalization {
      let total = personalization.values.reduce(0, +)
      guard total > 0, personalization.values.allSatisfy({ $0 >= 0 && $0.isFinite }) else {
        throw CentralityError(.badPersonalization)
      }
    }
    guard n > 0 else { return NodeScores(measure: "pagerank", values: [], parameters: parameters) }

    var p = [Double](repeating: 1.0 / Double(n), count: n)
    if let personalization {
      let total = personalization.values.reduce(0, +)
      p = [Double](repeating: 0, count: n)
      for (node, weight) in personalization { p[Int(node)] = weight / total }
    }

    let adjacency = Adjacency(graph, inWeights: isWeighted)
    let alpha = damping
    let limit = fixedIterations ?? maxIterations
    let isWeighted = self.isWeighted
    let tolerance = self.tolerance
    var lastError = Double.infinity
    let converged: [Double]? = adjacency.withUnsafeSides { sides in
      let (outOffsets, outWeights) = (sides.out.offsets, sides.out.weights)
      let (offsets, sources, weights) = (sides.in.offsets, sides.in.neighbors, sides.in.weights)
      // 1 / out-strength, or 0 for a dangling node.
      var inverseOut = [Double](repeating: 0, count: n)
      for u in 0..<n {
        var s = 0.0
        if isWeighted {
          for e in outOffsets[u]..<outOffsets[u + 1] { s += outWeights[e] }
        } else {
          s = Double(outOffsets[u + 1] - outOffsets[u])
        }
        inverseOut[u] = s != 0 ? 1 / s : 0
      }
      let isDangling = inverseOut.map { $0 == 0 }

      var x = [Double](repeating: 1.0 / Double(n), count: n)
      var next = [Double](repeating: 0, count: n)
      var contribution = [Double](repeating: 0, count: n)
      let blocks = BlockReduction(nodeCount: n, offsets: offsets, threads: threads)
      for _ in 0..<limit {
        // Contributions and the dangling mass, reduced per block in block order.
        let danglingMass = contribution.withUnsafeMutableBufferPointer { c in
          x.withUnsafeBufferPointer { x in
            blocks.sum { range in
              var mass = 0.0
              for u in range {
                c[u] = x[u] * inverseOut[u]
                if isDangling[u] { mass += x[u] }
              }
              return mass
            }
          }
        }
        let error = next.withUnsafeMutableBufferPointer { y in
          x.withUnsafeBufferPointer { x in
            contribution.withUnsafeBufferPointer { c in
              p.withUnsafeBufferPointer { p in
                blocks.sum { range in
                  var error = 0.0
                  for v in range {
                    var sum = 0.0
                    if isWeighted {
                      for e in offsets[v]..<offsets[v + 1] {
                        sum += c[Int(sources[e])] * weights[e]
                      }
                    } else {
                      for e in offsets[v]..<offsets[v + 1] { sum += c[Int(sources[e])] }
                    }
                    let value = alpha * (sum + danglingMass * p[v]) + (1 - alpha) * p[v]
                    y[v] = value
                    error += Swift.abs(value - x[v])
                  }
                  return error
                }
              }
            }
          }
        }
        swap(&x, &next)
        lastError = error
        if fixedIterations == nil && error < Double(n) * tolerance { return x }
      }
      return fixedIterations != nil ? x : nil
    }
    if let converged {
      return NodeScores(measure: "pagerank", values: converged, parameters: parameters)
    }
    throw .didNotConverge(
      "pagerank", iterations: maxIterations, residual: lastError, threshold: Double(n) * tolerance)
  }
}
