import RecruitNetGraph
import RecruitNetTraversal

/// Closeness (A. Bavelas, "Communication patterns in task-oriented groups", J. Acoust. Soc. Am.
/// 22(6):725–730, 1950, doi:10.1121/1.1906679; G. Sabidussi, "The centrality index of a graph",
/// Psychometrika 31(4):581–603, 1966, doi:10.1007/BF02289527) and harmonic centrality
/// (M. Marchiori & V. Latora, "Harmony in the small-world", Physica A 285(3–4):539–546, 2000,
/// doi:10.1016/S0378-4371(00)00311-3).
///
/// Conventions are networkx's `closeness_centrality(wf_improved=True)` and
/// `harmonic_centrality`: distances run *to* the node (over in-edges of a directed graph;
/// reverse the graph for out-distances). Closeness is `(r − 1) / Σ d` scaled by
/// `(r − 1)/(n − 1)`, where `r` counts the nodes that reach it (itself included) — Wasserman
/// and Faust's correction for disconnected graphs — and 0 when nothing reaches it. Harmonic
/// is `Σ 1/d(u, v)` over the nodes `u ≠ v` that reach `v`, not normalized. Unweighted by default
/// (`distance=None`); weighted reads weights as distances (or `1 / weight` as strengths).
///
/// The correction for disconnected graphs: S. Wasserman & K. Faust, *Social Network Analysis:
/// Methods and Applications*, Cambridge University Press, 1994, doi:10.1017/CBO9780511815478.
///
/// - Complexity: O(n·m) time for hop counts and O(n·(m + n log n)) with weighted lengths; O(n)
///   memory per thread.
public struct Closeness: Sendable {
  public enum Variant: String, Sendable { case closeness, harmonic }
  public var variant: Variant = .closeness
  public var length: PathLength = .hops
  public var threads = ParallelLoop.defaultThreadCount

  public init(_ variant: Variant = .closeness) { self.variant = variant }

  public func scores(on graph: Graph) throws(CentralityError) -> NodeScores {
    let n = graph.nodeCount
    try validateWeights(graph, length)
    let adjacency = Adjacency(graph, inWeights: length != .hops)
    var values = [Double](repeating: 0, count: n)
    let workers = max(1, min(threads, n))
    let variant = self.variant
    let length = self.length
    adjacency.withUnsafeSides { sides in
      values.withUnsafeMutableBufferPointer { values in
        ParallelLoop.forEachWorker(threads: workers) { worker in
          var search = ShortestPathSearch(nodeCount: n)
          var v = worker
          while v < n {
            search.run(from: NodeID(truncatingIfNeeded: v), along: sides.in, length: length)
            var total = 0.0
            var reached = 0
            // The search's arrays are read once per source, not through its cross-module
            // accessors once per node.
            let (order, distance) = (search.order, search.distance)
            distance.withUnsafeBufferPointer { distance in
              for u in order {
                let d = distance[Int(u)]
                if Int(u) == v { continue }
                reached += 1
                total += variant == .closeness ? d : (d > 0 ? 1 / d : 0)
              }
            }
            switch variant {
            case .closeness:
              values[v] =
                total > 0 && n > 1 ? Double(reached) / total * (Double(reached) / Double(n - 1)) : 0
            case .harmonic:
              values[v] = total
            }
            v += workers
          }
        }
      }
    }
    return NodeScores(
      measure: variant.rawValue, values: values, parameters: [.init("weight", length.rawValue)])
  }
}
