import RecruitNetGraph

/// The core number (coreness) of every node: the largest `k` such that the node belongs to a
/// subgraph where every node has degree at least `k` (S. B. Seidman, "Network structure and
/// minimum degree", Social Networks 5(3):269–287, 1983, doi:10.1016/0378-8733(83)90028-X),
/// computed in O(m) by bucket peeling (V. Batagelj & M. Zaveršnik, "An O(m) algorithm for cores
/// decomposition of networks", 2003, arXiv:cs/0310049; Adv. Data Anal. Classif. 5(2):129–145,
/// 2011, doi:10.1007/s11634-010-0079-y).
///
/// Conventions: `direction == .all` is networkx's `core_number` (for a directed graph the degree
/// is in + out, so a reciprocated pair counts twice); `.in` and `.out` peel by in- or
/// out-degree, as igraph's `coreness(mode="in"|"out")`. networkx refuses graphs with self-loops;
/// here self-loops are ignored (as if removed first), which is what networkx's error asks for.
///
/// - Complexity: O(n + m) (bucket peeling, Batagelj & Zaversnik).
public struct CoreNumber: Sendable {
  public var direction: DegreeCentrality.Direction = .all

  public init(direction: DegreeCentrality.Direction = .all) { self.direction = direction }

  public func scores(on graph: Graph) -> NodeScores {
    let n = graph.nodeCount
    let directed = graph.isDirected
    // The sides whose edges count toward the peeled degree, and the sides whose neighbours lose
    // a degree when a node is removed: .in counts in-edges and lowers out-neighbours, .out the
    // reverse, .all both (an undirected graph has one side).
    let countOut = !directed || direction != .in
    let countIn = directed && direction != .out
    var degree = [Int32](repeating: 0, count: n)
    var position = [Int32](repeating: 0, count: n)
    var vertices = [Int32](repeating: 0, count: n)
    // Hand-written over raw buffers: the peeling loop touches four arrays per edge, and array
    // bounds checks and uniqueness checks there cost as much as the work itself.
    graph.withUnsafeAdjacency { adjacency in
      let (outOffsets, outTargets) = (adjacency.outOffsets, adjacency.outTargets)
      let (inOffsets, inSources) = (adjacency.inOffsets, adjacency.inSources)
      degree.withUnsafeMutableBufferPointer { degree in
        position.withUnsafeMutableBufferPointer { position in
          vertices.withUnsafeMutableBufferPointer { vertices in
            var maxDegree: Int32 = 0
            for v in 0..<n {
              var d: Int32 = 0
              if countOut {
                for e in outOffsets[v]..<outOffsets[v + 1] where Int(outTargets[e]) != v { d += 1 }
              }
              if countIn {
                for e in inOffsets[v]..<inOffsets[v + 1] where Int(inSources[e]) != v { d += 1 }
              }
              degree[v] = d
              if d > maxDegree { maxDegree = d }
            }
            var bin = [Int32](repeating: 0, count: Int(maxDegree) + 2)
            bin.withUnsafeMutableBufferPointer { bin in
              for v in 0..<n { bin[Int(degree[v]) + 1] += 1 }
              for d in 0...Int(maxDegree) { bin[d + 1] += bin[d] }
              // bin[d] is the first position of degree d; place the nodes bucket by bucket.
              var start = Array(bin)
              start.withUnsafeMutableBufferPointer { start in
                for v in 0..<n {
                  let d = Int(degree[v])
                  position[v] = start[d]
                  vertices[Int(start[d])] = Int32(v)
                  start[d] += 1
                }
              }
              @inline(__always) func lower(_ u: Int, below dv: Int32) {
                let du = degree[u]
                guard du > dv else { return }
                let first = Int(bin[Int(du)])
                let w = Int(vertices[first])
                if u != w {
                  let pu = position[u]
                  vertices[Int(pu)] = Int32(w)
                  position[w] = pu
                  vertices[first] = Int32(u)
                  position[u] = Int32(first)
                }
                bin[Int(du)] += 1
                degree[u] = du - 1
              }
              for i in 0..<n {
                let v = Int(vertices[i])
                let dv = degree[v]
                // Removing v lowers the counted degree of the nodes whose count included an
                // edge to v: its out-neighbours if in-edges count, its in-neighbours if
                // out-edges count.
                if directed {
                  if countIn {
                    for e in outOffsets[v]..<outOffsets[v + 1] where Int(outTargets[e]) != v {
                      lower(Int(outTargets[e]), below: dv)
                    }
                  }
                  if countOut {
                    for e in inOffsets[v]..<inOffsets[v + 1] where Int(inSources[e]) != v {
                      lower(Int(inSources[e]), below: dv)
                    }
                  }
                } else {
                  for e in outOffsets[v]..<outOffsets[v + 1] where Int(outTargets[e]) != v {
                    lower(Int(outTargets[e]), below: dv)
                  }
                }
              }
            }
          }
        }
      }
    }
    let name = direction == .all ? "coreness" : "\(direction.rawValue)-coreness"
    return NodeScores(
      measure: name, values: degree.map(Double.init),
      parameters: [.init("mode", direction.rawValue)])
  }
}
