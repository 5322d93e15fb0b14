import Foundation
import RecruitNetGraph

/// Leiden's refinement step (Traag, Waltman & van Eck 2019, Algorithm A.3, `MergeNodesSubset`).
///
/// Within each community C of the non-refined partition, nodes start alone. In a random order, a
/// node v that is still alone and well connected to C (w(v, C − v) ≥ s · null(v, C − v)) looks at
/// the refined subcommunities S ⊆ C it is linked to that are themselves well connected
/// (w(S, C − S) ≥ s · null(S, C − S)), keeps those whose merge does not lower the quality (its own,
/// now empty, subcommunity gains 0), and joins one at random with probability ∝ exp(ΔH / θ).
/// Every refined community is therefore connected: a node only joins a subcommunity it has an
/// edge to.
enum LeidenRefinement {
  /// The refined partition of `network` inside `partition` (dense ids `< communityCount`), as
  /// dense labels and their count.
  static func refine(
    _ network: WeightedNetwork, _ quality: QualityFunction, partition: [UInt32],
    communityCount: Int, order: [UInt32], randomness: Double,
    generator: inout SeededGenerator
  ) -> ([UInt32], Int) {
    let n = network.nodeCount
    var refined = (0..<n).map { UInt32(truncatingIfNeeded: $0) }
    var refinedOut = network.outMass
    var refinedIn = network.inMass
    var refinedSize = [Int](repeating: 1, count: n)
    // w(S, C − S) for each refined community S: initially each node's weight inside its community.
    var external = [Double](repeating: 0, count: n)
    var partOut = [Double](repeating: 0, count: communityCount)
    var partIn = [Double](repeating: 0, count: communityCount)
    var neighborWeight = [Double](repeating: 0, count: n)
    var isTouched = [Bool](repeating: false, count: n)
    var touched: [UInt32] = []
    var candidates: [UInt32] = []
    var candidateGains: [Double] = []
    network.withUnsafeBuffers { g in
      for u in 0..<n {
        let c = Int(partition[u])
        partOut[c] += g.outMass[u]
        partIn[c] += g.inMass[u]
        var inside = 0.0
        for e in g.offsets[u]..<g.offsets[u + 1]
        where partition[Int(g.neighbors[e])] == partition[u] {
          inside += g.weights[e]
        }
        external[u] = inside
      }
      for node in order {
        let u = Int(node)
        let own = Int(refined[u])
        guard refinedSize[own] == 1 else { continue }  // only nodes still alone move
        let c = Int(partition[u])
        let nodeOut = g.outMass[u]
        let nodeIn = g.inMass[u]
        // Well connected to C − v?
        let nodeNull =
          quality.scale * (nodeOut * (partIn[c] - nodeIn) + nodeIn * (partOut[c] - nodeOut))
        guard external[u] >= nodeNull else { continue }
        for e in g.offsets[u]..<g.offsets[u + 1] {
          let v = Int(g.neighbors[e])
          guard partition[v] == partition[u] else { continue }
          let s = Int(refined[v])
          if s == own { continue }
          if !isTouched[s] {
            isTouched[s] = true
            touched.append(UInt32(truncatingIfNeeded: s))
          }
          neighborWeight[s] += g.weights[e]
        }
        // Candidates: the node's own (emptied) subcommunity with gain 0, and each well-connected
        // neighbouring subcommunity whose merge does not lower the quality.
        candidates.removeAll(keepingCapacity: true)
        candidateGains.removeAll(keepingCapacity: true)
        candidates.append(UInt32(truncatingIfNeeded: own))
        candidateGains.append(0)
        var bestGain = 0.0
        for t in touched {
          let s = Int(t)
          let sOut = refinedOut[s]
          let sIn = refinedIn[s]
          let sNull = quality.scale * (sOut * (partIn[c] - sIn) + sIn * (partOut[c] - sOut))
          if external[s] >= sNull {
            let gain = quality.gain(
              weight: neighborWeight[s], nodeOut: nodeOut, nodeIn: nodeIn, communityOut: sOut,
              communityIn: sIn)
            if gain >= 0 {
              candidates.append(t)
              candidateGains.append(gain)
              bestGain = max(bestGain, gain)
            }
          }
        }
        // exp((ΔH − max ΔH) / θ): the same probabilities without overflow.
        var chosen = own
        if candidates.count > 1 {
          var total = 0.0
          for index in candidateGains.indices {
            let weight = exp((candidateGains[index] - bestGain) / randomness)
            candidateGains[index] = weight
            total += weight
          }
          var r = generator.nextUnit() * total
          chosen = Int(candidates[candidates.count - 1])
          for index in candidateGains.indices {
            r -= candidateGains[index]
            if r < 0 {
              chosen = Int(candidates[index])
              break
            }
          }
        }
        if chosen != own {
          let weightToChosen = neighborWeight[chosen]
          refined[u] = UInt32(truncatingIfNeeded: chosen)
          refinedOut[chosen] += nodeOut
          refinedIn[chosen] += nodeIn
          refinedSize[chosen] += 1
          refinedSize[own] = 0
          external[chosen] += external[u] - 2 * weightToChosen
        }
        for t in touched {
          neighborWeight[Int(t)] = 0
          isTouched[Int(t)] = false
        }
        touched.removeAll(keepingCapacity: true)
      }
    }
    return denseLabels(refined, bound: n)
  }
}
