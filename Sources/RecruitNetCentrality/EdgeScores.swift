import RecruitNetGraph

/// One value per edge, from ``EdgeBetweenness``: directed graphs list every arc, undirected ones
/// every edge once, as `(source, target)` with `source ≤ target`, in CSR order.
public struct EdgeScores: Sendable {
  /// Whether the edges have a direction.
  public let isDirected: Bool
  /// The first end of each edge.
  public let sources: [NodeID]
  /// The second end of each edge.
  public let targets: [NodeID]
  /// The value of each edge.
  public let values: [Double]
  /// What the values were computed with (normalized, weight, k, seed).
  public let parameters: [NodeScores.Parameter]

  /// Folds per-arc totals into per-edge values (an undirected edge: its two arcs) and scales.
  init(graph: Graph, arcTotals: [Double], scale: Double, parameters: [NodeScores.Parameter]) {
    isDirected = graph.isDirected
    self.parameters = parameters
    var sources: [NodeID] = []
    var targets: [NodeID] = []
    var values: [Double] = []
    sources.reserveCapacity(graph.edgeCount)
    targets.reserveCapacity(graph.edgeCount)
    values.reserveCapacity(graph.edgeCount)
    for u in graph.nodes {
      for e in graph.outEdges(of: u) {
        let v = graph.target(of: e)
        var total = arcTotals[e]
        if !graph.isDirected {
          if v < u { continue }
          if v != u,
            let back = graph.edge(from: v, to: u, type: graph.edgeType(of: e))
          {
            total += arcTotals[back]
          }
        }
        sources.append(u)
        targets.append(v)
        values.append(total * scale)
      }
    }
    self.sources = sources
    self.targets = targets
    self.values = values
  }

  /// The number of edges.
  public var count: Int { values.count }

  /// The indices of the `k` highest values, highest first; ties by source, then target id.
  ///
  /// - Complexity: O(m log m).
  public func top(_ k: Int) -> [Int] {
    let order = values.indices.sorted { a, b in
      if values[a] != values[b] { return values[a] > values[b] }
      return sources[a] != sources[b] ? sources[a] < sources[b] : targets[a] < targets[b]
    }
    return Array(order.prefix(max(0, k)))
  }
}
