import Foundation
import RecruitNetCommunities
import RecruitNetGraph

/// Test-side measures of a partition that the library does not own (yet): NMI as igraph's
/// `compare_communities(method="nmi")` defines it, the CPM quality as the oracle script computes
/// it, and connectivity of each community.
enum CommunityMeasures {
  /// Normalized mutual information 2 I(A; B) / (H(A) + H(B)) (Danon et al. 2005), 1 when both
  /// partitions are a single community.
  static func nmi(_ a: [UInt32], _ b: [UInt32]) -> Double {
    precondition(a.count == b.count)
    let n = Double(a.count)
    var joint: [UInt64: Double] = [:]
    var countA: [UInt32: Double] = [:]
    var countB: [UInt32: Double] = [:]
    for (x, y) in zip(a, b) {
      joint[UInt64(x) << 32 | UInt64(y), default: 0] += 1
      countA[x, default: 0] += 1
      countB[y, default: 0] += 1
    }
    func entropy(_ counts: [UInt32: Double]) -> Double {
      counts.values.reduce(0) { $0 - $1 / n * log($1 / n) }
    }
    let ha = entropy(countA)
    let hb = entropy(countB)
    if ha + hb == 0 { return 1 }
    var mutual = 0.0
    for (key, count) in joint {
      let pa = countA[UInt32(key >> 32)]! / n
      let pb = countB[UInt32(key & 0xFFFF_FFFF)]! / n
      mutual += count / n * log(count / n / (pa * pb))
    }
    return 2 * mutual / (ha + hb)
  }

  /// Σ_c [ w_c − γ n_c (n_c − 1) / 2 ] on the undirected projection (edge types merged).
  static func cpmQuality(_ partition: Partition, in graph: Graph, resolution: Double) -> Double {
    var inside = 0.0
    graph.forEachEdge { u, v, e in
      if partition[u] == partition[v] { inside += graph.outWeights[e] }
    }
    return inside - resolution * partition.sizes.reduce(0) { $0 + Double($1) * Double($1 - 1) / 2 }
  }

  /// The communities (by number) whose members do not induce a connected subgraph (edges in
  /// either direction).
  static func disconnectedCommunities(_ partition: Partition, in graph: Graph) -> [Int] {
    let undirected = graph.undirected()
    var reached = [Bool](repeating: false, count: graph.nodeCount)
    var bad: [Int] = []
    for (community, members) in partition.members.enumerated() {
      guard let first = members.first else { continue }
      var stack = [first]
      reached[Int(first)] = true
      var count = 1
      while let u = stack.popLast() {
        for v in undirected.outNeighbors(of: u)
        where !reached[Int(v)] && partition[v] == partition[u] {
          reached[Int(v)] = true
          count += 1
          stack.append(v)
        }
      }
      if count != members.count { bad.append(community) }
    }
    return bad
  }
}
