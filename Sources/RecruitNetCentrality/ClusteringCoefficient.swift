import Foundation
import RecruitNetGraph

/// The local clustering coefficient: how many of a node's neighbour pairs are linked
/// (D. J. Watts & S. H. Strogatz, "Collective dynamics of 'small-world' networks", Nature
/// 393:440–442, 1998, doi:10.1038/30918).
///
/// Conventions are networkx's `clustering`: self-loops are ignored; undirected graphs use
/// `2T / (d (d − 1))`; directed graphs use Fagiolo's directed coefficient (G. Fagiolo,
/// "Clustering in complex directed networks", Phys. Rev. E 76, 026107, 2007,
/// doi:10.1103/PhysRevE.76.026107): all directed triangles over `2 (d_tot (d_tot − 1) − 2 d_↔)`.
/// Unweighted by default (`weight=None`); weighted (undirected only) is the geometric mean of
/// weights scaled by the largest weight (J.-P. Onnela, J. Saramäki, J. Kertész & K. Kaski,
/// "Intensity and coherence of motifs in weighted complex networks", Phys. Rev. E 71, 065103,
/// 2005, doi:10.1103/PhysRevE.71.065103), as networkx.
///
/// - Complexity: O(Σ_v d_v²) in the worst case (O(m·d_max)): each node marks its neighbours and
///   scans theirs.
public struct ClusteringCoefficient: Sendable {
  public var isWeighted = false
  public var threads = ParallelLoop.defaultThreadCount

  public init() {}

  public func scores(on graph: Graph) throws(CentralityError) -> NodeScores {
    let n = graph.nodeCount
    if isWeighted && graph.isDirected {
      throw CentralityError(.weightedClusteringOnDirectedGraph)
    }
    var values = [Double](repeating: 0, count: n)
    let workers = max(1, min(threads, n))
    let maxWeight = graph.outWeights.max() ?? 1
    values.withUnsafeMutableBufferPointer { values in
      ParallelLoop.forEachWorker(threads: workers) { worker in
        var mark = [UInt8](repeating: 0, count: n)
        var weightTo = [Double](repeating: 0, count: isWeighted ? n : 0)
        var v = worker
        while v < n {
          values[v] =
            graph.isDirected
            ? directed(graph, v, &mark)
            : undirected(graph, v, &mark, &weightTo, maxWeight: maxWeight)
          v += workers
        }
      }
    }
    return NodeScores(
      measure: "clustering", values: values, parameters: [.init("weighted", "\(isWeighted)")])
  }

  private func undirected(
    _ graph: Graph, _ v: Int, _ mark: inout [UInt8], _ weightTo: inout [Double], maxWeight: Double
  ) -> Double {
    let node = NodeID(v)
    let range = graph.outEdges(of: node)
    var degree = 0
    for e in range where Int(graph.outTargets[e]) != v {
      let u = Int(graph.outTargets[e])
      mark[u] = 1
      if isWeighted { weightTo[u] = graph.outWeights[e] / maxWeight }
      degree += 1
    }
    var triangles = 0.0
    for e in range {
      let u = Int(graph.outTargets[e])
      if u == v { continue }
      for f in graph.outEdges(of: NodeID(u)) {
        let w = Int(graph.outTargets[f])
        if w == u || w == v || mark[w] == 0 { continue }
        if isWeighted {
          triangles += cbrt(weightTo[u] * (graph.outWeights[f] / maxWeight) * weightTo[w])
        } else {
          triangles += 1
        }
      }
    }
    for e in range { mark[Int(graph.outTargets[e])] = 0 }
    return triangles == 0 ? 0 : triangles / Double(degree * (degree - 1))
  }

  private func directed(_ graph: Graph, _ i: Int, _ mark: inout [UInt8]) -> Double {
    let node = NodeID(i)
    // mark bit 1: k is a predecessor of i; bit 2: a successor.
    var predecessors = 0
    var successors = 0
    var bidirectional = 0
    for k in graph.inNeighbors(of: node) where Int(k) != i {
      mark[Int(k)] |= 1
      predecessors += 1
    }
    for k in graph.outNeighbors(of: node) where Int(k) != i {
      if mark[Int(k)] & 1 != 0 { bidirectional += 1 }
      mark[Int(k)] |= 2
      successors += 1
    }
    var triangles = 0
    func count(_ j: NodeID) {
      for k in graph.inNeighbors(of: j) where k != j {
        let m = mark[Int(k)]
        triangles += Int(m & 1) + Int(m >> 1)
      }
      for k in graph.outNeighbors(of: j) where k != j {
        let m = mark[Int(k)]
        triangles += Int(m & 1) + Int(m >> 1)
      }
    }
    for j in graph.inNeighbors(of: node) where Int(j) != i { count(j) }
    for j in graph.outNeighbors(of: node) where Int(j) != i { count(j) }
    for k in graph.inNeighbors(of: node) { mark[Int(k)] = 0 }
    for k in graph.outNeighbors(of: node) { mark[Int(k)] = 0 }
    let total = predecessors + successors
    let denominator = (total * (total - 1) - 2 * bidirectional) * 2
    return triangles == 0 ? 0 : Double(triangles) / Double(denominator)
  }
}
