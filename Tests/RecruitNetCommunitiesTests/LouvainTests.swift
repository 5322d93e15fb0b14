import RecruitNetCommunities
import RecruitNetGraph
import Testing

/// ``Louvain`` beyond the shared cases in ``LeidenTests``.
@Suite struct LouvainTests {
  @Test func sameSeedSamePartition() throws {
    let g = try RandomGraphs.plantedPartition(
      groups: 6, size: 30, inside: 0.2, between: 0.02, seed: 3)
    #expect(
      try Louvain(resolution: 1, seed: 4).detect(in: g)
        == Louvain(resolution: 1, seed: 4).detect(in: g))
  }

  /// On a clear planted partition Louvain finds the groups, and a higher resolution never gives
  /// fewer communities on the same graph here.
  @Test func findsPlantedGroupsAndResolutionSplits() throws {
    let g = try RandomGraphs.plantedPartition(
      groups: 5, size: 30, inside: 0.4, between: 0.01, seed: 8)
    let truth = (0..<150).map { UInt32($0 / 30) }
    let p = try Louvain(resolution: 1, seed: 1).detect(in: g)
    #expect(abs(CommunityMeasures.nmi(p.communities, truth) - 1) < 1e-12)
    let fine = try Louvain(resolution: 20, seed: 1).detect(in: g)
    #expect(fine.communityCount > p.communityCount)
  }

  /// Directed modularity on request: the value reported by the partition is Leicht–Newman's,
  /// and it is at least that of the undirected optimum read as a directed partition.
  @Test func directedModularityOnRequest() throws {
    let g = try RandomGraphs.plantedPartition(
      groups: 4, size: 20, inside: 0.25, between: 0.03, directed: true, seed: 5)
    var directed = Louvain(resolution: 1, seed: 2)
    directed.isDirectedModularity = true
    let d = try directed.detect(in: g)
    let u = try Louvain(resolution: 1, seed: 2).detect(in: g)
    #expect(d.modularity(in: g, directed: true) >= u.modularity(in: g, directed: true) - 0.01)
    #expect(d.parameters.first { $0.name == "directed" }?.value == "true")
  }
}
