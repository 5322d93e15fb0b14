import RecruitNetGraph

/// Degree and strength: the number of edges at a node, or the sum of their weights.
///
/// Conventions (networkx's `G.degree`, `G.in_degree`, `G.out_degree`, with `weight="weight"` for
/// strength): counts, not normalized; for a directed graph `degree = in + out`; a self-loop adds
/// 2 to a node's degree (1 in, 1 out) and twice its weight to its strength. On an undirected graph
/// in- and out-degree equal the degree. Edges are the distinct edges of the view the measure runs
/// on (one edge type, or all types merged with weights summed).
///
/// Reference: L. C. Freeman, "Centrality in social networks: conceptual clarification", Social
/// Networks 1(3), 1978, doi:10.1016/0378-8733(78)90021-7.
///
/// - Complexity: O(n + m).
public struct DegreeCentrality: Sendable {
  public enum Direction: String, Sendable, CaseIterable {
    case all, `in`, out
  }

  /// Which edges to count.
  public var direction: Direction = .all
  /// Sum weights (strength) instead of counting edges (degree).
  public var isWeighted = false

  public init(direction: Direction = .all, isWeighted: Bool = false) {
    self.direction = direction
    self.isWeighted = isWeighted
  }

  /// The command-line name: `degree`, `in-degree`, `out-strength`, …
  public var measureName: String {
    let base = isWeighted ? "strength" : "degree"
    return direction == .all ? base : "\(direction.rawValue)-\(base)"
  }

  public func scores(on graph: Graph) -> NodeScores {
    let n = graph.nodeCount
    var values = [Double](repeating: 0, count: n)
    let countIn = direction != .out || !graph.isDirected
    let countOut = direction != .in && graph.isDirected
    graph.withUnsafeAdjacency { adjacency in
      let (offsets, targets, weights) = (
        adjacency.outOffsets, adjacency.outTargets, adjacency.outWeights
      )
      values.withUnsafeMutableBufferPointer { values in
        for u in 0..<n {
          for e in offsets[u]..<offsets[u + 1] {
            let amount = isWeighted ? weights[e] : 1
            let v = Int(targets[e])
            if graph.isDirected {
              if countOut { values[u] += amount }
              if countIn { values[v] += amount }
            } else {
              // Each undirected edge is the arc pair u → v, v → u; a self-loop is one arc
              // that counts twice, as in networkx.
              values[u] += v == u ? 2 * amount : amount
            }
          }
        }
      }
    }
    return NodeScores(
      measure: measureName, values: values, parameters: [.init("weighted", String(isWeighted))])
  }
}
