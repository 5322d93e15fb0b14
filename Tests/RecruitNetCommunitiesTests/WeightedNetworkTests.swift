import RecruitNetGraph
import Testing

@testable import RecruitNetCommunities

/// The optimisers' internal network: projection, masses, aggregation and the connectivity split.
@Suite struct WeightedNetworkTests {
  /// Directed: 0 → 1 (2), 1 → 0 (3), 1 → 2 (1), 2 → 2 (4, a self-loop), node 3 alone.
  static func directed() throws -> Graph {
    try LeidenTests.graph([(0, 1, 2), (1, 0, 3), (1, 2, 1), (2, 2, 4)], nodes: 4, directed: true)
  }

  @Test func undirectedProjectionSumsBothDirections() throws {
    let network = try WeightedNetwork(
      graph: Self.directed(), weighted: true, quality: .modularity, directed: false)
    #expect(network.offsets == [0, 1, 3, 4, 4])
    #expect(network.neighbors == [1, 0, 2, 1])
    #expect(network.weights == [5, 5, 1, 1])
    #expect(network.selfLoops == [0, 0, 4, 0])
    #expect(network.totalWeight == 10)
    // Strength: every arc adds its weight to both ends, a self-loop 2w (networkx's degree).
    #expect(network.outMass == [5, 6, 9, 0])
    #expect(network.outMass == network.inMass)
  }

  @Test func directedMassesAreOutAndInStrengths() throws {
    let network = try WeightedNetwork(
      graph: Self.directed(), weighted: true, quality: .modularity, directed: true)
    #expect(network.outMass == [2, 4, 4, 0])
    #expect(network.inMass == [3, 2, 5, 0])
    let cpm = try WeightedNetwork(
      graph: Self.directed(), weighted: false, quality: .cpm, directed: false)
    #expect(cpm.outMass == [1, 1, 1, 1])
    #expect(cpm.weights == [2, 2, 1, 1])  // unweighted: each arc counts 1
  }

  @Test func aggregationKeepsInternalWeightAsSelfLoops() throws {
    let network = try WeightedNetwork(
      graph: Self.directed(), weighted: true, quality: .modularity, directed: false)
    let aggregate = network.aggregated(by: [0, 0, 1, 2], count: 3)
    #expect(aggregate.selfLoops == [5, 4, 0])
    #expect(aggregate.neighbors == [1, 0])
    #expect(aggregate.weights == [1, 1])
    #expect(aggregate.outMass == [11, 9, 0])
    #expect(aggregate.totalWeight == network.totalWeight)
  }

  /// Parallel aggregation builds exactly the rows the sequential one does, for any worker count.
  @Test func parallelAggregationEqualsSequential() throws {
    let g = try RandomGraphs.plantedPartition(
      groups: 10, size: 30, inside: 0.2, between: 0.02, weighted: true, seed: 4)
    let network = try WeightedNetwork(
      graph: g, weighted: true, quality: .modularity, directed: false)
    let membership = (0..<g.nodeCount).map { UInt32(($0 * 7) % 37) }
    let one = network.aggregated(by: membership, count: 37, threads: 1, parallelAbove: 0)
    for threads in [2, 3, 8] {
      let many = network.aggregated(by: membership, count: 37, threads: threads, parallelAbove: 0)
      #expect(many.offsets == one.offsets && many.neighbors == one.neighbors, "threads \(threads)")
      #expect(many.weights == one.weights && many.selfLoops == one.selfLoops, "threads \(threads)")
      #expect(many.outMass == one.outMass && many.inMass == one.inMass, "threads \(threads)")
    }
    #expect(one.selfLoops.reduce(0, +) + one.weights.reduce(0, +) / 2 == network.totalWeight)
  }

  /// A community made of two parts with no edge between them is split; connected ones are kept.
  @Test func splittingDisconnectedCommunities() throws {
    // 0 - 1   2 - 3   4   with labels {0, 1, 2, 3} together and {4} alone.
    let g = try LeidenTests.graph([(0, 1, 1), (2, 3, 1)], nodes: 5)
    let network = try WeightedNetwork(
      graph: g, weighted: true, quality: .modularity, directed: false)
    let together = Partition(labels: [0, 0, 0, 0, 1], algorithm: "test")
    #expect(CommunityMeasures.disconnectedCommunities(together, in: g) == [0])
    let (split, count) = network.splittingDisconnected(together.communities)
    #expect(count == 3)
    let partition = Partition(labels: split, algorithm: "test")
    #expect(CommunityMeasures.disconnectedCommunities(partition, in: g).isEmpty)
    #expect(partition.modularity(in: g) > together.modularity(in: g))
  }
}
