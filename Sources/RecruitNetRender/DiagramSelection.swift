import RecruitNetGraph

/// The nodes and edges a diagram draws, cut out of a network by the filtered views.
///
/// Nodes keep their network ids (``nodes``) and get local indices (their position in
/// ``nodes``), which become the Graphviz node names `n0`, `n1`, …: never an account name, so
/// pseudonymized diagrams carry no name in their ids either. Edges keep their type and weight
/// (edge types are not merged, so two types between the same accounts are two lines).
public struct DiagramSelection: Sendable {
  /// One drawn edge between local node indices.
  public struct Edge: Sendable, Equatable {
    public var from: Int
    public var to: Int
    /// Index into the network's edge type names.
    public var type: Int
    public var weight: Double
  }

  /// Network ids of the drawn nodes, in drawing order.
  public private(set) var nodes: [NodeID]
  public private(set) var edges: [Edge]

  /// The subgraph of `graph` on `nodes` (duplicates ignored): every edge between two of them,
  /// restricted to edge type `edgeType` (an index into `graph.edgeTypeNames`) and to weights of
  /// at least `minWeight` when given. With `dropIsolated`, nodes left without a drawn edge are
  /// removed (except those in `keep`), so `--edge-type` and `--min-weight` views show only the
  /// accounts those edges connect.
  ///
  /// - Complexity: O(n + the degrees of the selected nodes).
  public init(
    graph: Graph, nodes selected: some Sequence<NodeID>, edgeType: Int? = nil,
    minWeight: Double? = nil,
    dropIsolated: Bool = false, keep: Set<NodeID> = []
  ) {
    var local = [Int32](repeating: -1, count: graph.nodeCount)
    var order: [NodeID] = []
    for v in selected where Int(v) < graph.nodeCount && local[Int(v)] < 0 {
      local[Int(v)] = Int32(order.count)
      order.append(v)
    }
    var edges: [Edge] = []
    let multiType = graph.edgeTypeNames.count > 1
    for (index, u) in order.enumerated() {
      for e in graph.outEdges(of: u) {
        let v = graph.outTargets[e]
        let target = local[Int(v)]
        guard target >= 0, graph.isDirected || u <= v else { continue }
        let type = multiType ? graph.edgeType(of: e) : 0
        if let edgeType, type != edgeType { continue }
        let weight = graph.outWeights[e]
        if let minWeight, weight < minWeight { continue }
        edges.append(Edge(from: index, to: Int(target), type: type, weight: weight))
      }
    }
    if dropIsolated {
      var touched = [Bool](repeating: false, count: order.count)
      for edge in edges {
        touched[edge.from] = true
        touched[edge.to] = true
      }
      var renumber = [Int](repeating: -1, count: order.count)
      var kept: [NodeID] = []
      for (index, v) in order.enumerated() where touched[index] || keep.contains(v) {
        renumber[index] = kept.count
        kept.append(v)
      }
      order = kept
      edges = edges.map {
        Edge(from: renumber[$0.from], to: renumber[$0.to], type: $0.type, weight: $0.weight)
      }
    }
    self.nodes = order
    self.edges = edges
  }

  /// The `count` nodes with the highest `scores` (ties by id), for `--top N`.
  public static func top(_ count: Int, scores: [Double], among candidates: [NodeID]? = nil)
    -> [NodeID]
  {
    let pool = candidates ?? (0..<scores.count).map { NodeID($0) }
    func key(_ v: NodeID) -> Double {
      let s = scores[Int(v)]
      return s.isNaN ? -.infinity : s
    }
    return Array(
      pool.sorted { key($0) != key($1) ? key($0) > key($1) : $0 < $1 }.prefix(max(0, count)))
  }

  /// The members of `community` and their direct contacts outside it (both edge directions),
  /// members first, for `--community ID`.
  public static func community(_ community: UInt32, communities: [UInt32], in graph: Graph)
    -> [NodeID]
  {
    var members: [NodeID] = []
    for v in graph.nodes where communities[Int(v)] == community { members.append(v) }
    var seen = Set(members)
    var contacts: [NodeID] = []
    for u in members {
      for v in graph.outNeighbors(of: u) where seen.insert(v).inserted { contacts.append(v) }
      if graph.isDirected {
        for v in graph.inNeighbors(of: u) where seen.insert(v).inserted { contacts.append(v) }
      }
    }
    return members + contacts.sorted()
  }
}
