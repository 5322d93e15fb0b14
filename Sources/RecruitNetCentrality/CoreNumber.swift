import RecruitNetGraph

/// The core number (coreness) of every node: the largest `k` such that the node belongs to a
/// subgraph where every node has degree at least `k` (Seidman, "Network structure and minimum
/// degree", Social Networks 5(3), 1983), computed in O(m) by bucket peeling (Batagelj &
/// Zaversnik, "An O(m) algorithm for cores decomposition of networks", arXiv:cs/0310049).
///
/// Conventions: `direction == .all` is networkx's `core_number` (for a directed graph the degree
/// is in + out, so a reciprocated pair counts twice); `.in` and `.out` peel by in- or
/// out-degree, as igraph's `coreness(mode="in"|"out")`. networkx refuses graphs with self-loops;
/// here self-loops are ignored (as if removed first), which is what networkx's error asks for.
public struct CoreNumber: Sendable {
  public var direction: DegreeCentrality.Direction = .all

  public init(direction: DegreeCentrality.Direction = .all) { self.direction = direction }

  public func scores(on graph: Graph) -> NodeScores {
    let n = graph.nodeCount
    let directed = graph.isDirected
    var degree = [Int](repeating: 0, count: n)
    // `degree` is the degree the mode counts: .in counts in-edges, .out out-edges.
    for v in 0..<n {
      var d = 0
      if !directed || direction != .in {
        for u in graph.outNeighbors(of: NodeID(v)) where Int(u) != v { d += 1 }
      }
      if directed && direction != .out {
        for u in graph.inNeighbors(of: NodeID(v)) where Int(u) != v { d += 1 }
      }
      degree[v] = d
    }
    let maxDegree = degree.max() ?? 0
    var bin = [Int](repeating: 0, count: maxDegree + 2)
    for d in degree { bin[d + 1] += 1 }
    for d in 0...maxDegree { bin[d + 1] += bin[d] }
    var position = [Int](repeating: 0, count: n)
    var vertices = [Int](repeating: 0, count: n)
    var start = bin
    for v in 0..<n {
      position[v] = start[degree[v]]
      vertices[position[v]] = v
      start[degree[v]] += 1
    }
    // bin[d] is now the first position of degree d.
    func lower(_ u: Int, below dv: Int) {
      let du = degree[u]
      guard du > dv else { return }
      let first = bin[du]
      let w = vertices[first]
      if u != w {
        vertices[position[u]] = w
        position[w] = position[u]
        vertices[first] = u
        position[u] = first
      }
      bin[du] += 1
      degree[u] = du - 1
    }
    for i in 0..<n {
      let v = vertices[i]
      let dv = degree[v]
      // Removing v lowers the counted degree of the nodes whose count included an edge to v:
      // for .in (in-degree), v's out-neighbours; for .out, its in-neighbours; for .all, both.
      if directed {
        if direction != .out { for u in graph.outNeighbors(of: NodeID(v)) where Int(u) != v { lower(Int(u), below: dv) } }
        if direction != .in { for u in graph.inNeighbors(of: NodeID(v)) where Int(u) != v { lower(Int(u), below: dv) } }
      } else {
        for u in graph.outNeighbors(of: NodeID(v)) where Int(u) != v { lower(Int(u), below: dv) }
      }
    }
    let name = direction == .all ? "coreness" : "\(direction.rawValue)-coreness"
    return NodeScores(measure: name, values: degree.map(Double.init), parameters: [.init("mode", direction.rawValue)])
  }
}
