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
    // Raw buffers (freed on return): this loop touches every arc, so no bounds checks, no
    // uniqueness checks on captured arrays.
    func buffer<T>(_ count: Int, _ value: T) -> UnsafeMutableBufferPointer<T> {
      let b = UnsafeMutableBufferPointer<T>.allocate(capacity: count)
      b.initialize(repeating: value)
      return b
    }
    let refined = buffer(n, UInt32(0))
    for u in 0..<n { refined[u] = UInt32(truncatingIfNeeded: u) }
    let refinedOut = buffer(n, 0.0)
    let refinedIn = buffer(n, 0.0)
    for u in 0..<n {
      refinedOut[u] = network.outMass[u]
      refinedIn[u] = network.inMass[u]
    }
    let refinedSize = buffer(n, 1)
    // w(S, C − S) for each refined community S: initially each node's weight inside its community.
    let external = buffer(n, 0.0)
    let partOut = buffer(communityCount, 0.0)
    let partIn = buffer(communityCount, 0.0)
    let neighborWeight = buffer(n, 0.0)
    let isTouched = buffer(n, false)
    let touched = buffer(n, UInt32(0))
    var touchedCount = 0
    // Candidates: at most the node's own subcommunity plus one per touched subcommunity.
    let candidates = buffer(n + 1, UInt32(0))
    let candidateGains = buffer(n + 1, 0.0)
    var candidateCount = 0
    defer {
      for b in [refinedOut, refinedIn, external, partOut, partIn, neighborWeight, candidateGains] {
        b.deallocate()
      }
      refined.deallocate()
      refinedSize.deallocate()
      isTouched.deallocate()
      touched.deallocate()
      candidates.deallocate()
    }
    partition.withUnsafeBufferPointer { partition in
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
              touched[touchedCount] = UInt32(truncatingIfNeeded: s)
              touchedCount += 1
            }
            neighborWeight[s] += g.weights[e]
          }
          // Candidates: the node's own (emptied) subcommunity with gain 0, and each well-connected
          // neighbouring subcommunity whose merge does not lower the quality.
          candidates[0] = UInt32(truncatingIfNeeded: own)
          candidateGains[0] = 0
          candidateCount = 1
          var bestGain = 0.0
          for index in 0..<touchedCount {
            let t = touched[index]
            let s = Int(t)
            let sOut = refinedOut[s]
            let sIn = refinedIn[s]
            let sNull = quality.scale * (sOut * (partIn[c] - sIn) + sIn * (partOut[c] - sOut))
            if external[s] >= sNull {
              let gain = quality.gain(
                weight: neighborWeight[s], nodeOut: nodeOut, nodeIn: nodeIn, communityOut: sOut,
                communityIn: sIn)
              if gain >= 0 {
                candidates[candidateCount] = t
                candidateGains[candidateCount] = gain
                candidateCount += 1
                bestGain = max(bestGain, gain)
              }
            }
          }
          // exp((ΔH − max ΔH) / θ): the same probabilities without overflow.
          var chosen = own
          if candidateCount > 1 {
            var total = 0.0
            for index in 0..<candidateCount {
              let weight = exp((candidateGains[index] - bestGain) / randomness)
              candidateGains[index] = weight
              total += weight
            }
            var r = generator.nextUnit() * total
            chosen = Int(candidates[candidateCount - 1])
            for index in 0..<candidateCount {
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
          for index in 0..<touchedCount {
            neighborWeight[Int(touched[index])] = 0
            isTouched[Int(touched[index])] = false
          }
          touchedCount = 0
        }
      }
    }
    return denseLabels(Array(refined), bound: n)
  }
}
