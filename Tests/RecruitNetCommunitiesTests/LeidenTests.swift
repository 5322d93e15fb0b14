import RecruitNetCommunities
import RecruitNetGraph
import Testing

/// Hand-worked cases, properties and reproducibility of ``Leiden``.
@Suite struct LeidenTests {
  static func graph(_ edges: [(Int, Int, Double)], nodes: Int, directed: Bool = false) throws
    -> Graph
  {
    var builder = GraphBuilder(isDirected: directed)
    let ids = (0..<nodes).map { builder.node(named: "\($0)") }
    for (s, t, w) in edges { builder.addEdge(from: ids[s], to: ids[t], type: 0, weight: w) }
    return try builder.build()
  }

  /// Two 4-cliques joined by one edge:
  ///
  ///     0 ─ 1        4 ─ 5
  ///     │ ╳ │ ──── │ ╳ │      (3 — 4 is the bridge)
  ///     2 ─ 3        6 ─ 7
  ///
  /// m = 13; each half has 6 internal edges and degree sum 13, so
  /// Q = 2 · (6/13 − (13/26)²) = 12/13 − 1/2 = 0.42307692…, the best split (any move of a node
  /// across the bridge loses).
  static func twoCliques() throws -> Graph {
    var edges: [(Int, Int, Double)] = []
    for base in [0, 4] {
      for i in 0..<4 { for j in (i + 1)..<4 { edges.append((base + i, base + j, 1)) } }
    }
    edges.append((3, 4, 1))
    return try graph(edges, nodes: 8)
  }

  @Test func twoCliquesJoinedByAnEdge() throws {
    let g = try Self.twoCliques()
    for seed in UInt64(0)..<20 {
      let leiden = try Leiden(resolution: 1, seed: seed).detect(in: g)
      #expect(leiden.communities == [0, 0, 0, 0, 1, 1, 1, 1], "seed \(seed)")
      #expect(abs(leiden.modularity(in: g) - (12.0 / 13 - 0.5)) < 1e-12)
      let louvain = try Louvain(resolution: 1, seed: seed).detect(in: g)
      #expect(louvain.communities == leiden.communities, "seed \(seed)")
    }
  }

  /// CPM: a community must be denser than γ. γ = 1.5 > every edge weight of 1 makes any merge
  /// lose (a pair gains 1 − 1.5), so every node stays alone; γ = 0.5 keeps each clique (density 1)
  /// and does not join them across the single bridge (density 13/28 < 0.5).
  @Test func cpmResolutionControlsDensity() throws {
    let g = try Self.twoCliques()
    var high = Leiden(resolution: 1.5, seed: 3)
    high.quality = .cpm
    #expect(try high.detect(in: g).communityCount == g.nodeCount)
    var low = Leiden(resolution: 0.5, seed: 3)
    low.quality = .cpm
    #expect(try low.detect(in: g).communities == [0, 0, 0, 0, 1, 1, 1, 1])
    var zero = Leiden(resolution: 0, seed: 3)
    zero.quality = .cpm
    #expect(try zero.detect(in: g).communityCount == 1)  // γ = 0: one community per component
  }

  /// Leiden communities always induce connected subgraphs: planted partitions (dense and
  /// noisy, weighted, directed) and sparse Erdős–Rényi graphs, under modularity at several
  /// resolutions and CPM.
  @Test(arguments: 0..<40)
  func communitiesAreConnected(_ trial: Int) throws {
    let seed = UInt64(trial)
    let graphs = [
      try RandomGraphs.plantedPartition(
        groups: 5, size: 20, inside: 0.3, between: 0.05, seed: seed),
      try RandomGraphs.plantedPartition(
        groups: 8, size: 12, inside: 0.15, between: 0.04, weighted: true, seed: seed &+ 1000),
      try RandomGraphs.plantedPartition(
        groups: 4, size: 25, inside: 0.2, between: 0.03, directed: true, seed: seed &+ 2000),
      try RandomGraphs.erdosRenyi(nodes: 150, probability: 0.02, seed: seed &+ 3000),
    ]
    for (index, g) in graphs.enumerated() {
      for resolution in [0.5, 1, 2] {
        let p = try Leiden(resolution: resolution, seed: seed).detect(in: g)
        #expect(
          CommunityMeasures.disconnectedCommunities(p, in: g).isEmpty,
          "graph \(index) trial \(trial) γ=\(resolution)")
      }
      var cpm = Leiden(resolution: 0.05, seed: seed)
      cpm.quality = .cpm
      let p = try cpm.detect(in: g)
      #expect(
        CommunityMeasures.disconnectedCommunities(p, in: g).isEmpty,
        "graph \(index) trial \(trial) cpm")
    }
  }

  @Test func sameSeedSamePartitionDifferentSeedsRecorded() throws {
    let g = try RandomGraphs.plantedPartition(
      groups: 6, size: 30, inside: 0.2, between: 0.02, seed: 7)
    let a = try Leiden(resolution: 1, seed: 11).detect(in: g)
    let b = try Leiden(resolution: 1, seed: 11).detect(in: g)
    #expect(a == b)
    let c = try Leiden(resolution: 1, seed: 12).detect(in: g)
    #expect(c.parameters.first { $0.name == "seed" }?.value == "12")
    #expect(
      a.parameters.map(\.name) == [
        "quality", "resolution", "seed", "weighted", "directed", "iterations", "iterations_run",
        "randomness",
      ])
    #expect(a.algorithm == "leiden")
  }

  @Test func threadCountDoesNotChangeThePartition() throws {
    let g = try RandomGraphs.plantedPartition(
      groups: 6, size: 30, inside: 0.2, between: 0.02, seed: 9)
    for algorithm in [CommunityAlgorithm.leiden, .louvain] {
      var options = CommunityOptions()
      options.seed = 5
      options.threads = 1
      let one = try algorithm.detect(in: g, options: options)
      options.threads = 2
      let two = try algorithm.detect(in: g, options: options)
      options.threads = 7
      let seven = try algorithm.detect(in: g, options: options)
      #expect(one == two && two == seven, "\(algorithm)")
    }
  }

  @Test func fixedIterationCountAndEntryPointOptions() throws {
    let g = try RandomGraphs.plantedPartition(
      groups: 4, size: 20, inside: 0.3, between: 0.05, seed: 2)
    var options = CommunityOptions()
    options.iterations = 1
    options.quality = .cpm
    options.resolution = 0.1
    let p = try CommunityAlgorithm.leiden.detect(in: g, options: options)
    #expect(p.parameters.first { $0.name == "iterations_run" }?.value == "1")
    #expect(p.parameters.first { $0.name == "quality" }?.value == "cpm")
  }

  @Test func degenerateGraphs() throws {
    let empty = try Self.graph([], nodes: 0)
    #expect(try Leiden().detect(in: empty).communityCount == 0)
    #expect(try Louvain().detect(in: empty).communityCount == 0)
    let edgeless = try Self.graph([], nodes: 4)
    #expect(try Leiden().detect(in: edgeless).communityCount == 4)
    #expect(try Louvain().detect(in: edgeless).communityCount == 4)
    // A self-loop, a zero-weight edge and two components.
    let odd = try Self.graph([(0, 0, 2), (0, 1, 1), (1, 2, 0), (3, 4, 1)], nodes: 5)
    let p = try Leiden().detect(in: odd)
    #expect(p[3] == p[4] && p[0] != p[3])
    #expect(CommunityMeasures.disconnectedCommunities(p, in: odd).isEmpty)
  }

  @Test func badParametersAndWeightsAreRefused() throws {
    let g = try Self.twoCliques()
    #expect(throws: CommunityError.self) { try Leiden(resolution: -1).detect(in: g) }
    #expect(throws: CommunityError.self) { try Louvain(resolution: .nan).detect(in: g) }
    var leiden = Leiden()
    leiden.randomness = 0
    #expect(throws: CommunityError.self) { try leiden.detect(in: g) }
    let negative = try Self.graph([(0, 1, 1), (1, 2, -3)], nodes: 3)
    do {
      _ = try Leiden().detect(in: negative)
      Issue.record("a negative weight was accepted")
    } catch {
      #expect(error.message.contains("1 → 2") && error.message.contains("-3"))
    }
  }
}
