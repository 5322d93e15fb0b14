/// Collects edges row by row and builds an immutable ``Graph``.
///
/// Rows are appended as they are read; ``build()`` sorts them by (source, target, type), merges
/// rows with the same key (weights summed, multiplicities summed, first and last timestamps
/// kept), and lays out the CSR arrays. In an undirected graph `a,b` and `b,a` are the same edge.
///
/// ```swift
/// var builder = GraphBuilder(isDirected: true)
/// let retweet = try builder.edgeType(named: "retweet")
/// builder.addEdge(from: builder.node(named: "a"), to: builder.node(named: "b"), type: retweet, weight: 1)
/// let graph = try builder.build()
/// ```
///
/// A builder cannot be misused into a wrong graph: ``build()`` refuses rows whose node ids the
/// builder did not hand out (out of range, for example ids from another builder), weights that
/// are not finite, and edge types it did not register, in release builds too (one
/// O(m) pass, next to the O(m log d) sort). Copies of a builder are independent: the name
/// table is copied on the first write after a copy.
///
/// - Complexity: ``build()`` is O(n + m log d) for n nodes, m rows and largest degree d.
public struct GraphBuilder {
  /// The timestamp value meaning "no timestamp".
  public static let noTime = Int64.min

  /// Whether the graph will be directed.
  public let isDirected: Bool
  /// The node name table; ``node(named:kind:)`` interns through it, readers through
  /// ``uniqueInterner()``.
  public private(set) var interner: NameInterner
  /// Node kind names; index 0 is `account`.
  public private(set) var kindNames: [String] = ["account"]
  /// Edge type names, in the order they were first seen.
  public private(set) var edgeTypeNames: [String] = []
  /// How rows with the same (source, target, type) become one weight (summed by default).
  public var mergeRule = EdgeMergeRule.sum

  // One entry per row (hot: appended by readers in their inner loop).
  var sources: [NodeID] = []
  var targets: [NodeID] = []
  var types: [UInt16] = []
  var weights: [Double] = []
  /// Row multiplicities; kept only once some row counts more than once (`hasCounts`).
  var counts: [UInt32] = []
  var hasCounts = false
  /// Row timestamps; kept only once some row had one (`hasTimes`).
  var firstTimes: [Int64] = []
  var lastTimes: [Int64] = []
  var hasTimes = false

  /// Creates an empty builder.
  public init(isDirected: Bool, expectedNodes: Int = 1024, expectedRows: Int = 0) {
    self.init(isDirected: isDirected, interner: NameInterner(expectedCount: expectedNodes))
    if expectedRows > 0 { reserveRows(expectedRows) }
  }

  /// Creates a builder over an existing name table (its ids are kept).
  init(isDirected: Bool, interner: NameInterner) {
    self.isDirected = isDirected
    self.interner = interner
  }

  /// A builder over an existing name table (ids kept) with the given node kinds.
  init(isDirected: Bool, interner: NameInterner, kindNames: [String]) {
    self.init(isDirected: isDirected, interner: interner)
    self.kindNames = kindNames
  }

  /// Creates a builder holding every node and edge of `graph` (same ids, types and kinds),
  /// so that more rows can be merged into it.
  public init(_ graph: Graph) {
    self.init(isDirected: graph.isDirected, interner: NameInterner(graph.names))
    kindNames = graph.kindNames
    edgeTypeNames = graph.edgeTypeNames
    reserveRows(graph.edgeCount)
    graph.forEachEdge { source, target, edge in
      appendEdge(
        copying: edge, of: graph, from: source, to: target, type: UInt16(graph.edgeType(of: edge)))
    }
  }

  /// Reserves room for `rows` more rows.
  public mutating func reserveRows(_ rows: Int) {
    let total = sources.count + rows
    sources.reserveCapacity(total)
    targets.reserveCapacity(total)
    types.reserveCapacity(total)
    weights.reserveCapacity(total)
  }

  /// The number of rows added so far.
  public var rowCount: Int { sources.count }

  /// The number of distinct nodes so far.
  public var nodeCount: Int { interner.count }

  /// The index of the node kind `name`, registering it if new.
  public mutating func nodeKind(named name: String) throws(GraphError) -> Int {
    if let index = kindNames.firstIndex(of: name) { return index }
    guard kindNames.count < NodeKindKey.maxKinds else {
      throw GraphError(.tooMany(what: "node kinds", limit: UInt64(NodeKindKey.maxKinds)))
    }
    kindNames.append(name)
    return kindNames.count - 1
  }

  /// The index of the edge type `name`, registering it if new.
  public mutating func edgeType(named name: String) throws(GraphError) -> UInt16 {
    if let index = edgeTypeNames.firstIndex(of: name) { return UInt16(index) }
    guard edgeTypeNames.count <= Int(UInt16.max) else {
      throw GraphError(.tooMany(what: "edge types", limit: UInt64(UInt16.max)))
    }
    edgeTypeNames.append(name)
    return UInt16(edgeTypeNames.count - 1)
  }

  /// The id of the node `name` of kind `kind` (an index from ``nodeKind(named:)``), added if new.
  public mutating func node(named name: String, kind: Int = 0) -> NodeID {
    uniqueInterner().intern(name, kind: kind)
  }

  /// The name table, copied first if another builder shares it (a copy of this one), so that
  /// interning through it never adds nodes to another builder. Readers call it once before
  /// their loop and intern through the table directly.
  public mutating func uniqueInterner() -> NameInterner {
    if !isKnownUniquelyReferenced(&interner) { interner = NameInterner(interner.names()) }
    return interner
  }

  /// Appends one row. Weights must be finite (``build()`` checks); the algorithms and readers
  /// refuse negative ones where they are not defined.
  @inline(__always)
  public mutating func addEdge(
    from source: NodeID, to target: NodeID, type: UInt16 = 0, weight: Double = 1
  ) {
    sources.append(source)
    targets.append(target)
    types.append(type)
    weights.append(weight)
    if hasCounts { counts.append(1) }
    if hasTimes {
      firstTimes.append(Self.noTime)
      lastTimes.append(Self.noTime)
    }
  }

  /// Appends one row with a timestamp (Unix seconds).
  public mutating func addEdge(
    from source: NodeID, to target: NodeID, type: UInt16 = 0, weight: Double = 1, time: Int64
  ) {
    if !hasTimes {
      firstTimes = Array(repeating: Self.noTime, count: sources.count)
      lastTimes = firstTimes
      hasTimes = true
    }
    addEdge(from: source, to: target, type: type, weight: weight)
    firstTimes[firstTimes.count - 1] = time
    lastTimes[lastTimes.count - 1] = time
  }

  /// Removes the rows from `rowCount` on (used to undo a file that failed half-way).
  public mutating func truncateRows(to rowCount: Int) {
    guard rowCount < sources.count else { return }
    sources.removeSubrange(rowCount...)
    targets.removeSubrange(rowCount...)
    types.removeSubrange(rowCount...)
    weights.removeSubrange(rowCount...)
    if hasCounts { counts.removeSubrange(rowCount...) }
    if hasTimes {
      firstTimes.removeSubrange(rowCount...)
      lastTimes.removeSubrange(rowCount...)
    }
  }

  /// Builds the graph.
  ///
  /// - Throws: ``GraphError`` if the graph exceeds the 32-bit limits (nodes or arcs), or a row
  ///   has a node id this builder did not hand out, a non-finite weight, or an edge
  ///   type that was not registered.
  public func build() throws(GraphError) -> Graph { try buildReportingMerges().graph }

  /// Builds the graph and says what merging rows did (see ``MergeStatistics``).
  public func buildReportingMerges() throws(GraphError) -> (graph: Graph, merges: MergeStatistics) {
    let nodeCount = interner.count
    guard nodeCount < Int(UInt32.max) else {
      throw GraphError(.tooMany(what: "nodes", limit: UInt64(UInt32.max - 1)))
    }
    guard sources.count < Int(UInt32.max) / 2 else {
      throw GraphError(.tooMany(what: "edge rows", limit: UInt64(UInt32.max / 2)))
    }
    try checkRows(nodeCount: nodeCount)
    let merged = mergeRows(nodeCount: nodeCount)
    let names = interner.names()
    // Finite rows can still sum past the largest double when merged: refuse the edge rather
    // than store an infinite weight that JSON cannot hold.
    if let overflow = merged.weights.firstIndex(where: { !$0.isFinite }) {
      var source = 0
      while merged.offsets[source + 1] <= overflow { source += 1 }
      throw GraphError(
        .mergedWeightOverflow(
          source: names[source], target: names[Int(merged.targets[overflow])]))
    }
    let typeNames = edgeTypeNames.isEmpty ? ["edge"] : edgeTypeNames
    if isDirected {
      let (inOffsets, inSources, inEdges) = Self.transpose(
        nodeCount: nodeCount, offsets: merged.offsets, targets: merged.targets)
      let graph = Graph(
        isDirected: true, names: names, kindNames: kindNames, edgeTypeNames: typeNames,
        outOffsets: merged.offsets, outTargets: merged.targets, outWeights: merged.weights,
        edgeTypes: typeNames.count > 1 ? merged.types : [],
        inOffsets: inOffsets, inSources: inSources, inEdges: inEdges,
        multiEdges: merged.multiEdges, multiCounts: merged.multiCounts,
        firstTimes: merged.firstTimes, lastTimes: merged.lastTimes)
      return (graph, merged.statistics)
    }
    let graph = Self.symmetrize(
      merged, nodeCount: nodeCount, names: names, kindNames: kindNames, typeNames: typeNames)
    return (graph, merged.statistics)
  }

  /// Rows merged per (source, target, type), in CSR order by source.
  struct MergedEdges {
    var offsets: [Int]
    var targets: [NodeID] = []
    var weights: [Double] = []
    var types: [UInt16] = []
    var multiEdges: [Int] = []
    var multiCounts: [UInt32] = []
    var firstTimes: [Int64] = []
    var lastTimes: [Int64] = []
    var statistics = MergeStatistics()
  }

  /// A row's sort key within its source's bucket: target in the high bits, type in the low 16.
  struct KeyedRow {
    var key: UInt64
    var row: UInt32
  }

  /// Buckets rows by source (counting sort), sorts each bucket by (target, type), merges equal keys.
  /// Undirected rows are first turned so that source <= target.
  func mergeRows(nodeCount: Int) -> MergedEdges {
    let rowCount = sources.count
    var bucketStarts = [Int](repeating: 0, count: nodeCount + 1)
    var keyed = [KeyedRow](repeating: KeyedRow(key: 0, row: 0), count: rowCount)
    let directed = isDirected
    sources.withUnsafeBufferPointer { src in
      targets.withUnsafeBufferPointer { dst in
        types.withUnsafeBufferPointer { typ in
          bucketStarts.withUnsafeMutableBufferPointer { starts in
            for i in 0..<rowCount {
              let s = directed ? src[i] : min(src[i], dst[i])
              starts[Int(s) + 1] &+= 1
            }
            for v in 0..<nodeCount { starts[v + 1] &+= starts[v] }
            var cursor = Array(starts[0..<nodeCount])
            keyed.withUnsafeMutableBufferPointer { out in
              cursor.withUnsafeMutableBufferPointer { next in
                for i in 0..<rowCount {
                  let s = directed ? src[i] : min(src[i], dst[i])
                  let t = directed ? dst[i] : max(src[i], dst[i])
                  let position = next[Int(s)]
                  next[Int(s)] = position &+ 1
                  out[position] = KeyedRow(
                    key: UInt64(t) << 16 | UInt64(typ[i]), row: UInt32(truncatingIfNeeded: i))
                }
                for v in 0..<nodeCount {
                  Self.sortBucket(out, from: starts[v], to: starts[v + 1])
                }
              }
            }
          }
        }
      }
    }
    var merged = MergedEdges(offsets: [Int](repeating: 0, count: nodeCount + 1))
    merged.targets.reserveCapacity(rowCount)
    merged.weights.reserveCapacity(rowCount)
    merged.types.reserveCapacity(rowCount)
    if hasTimes {
      merged.firstTimes.reserveCapacity(rowCount)
      merged.lastTimes.reserveCapacity(rowCount)
    }
    let rule = mergeRule
    keyed.withUnsafeBufferPointer { rows in
      weights.withUnsafeBufferPointer { weight in
        var index = 0
        for v in 0..<nodeCount {
          let end = bucketStarts[v + 1]
          while index < end {
            let key = rows[index].key
            let first = Int(rows[index].row)
            var total = weight[first]
            var multiplicity = hasCounts ? Int(counts[first]) : 1
            var earliest = hasTimes ? firstTimes[first] : Self.noTime
            var latest = hasTimes ? lastTimes[first] : Self.noTime
            // The rule's running value: the sum (of weight × rows for `mean`), the extreme, or
            // the weight of the earliest row read (the smallest row index) for `first`.
            var firstRow = first
            var ruled = rule == .mean ? total * Double(multiplicity) : total
            var groupRows = 1
            var disagrees = false
            index += 1
            while index < end && rows[index].key == key {
              let row = Int(rows[index].row)
              let w = weight[row]
              let c = hasCounts ? Int(counts[row]) : 1
              if w != weight[first] { disagrees = true }
              switch rule {
              case .sum: ruled += w
              case .mean: ruled += w * Double(c)
              case .max: ruled = Swift.max(ruled, w)
              case .min: ruled = Swift.min(ruled, w)
              case .first:
                if row < firstRow {
                  firstRow = row
                  ruled = w
                }
              }
              multiplicity += c
              groupRows += 1
              if hasTimes {
                let f = firstTimes[row]
                let l = lastTimes[row]
                if f != Self.noTime && (earliest == Self.noTime || f < earliest) { earliest = f }
                if l != Self.noTime && (latest == Self.noTime || l > latest) { latest = l }
              }
              index += 1
            }
            total = rule == .mean ? ruled / Double(Swift.max(1, multiplicity)) : ruled
            if groupRows > 1 {
              merged.statistics.mergedRows += groupRows - 1
              merged.statistics.edgesFromSeveralRows += 1
              if disagrees { merged.statistics.disagreeingEdges += 1 }
            }
            if multiplicity != 1 {
              merged.multiEdges.append(merged.targets.count)
              merged.multiCounts.append(UInt32(clamping: multiplicity))
            }
            merged.targets.append(NodeID(truncatingIfNeeded: key >> 16))
            merged.types.append(UInt16(truncatingIfNeeded: key & 0xFFFF))
            merged.weights.append(total)
            if hasTimes {
              merged.firstTimes.append(earliest)
              merged.lastTimes.append(latest)
            }
          }
          merged.offsets[v + 1] = merged.targets.count
        }
      }
    }
    return merged
  }

  /// Sorts one bucket by key: insertion sort for short buckets, the standard sort otherwise.
  @inline(__always)
  static func sortBucket(_ rows: UnsafeMutableBufferPointer<KeyedRow>, from start: Int, to end: Int)
  {
    let count = end - start
    if count < 2 { return }
    if count <= 24 {
      var i = start + 1
      while i < end {
        let item = rows[i]
        var j = i - 1
        while j >= start && rows[j].key > item.key {
          rows[j + 1] = rows[j]
          j -= 1
        }
        rows[j + 1] = item
        i += 1
      }
    } else {
      var bucket = UnsafeMutableBufferPointer(rebasing: rows[start..<end])
      bucket.sort { $0.key < $1.key }
    }
  }

  /// The in-adjacency of a directed CSR: sources sorted per target, with the out-edge index.
  static func transpose(nodeCount: Int, offsets: [Int], targets: [NodeID])
    -> (offsets: [Int], sources: [NodeID], edges: [UInt32])
  {
    let arcCount = targets.count
    var inOffsets = [Int](repeating: 0, count: nodeCount + 1)
    var inSources = [NodeID](repeating: 0, count: arcCount)
    var inEdges = [UInt32](repeating: 0, count: arcCount)
    targets.withUnsafeBufferPointer { dst in
      offsets.withUnsafeBufferPointer { out in
        inOffsets.withUnsafeMutableBufferPointer { starts in
          for e in 0..<arcCount { starts[Int(dst[e]) + 1] &+= 1 }
          for v in 0..<nodeCount { starts[v + 1] &+= starts[v] }
          var cursor = Array(starts[0..<nodeCount])
          cursor.withUnsafeMutableBufferPointer { next in
            inSources.withUnsafeMutableBufferPointer { sources in
              inEdges.withUnsafeMutableBufferPointer { edges in
                for u in 0..<nodeCount {
                  for e in out[u]..<out[u + 1] {
                    let t = Int(dst[e])
                    let position = next[t]
                    next[t] = position &+ 1
                    sources[position] = NodeID(truncatingIfNeeded: u)
                    edges[position] = UInt32(truncatingIfNeeded: e)
                  }
                }
              }
            }
          }
        }
      }
    }
    return (inOffsets, inSources, inEdges)
  }

  /// Turns merged undirected edges (source <= target) into a symmetric CSR: `{u, v}` becomes
  /// the arcs `u → v` and `v → u`; a self-loop stays one arc. Each list stays sorted by target,
  /// because every edge `(t, x)` with `t < x` is met before node `x`'s own edges.
  static func symmetrize(
    _ merged: MergedEdges, nodeCount: Int, names: NodeNames, kindNames: [String],
    typeNames: [String]
  ) -> Graph {
    var degrees = [Int](repeating: 0, count: nodeCount + 1)
    for u in 0..<nodeCount {
      for e in merged.offsets[u]..<merged.offsets[u + 1] {
        let v = Int(merged.targets[e])
        degrees[u + 1] += 1
        if v != u { degrees[v + 1] += 1 }
      }
    }
    for v in 0..<nodeCount { degrees[v + 1] += degrees[v] }
    let arcCount = degrees[nodeCount]
    var targets = [NodeID](repeating: 0, count: arcCount)
    var weights = [Double](repeating: 0, count: arcCount)
    let multiType = typeNames.count > 1
    var types = [UInt16](repeating: 0, count: multiType ? arcCount : 0)
    let hasTimes = !merged.firstTimes.isEmpty
    var firstTimes = [Int64](repeating: noTime, count: hasTimes ? arcCount : 0)
    var lastTimes = firstTimes
    var multiplicities: [(arc: Int, count: UInt32)] = []
    var cursor = Array(degrees[0..<nodeCount])
    var multiIndex = 0
    for u in 0..<nodeCount {
      for e in merged.offsets[u]..<merged.offsets[u + 1] {
        let v = Int(merged.targets[e])
        var count: UInt32 = 1
        if multiIndex < merged.multiEdges.count && merged.multiEdges[multiIndex] == e {
          count = merged.multiCounts[multiIndex]
          multiIndex += 1
        }
        for side in 0..<(v == u ? 1 : 2) {
          let (from, to) = side == 0 ? (u, v) : (v, u)
          let arc = cursor[from]
          cursor[from] += 1
          targets[arc] = NodeID(truncatingIfNeeded: to)
          weights[arc] = merged.weights[e]
          if multiType { types[arc] = merged.types[e] }
          if hasTimes {
            firstTimes[arc] = merged.firstTimes[e]
            lastTimes[arc] = merged.lastTimes[e]
          }
          if count != 1 { multiplicities.append((arc, count)) }
        }
      }
    }
    multiplicities.sort { $0.arc < $1.arc }
    return Graph(
      isDirected: false, names: names, kindNames: kindNames, edgeTypeNames: typeNames,
      outOffsets: degrees, outTargets: targets, outWeights: weights, edgeTypes: types,
      inOffsets: [], inSources: [], inEdges: [],
      multiEdges: multiplicities.map(\.arc), multiCounts: multiplicities.map(\.count),
      firstTimes: firstTimes, lastTimes: lastTimes)
  }
}

extension GraphBuilder {
  /// Refuses rows the builder cannot have meant: ids it did not hand out, weights that are not
  /// finite, types it did not register. Negative weights pass: each algorithm that needs
  /// non-negative ones says so in its own error (readers refuse them at the line already). One pass over raw buffers (O(m), a few compares a row).
  func checkRows(nodeCount: Int) throws(GraphError) {
    let limit = NodeID(truncatingIfNeeded: nodeCount)
    let typeCount = max(1, edgeTypeNames.count)
    let bad: (row: Int, problem: GraphError.Code)? = sources.withUnsafeBufferPointer { sources in
      targets.withUnsafeBufferPointer { targets in
        weights.withUnsafeBufferPointer { weights in
          types.withUnsafeBufferPointer { types in
            for row in 0..<sources.count {
              let (u, v, w, t) = (sources[row], targets[row], weights[row], types[row])
              if u >= limit || v >= limit {
                return (row, .nodeOutOfRange(row: row, id: Swift.max(u, v), nodeCount: nodeCount))
              }
              if !w.isFinite { return (row, .invalidWeight(row: row, weight: w)) }
              if Int(t) >= typeCount {
                return (row, .unknownEdgeTypeIndex(row: row, index: Int(t), typeCount: typeCount))
              }
            }
            return nil
          }
        }
      }
    }
    if let bad { throw GraphError(bad.problem) }
  }
}
