import RecruitNetGraph

/// Seeded random graphs for property tests.
enum RandomGraphs {
  /// A planted partition: `groups` groups of `size` nodes, each pair linked with probability
  /// `inside` within a group and `between` across; weights 1…5 when `weighted`.
  static func plantedPartition(
    groups: Int, size: Int, inside: Double, between: Double, directed: Bool = false,
    weighted: Bool = false, seed: UInt64
  ) throws -> Graph {
    var generator = SeededGenerator(seed: seed)
    var builder = GraphBuilder(isDirected: directed)
    let n = groups * size
    let ids = (0..<n).map { builder.node(named: "v\($0)") }
    for u in 0..<n {
      for v in (directed ? 0 : u + 1)..<n where v != u {
        let p = u / size == v / size ? inside : between
        if generator.nextUnit() < p {
          let w = weighted ? Double(1 + generator.nextInt(below: 5)) : 1
          builder.addEdge(from: ids[u], to: ids[v], type: 0, weight: w)
        }
      }
    }
    return try builder.build()
  }

  /// An Erdős–Rényi G(n, p) graph (undirected).
  static func erdosRenyi(nodes: Int, probability: Double, seed: UInt64) throws -> Graph {
    try plantedPartition(groups: 1, size: nodes, inside: probability, between: 0, seed: seed)
  }
}
