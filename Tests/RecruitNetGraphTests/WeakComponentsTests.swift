import Testing

@testable import RecruitNetGraph

/// `weakComponents()` samples edges (Afforest) and skips the giant component's own edges; these
/// graphs are built so that skipping the wrong edge would split or merge a component: small
/// groups hanging off a giant one by a single edge in either direction, chains, isolated nodes.
@Suite struct WeakComponentsTests {
  /// Components by breadth-first search over both directions, numbered by smallest node id.
  func reference(_ graph: Graph) -> [UInt32] {
    let n = graph.nodeCount
    var neighbours = [[Int]](repeating: [], count: n)
    for u in 0..<n {
      for e in graph.outOffsets[u]..<graph.outOffsets[u + 1] {
        let v = Int(graph.outTargets[e])
        neighbours[u].append(v)
        neighbours[v].append(u)
      }
    }
    var label = [UInt32](repeating: .max, count: n)
    var next: UInt32 = 0
    for root in 0..<n where label[root] == .max {
      label[root] = next
      var queue = [root]
      var head = 0
      while head < queue.count {
        let u = queue[head]
        head += 1
        for v in neighbours[u] where label[v] == .max {
          label[v] = next
          queue.append(v)
        }
      }
      next += 1
    }
    return label
  }

  @Test(arguments: [true, false], [1, 2, 3, 4, 5])
  func matchesBreadthFirstSearch(directed: Bool, seed: UInt64) throws {
    var state = seed &* 0x9E37_79B9_7F4A_7C15
    func random(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    var builder = GraphBuilder(isDirected: directed)
    let type = try builder.edgeType(named: "edge")
    let giant = 3000
    let nodes = (0..<5000).map { builder.node(named: "n\($0)") }
    // A dense giant component on the first 3,000 nodes.
    for u in 0..<giant {
      for _ in 0..<4 {
        builder.addEdge(from: nodes[u], to: nodes[random(giant)], type: type, weight: 1)
      }
    }
    // Groups of 1–6 outside it; a third hang off the giant one by one edge into it, a third by
    // one edge out of it (seen only from the group's in-edges), the rest stay apart.
    var u = giant
    while u < nodes.count - 100 {
      let groupSize = 1 + random(6)
      for k in 1..<groupSize {
        builder.addEdge(from: nodes[u + k - 1], to: nodes[u + k], type: type, weight: 1)
      }
      switch random(3) {
      case 0:
        builder.addEdge(
          from: nodes[u + random(groupSize)], to: nodes[random(giant)], type: type, weight: 1)
      case 1:
        builder.addEdge(
          from: nodes[random(giant)], to: nodes[u + random(groupSize)], type: type, weight: 1)
      default: break
      }
      u += groupSize
    }
    // The last 100 nodes stay isolated.
    let graph = try builder.build()
    let components = graph.weakComponents()
    let expected = Components(numbering: reference(graph))
    #expect(components.componentOf == expected.componentOf)
    #expect(components.sizes == expected.sizes)
    #expect(components.count > 200)
  }
}
