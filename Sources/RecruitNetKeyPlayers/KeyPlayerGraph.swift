import RecruitNetGraph

/// The graph every key-player computation runs on: the input made undirected and simple (each
/// pair of adjacent nodes joined once, self-loops dropped, weights and edge types ignored),
/// isolates kept, in compact CSR arrays of 32-bit ids.
///
/// Borgatti (2006), "Identifying sets of key players in a social network", Comput Math Organiz
/// Theor 12:21–34, defines fragmentation and reach on undirected, unvalued graphs; this is that
/// graph, built once so that the searches' inner loops read two flat arrays and retain nothing.
///
/// - Complexity: building is O(N + M log d) for N nodes, M arcs and largest degree d.
public struct KeyPlayerGraph: Sendable {
  /// The number of nodes N (isolates included).
  public let nodeCount: Int
  /// Neighbours of node `v` are `targets[offsets[v] ..< offsets[v + 1]]`, ascending.
  let offsets: [UInt32]
  let targets: [UInt32]

  /// The number of undirected edges.
  public var edgeCount: Int { targets.count / 2 }

  /// The simple undirected graph of `graph`: an arc in either direction gives one edge.
  public init(_ graph: Graph) {
    var lists = [[UInt32]](repeating: [], count: graph.nodeCount)
    for v in graph.nodes {
      for w in graph.outNeighbors(of: v) where w != v {
        lists[Int(v)].append(w)
        lists[Int(w)].append(v)
      }
    }
    self.init(adjacency: lists)
  }

  /// The simple undirected graph on `nodeCount` nodes with these edges (pairs of node indices,
  /// each below `nodeCount`; repeats and self-loops ignored).
  public init(nodeCount: Int, edges: [(Int, Int)]) {
    var lists = [[UInt32]](repeating: [], count: nodeCount)
    for (u, v) in edges where u != v {
      precondition(u >= 0 && v >= 0 && u < nodeCount && v < nodeCount, "edge endpoint out of range")
      lists[u].append(UInt32(v))
      lists[v].append(UInt32(u))
    }
    self.init(adjacency: lists)
  }

  private init(adjacency lists: [[UInt32]]) {
    var offsets = [UInt32](repeating: 0, count: lists.count + 1)
    var targets: [UInt32] = []
    for (v, list) in lists.enumerated() {
      var sorted = list.sorted()
      var last = UInt32.max
      sorted.removeAll { w in
        defer { last = w }
        return w == last
      }
      targets.append(contentsOf: sorted)
      offsets[v + 1] = UInt32(targets.count)
    }
    self.nodeCount = lists.count
    self.offsets = offsets
    self.targets = targets
  }

  /// The degree of node `v` in the simple graph.
  public func degree(of v: Int) -> Int { Int(offsets[v + 1] - offsets[v]) }

  /// The neighbours of `v`, ascending.
  public func neighbors(of v: Int) -> [Int] {
    targets[Int(offsets[v])..<Int(offsets[v + 1])].map { Int($0) }
  }

  /// Runs `body` with the CSR arrays as unsafe buffers (the searches' inner loops).
  @inline(__always)
  func withBuffers<R>(
    _ body: (UnsafeBufferPointer<UInt32>, UnsafeBufferPointer<UInt32>) throws -> R
  ) rethrows -> R {
    try offsets.withUnsafeBufferPointer { o in
      try targets.withUnsafeBufferPointer { t in try body(o, t) }
    }
  }
}
