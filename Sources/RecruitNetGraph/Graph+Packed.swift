/// A graph's arrays in the form a workspace stores them, with the checks that make loading a
/// damaged file an error instead of a crash.
public struct PackedGraph: Sendable {
  public var isDirected: Bool
  public var nameArena: [UInt8]
  public var nameOffsets: [Int]
  public var kindNames: [String]
  public var edgeTypeNames: [String]
  public var outOffsets: [Int]
  public var outTargets: [NodeID]
  public var outWeights: [Double]
  public var edgeTypes: [UInt16]
  public var multiEdges: [Int]
  public var multiCounts: [UInt32]
  public var firstTimes: [Int64]
  public var lastTimes: [Int64]

  public init(
    isDirected: Bool, nameArena: [UInt8], nameOffsets: [Int], kindNames: [String],
    edgeTypeNames: [String], outOffsets: [Int], outTargets: [NodeID], outWeights: [Double],
    edgeTypes: [UInt16], multiEdges: [Int], multiCounts: [UInt32], firstTimes: [Int64],
    lastTimes: [Int64]
  ) {
    self.isDirected = isDirected
    self.nameArena = nameArena
    self.nameOffsets = nameOffsets
    self.kindNames = kindNames
    self.edgeTypeNames = edgeTypeNames
    self.outOffsets = outOffsets
    self.outTargets = outTargets
    self.outWeights = outWeights
    self.edgeTypes = edgeTypes
    self.multiEdges = multiEdges
    self.multiCounts = multiCounts
    self.firstTimes = firstTimes
    self.lastTimes = lastTimes
  }
}

extension Graph {
  /// The graph's arrays for storage.
  public var packed: PackedGraph {
    let (arena, offsets) = names.packed
    return PackedGraph(
      isDirected: isDirected, nameArena: arena, nameOffsets: offsets, kindNames: kindNames,
      edgeTypeNames: edgeTypeNames, outOffsets: outOffsets, outTargets: outTargets,
      outWeights: outWeights, edgeTypes: edgeTypes, multiEdges: multiEdges,
      multiCounts: multiCounts, firstTimes: firstTimes, lastTimes: lastTimes)
  }

  /// Rebuilds a graph from stored arrays, checking every invariant the algorithms rely on.
  ///
  /// - Throws: ``GraphError`` naming the first broken invariant.
  /// - Complexity: O(n + m).
  public convenience init(packed p: PackedGraph) throws(GraphError) {
    guard let names = NodeNames.unpacked(arena: p.nameArena, offsets: p.nameOffsets) else {
      throw GraphError(.damagedStorage(detail: "the stored name table is damaged"))
    }
    let n = names.count
    let m = p.outTargets.count
    guard p.outOffsets.count == n + 1, p.outOffsets.first == 0, p.outOffsets.last == m,
      p.outWeights.count == m
    else {
      throw GraphError(
        .damagedStorage(detail: "the stored adjacency does not match the node count"))
    }
    guard !p.edgeTypeNames.isEmpty, p.kindNames.first == "account" else {
      throw GraphError(.damagedStorage(detail: "the stored edge types or node kinds are damaged"))
    }
    guard p.edgeTypes.isEmpty ? p.edgeTypeNames.count == 1 : p.edgeTypes.count == m else {
      throw GraphError(.damagedStorage(detail: "the stored edge types do not match the edges"))
    }
    let valid: Bool = p.outOffsets.withUnsafeBufferPointer { offsets in
      p.outTargets.withUnsafeBufferPointer { targets in
        for v in 0..<n where offsets[v] > offsets[v + 1] { return false }
        for e in 0..<m where Int(targets[e]) >= n { return false }
        return true
      }
    }
    guard valid else {
      throw GraphError(
        .damagedStorage(detail: "the stored adjacency refers to nodes that do not exist"))
    }
    guard p.edgeTypes.allSatisfy({ Int($0) < p.edgeTypeNames.count }),
      p.multiEdges.count == p.multiCounts.count, p.multiEdges.allSatisfy({ $0 >= 0 && $0 < m }),
      p.firstTimes.count == p.lastTimes.count, p.firstTimes.isEmpty || p.firstTimes.count == m
    else { throw GraphError(.damagedStorage(detail: "the stored edge attributes are damaged")) }
    for v in 0..<n where names.kindIndex(of: NodeID(v)) >= p.kindNames.count {
      throw GraphError(.damagedStorage(detail: "the stored node kinds are damaged"))
    }
    var inOffsets: [Int] = []
    var inSources: [NodeID] = []
    var inEdges: [UInt32] = []
    if p.isDirected {
      (inOffsets, inSources, inEdges) = GraphBuilder.transpose(
        nodeCount: n, offsets: p.outOffsets, targets: p.outTargets)
    }
    self.init(
      isDirected: p.isDirected, names: names, kindNames: p.kindNames,
      edgeTypeNames: p.edgeTypeNames, outOffsets: p.outOffsets, outTargets: p.outTargets,
      outWeights: p.outWeights, edgeTypes: p.edgeTypes, inOffsets: inOffsets,
      inSources: inSources, inEdges: inEdges, multiEdges: p.multiEdges,
      multiCounts: p.multiCounts, firstTimes: p.firstTimes, lastTimes: p.lastTimes)
  }
}
