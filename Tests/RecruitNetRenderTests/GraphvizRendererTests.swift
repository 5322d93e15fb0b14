import Foundation
import RecruitNetGraph
import Testing

@testable import RecruitNetRender

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite struct GraphvizRendererTests {
  func tinySpec() -> DiagramSpec {
    var spec = DiagramSpec(isDirected: true)
    spec.nodes = [
      .init(id: "a", label: "Mohamed <Atta> & \"co\""), .init(id: "b", label: "أبو محمد"),
      .init(id: "c", label: "back\\slash"),
    ]
    spec.edges = [.init(from: "a", to: "b"), .init(from: "b", to: "c")]
    spec.clusters = [.init(name: "cluster_0", label: "community 0", nodeIDs: ["a", "b"])]
    return spec
  }

  @Test func rendersSVGInMemoryWithClusters() async throws {
    let svg = try await GraphvizRenderer.shared.render(tinySpec(), engine: .dot, format: .svg)
    let document = try XMLDocument(data: Data(svg), options: [])
    let text = String(decoding: svg, as: UTF8.self)
    #expect(text.components(separatedBy: "class=\"node\"").count - 1 == 3)
    #expect(text.components(separatedBy: "class=\"edge\"").count - 1 == 2)
    #expect(text.components(separatedBy: "class=\"cluster\"").count - 1 == 1)
    let texts = try document.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
    #expect(texts.contains("Mohamed <Atta> & \"co\""))
    #expect(texts.contains("أبو محمد"))
  }

  @Test func pngAndPDFMagicBytes() async throws {
    let png = try await GraphvizRenderer.shared.render(tinySpec(), engine: .dot, format: .png)
    #expect(Array(png.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
    let pdf = try await GraphvizRenderer.shared.render(tinySpec(), engine: .dot, format: .pdf)
    #expect(Array(pdf.prefix(4)) == Array("%PDF".utf8))
  }

  @Test func specFromGraph() async throws {
    var builder = GraphBuilder(isDirected: false)
    builder.addEdge(from: builder.node(named: "x"), to: builder.node(named: "y"))
    let spec = DiagramSpec(graph: try builder.build())
    let dot = String(
      decoding: try await GraphvizRenderer.shared.render(spec, engine: .dot, format: .dot),
      as: UTF8.self)
    #expect(dot.contains("n0 -- n1"))
  }

  /// Graph and cluster names are interned strings: the DOT writer quotes a name as an HTML
  /// string (`<cluster_3>`) when its string header says so, and a copy without that header made
  /// the output depend on the heap (two of three runs differed before the fix).
  @Test func dotNamesAreNeverWrittenAsHTMLStrings() async throws {
    var spec = DiagramSpec(isDirected: true)
    spec.nodes = (0..<40).map { .init(id: "n\($0)", label: "account \($0)") }
    spec.edges = (0..<39).map { .init(from: "n\($0)", to: "n\($0 + 1)") }
    spec.clusters = (0..<20).map {
      .init(
        name: "cluster_\($0)", label: "community \($0)", nodeIDs: ["n\(2 * $0)", "n\(2 * $0 + 1)"])
    }
    var outputs = Set<[UInt8]>()
    for _ in 0..<5 {
      let dot = try await GraphvizRenderer.shared.render(spec, engine: .dot, format: .dot)
      let text = String(decoding: dot, as: UTF8.self)
      #expect(!text.contains("<cluster_"))
      #expect(!text.contains("<diagram>"))
      outputs.insert(dot)
    }
    #expect(outputs.count == 1)
  }
}
