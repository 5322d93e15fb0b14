import Foundation
import RecruitNetGraph
import Testing

@testable import RecruitNetRender

extension RenderGraphvizSuites {
  @Suite struct CommunityMapTests {
    /// Two triangles {a,b,c} and {d,e} plus f alone, linked by a→d (2) and e→a (3):
    ///
    ///     a ─ b      d ─ e        f
    ///      \ /  ←──→
    ///       c
    @Test func aggregatesInterCommunityWeightBothDirections() throws {
      var builder = GraphBuilder(isDirected: true)
      let n = ["a", "b", "c", "d", "e", "f"].map { builder.node(named: $0) }
      builder.addEdge(from: n[0], to: n[1], weight: 1)
      builder.addEdge(from: n[1], to: n[2], weight: 1)
      builder.addEdge(from: n[2], to: n[0], weight: 1)
      builder.addEdge(from: n[3], to: n[4], weight: 4)
      builder.addEdge(from: n[0], to: n[3], weight: 2)
      builder.addEdge(from: n[4], to: n[0], weight: 3)
      let graph = try builder.build()
      let map = CommunityMap(
        graph: graph, communities: [0, 0, 0, 1, 1, 2], communityCount: 3,
        topAccounts: ["a", "d", "f"],
        measure: "degree", title: "t")
      #expect(map.sizes == [3, 2, 1])
      #expect(map.internalWeight == [3, 4, 0])
      #expect(map.links == [UInt64(0) << 32 | 1: 5])
      #expect(map.drawnLinks.count == 1)
    }

    @Test func mapOfThePlantedCellsHasOneNodePerCommunity() async throws {
      let graph = try await RenderSamples.recruitment()
      let cells = try RenderSamples.plantedCells(in: graph)
      let map = CommunityMap(
        graph: graph.mergingEdgeTypes(), communities: cells, communityCount: 5,
        topAccounts: ["acct_0001", "x & <y>", nil, "أبو", "\\N"], measure: "degree", title: "map")
      let svg = try SVGDocument(
        try await GraphvizRenderer.shared.draw(
          map.spec(for: .svg), layout: .engine(.neato), format: .svg, seed: 0))
      #expect(try svg.groups("node").count == 5)
      #expect(try svg.groups("edge").count == map.links.count)
      #expect(try svg.groups("cluster").isEmpty)
      let texts = try svg.texts()
      #expect(texts.contains("x & <y>"))
      #expect(texts.contains("\\N"))
      var limited = map
      limited.maxCommunities = 3
      let smaller = try SVGDocument(
        try await GraphvizRenderer.shared.draw(
          limited.spec(for: .svg), layout: .engine(.neato), format: .svg, seed: 0))
      #expect(try smaller.groups("node").count == 3)
      #expect(try smaller.texts().contains("2 smaller communities not drawn"))
    }
  }
}
