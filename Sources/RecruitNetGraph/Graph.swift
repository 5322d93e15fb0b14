/// A directed or undirected, weighted, typed network in compressed sparse row (CSR) form.
///
/// Nodes are dense 32-bit ids (``NodeID``) with names in ``names``; every node has a kind
/// (``kindNames``, `account` first) so a graph can hold accounts with hashtags or web domains.
/// Edges are merged per (source, target, type): their weights are summed and their number of
/// input rows kept (``multiplicity(of:)``). Self-loops are kept.
///
/// Storage, per directed edge: the out-adjacency holds the target (4 bytes) and the weight
/// (8 bytes); the in-adjacency holds the source (4 bytes) and the out-edge's index (4 bytes),
/// through which an in-edge reaches its weight, type and multiplicity. That is 20 bytes per edge
/// for both directions, plus 2 bytes for the type when the graph has more than one. An
/// undirected graph stores each edge `{u, v}` as the two arcs `u → v` and `v → u` (24 bytes) and
/// has no separate in-adjacency. Multiplicities other than 1 and timestamps are stored only where
/// present.
///
/// A `Graph` is immutable and `Sendable`: algorithms read it from any number of threads. Views
/// (``mergingEdgeTypes()``, ``filtered(edgeType:)``, ``undirected()``, ``induced(on:)``) build
/// new graphs and keep node ids wherever the node set is unchanged.
///
/// - Complexity: ``outDegree(of:)``, ``inDegree(of:)`` and neighbour access are O(1).
public final class Graph: Sendable {
  /// Whether edges have a direction.
  public let isDirected: Bool
  /// Node names (and kinds), indexed by ``NodeID``.
  public let names: NodeNames
  /// Node kind names; index 0 is always `account`.
  public let kindNames: [String]
  /// Edge type names, indexed by the values of `edgeTypes`.
  public let edgeTypeNames: [String]

  /// CSR offsets of the out-adjacency: node `v`'s out-edges are `outOffsets[v] ..< outOffsets[v + 1]`.
  @usableFromInline package let outOffsets: [Int]
  /// Target of each out-edge, sorted by (target, type) within each node.
  @usableFromInline package let outTargets: [NodeID]
  /// Weight of each out-edge (the sum over the merged input rows).
  @usableFromInline package let outWeights: [Double]
  /// Type of each out-edge as an index into ``edgeTypeNames``; empty when there is at most one type.
  @usableFromInline package let edgeTypes: [UInt16]

  /// CSR offsets of the in-adjacency (directed graphs; empty for undirected ones).
  @usableFromInline package let inOffsets: [Int]
  /// Source of each in-edge, sorted by (source, type) within each node.
  @usableFromInline package let inSources: [NodeID]
  /// For each in-edge, the index of the same edge in the out-adjacency.
  @usableFromInline package let inEdges: [UInt32]

  /// Out-edge indices whose multiplicity is not 1, ascending, and their multiplicities.
  let multiEdges: [Int]
  let multiCounts: [UInt32]
  /// First and last timestamp (Unix seconds) of each out-edge; empty when the input had none.
  /// ``GraphBuilder/noTime`` marks an edge without a timestamp.
  @usableFromInline package let firstTimes: [Int64]
  @usableFromInline package let lastTimes: [Int64]

  init(
    isDirected: Bool, names: NodeNames, kindNames: [String], edgeTypeNames: [String],
    outOffsets: [Int], outTargets: [NodeID], outWeights: [Double], edgeTypes: [UInt16],
    inOffsets: [Int], inSources: [NodeID], inEdges: [UInt32],
    multiEdges: [Int], multiCounts: [UInt32], firstTimes: [Int64], lastTimes: [Int64]
  ) {
    self.isDirected = isDirected
    self.names = names
    self.kindNames = kindNames
    self.edgeTypeNames = edgeTypeNames
    self.outOffsets = outOffsets
    self.outTargets = outTargets
    self.outWeights = outWeights
    self.edgeTypes = edgeTypes
    self.inOffsets = inOffsets
    self.inSources = inSources
    self.inEdges = inEdges
    self.multiEdges = multiEdges
    self.multiCounts = multiCounts
    self.firstTimes = firstTimes
    self.lastTimes = lastTimes
    #if RECRUITNET_INVARIANTS
      let problems = invariantViolations()
      precondition(problems.isEmpty, "Graph invariants broken: \(problems.joined(separator: "; "))")
    #endif
  }

  /// The number of nodes.
  @inlinable public var nodeCount: Int { outOffsets.count - 1 }

  /// The number of stored arcs: every directed edge once; undirected edges twice, self-loops once.
  @inlinable public var arcCount: Int { outTargets.count }

  /// The number of edges: directed edges, or undirected edges counted once each.
  public var edgeCount: Int {
    if isDirected { return arcCount }
    return (arcCount + selfLoopArcCount) / 2
  }

  /// The number of self-loop arcs (each self-loop is stored once, directed or not).
  public var selfLoopArcCount: Int {
    var loops = 0
    withUnsafeAdjacency { adjacency in
      let (offsets, targets) = (adjacency.outOffsets, adjacency.outTargets)
      for v in 0..<nodeCount {
        for e in offsets[v]..<offsets[v + 1] where targets[e] == NodeID(truncatingIfNeeded: v) {
          loops += 1
        }
      }
    }
    return loops
  }

  /// All node ids.
  @inlinable public var nodes: Range<NodeID> { 0..<NodeID(truncatingIfNeeded: nodeCount) }

  /// The number of out-edges of `node` (its neighbours in an undirected graph; a self-loop counts once).
  @inlinable public func outDegree(of node: NodeID) -> Int {
    outOffsets[Int(node) + 1] - outOffsets[Int(node)]
  }

  /// The number of in-edges of `node` (equal to ``outDegree(of:)`` in an undirected graph).
  @inlinable public func inDegree(of node: NodeID) -> Int {
    if !isDirected { return outDegree(of: node) }
    return inOffsets[Int(node) + 1] - inOffsets[Int(node)]
  }

  /// The out-edge indices of `node`.
  @inlinable public func outEdges(of node: NodeID) -> Range<EdgeIndex> {
    outOffsets[Int(node)]..<outOffsets[Int(node) + 1]
  }

  /// The targets of `node`'s out-edges (neighbours, for an undirected graph), in ascending order.
  @inlinable public func outNeighbors(of node: NodeID) -> ArraySlice<NodeID> {
    outTargets[outEdges(of: node)]
  }

  /// The sources of `node`'s in-edges, in ascending order.
  @inlinable public func inNeighbors(of node: NodeID) -> ArraySlice<NodeID> {
    if !isDirected { return outNeighbors(of: node) }
    return inSources[inOffsets[Int(node)]..<inOffsets[Int(node) + 1]]
  }

  /// The target of out-edge `edge` (the neighbour, in an undirected graph).
  @inlinable public func target(of edge: EdgeIndex) -> NodeID { outTargets[edge] }

  /// The weight of out-edge `edge`: the sum of the weights of the input rows merged into it.
  @inlinable public func weight(of edge: EdgeIndex) -> Double { outWeights[edge] }

  /// The first and last timestamp (Unix seconds) of out-edge `edge`, or `nil` when it has none.
  public func timeSpan(of edge: EdgeIndex) -> ClosedRange<Int64>? {
    guard hasTimes, firstTimes[edge] != GraphBuilder.noTime else { return nil }
    return firstTimes[edge]...lastTimes[edge]
  }

  /// The type index (into ``edgeTypeNames``) of out-edge `edge`.
  @inlinable public func edgeType(of edge: EdgeIndex) -> Int {
    edgeTypes.isEmpty ? 0 : Int(edgeTypes[edge])
  }

  /// How many input rows were merged into out-edge `edge`.
  public func multiplicity(of edge: EdgeIndex) -> Int {
    var low = 0
    var high = multiEdges.count
    while low < high {
      let mid = (low + high) / 2
      if multiEdges[mid] < edge { low = mid + 1 } else { high = mid }
    }
    return low < multiEdges.count && multiEdges[low] == edge ? Int(multiCounts[low]) : 1
  }

  /// Whether any edge has a timestamp.
  public var hasTimes: Bool { !firstTimes.isEmpty }

  /// The id of the account (or node of kind `kind`) named `name`.
  public func node(named name: String, kind: String = "account") -> NodeID? {
    guard let kindIndex = kindNames.firstIndex(of: kind) else { return nil }
    return names.id(for: name, kind: kindIndex)
  }

  /// The source of out-edge `edge` (O(log n): a binary search over the offsets).
  public func source(of edge: EdgeIndex) -> NodeID {
    var low = 0
    var high = nodeCount
    while low + 1 < high {
      let mid = (low + high) / 2
      if outOffsets[mid] <= edge { low = mid } else { high = mid }
    }
    // Skip nodes with no out-edges that share the offset.
    while low + 1 <= nodeCount && outOffsets[low + 1] <= edge { low += 1 }
    return NodeID(truncatingIfNeeded: low)
  }

  /// Bytes held by the graph's arrays (adjacency, names, types, multiplicities, timestamps).
  public var memoryBytes: Int {
    func bytes<T>(_ array: [T]) -> Int { array.capacity * MemoryLayout<T>.stride }
    return bytes(outOffsets) + bytes(outTargets) + bytes(outWeights) + bytes(edgeTypes)
      + bytes(inOffsets) + bytes(inSources) + bytes(inEdges) + bytes(multiEdges)
      + bytes(multiCounts) + bytes(firstTimes) + bytes(lastTimes) + names.memoryBytes
  }
}
