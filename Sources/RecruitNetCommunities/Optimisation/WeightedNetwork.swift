import RecruitNetGraph

/// The symmetric weighted network the modularity optimisers work on, in CSR form, with the
/// node masses of the quality function and the self-loop weight of each node.
///
/// Level 0 is built from a ``Graph``; each later level is the aggregate of the previous one on a
/// partition (one node per community, edge weights summed, internal weight kept as self-loops,
/// masses summed), as in Blondel et al. (2008) and Traag et al. (2019).
///
/// Conventions: the adjacency holds every unordered pair `{u, v}`, `u ≠ v`, in both rows with
/// `weight(u, v) = A_uv + A_vu` for a directed graph (each arc read as an undirected edge, summed;
/// the same projection as ``Partition/modularity(in:resolution:directed:weighted:)`` uses when
/// `directed` is false) and `A_uv` for an undirected one. Self-loops are kept apart in
/// ``selfLoops`` (`A_uu`). The masses are the null model: for undirected modularity both are the
/// strength `k_u` (a self-loop counted twice, as networkx does); for directed modularity they are
/// the out- and in-strengths; for CPM both are the node's size (1 for an original node).
struct WeightedNetwork: Sendable {
  /// Row `u` is `offsets[u] ..< offsets[u + 1]` in ``neighbors`` and ``weights``.
  var offsets: [Int]
  var neighbors: [UInt32]
  var weights: [Double]
  /// `A_uu` of each node (for an aggregate: the total weight inside the community).
  var selfLoops: [Double]
  /// The null-model masses: out-strength (or strength, or size) and in-strength (or the same).
  var outMass: [Double]
  var inMass: [Double]
  /// The total edge weight m (each undirected edge or arc once, self-loops once).
  var totalWeight: Double

  var nodeCount: Int { offsets.count - 1 }

  /// Level 0 for `graph` (all edge types merged by the caller).
  ///
  /// - Throws: ``CommunityError`` when a weight is negative or not finite (modularity and CPM
  ///   are defined for non-negative weights only).
  init(graph: Graph, weighted: Bool, quality: CommunityQuality, directed: Bool)
    throws(CommunityError)
  {
    let n = graph.nodeCount
    let isDirectedGraph = graph.isDirected
    var offsets = [Int](repeating: 0, count: n + 1)
    var neighbors: [UInt32] = []
    var weights: [Double] = []
    var selfLoops = [Double](repeating: 0, count: n)
    var outStrength = [Double](repeating: 0, count: n)
    var inStrength = [Double](repeating: 0, count: n)
    neighbors.reserveCapacity(isDirectedGraph ? 2 * graph.arcCount : graph.arcCount)
    weights.reserveCapacity(neighbors.capacity)
    var total = 0.0
    var badWeight: (NodeID, NodeID, Double)?
    // Merging both directions of a directed pair goes through a dense accumulator indexed by
    // neighbour with a touched list: O(deg) per row, no dictionary (this runs on every arc).
    var accumulated = [Double](repeating: 0, count: isDirectedGraph ? n : 0)
    var seen = [Bool](repeating: false, count: isDirectedGraph ? n : 0)
    var touched: [UInt32] = []
    graph.withUnsafeAdjacency { adjacency in
      let (outOffsets, outTargets, outWeights) = (
        adjacency.outOffsets, adjacency.outTargets, adjacency.outWeights
      )
      let (inOffsets, inSources, inEdges) = (
        adjacency.inOffsets, adjacency.inSources, adjacency.inEdges
      )
      for u in 0..<n {
        let uid = UInt32(truncatingIfNeeded: u)
        for e in outOffsets[u]..<outOffsets[u + 1] {
          let v = outTargets[e]
          let w = weighted ? outWeights[e] : 1
          if !(w >= 0 && w.isFinite) {
            if badWeight == nil { badWeight = (uid, v, w) }
            continue
          }
          outStrength[u] += w
          if v == uid {
            selfLoops[u] += w
            if !isDirectedGraph { outStrength[u] += w }  // a self-loop adds 2w to k
            total += w
            inStrength[u] += w
            continue
          }
          if isDirectedGraph {
            total += w
            inStrength[Int(v)] += w
            if !seen[Int(v)] {
              seen[Int(v)] = true
              touched.append(v)
            }
            accumulated[Int(v)] += w
          } else {
            if uid < v { total += w }
            neighbors.append(v)
            weights.append(w)
          }
        }
        if isDirectedGraph {
          for e in inOffsets[u]..<inOffsets[u + 1] {
            let v = inSources[e]
            if v == uid { continue }
            let w = weighted ? outWeights[Int(inEdges[e])] : 1
            if !(w >= 0 && w.isFinite) { continue }
            if !seen[Int(v)] {
              seen[Int(v)] = true
              touched.append(v)
            }
            accumulated[Int(v)] += w
          }
          for v in touched {
            neighbors.append(v)
            weights.append(accumulated[Int(v)])
            accumulated[Int(v)] = 0
            seen[Int(v)] = false
          }
          touched.removeAll(keepingCapacity: true)
        }
        offsets[u + 1] = neighbors.count
      }
    }
    if let (u, v, w) = badWeight {
      throw CommunityError(
        .badWeight(source: graph.names.name(of: u), target: graph.names.name(of: v), weight: w))
    }
    self.offsets = offsets
    self.neighbors = neighbors
    self.weights = weights
    self.selfLoops = selfLoops
    self.totalWeight = total
    switch quality {
    case .cpm:
      outMass = [Double](repeating: 1, count: n)
      inMass = outMass
    case .modularity where directed && isDirectedGraph:
      outMass = outStrength
      inMass = inStrength
    case .modularity:
      // Undirected strength: every arc adds its weight to both endpoints (a self-loop 2w).
      if isDirectedGraph {
        for u in 0..<n { outStrength[u] += inStrength[u] }
      }
      outMass = outStrength
      inMass = outStrength
    }
  }

  /// A network from its parts (used by aggregation and tests).
  init(
    offsets: [Int], neighbors: [UInt32], weights: [Double], selfLoops: [Double],
    outMass: [Double], inMass: [Double], totalWeight: Double
  ) {
    self.offsets = offsets
    self.neighbors = neighbors
    self.weights = weights
    self.selfLoops = selfLoops
    self.outMass = outMass
    self.inMass = inMass
    self.totalWeight = totalWeight
  }

  /// The network with one node per community of `membership` (dense ids `0 ..< count`): edge
  /// weights between communities summed, weight inside a community added to its self-loop,
  /// masses summed.
  ///
  /// Rows are built on up to `threads` workers, each over a contiguous range of communities
  /// with its own dense accumulator; a row's content depends only on the community's members
  /// (in id order) and their adjacency, so the result is the same for every thread count.
  ///
  /// - Complexity: O(n + arcs), with a dense accumulator and a touched list per worker.
  func aggregated(
    by membership: [UInt32], count: Int, threads: Int = 1, parallelAbove arcThreshold: Int = 200_000
  ) -> WeightedNetwork {
    let n = nodeCount
    // Members of each community by counting sort, so each aggregate row is built in one pass.
    var start = [Int](repeating: 0, count: count + 1)
    for c in membership { start[Int(c) + 1] += 1 }
    for c in 0..<count { start[c + 1] += start[c] }
    var members = [UInt32](repeating: 0, count: n)
    var fill = start
    for u in 0..<n {
      let c = Int(membership[u])
      members[fill[c]] = UInt32(truncatingIfNeeded: u)
      fill[c] += 1
    }
    var newSelf = [Double](repeating: 0, count: count)
    var newOut = [Double](repeating: 0, count: count)
    var newIn = [Double](repeating: 0, count: count)
    // Below `arcThreshold` arcs a second worker costs more than it saves.
    let workers = neighbors.count < arcThreshold ? 1 : max(1, min(threads, count))
    var parts = [(neighbors: [UInt32], weights: [Double], rowEnds: [Int])](
      repeating: ([], [], []), count: workers)
    offsets.withUnsafeBufferPointer { offsets in
      neighbors.withUnsafeBufferPointer { neighbors in
        weights.withUnsafeBufferPointer { weights in
          membership.withUnsafeBufferPointer { membership in
            members.withUnsafeBufferPointer { members in
              start.withUnsafeBufferPointer { start in
                newSelf.withUnsafeMutableBufferPointer { newSelf in
                  newOut.withUnsafeMutableBufferPointer { newOut in
                    newIn.withUnsafeMutableBufferPointer { newIn in
                      parts.withUnsafeMutableBufferPointer { parts in
                        ParallelLoop.forEachWorker(threads: workers) { worker in
                          let range = ParallelLoop.chunk(worker, of: workers, count: count)
                          var rowNeighbors: [UInt32] = []
                          var rowWeights: [Double] = []
                          var rowEnds: [Int] = []
                          rowEnds.reserveCapacity(range.count)
                          var accumulated = [Double](repeating: -1, count: count)
                          var touched: [UInt32] = []
                          for c in range {
                            var inside = 0.0
                            var out = 0.0
                            var into = 0.0
                            for index in start[c]..<start[c + 1] {
                              let u = Int(members[index])
                              inside += selfLoops[u]
                              out += outMass[u]
                              into += inMass[u]
                              for e in offsets[u]..<offsets[u + 1] {
                                let d = Int(membership[Int(neighbors[e])])
                                let w = weights[e]
                                if d == c {
                                  inside += w / 2  // each internal pair is met from both ends
                                  continue
                                }
                                // −1 marks a community not yet met in this row (weights ≥ 0).
                                if accumulated[d] < 0 {
                                  accumulated[d] = w
                                  touched.append(UInt32(truncatingIfNeeded: d))
                                } else {
                                  accumulated[d] += w
                                }
                              }
                            }
                            newSelf[c] = inside
                            newOut[c] = out
                            newIn[c] = into
                            for d in touched {
                              rowNeighbors.append(d)
                              rowWeights.append(accumulated[Int(d)])
                              accumulated[Int(d)] = -1
                            }
                            touched.removeAll(keepingCapacity: true)
                            rowEnds.append(rowNeighbors.count)
                          }
                          parts[worker] = (rowNeighbors, rowWeights, rowEnds)
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    // Concatenate the workers' rows in community order.
    var newOffsets = [Int](repeating: 0, count: count + 1)
    var newNeighbors: [UInt32] = []
    var newWeights: [Double] = []
    let total = parts.reduce(0) { $0 + $1.neighbors.count }
    newNeighbors.reserveCapacity(total)
    newWeights.reserveCapacity(total)
    var c = 0
    for part in parts {
      let base = newNeighbors.count
      for end in part.rowEnds {
        c += 1
        newOffsets[c] = base + end
      }
      newNeighbors.append(contentsOf: part.neighbors)
      newWeights.append(contentsOf: part.weights)
    }
    return WeightedNetwork(
      offsets: newOffsets, neighbors: newNeighbors, weights: newWeights, selfLoops: newSelf,
      outMass: newOut, inMass: newIn, totalWeight: totalWeight)
  }
}
