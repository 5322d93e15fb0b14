import Foundation
import RecruitNetCommunities
import RecruitNetGraph
import Testing

/// Infomap against the Infomap package (2.16.0, `--two-level`, with its defaults and with
/// `--to-nodes --recorded-teleportation`) and igraph's `community_infomap` on the undirected
/// graphs (`Scripts/oracles/communities_quality.py`): our map equation gives their codelength for
/// their partition to 1e-9, and our search finds a codelength as short (within 0.5 %) and a
/// partition close to theirs.
@Suite struct InfomapTests {
  @Test(arguments: QualityFixture.names) func codelengthOfPeersPartitionsMatches(_ name: String)
    throws
  {
    guard let fixture = try QualityFixture.load(name) else { return }
    var infomap = Infomap()
    infomap.isWeighted = fixture.isWeighted
    let standard = try fixture.object("infomap")
    let theirs = try fixture.partition(try #require(standard["membership"] as? [String: Any]))
    let expected = try #require((standard["codelength"] as? NSNumber)?.doubleValue)
    #expect(
      abs(try infomap.codelength(of: theirs, in: fixture.graph) - expected) < 1e-9,
      "\(name) Infomap")
    // igraph 1.0 embeds Infomap: on undirected graphs it prints the same codelength.
    if !fixture.graph.isDirected {
      let igraph = try fixture.object("igraph_infomap")
      let igraphPartition = try fixture.partition(
        try #require(igraph["membership"] as? [String: Any]))
      let igraphLength = try #require((igraph["codelength"] as? NSNumber)?.doubleValue)
      #expect(
        abs(try infomap.codelength(of: igraphPartition, in: fixture.graph) - igraphLength) < 1e-9,
        "\(name) igraph")
    }
    infomap.recordsTeleportation = true
    let recorded = try fixture.object("infomap_recorded")
    let recordedPartition = try fixture.partition(
      try #require(recorded["membership"] as? [String: Any]))
    let recordedLength = try #require((recorded["codelength"] as? NSNumber)?.doubleValue)
    #expect(
      abs(try infomap.codelength(of: recordedPartition, in: fixture.graph) - recordedLength) < 1e-9,
      "\(name) recorded")
  }

  @Test(arguments: QualityFixture.names) func searchIsAsGoodAsThePeers(_ name: String) throws {
    guard let fixture = try QualityFixture.load(name) else { return }
    let peers =
      ["infomap", "infomap_recorded"] + (fixture.graph.isDirected ? [] : ["igraph_infomap"])
    for peerName in peers {
      let recorded = peerName == "infomap_recorded"
      var infomap = Infomap(seed: 1)
      infomap.isWeighted = fixture.isWeighted
      infomap.recordsTeleportation = recorded
      let peer = try fixture.object(peerName)
      let peerLength = try #require((peer["codelength"] as? NSNumber)?.doubleValue)
      let peerPartition = try fixture.partition(try #require(peer["membership"] as? [String: Any]))
      let result = try infomap.run(on: fixture.graph)
      let ours = Partition(labels: result.labels, algorithm: "infomap")
      #expect(
        result.codelength <= peerLength * 1.005,
        "\(name) \(peerName): \(result.codelength) vs \(peerLength)")
      #expect(abs(try infomap.codelength(of: ours, in: fixture.graph) - result.codelength) < 1e-9)
      let nmi = ours.compared(with: peerPartition).normalizedMutualInformation
      #expect(nmi >= 0.85, "\(name) \(peerName): NMI with the peer's partition \(nmi)")
    }
  }

  @Test func plantedDirectedGroupsAreFound() throws {
    guard let fixture = try QualityFixture.load("directed-planted") else { return }
    let partition = try Infomap(seed: 5).detect(in: fixture.graph)
    #expect(partition.compared(with: try fixture.truth()).normalizedMutualInformation > 0.99)
    // igraph's directed variant finds the same groups.
    let igraph = try fixture.partition(
      try #require(try fixture.object("igraph_infomap")["membership"] as? [String: Any]))
    #expect(partition.compared(with: igraph).normalizedMutualInformation > 0.99)
    #expect(partition.parameters.contains { $0.name == "codelength" })
  }

  @Test func sameSeedSameResultOnAnyThreadCount() throws {
    guard let fixture = try QualityFixture.load("football") else { return }
    var one = Infomap(seed: 9, trials: 6)
    one.threads = 1
    var two = one
    two.threads = 2
    var three = one
    three.threads = 3
    let a = try one.detect(in: fixture.graph)
    let b = try two.detect(in: fixture.graph)
    let c = try three.detect(in: fixture.graph)
    #expect(a == b && b == c)
  }

  @Test func degenerateGraphs() throws {
    let empty = try GraphBuilder(isDirected: true).build()
    #expect(try Infomap().detect(in: empty).communityCount == 0)
    // A single edge: one module is the shortest description.
    var builder = GraphBuilder(isDirected: false)
    builder.addEdge(
      from: builder.node(named: "a"), to: builder.node(named: "b"), type: 0, weight: 1)
    #expect(try Infomap().detect(in: try builder.build()).communityCount == 1)
    // One module wins, but an isolated node stays alone.
    var withIsolate = GraphBuilder(isDirected: false)
    withIsolate.addEdge(
      from: withIsolate.node(named: "a"), to: withIsolate.node(named: "b"), type: 0, weight: 1)
    _ = withIsolate.node(named: "alone")
    let isolated = try Infomap().detect(in: try withIsolate.build())
    #expect(isolated.communityCount == 2 && isolated.sizes == [2, 1])
    var invalid = Infomap()
    invalid.teleportation = 1.5
    #expect(throws: CommunityError.self) { try invalid.detect(in: empty) }
  }
}
