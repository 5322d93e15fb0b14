import RecruitNetGraph

/// The state of one level's local moving: each node's community, each community's masses and
/// size, the free community ids, and a dense neighbour-community accumulator with a touched
/// list (the hot loop of Louvain and Leiden, so no dictionaries and no bounds checks).
///
/// Buffers are allocated once per level and freed with the object.
final class LocalMoving {
  let network: WeightedNetwork
  let quality: QualityFunction
  let nodeCount: Int
  /// Community of each node (ids `< nodeCount`).
  let membership: UnsafeMutableBufferPointer<UInt32>
  let communityOut: UnsafeMutableBufferPointer<Double>
  let communityIn: UnsafeMutableBufferPointer<Double>
  let communitySize: UnsafeMutableBufferPointer<Int>
  /// Weight from the current node to each community; −1 marks a community not touched yet
  /// (weights are ≥ 0), which saves a separate flag array and one cache miss per neighbour.
  let neighborWeight: UnsafeMutableBufferPointer<Double>
  let touched: UnsafeMutableBufferPointer<UInt32>
  /// Ids of communities with no member, as a stack.
  let emptyCommunities: UnsafeMutableBufferPointer<UInt32>
  var emptyCount = 0

  /// Local moving on `network` starting from `initial` (community ids `< nodeCount`).
  init(network: WeightedNetwork, quality: QualityFunction, initial: [UInt32]) {
    self.network = network
    self.quality = quality
    let n = network.nodeCount
    nodeCount = n
    membership = .allocate(capacity: n)
    communityOut = .allocate(capacity: n)
    communityIn = .allocate(capacity: n)
    communitySize = .allocate(capacity: n)
    neighborWeight = .allocate(capacity: n)
    touched = .allocate(capacity: n)
    emptyCommunities = .allocate(capacity: n)
    _ = membership.initialize(from: initial)
    communityOut.initialize(repeating: 0)
    communityIn.initialize(repeating: 0)
    communitySize.initialize(repeating: 0)
    neighborWeight.initialize(repeating: -1)
    touched.initialize(repeating: 0)
    emptyCommunities.initialize(repeating: 0)
    for u in 0..<n {
      let c = Int(initial[u])
      communityOut[c] += network.outMass[u]
      communityIn[c] += network.inMass[u]
      communitySize[c] += 1
    }
    for c in stride(from: n - 1, through: 0, by: -1) where communitySize[c] == 0 {
      emptyCommunities[emptyCount] = UInt32(truncatingIfNeeded: c)
      emptyCount += 1
    }
  }

  deinit {
    membership.deallocate()
    communityOut.deallocate()
    communityIn.deallocate()
    communitySize.deallocate()
    neighborWeight.deallocate()
    touched.deallocate()
    emptyCommunities.deallocate()
  }

  /// The current membership as an array.
  var communities: [UInt32] { Array(membership) }

  /// Moves `u` to the community that increases the quality most (its own on ties; an empty
  /// community when every candidate loses quality) and returns whether it moved.
  @inline(__always)
  func moveToBestCommunity(_ u: Int, _ g: WeightedNetwork.UnsafeBuffers) -> Bool {
    // Locals, so the optimiser need not reload the buffers from `self` after every store.
    let membership = self.membership
    let communityOut = self.communityOut
    let communityIn = self.communityIn
    let communitySize = self.communitySize
    let neighborWeight = self.neighborWeight
    let touched = self.touched
    let quality = self.quality
    let current = membership[u]
    let nodeOut = g.outMass[u]
    let nodeIn = g.inMass[u]
    communityOut[Int(current)] -= nodeOut
    communityIn[Int(current)] -= nodeIn
    communitySize[Int(current)] -= 1
    // The node's own community is always a candidate, first, so that it wins ties.
    var touchedCount = 1
    touched[0] = current
    neighborWeight[Int(current)] = 0
    var strength = 0.0
    for e in g.offsets[u]..<g.offsets[u + 1] {
      let c = Int(membership[Int(g.neighbors[e])])
      let w = g.weights[e]
      strength += w
      let before = neighborWeight[c]
      if before < 0 {
        neighborWeight[c] = w
        touched[touchedCount] = UInt32(truncatingIfNeeded: c)
        touchedCount += 1
      } else {
        neighborWeight[c] = before + w
      }
    }
    // Improvements below this are rounding noise; ignoring them guarantees termination.
    let tolerance = 1e-12 * strength
    var best = current
    var bestGain = quality.gain(
      weight: neighborWeight[Int(current)], nodeOut: nodeOut, nodeIn: nodeIn,
      communityOut: communityOut[Int(current)], communityIn: communityIn[Int(current)])
    for index in 0..<touchedCount {
      let c = Int(touched[index])
      let gain = quality.gain(
        weight: neighborWeight[c], nodeOut: nodeOut, nodeIn: nodeIn,
        communityOut: communityOut[c], communityIn: communityIn[c])
      if gain > bestGain + tolerance {
        best = UInt32(truncatingIfNeeded: c)
        bestGain = gain
      }
      neighborWeight[c] = -1
    }
    // An empty community gains 0; it matters only when the node's own community still has
    // other members (otherwise staying is the same as being alone).
    if bestGain < -tolerance && communitySize[Int(current)] > 0 && emptyCount > 0 {
      emptyCount -= 1
      best = emptyCommunities[emptyCount]
      bestGain = 0
    }
    communityOut[Int(best)] += nodeOut
    communityIn[Int(best)] += nodeIn
    communitySize[Int(best)] += 1
    membership[u] = best
    if best != current && communitySize[Int(current)] == 0 {
      emptyCommunities[emptyCount] = current
      emptyCount += 1
    }
    return best != current
  }

  /// Louvain's local moving (Blondel et al. 2008): passes over the nodes in `order` until a pass
  /// moves no node. Returns the number of moves.
  func moveNodesInPasses(order: [UInt32]) -> Int {
    network.withUnsafeBuffers { g in
      var moves = 0
      while true {
        var passMoves = 0
        for u in order where moveToBestCommunity(Int(u), g) { passMoves += 1 }
        moves += passMoves
        if passMoves == 0 { return moves }
      }
    }
  }

  /// Leiden's fast local moving (Traag et al. 2019, Algorithm A.2): a queue holding every node in
  /// `order`; a node that moves puts its neighbours outside its new community back in the queue.
  /// Returns the number of moves.
  func moveNodesWithQueue(order: [UInt32]) -> Int {
    let n = nodeCount
    guard n > 0 else { return 0 }
    let queue = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: n)
    let isQueued = UnsafeMutableBufferPointer<Bool>.allocate(capacity: n)
    defer {
      queue.deallocate()
      isQueued.deallocate()
    }
    _ = queue.initialize(from: order)
    isQueued.initialize(repeating: true)
    var head = 0
    var length = n
    var moves = 0
    network.withUnsafeBuffers { g in
      while length > 0 {
        let u = Int(queue[head])
        head = head + 1 == n ? 0 : head + 1
        length -= 1
        isQueued[u] = false
        guard moveToBestCommunity(u, g) else { continue }
        moves += 1
        let community = membership[u]
        for e in g.offsets[u]..<g.offsets[u + 1] {
          let v = Int(g.neighbors[e])
          if !isQueued[v] && membership[v] != community {
            isQueued[v] = true
            var tail = head + length
            if tail >= n { tail -= n }
            queue[tail] = UInt32(truncatingIfNeeded: v)
            length += 1
          }
        }
      }
    }
    return moves
  }
}

extension SeededGenerator {
  /// `0 ..< count` in a uniformly random order.
  mutating func permutation(_ count: Int) -> [UInt32] {
    var order = (0..<count).map { UInt32(truncatingIfNeeded: $0) }
    shuffle(&order)
    return order
  }
}

/// Renumbers `labels` (values `< bound`) densely as 0, 1, … in order of first appearance and
/// returns the new labels and their count.
func denseLabels(_ labels: [UInt32], bound: Int) -> ([UInt32], Int) {
  var number = [UInt32](repeating: UInt32.max, count: bound)
  var count: UInt32 = 0
  var result = [UInt32](repeating: 0, count: labels.count)
  for (i, label) in labels.enumerated() {
    if number[Int(label)] == UInt32.max {
      number[Int(label)] = count
      count += 1
    }
    result[i] = number[Int(label)]
  }
  return (result, Int(count))
}
