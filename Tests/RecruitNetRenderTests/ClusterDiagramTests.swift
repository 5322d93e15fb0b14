import Foundation
import RecruitNetGraph
import RecruitNetTraversal
import Testing

@testable import RecruitNetRender

/// Cluster diagrams of the samples, checked in the SVG that Graphviz writes.
extension RenderGraphvizSuites {
  @Suite struct ClusterDiagramTests {
    @Test func recruitmentCellsDrawOneBoxPerCommunityWithEveryNodeAndEdge() async throws {
      let graph = try await RenderSamples.recruitment()
      let cells = try RenderSamples.plantedCells(in: graph)
      let diagram = RenderSamples.diagram(graph, communities: cells)
      let svg = try SVGDocument(
        try await GraphvizRenderer.shared.draw(
          diagram.spec(for: .svg), layout: .composed(inner: nil), format: .svg, seed: 1))
      let clusters = try svg.groups("cluster")
      #expect(clusters.count == 5)
      #expect(Set(clusters.compactMap(SVGDocument.title)) == Set((0..<5).map { "cluster_\($0)" }))
      #expect(try svg.groups("node").count == graph.nodeCount)
      // Edge types are kept apart: one line per (source, target, type) edge.
      #expect(try svg.groups("edge").count == graph.edgeCount)
      // Each cluster is labelled with its number, size and top account.
      let texts = try svg.texts()
      let sizes = cells.reduce(into: [Int](repeating: 0, count: 5)) { $0[Int($1)] += 1 }
      for c in 0..<5 {
        #expect(texts.contains { $0.hasPrefix("C\(c): \(sizes[c]) accounts, top: acct_") })
      }
      // Top 30 by the size measure carry names; the legend lists the edge types.
      #expect(texts.filter { $0.hasPrefix("acct_") }.count == 30)
      #expect(texts.contains("retweet edges (solid)"))
    }

    @Test func composedLayoutKeepsBoxesApartAndNodesInsideTheirBox() async throws {
      let graph = try await RenderSamples.recruitment()
      let cells = try RenderSamples.plantedCells(in: graph)
      var diagram = RenderSamples.diagram(graph, communities: cells)
      diagram.showsLegend = false
      let placed = try await GraphvizRenderer.shared.placeForTesting(
        diagram.spec(for: .svg), seed: 3)
      var boxes: [(Double, Double, Double, Double)] = []
      for cluster in placed.clusters {
        let v = try #require(cluster.attributes["bb"]).split(separator: ",").compactMap {
          Double($0)
        }
        boxes.append((v[0], v[1], v[2], v[3]))
      }
      for i in boxes.indices {
        for j in boxes.indices where j > i {
          let (a, b) = (boxes[i], boxes[j])
          let apart = a.2 <= b.0 || b.2 <= a.0 || a.3 <= b.1 || b.3 <= a.1
          #expect(apart, "boxes \(i) and \(j) overlap: \(a) \(b)")
        }
      }
      #expect(boxes.count == 5)
      #expect(
        !cells.contains(.max),
        "unassigned: \(cells.indices.filter { cells[$0] == .max }.map { graph.names.name(of: NodeID($0)) })"
      )
      for (index, node) in placed.nodes.enumerated() where Int(cells[index]) < boxes.count {
        let p = try #require(node.position)
        let box = boxes[Int(cells[index])]
        #expect(
          p.x > box.0 && p.x < box.2 && p.y > box.1 && p.y < box.3, "node \(index) outside its box")
      }
    }

    @Test func sameSeedGivesByteIdenticalSVGAndAnotherSeedMovesNodes() async throws {
      let graph = try await RenderSamples.recruitment()
      let spec = RenderSamples.diagram(
        graph, communities: try RenderSamples.plantedCells(in: graph)
      )
      .spec(for: .svg)
      let first = try await GraphvizRenderer.shared.draw(
        spec, layout: .composed(inner: .sfdp), format: .svg, seed: 7)
      let second = try await GraphvizRenderer.shared.draw(
        spec, layout: .composed(inner: .sfdp), format: .svg, seed: 7)
      // Compared as a Bool: on a mismatch Swift Testing would diff the two 2 MB documents
      // element by element (Myers), which takes over an hour.
      #expect(Bool(first == second), "same seed, same bytes")
      let other = try await GraphvizRenderer.shared.draw(
        spec, layout: .composed(inner: .sfdp), format: .svg, seed: 8)
      #expect(Bool(first != other), "another seed, another layout")
    }

    @Test func fdpDrawsClustersItselfAndSfdpWholeGraphDrawsNone() async throws {
      let graph = try await RenderSamples.krebs()
      let communities = graph.nodes.map { graph.names.name(of: $0) < "L" ? UInt32(0) : UInt32(1) }
      let spec = RenderSamples.diagram(graph, communities: communities).spec(for: .svg)
      let fdp = try SVGDocument(
        try await GraphvizRenderer.shared.draw(spec, layout: .engine(.fdp), format: .svg, seed: 0))
      #expect(try fdp.groups("cluster").count == 2)
      #expect(try fdp.groups("node").count == 62)
      #expect(try fdp.groups("edge").count == 152)
      let sfdp = try SVGDocument(
        try await GraphvizRenderer.shared.draw(spec, layout: .engine(.sfdp), format: .svg, seed: 0))
      #expect(try sfdp.groups("cluster").isEmpty)
    }

    @Test func egoIsHighlightedAndLabelled() async throws {
      let graph = try await RenderSamples.krebs()
      let atta = try #require(graph.node(named: "Mohamed Atta"))
      let nodes = graph.neighborhood(of: [atta], hops: 1)
      let selection = DiagramSelection(graph: graph, nodes: nodes)
      var diagram = RenderSamples.diagram(
        graph, communities: [UInt32](repeating: 0, count: graph.nodeCount))
      diagram.selection = selection
      diagram.names = nodes.map { graph.names.name(of: $0) }
      diagram.communities = nodes.map { _ in 0 }
      diagram.scores = nodes.map { _ in 1 }
      diagram.highlighted = [0]
      diagram.labels = .none
      let svg = try SVGDocument(
        try await GraphvizRenderer.shared.draw(
          diagram.spec(for: .svg), layout: .composed(inner: nil), format: .svg, seed: 0))
      let egos = try svg.groups("ego")
      #expect(egos.count == 1)
      #expect(egos.first.flatMap(SVGDocument.title) == "n0")
      #expect(egos.first.flatMap { SVGDocument.child($0, "text") }?.text == "Mohamed Atta")
      #expect(try svg.groups("node").count == 23)  // Atta's degree is 22
      #expect(
        egos.first.flatMap { SVGDocument.child($0, "ellipse") }?.attributes["stroke-width"] == "3")
    }

    @Test func hostileNamesRenderAsText() async throws {
      let names = [
        "Mohamed <Atta> & \"co\"", "back\\slash", "\\N", "\\G\\E\\L", "a &amp; b", "&#38;",
        "<b>bold</b>", "أبو محمد",
        "line\\nbreak", "{ x -> y }",
      ]
      var builder = GraphBuilder(isDirected: false)
      for (i, name) in names.enumerated() {
        builder.addEdge(
          from: builder.node(named: name), to: builder.node(named: names[(i + 1) % names.count]))
      }
      let graph = try builder.build()
      var diagram = RenderSamples.diagram(graph, communities: graph.nodes.map { $0 < 5 ? 0 : 1 })
      diagram.labels = .all
      for format in [DiagramFormat.svg, .dot] {
        let bytes = try await GraphvizRenderer.shared.draw(
          diagram.spec(for: format), layout: .composed(inner: nil), format: format, seed: 0)
        if format == .svg {
          let svg = try SVGDocument(bytes)
          let texts = try svg.texts()
          for name in names { #expect(texts.contains(name), "\(name) missing from the SVG text") }
          #expect(try svg.groups("node").count == names.count)
          // Tooltips keep the name too.
          let titles = svg.tooltips()
          for name in names {
            #expect(titles.contains { $0.hasPrefix(name + ", C") }, "tooltip of \(name)")
          }
        } else {
          let dot = String(decoding: bytes, as: UTF8.self)
          #expect(dot.contains("pos=\""))
          #expect(!dot.contains("label=<<b>"))
        }
      }
      let png = try await GraphvizRenderer.shared.draw(
        diagram.spec(for: .png), layout: .composed(inner: nil), format: .png, seed: 0)
      #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
      let pdf = try await GraphvizRenderer.shared.draw(
        diagram.spec(for: .pdf), layout: .composed(inner: nil), format: .pdf, seed: 0)
      #expect(Array(pdf.prefix(5)) == Array("%PDF-".utf8))
    }

    @Test func communityViewBoxesOnlyThatCommunity() async throws {
      let graph = try await RenderSamples.recruitment()
      let cells = try RenderSamples.plantedCells(in: graph)
      let merged = graph.mergingEdgeTypes()
      let nodes = DiagramSelection.community(2, communities: cells, in: merged)
      let selection = DiagramSelection(graph: graph, nodes: nodes)
      var diagram = RenderSamples.diagram(graph, communities: cells)
      diagram.selection = selection
      diagram.names = nodes.map { graph.names.name(of: $0) }
      diagram.communities = nodes.map { cells[Int($0)] }
      diagram.scores = nodes.map { _ in 1 }
      diagram.boxed = [2]
      let svg = try SVGDocument(
        try await GraphvizRenderer.shared.draw(
          diagram.spec(for: .svg), layout: .composed(inner: nil), format: .svg, seed: 0))
      #expect(try svg.groups("cluster").compactMap(SVGDocument.title) == ["cluster_2"])
      let members = cells.filter { $0 == 2 }.count
      #expect(nodes.count > members)
      #expect(try svg.groups("node").count == nodes.count)
      #expect(try svg.groups("edge").count == selection.edges.count)
    }
  }
}

extension GraphvizRenderer {
  /// The composed placement alone, for geometry checks.
  func placeForTesting(_ spec: DiagramSpec, seed: UInt64) throws(RenderError) -> DiagramSpec {
    try ComposedLayout(inner: nil, seed: seed).place(spec, on: self)
  }
}
