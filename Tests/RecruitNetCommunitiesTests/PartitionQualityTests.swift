import RecruitNetCommunities
import RecruitNetGraph
import Testing

/// Conductance, coverage, density, sizes and links against networkx (fixtures) and by hand.
@Suite struct PartitionQualityTests {
  @Test(arguments: QualityFixture.names) func fixturesMatchNetworkx(_ name: String) throws {
    guard let fixture = try QualityFixture.load(name) else { return }
    let given = try fixture.given()
    // The fixture lists communities in networkx's order (largest first), as our canonical numbering.
    let expected = try #require(fixture.document["given_conductance"] as? [Double])
    let expectedWeighted = try #require(fixture.document["given_weighted_conductance"] as? [Double])
    let unweighted = PartitionQuality(given, in: fixture.graph, weighted: false)
    let weighted = PartitionQuality(given, in: fixture.graph, weighted: true)
    #expect(unweighted.communities.count == expected.count)
    for (c, value) in expected.enumerated() {
      #expect(abs(unweighted.communities[c].conductance - value) < 1e-9, "\(name) community \(c)")
      #expect(
        abs(weighted.communities[c].conductance - expectedWeighted[c]) < 1e-9,
        "\(name) weighted \(c)")
    }
    #expect(abs(unweighted.coverage - (try fixture.double("given_coverage"))) < 1e-9)
    // networkx's modularity() is directed (Leicht–Newman) on a DiGraph.
    let q = given.modularity(
      in: fixture.graph, directed: fixture.graph.isDirected, weighted: fixture.isWeighted)
    #expect(abs(q - (try fixture.double("given_modularity"))) < 1e-9)
  }

  // Two triangles {a,b,c} and {d,e,f} joined by c–d (weight 3), plus an isolated node g:
  //   a ─ b     e
  //    \ /     / \
  //     c ═══ d ─ f        g
  @Test func handDrawnGraph() throws {
    var builder = GraphBuilder(isDirected: false)
    for (s, t, w) in [
      ("a", "b", 1.0), ("b", "c", 1), ("a", "c", 2), ("c", "d", 3), ("d", "e", 1), ("e", "f", 1),
      ("d", "f", 1),
    ] {
      builder.addEdge(from: builder.node(named: s), to: builder.node(named: t), type: 0, weight: w)
    }
    _ = builder.node(named: "g")
    let graph = try builder.build()
    let label: [String: UInt32] = ["a": 0, "b": 0, "c": 0, "d": 1, "e": 1, "f": 1, "g": 2]
    let partition = Partition(
      labels: graph.nodes.map { label[graph.names.name(of: $0)] ?? 9 }, algorithm: "test")
    let quality = PartitionQuality(partition, in: graph, weighted: true)
    let first = quality.communities[0]
    #expect(first.size == 3 && first.internalEdges == 3 && first.internalWeight == 4)
    #expect(first.density == 1)
    // vol({a,b,c}) = 2·4 + 3 = 11, vol(rest) = 2·3 + 3 = 9, cut 3: conductance 3/9.
    #expect(abs(first.conductance - 3.0 / 9) < 1e-12)
    #expect(quality.communities[2].size == 1 && quality.communities[2].density == 0)
    #expect(quality.communities[2].conductance.isNaN)  // networkx divides by zero here
    #expect(abs(quality.coverage - 6.0 / 7) < 1e-12)
    #expect(abs(quality.weightedCoverage - 7.0 / 10) < 1e-12)
    let sizes = quality.sizes
    #expect(
      sizes.count == 3 && sizes.minimum == 1 && sizes.median == 3 && sizes.maximum == 3
        && sizes.singletons == 1)
    #expect(quality.links.count == 1)
    let link = try #require(quality.links.first)
    #expect(link.first == 0 && link.second == 1 && link.weight == 3 && link.edges == 1)
    #expect(quality.strongestLinks(of: 1).map(\.community) == [0])
    #expect(quality.strongestLinks(of: 2).isEmpty)
  }
}
