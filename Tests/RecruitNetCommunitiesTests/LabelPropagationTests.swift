import Foundation
import RecruitNetCommunities
import RecruitNetGraph
import Testing

/// Label propagation: the stopping rule, determinism, and modularity in igraph's range on the
/// classic graphs (`Scripts/oracles/communities_quality.py`).
@Suite struct LabelPropagationTests {
  /// Every node's label is one of the heaviest among its neighbours (Raghavan et al.'s criterion).
  func everyLabelIsMaximal(_ labels: [UInt32], in graph: Graph) -> Bool {
    for v in graph.nodes {
      var weight: [UInt32: Double] = [:]
      for e in graph.outEdges(of: v) where graph.outTargets[e] != v {
        weight[labels[Int(graph.outTargets[e])], default: 0] += graph.outWeights[e]
      }
      if graph.isDirected {
        for i in graph.inOffsets[Int(v)]..<graph.inOffsets[Int(v) + 1] where graph.inSources[i] != v
        {
          weight[labels[Int(graph.inSources[i])], default: 0] +=
            graph.outWeights[Int(graph.inEdges[i])]
        }
      }
      guard let heaviest = weight.values.max() else { continue }
      if weight[labels[Int(v)], default: -1] != heaviest { return false }
    }
    return true
  }

  @Test(arguments: QualityFixture.names) func modularityIsInIgraphsRange(_ name: String) throws {
    guard let fixture = try QualityFixture.load(name) else { return }
    let range = try fixture.object("labelprop_modularity")
    let low = try #require((range["min"] as? NSNumber)?.doubleValue)
    let high = try #require((range["max"] as? NSNumber)?.doubleValue)
    let igraphMean = try #require((range["mean"] as? NSNumber)?.doubleValue)
    var sum = 0.0
    let seeds = 50
    for seed in 0..<seeds {
      let algorithm = LabelPropagation(seed: UInt64(seed), isWeighted: fixture.isWeighted)
      let result = try algorithm.run(on: fixture.graph)
      #expect(result.converged)
      #expect(everyLabelIsMaximal(result.labels, in: fixture.graph), "\(name) seed \(seed)")
      let partition = Partition(labels: result.labels, algorithm: "labelprop")
      sum += partition.modularity(in: fixture.graph, weighted: fixture.isWeighted)
    }
    let mean = sum / Double(seeds)
    // The same rule as igraph's: the mean over 50 seeds lands inside igraph's 50-seed range and
    // near its mean (random streams differ, so not node by node).
    #expect(
      mean >= low - 1e-9 && mean <= high + 1e-9,
      "\(name): mean \(mean) outside igraph's [\(low), \(high)]")
    #expect(abs(mean - igraphMean) < 0.05, "\(name): mean \(mean), igraph's \(igraphMean)")
  }

  @Test func sameSeedSamePartitionAndSeedsDiffer() throws {
    guard let fixture = try QualityFixture.load("football") else { return }
    let a = try LabelPropagation(seed: 11).detect(in: fixture.graph)
    let b = try LabelPropagation(seed: 11).detect(in: fixture.graph)
    #expect(a == b)
    let others = try (12..<20).map {
      try LabelPropagation(seed: UInt64($0)).detect(in: fixture.graph).communities
    }
    #expect(others.contains { $0 != a.communities })
    #expect(a.parameters.contains { $0.name == "seed" && $0.value == "11" })
  }

  @Test func degenerateGraphs() throws {
    // Empty graph, isolated nodes, and a negative weight (rejected before any work).
    let empty = try GraphBuilder(isDirected: false).build()
    #expect(try LabelPropagation().detect(in: empty).communityCount == 0)
    var builder = GraphBuilder(isDirected: true)
    _ = builder.node(named: "lonely")
    builder.addEdge(
      from: builder.node(named: "a"), to: builder.node(named: "b"), type: 0, weight: 1)
    let small = try builder.build()
    let partition = try LabelPropagation().detect(in: small)
    #expect(partition.communityCount == 2)
    #expect(
      partition[try #require(small.node(named: "a"))]
        == partition[try #require(small.node(named: "b"))])
    var bad = GraphBuilder(isDirected: false)
    bad.addEdge(from: bad.node(named: "a"), to: bad.node(named: "b"), type: 0, weight: -1)
    #expect(throws: CommunityError.self) { try LabelPropagation().detect(in: try bad.build()) }
  }
}
