import Foundation
import RecruitNetGraph
import RecruitNetTraversal

/// Approximate betweenness with a guarantee (Riondato & Kornaropoulos, "Fast approximation of
/// betweenness centrality through sampling", WSDM 2014, doi:10.1145/2556195.2556224).
///
/// Draws `r = ⌈(c / ε²)(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉` node pairs (`c = 0.5`, `VD` an upper
/// bound on the vertex diameter), picks one shortest path uniformly at random between each pair,
/// and credits `1/r` to the path's inner nodes. With probability at least `1 − δ` every node's
/// estimate is within `ε` of its betweenness normalized over ordered pairs (`1/(n(n−1))`);
/// values are reported on networkx's normalized scale (× `n/(n − 2)`), where the bound is
/// `ε n/(n − 2)` (reported as `bound`).
///
/// Each pair is searched by a balanced bidirectional breadth-first search (expanding the side
/// whose frontier has fewer edges, as KADABRA does: Borassi & Natale, ESA 2016), which touches a
/// small part of a large graph. `VD` is bounded by twice a breadth-first eccentricity per
/// component on undirected graphs, and by the size of the largest weakly connected component on
/// directed graphs (any directed shortest path is a simple path inside one). Unweighted only.
///
/// Reproducible: sample `i` draws from its own stream `SeededGenerator(seed:, stream: i)` and
/// nodes count integer hits, so the result is identical for any thread count.
///
/// The older estimator of U. Brandes & C. Pich ("Centrality estimation in large networks",
/// Int. J. Bifurcation and Chaos 17(7):2303–2318, 2007, doi:10.1142/S0218127407018403) samples
/// source nodes and runs a full single-source search from each; this one samples node pairs,
/// and the number it needs depends on the vertex diameter, not on n.
///
/// - Complexity: O(r·(n + m)) in the worst case for r samples; a balanced bidirectional search
///   usually touches a small part of the graph per sample.
public struct SampledBetweenness: Sendable {
  public var epsilon = 0.01
  public var delta = 0.1
  public var seed: UInt64 = 0
  public var threads = ParallelLoop.defaultThreadCount

  public init() {}

  /// The scores, with `samples`, `vertex_diameter_bound` and `bound` among the parameters.
  public func scores(on graph: Graph) throws(CentralityError) -> NodeScores {
    guard epsilon > 0, epsilon < 1 else {
      throw CentralityError(
        .parameterOutOfRange(
          name: "epsilon", value: epsilon, allowed: "between 0 and 1 (exclusive)"))
    }
    guard delta > 0, delta < 1 else {
      throw CentralityError(
        .parameterOutOfRange(name: "delta", value: delta, allowed: "between 0 and 1 (exclusive)"))
    }
    let n = graph.nodeCount
    let diameterBound = vertexDiameterBound(graph)
    let logTerm = diameterBound > 3 ? floor(log2(Double(diameterBound - 2))) : 0
    let samples = Int((0.5 / (epsilon * epsilon) * (logTerm + 1 + log(1 / delta))).rounded(.up))
    let scale = n > 2 ? Double(n) / Double(n - 2) : 1
    var parameters: [NodeScores.Parameter] = [
      .init("epsilon", "\(epsilon)"), .init("delta", "\(delta)"), .init("seed", "\(seed)"),
      .init("samples", "\(samples)"), .init("vertex_diameter_bound", "\(diameterBound)"),
      .init("bound", "\(epsilon * scale)"),
    ]
    guard n > 2 else {
      parameters[3] = .init("samples", "0")
      return NodeScores(
        measure: "betweenness-approx", values: [Double](repeating: 0, count: n),
        parameters: parameters)
    }
    let workers = max(1, threads)
    var partials = [[UInt32]](repeating: [], count: workers)
    let seed = self.seed
    graph.withUnsafeAdjacency { adjacency in
      partials.withUnsafeMutableBufferPointer { partials in
        ParallelLoop.forEachWorker(threads: workers) { worker in
          var search = BidirectionalSearch(adjacency: adjacency)
          var hits = [UInt32](repeating: 0, count: n)
          var i = worker
          while i < samples {
            var random = SeededGenerator(seed: seed, stream: UInt64(i))
            let s = random.nextInt(below: n)
            var t = random.nextInt(below: n - 1)
            if t >= s { t += 1 }
            search.samplePath(from: NodeID(s), to: NodeID(t), using: &random) { hits[Int($0)] += 1 }
            i += workers
          }
          partials[worker] = hits
        }
      }
    }
    var values = [Double](repeating: 0, count: n)
    for partial in partials { for v in 0..<n { values[v] += Double(partial[v]) } }
    for v in 0..<n { values[v] = values[v] / Double(samples) * scale }
    return NodeScores(measure: "betweenness-approx", values: values, parameters: parameters)
  }

  /// An upper bound on the number of nodes on any shortest path.
  func vertexDiameterBound(_ graph: Graph) -> Int {
    let components = graph.weakComponents()
    if graph.isDirected { return components.sizes.max() ?? 0 }
    // Undirected: per component, a breadth-first search from one node; the component's
    // diameter is at most twice that node's eccentricity.
    var bound = 0
    var search = ShortestPathSearch(nodeCount: graph.nodeCount)
    var done = [Bool](repeating: false, count: components.sizes.count)
    for v in 0..<graph.nodeCount {
      let component = Int(components.componentOf[v])
      if done[component] { continue }
      done[component] = true
      graph.withUnsafeAdjacency { adjacency in
        search.run(from: NodeID(v), along: adjacency.outSide, length: .hops)
      }
      let eccentricity = Int(search.distance[Int(search.order[search.order.count - 1])])
      bound = max(bound, min(2 * eccentricity + 1, components.sizes[component]))
    }
    return bound
  }
}

/// Balanced bidirectional breadth-first search that samples one shortest path uniformly.
///
/// Kept apart from ``ShortestPathSearch``: it grows two searches towards each other, one level
/// at a time on the side whose frontier has fewer edges, and stops when they meet, so a sample
/// touches a small part of a large graph; a single-source search would settle the whole
/// component for each sample.
struct BidirectionalSearch {
  let adjacency: Graph.UnsafeAdjacency
  var distanceS: [Int32]
  var distanceT: [Int32]
  var sigmaS: [Double]
  var sigmaT: [Double]
  var touchedS: [NodeID] = []
  var touchedT: [NodeID] = []

  init(adjacency: Graph.UnsafeAdjacency) {
    self.adjacency = adjacency
    distanceS = [Int32](repeating: -1, count: adjacency.nodeCount)
    distanceT = distanceS
    sigmaS = [Double](repeating: 0, count: adjacency.nodeCount)
    sigmaT = sigmaS
  }

  private mutating func reset() {
    for v in touchedS {
      distanceS[Int(v)] = -1
      sigmaS[Int(v)] = 0
    }
    for v in touchedT {
      distanceT[Int(v)] = -1
      sigmaT[Int(v)] = 0
    }
    touchedS.removeAll(keepingCapacity: true)
    touchedT.removeAll(keepingCapacity: true)
  }

  /// Finds the shortest paths from `s` to `t`, picks one uniformly, and calls `visit` on each
  /// of its inner nodes. Does nothing when `t` is unreachable.
  mutating func samplePath(
    from s: NodeID, to t: NodeID, using random: inout SeededGenerator, visit: (NodeID) -> Void
  ) {
    reset()
    distanceS[Int(s)] = 0
    sigmaS[Int(s)] = 1
    touchedS.append(s)
    distanceT[Int(t)] = 0
    sigmaT[Int(t)] = 1
    touchedT.append(t)
    var frontierS = 0..<1  // indices into touchedS of the current level
    var frontierT = 0..<1
    var levelS: Int32 = 0
    var levelT: Int32 = 0
    var meetingSide = 0  // 1: a forward expansion met; 2: a backward one
    var cutStart = 0
    while !frontierS.isEmpty && !frontierT.isEmpty {
      var costS = 0
      var costT = 0
      for i in frontierS {
        let v = Int(touchedS[i])
        costS += adjacency.outOffsets[v + 1] - adjacency.outOffsets[v]
      }
      for i in frontierT {
        let v = Int(touchedT[i])
        costT += adjacency.inOffsets[v + 1] - adjacency.inOffsets[v]
      }
      if costS <= costT {
        let met = expand(frontier: frontierS, forward: true, level: levelS)
        levelS += 1
        cutStart = frontierS.upperBound
        frontierS = frontierS.upperBound..<touchedS.count
        if met {
          meetingSide = 1
          break
        }
      } else {
        let met = expand(frontier: frontierT, forward: false, level: levelT)
        levelT += 1
        cutStart = frontierT.upperBound
        frontierT = frontierT.upperBound..<touchedT.count
        if met {
          meetingSide = 2
          break
        }
      }
    }
    guard meetingSide != 0 else { return }
    // The cut: nodes of the new level that the other side reached, at the least total distance.
    let newLevel = meetingSide == 1 ? touchedS[cutStart...] : touchedT[cutStart...]
    var best = Int32.max
    for x in newLevel {
      let d = meetingSide == 1 ? distanceT[Int(x)] : distanceS[Int(x)]
      if d >= 0 { best = min(best, d) }
    }
    var total = 0.0
    for x in newLevel where (meetingSide == 1 ? distanceT[Int(x)] : distanceS[Int(x)]) == best {
      total += sigmaS[Int(x)] * sigmaT[Int(x)]
    }
    var pick = random.nextUnit() * total
    var middle = newLevel.last ?? s
    for x in newLevel where (meetingSide == 1 ? distanceT[Int(x)] : distanceS[Int(x)]) == best {
      pick -= sigmaS[Int(x)] * sigmaT[Int(x)]
      if pick < 0 {
        middle = x
        break
      }
    }
    if middle != s && middle != t { visit(middle) }
    // Walk back to s choosing predecessors in proportion to σ_s, and on to t by σ_t.
    var y = middle
    while distanceS[Int(y)] > 0 {
      let target = distanceS[Int(y)] - 1
      var r = random.nextUnit() * sigmaS[Int(y)]
      var chosen = y
      for e in adjacency.inOffsets[Int(y)]..<adjacency.inOffsets[Int(y) + 1] {
        let z = adjacency.inSources[e]
        if distanceS[Int(z)] == target {
          chosen = z
          r -= sigmaS[Int(z)]
          if r < 0 { break }
        }
      }
      y = chosen
      if y != s { visit(y) }
    }
    y = middle
    while distanceT[Int(y)] > 0 {
      let target = distanceT[Int(y)] - 1
      var r = random.nextUnit() * sigmaT[Int(y)]
      var chosen = y
      for e in adjacency.outOffsets[Int(y)]..<adjacency.outOffsets[Int(y) + 1] {
        let z = adjacency.outTargets[e]
        if distanceT[Int(z)] == target {
          chosen = z
          r -= sigmaT[Int(z)]
          if r < 0 { break }
        }
      }
      y = chosen
      if y != t { visit(y) }
    }
  }

  /// Expands one full level; returns whether it reached a node the other side has seen.
  private mutating func expand(frontier: Range<Int>, forward: Bool, level: Int32) -> Bool {
    var met = false
    let next = level + 1
    let side = forward ? adjacency.outSide : adjacency.inSide(weights: adjacency.outWeights)
    let (offsets, neighbors) = (side.offsets, side.neighbors)
    for i in frontier {
      let v = Int(forward ? touchedS[i] : touchedT[i])
      let paths = forward ? sigmaS[v] : sigmaT[v]
      for e in offsets[v]..<offsets[v + 1] {
        let w = Int(neighbors[e])
        if forward {
          if distanceS[w] < 0 {
            distanceS[w] = next
            touchedS.append(NodeID(truncatingIfNeeded: w))
            if distanceT[w] >= 0 { met = true }
          }
          if distanceS[w] == next { sigmaS[w] += paths }
        } else {
          if distanceT[w] < 0 {
            distanceT[w] = next
            touchedT.append(NodeID(truncatingIfNeeded: w))
            if distanceS[w] >= 0 { met = true }
          }
          if distanceT[w] == next { sigmaT[w] += paths }
        }
      }
    }
    return met
  }
}
