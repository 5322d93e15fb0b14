/// A partition of a graph's nodes into connected components.
public struct Components: Sendable {
  /// The component of each node, numbered from 0 in order of each component's smallest node id.
  public let componentOf: [UInt32]
  /// The number of nodes in each component.
  public let sizes: [Int]

  /// The number of components.
  public var count: Int { sizes.count }
  /// The size of the largest component (0 for an empty graph).
  public var largestSize: Int { sizes.max() ?? 0 }
}

extension Graph {
  /// The weakly connected components (connected components of an undirected graph), ignoring
  /// direction. Matches networkx's `weakly_connected_components` / `connected_components`.
  ///
  /// Afforest's subgraph sampling (Sutton, Ben-Nun and Barak, "Optimizing parallel graph
  /// connectivity computation via subgraph sampling", IPDPS 2018), run sequentially: union-find
  /// (path halving, union by size) first over each node's first two out-edges, which already joins
  /// most of a giant component; then the component of 1,024 sampled nodes' most frequent root is
  /// taken as the giant one, and only nodes outside it link their remaining out-edges (and, on a
  /// directed graph, their in-edges, so an edge from the giant component to an outside node is
  /// seen from that node's side). Components only merge, so an edge skipped because its source
  /// is in the giant component is either inside it or seen from its target. The numbering is by
  /// smallest node id, whatever the order of the unions.
  /// - Complexity: O(m α(n)) in the worst case; on a graph with a giant component, about
  ///   O(n + the edges outside it).
  public func weakComponents() -> Components {
    let n = nodeCount
    var parent = [UInt32](unsafeUninitializedCapacity: n) { buffer, count in
      for i in 0..<n { buffer[i] = UInt32(truncatingIfNeeded: i) }
      count = n
    }
    var size = [UInt32](repeating: 1, count: n)
    let sampledEdges = 2
    parent.withUnsafeMutableBufferPointer { parent in
      size.withUnsafeMutableBufferPointer { size in
        withUnsafeAdjacency { adjacency in
          let (offsets, targets) = (adjacency.outOffsets, adjacency.outTargets)
          let (inOffsets, sources) = (adjacency.inOffsets, adjacency.inSources)
          @inline(__always) func find(_ x: UInt32) -> UInt32 {
            var x = x
            while parent[Int(x)] != x {
              let grand = parent[Int(parent[Int(x)])]
              parent[Int(x)] = grand
              x = grand
            }
            return x
          }
          @inline(__always) func link(_ u: UInt32, _ v: UInt32) {
            var a = find(u)
            var b = find(v)
            if a == b { return }
            if size[Int(a)] < size[Int(b)] { swap(&a, &b) }
            parent[Int(b)] = a
            size[Int(a)] &+= size[Int(b)]
          }
          // 1. The first out-edges of every node.
          for u in 0..<n {
            let end = Swift.min(offsets[u] + sampledEdges, offsets[u + 1])
            for e in offsets[u]..<end { link(UInt32(truncatingIfNeeded: u), targets[e]) }
          }
          // 2. The most frequent root among 1,024 nodes drawn by a fixed generator.
          var giant = UInt32.max
          if n > 0 {
            var counts: [UInt32: Int] = [:]
            var state: UInt64 = 0x9E37_79B9_7F4A_7C15
            for _ in 0..<1024 {
              state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
              let node = UInt32(truncatingIfNeeded: Int((state >> 33) % UInt64(n)))
              counts[find(node), default: 0] += 1
            }
            giant =
              counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
              ?? UInt32.max
          }
          // 3. Every other edge of the nodes outside the giant component.
          for u in 0..<n {
            let node = UInt32(truncatingIfNeeded: u)
            if find(node) == giant { continue }
            let start = Swift.min(offsets[u] + sampledEdges, offsets[u + 1])
            for e in start..<offsets[u + 1] { link(node, targets[e]) }
            if isDirected {
              for e in inOffsets[u]..<inOffsets[u + 1] { link(node, sources[e]) }
            }
          }
          for i in 0..<n { parent[i] = find(UInt32(truncatingIfNeeded: i)) }
        }
      }
    }
    return Components(numbering: parent)
  }

  /// The strongly connected components of a directed graph (Tarjan's algorithm, iterative so deep
  /// graphs cannot overflow the stack). For an undirected graph, the connected components.
  ///
  /// Reference: R. Tarjan, "Depth-first search and linear graph algorithms", SIAM J. Comput. 1(2),
  /// 1972, doi:10.1137/0201010. Matches networkx's `strongly_connected_components`.
  /// - Complexity: O(n + m).
  public func strongComponents() -> Components {
    if !isDirected { return weakComponents() }
    let n = nodeCount
    let unvisited = UInt32.max
    var index = [UInt32](repeating: unvisited, count: n)
    var lowLink = [UInt32](repeating: 0, count: n)
    var onStack = [Bool](repeating: false, count: n)
    var component = [UInt32](repeating: 0, count: n)
    var stack: [UInt32] = []
    var callStack: [(node: UInt32, edge: Int)] = []
    var nextIndex: UInt32 = 0
    var componentCount: UInt32 = 0
    for root in 0..<n where index[root] == unvisited {
      callStack.append((UInt32(root), outOffsets[root]))
      index[root] = nextIndex
      lowLink[root] = nextIndex
      nextIndex += 1
      stack.append(UInt32(root))
      onStack[root] = true
      while let (v, e) = callStack.last {
        let vi = Int(v)
        if e < outOffsets[vi + 1] {
          callStack[callStack.count - 1].edge = e + 1
          let w = Int(outTargets[e])
          if index[w] == unvisited {
            index[w] = nextIndex
            lowLink[w] = nextIndex
            nextIndex += 1
            stack.append(UInt32(w))
            onStack[w] = true
            callStack.append((UInt32(w), outOffsets[w]))
          } else if onStack[w] {
            lowLink[vi] = min(lowLink[vi], index[w])
          }
        } else {
          callStack.removeLast()
          if let (parent, _) = callStack.last {
            lowLink[Int(parent)] = min(lowLink[Int(parent)], lowLink[vi])
          }
          if lowLink[vi] == index[vi] {
            while let w = stack.popLast() {
              onStack[Int(w)] = false
              component[Int(w)] = componentCount
              if w == v { break }
            }
            componentCount += 1
          }
        }
      }
    }
    return Components(numbering: component)
  }
}

extension Components {
  /// Renumbers arbitrary component labels (one per node) in order of first appearance.
  init(numbering labels: [UInt32]) {
    var renumber = [UInt32](repeating: UInt32.max, count: labels.count)
    var componentOf = [UInt32](repeating: 0, count: labels.count)
    var sizes: [Int] = []
    for (node, label) in labels.enumerated() {
      if renumber[Int(label)] == UInt32.max {
        renumber[Int(label)] = UInt32(sizes.count)
        sizes.append(0)
      }
      let c = renumber[Int(label)]
      componentOf[node] = c
      sizes[Int(c)] += 1
    }
    self.componentOf = componentOf
    self.sizes = sizes
  }
}
