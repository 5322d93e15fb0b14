/// The numbers `recruitnet info` reports about a graph.
///
/// Conventions (networkx 3.6 on the same data, with all edge types merged into one simple graph
/// where a measure needs one): ``edges`` counts distinct (source, target, type) edges;
/// ``simpleEdges`` counts distinct (source, target) pairs, unordered when undirected;
/// ``density`` is `nx.density` (self-loops counted); ``reciprocity`` is
/// `nx.overall_reciprocity` (self-loops are never reciprocated); degrees are total degrees of the
/// simple graph, a self-loop counting twice as in `G.degree`.
public struct GraphSummary: Sendable, Equatable {
  public var isDirected: Bool
  public var nodes: Int
  public var edges: Int
  public var simpleEdges: Int
  public var edgesByType: [(name: String, count: Int)]
  public var weightTotal: Double
  public var selfLoops: Int
  public var reciprocity: Double?
  public var density: Double
  public var weakComponents: Int
  public var largestWeakComponent: Int
  public var strongComponents: Int?
  public var largestStrongComponent: Int?
  public var degreeMin: Int
  public var degreeMedian: Double
  public var degreeMax: Int
  public var nodesByKind: [(name: String, count: Int)]
  public var memoryBytes: Int

  public static func == (a: GraphSummary, b: GraphSummary) -> Bool {
    a.isDirected == b.isDirected && a.nodes == b.nodes && a.edges == b.edges
      && a.simpleEdges == b.simpleEdges && a.edgesByType.map(\.name) == b.edgesByType.map(\.name)
      && a.edgesByType.map(\.count) == b.edgesByType.map(\.count) && a.weightTotal == b.weightTotal
      && a.selfLoops == b.selfLoops && a.reciprocity == b.reciprocity && a.density == b.density
      && a.weakComponents == b.weakComponents && a.largestWeakComponent == b.largestWeakComponent
      && a.strongComponents == b.strongComponents
      && a.largestStrongComponent == b.largestStrongComponent && a.degreeMin == b.degreeMin
      && a.degreeMedian == b.degreeMedian && a.degreeMax == b.degreeMax
  }
}

extension Graph {
  /// Computes the ``GraphSummary``.
  /// - Complexity: O(n log n + m log d).
  public func summary() -> GraphSummary {
    let simple = mergingEdgeTypes()
    let n = nodeCount
    let m = simple.edgeCount
    var degrees = [Int](repeating: 0, count: n)
    for v in 0..<n {
      let id = NodeID(truncatingIfNeeded: v)
      // A self-loop is one out-arc (and, directed, one in-arc): networkx counts it twice.
      var degree = simple.outDegree(of: id) + (simple.isDirected ? simple.inDegree(of: id) : 0)
      if !simple.isDirected && simple.hasEdge(from: id, to: id) { degree += 1 }
      degrees[v] = degree
    }
    degrees.sort()
    let median: Double
    if n == 0 {
      median = 0
    } else if n % 2 == 1 {
      median = Double(degrees[n / 2])
    } else {
      median = (Double(degrees[n / 2 - 1]) + Double(degrees[n / 2])) / 2
    }
    var reciprocity: Double? = nil
    if isDirected {
      var reciprocated = 0
      simple.forEachEdge { u, v, _ in
        if u != v && simple.hasEdge(from: v, to: u) { reciprocated += 1 }
      }
      reciprocity = m == 0 ? nil : Double(reciprocated) / Double(m)
    }
    let density: Double =
      n <= 1 ? 0 : Double(isDirected ? m : 2 * m) / (Double(n) * Double(n - 1))
    let weak = weakComponents()
    let strong = isDirected ? strongComponents() : nil
    var byKind = [Int](repeating: 0, count: kindNames.count)
    for v in 0..<n { byKind[names.kindIndex(of: NodeID(truncatingIfNeeded: v))] += 1 }
    let typeCounts = edgeCountsByType
    return GraphSummary(
      isDirected: isDirected, nodes: n, edges: edgeCount, simpleEdges: m,
      edgesByType: zip(edgeTypeNames, typeCounts).map { ($0, $1) },
      weightTotal: weightTotal, selfLoops: selfLoopCount, reciprocity: reciprocity,
      density: density, weakComponents: weak.count, largestWeakComponent: weak.largestSize,
      strongComponents: strong?.count, largestStrongComponent: strong?.largestSize,
      degreeMin: degrees.first ?? 0, degreeMedian: median, degreeMax: degrees.last ?? 0,
      nodesByKind: zip(kindNames, byKind).map { ($0, $1) }, memoryBytes: memoryBytes)
  }
}
