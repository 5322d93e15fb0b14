import RecruitNetGraph
import Testing

@testable import RecruitNetTraversal

/// The shared search against a brute force: Floyd–Warshall distances and shortest-path counts
/// by dynamic programming over the distance order, on seeded random graphs with and without
/// weights, directed and undirected.
@Suite struct ShortestPathSearchTests {
  /// A random graph on `n` nodes with about `m` edges; weights 1 … 4 (small integers, so that
  /// equal path lengths tie exactly and path counts are comparable).
  func randomGraph(n: Int, m: Int, directed: Bool, seed: UInt64) throws -> Graph {
    var random = SeededGenerator(seed: seed, stream: 0)
    var builder = GraphBuilder(isDirected: directed)
    let ids = (0..<n).map { builder.node(named: "v\($0)") }
    for _ in 0..<m {
      let u = random.nextInt(below: n)
      let v = random.nextInt(below: n)
      builder.addEdge(from: ids[u], to: ids[v], weight: Double(1 + random.nextInt(below: 4)))
    }
    return try builder.build()
  }

  /// All-pairs distances and shortest-path counts (σ) by brute force.
  func bruteForce(_ graph: Graph, weighted: Bool) -> (distance: [[Double]], sigma: [[Double]]) {
    let n = graph.nodeCount
    var d = [[Double]](repeating: [Double](repeating: .infinity, count: n), count: n)
    for v in 0..<n { d[v][v] = 0 }
    graph.forEachEdge { u, v, e in
      guard u != v else { return }
      let length = weighted ? graph.weight(of: e) : 1
      d[Int(u)][Int(v)] = min(d[Int(u)][Int(v)], length)
      if !graph.isDirected { d[Int(v)][Int(u)] = min(d[Int(v)][Int(u)], length) }
    }
    for k in 0..<n {
      for i in 0..<n {
        for j in 0..<n where d[i][k] + d[k][j] < d[i][j] { d[i][j] = d[i][k] + d[k][j] }
      }
    }
    // σ(s, v) = Σ over edges u → v with d(s,u) + len = d(s,v) of σ(s, u), in increasing d(s, ·).
    var sigma = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
    for s in 0..<n {
      sigma[s][s] = 1
      let order = (0..<n).filter { d[s][$0].isFinite }.sorted { d[s][$0] < d[s][$1] }
      for v in order where v != s {
        for u in 0..<n where d[s][u].isFinite {
          for e in graph.outEdges(of: NodeID(u)) where Int(graph.target(of: e)) == v && u != v {
            let length = weighted ? graph.weight(of: e) : 1
            if d[s][u] + length == d[s][v] { sigma[s][v] += sigma[s][u] }
          }
        }
      }
    }
    return (d, sigma)
  }

  @Test(arguments: [(true, false), (false, false), (true, true), (false, true)])
  func matchesBruteForce(directed: Bool, weighted: Bool) throws {
    for seed: UInt64 in 1...4 {
      let graph = try randomGraph(n: 30, m: 70, directed: directed, seed: seed)
      let expected = bruteForce(graph, weighted: weighted)
      var search = ShortestPathSearch(nodeCount: graph.nodeCount)
      graph.withUnsafeAdjacency { adjacency in
        for s in 0..<graph.nodeCount {
          search.run(
            from: NodeID(s), along: adjacency.outSide, length: weighted ? .distance : .hops)
          #expect(search.distance == expected.distance[s], "distances from \(s), seed \(seed)")
          #expect(search.sigma == expected.sigma[s], "path counts from \(s), seed \(seed)")
          let settled = search.order.map { search.distance[Int($0)] }
          #expect(settled == settled.sorted(), "settling order is by distance")
          #expect(search.order.count == expected.distance[s].filter(\.isFinite).count)
        }
      }
    }
  }

  @Test func strengthReadsTheInverseWeight() throws {
    // a → b (weight 2: length 0.5) → c (weight 4: length 0.25); a → c (weight 1: length 1).
    var builder = GraphBuilder(isDirected: true)
    let (a, b, c) = (builder.node(named: "a"), builder.node(named: "b"), builder.node(named: "c"))
    builder.addEdge(from: a, to: b, weight: 2)
    builder.addEdge(from: b, to: c, weight: 4)
    builder.addEdge(from: a, to: c, weight: 1)
    let graph = try builder.build()
    var search = ShortestPathSearch(nodeCount: 3)
    graph.withUnsafeAdjacency { search.run(from: a, along: $0.outSide, length: .strength) }
    #expect(search.distance == [0, 0.5, 0.75])
    #expect(search.order == [a, b, c])
  }

  @Test func breadthFirstFromSeveralSourcesStopsAtTheDepth() throws {
    // A path 0 → 1 → 2 → 3 → 4 → 5.
    var builder = GraphBuilder(isDirected: true)
    let ids = (0..<6).map { builder.node(named: "p\($0)") }
    for i in 0..<5 { builder.addEdge(from: ids[i], to: ids[i + 1]) }
    let graph = try builder.build()
    var search = ShortestPathSearch(nodeCount: 6)
    graph.withUnsafeAdjacency { adjacency in
      search.runBreadthFirst(
        from: [ids[0], ids[3]], along: adjacency.outSide, also: nil, maxDepth: 1)
    }
    #expect(search.order == [ids[0], ids[3], ids[1], ids[4]])
    graph.withUnsafeAdjacency { adjacency in
      let inSide = adjacency.inSide(weights: UnsafeBufferPointer(start: nil, count: 0))
      search.runBreadthFirst(from: [ids[3]], along: adjacency.outSide, also: inSide, maxDepth: 2)
    }
    #expect(Set(search.order) == Set([ids[1], ids[2], ids[3], ids[4], ids[5]]))
    #expect(search.distance[Int(ids[1])] == 2 && search.distance[Int(ids[0])] == .infinity)
  }

  @Test func neighborhoodFollowsTheDirectionAsked() throws {
    var builder = GraphBuilder(isDirected: true)
    let (a, b, c) = (builder.node(named: "a"), builder.node(named: "b"), builder.node(named: "c"))
    builder.addEdge(from: a, to: b)
    builder.addEdge(from: c, to: b)
    let graph = try builder.build()
    #expect(graph.neighborhood(of: [b], hops: 1, direction: .outgoing) == [b])
    #expect(graph.neighborhood(of: [b], hops: 1, direction: .incoming) == [b, a, c])
    #expect(graph.neighborhood(of: [a], hops: 2, direction: .both) == [a, b, c])
    #expect(graph.neighborhood(of: [a], hops: -1) == [a])
    // Undirected: every direction reaches the neighbours.
    let undirected = graph.undirected()
    #expect(undirected.neighborhood(of: [a], hops: 1, direction: .incoming) == [a, b])
  }
}

@Suite struct MinHeapTests {
  @Test func popsInKeyOrder() {
    var random = SeededGenerator(seed: 7, stream: 0)
    var heap = MinHeap()
    var keys: [Double] = []
    for i in 0..<500 {
      let key = Double(random.nextInt(below: 100))
      keys.append(key)
      heap.push(key, UInt32(i))
    }
    var popped: [Double] = []
    while let (key, node) = heap.popMin() {
      #expect(keys[Int(node)] == key)
      popped.append(key)
    }
    #expect(popped == keys.sorted())
    #expect(heap.isEmpty)
  }

  @Test func replaceMinKeepsTheLargestK() {
    let values: [Double] = [5, 1, 9, 3, 7, 2, 8, 6, 4, 0]
    var heap = MinHeap(capacity: 3)
    for (i, v) in values.enumerated() {
      if heap.count < 3 {
        heap.push(v, UInt32(i))
      } else if v > (heap.min?.key ?? .infinity) {
        heap.replaceMin(v, UInt32(i))
      }
    }
    var kept: [Double] = []
    while let (key, _) = heap.popMin() { kept.append(key) }
    #expect(kept == [7, 8, 9])
  }
}
