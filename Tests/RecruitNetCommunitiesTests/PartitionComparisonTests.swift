import RecruitNetCommunities
import Testing

/// NMI, ARI and VI against scikit-learn and igraph: hand-made labellings (values printed by
/// scikit-learn 1.x and python-igraph 1.0.0, see the comments) and the oracle fixtures.
@Suite struct PartitionComparisonTests {
  @Test func handMadeLabellingsMatchScikitLearnAndIgraph() {
    // normalized_mutual_info_score / adjusted_rand_score / compare_communities(method="vi") of
    // x = [0,0,0,1,1,1,2,2], y = [0,0,1,1,2,2,2,2].
    let c = PartitionComparison([0, 0, 0, 1, 1, 1, 2, 2], [0, 0, 1, 1, 2, 2, 2, 2])
    #expect(abs(c.normalizedMutualInformation - 0.5300257549140327) < 1e-12)
    #expect(abs(c.adjustedRandIndex - 0.18181818181818182) < 1e-12)
    #expect(abs(c.variationOfInformation - 0.9972460116410686) < 1e-12)
    #expect(c.nodeCount == 8)
  }

  @Test func identicalUpToRenamingIsPerfect() {
    let c = PartitionComparison([0, 0, 1, 1, 2], [7, 7, 3, 3, 9])
    #expect(abs(c.normalizedMutualInformation - 1) < 1e-12)
    #expect(abs(c.adjustedRandIndex - 1) < 1e-12)
    #expect(abs(c.variationOfInformation) < 1e-12)
    // Both trivial: one group each side (sklearn and igraph give 1).
    let trivial = PartitionComparison([0, 0, 0], [5, 5, 5])
    #expect(trivial.normalizedMutualInformation == 1 && trivial.adjustedRandIndex == 1)
  }

  @Test func unassignedNodesAreLeftOut() {
    let u = Partition.unassigned
    let c = PartitionComparison([0, 0, 1, 1, 0], [3, 3, 4, 4, u])
    #expect(c.nodeCount == 4)
    #expect(abs(c.normalizedMutualInformation - 1) < 1e-12)
  }

  @Test(arguments: QualityFixture.names) func fixturesMatchPeers(_ name: String) throws {
    guard let fixture = try QualityFixture.load(name) else { return }
    let c = try fixture.truth().compared(with: try fixture.given())
    #expect(abs(c.normalizedMutualInformation - (try fixture.double("nmi"))) < 1e-9, "\(name) nmi")
    #expect(
      abs(c.normalizedMutualInformation - (try fixture.double("nmi_igraph"))) < 1e-9,
      "\(name) igraph nmi")
    #expect(abs(c.adjustedRandIndex - (try fixture.double("ari"))) < 1e-9, "\(name) ari")
    #expect(abs(c.variationOfInformation - (try fixture.double("vi"))) < 1e-9, "\(name) vi")
  }
}
