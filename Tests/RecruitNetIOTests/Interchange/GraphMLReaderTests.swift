import Testing

@testable import RecruitNetIO

/// GraphML details beyond the networkx fixtures: yEd's drawing keys, `<default>` values, the
/// types of `attr.type`, undirected graphs and mixed-direction refusal.
@Suite struct GraphMLReaderTests {
  static let yEd = """
    <?xml version="1.0" encoding="UTF-8" standalone="no"?>
    <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
      <key for="node" id="d0" yfiles.type="nodegraphics"/>
      <key attr.name="role" attr.type="string" for="node" id="d1"><default>member</default></key>
      <key attr.name="active" attr.type="boolean" for="node" id="d2"/>
      <key attr.name="weight" attr.type="double" for="edge" id="d3"><default>1.5</default></key>
      <graph edgedefault="undirected" id="G">
        <node id="n0">
          <data key="d0"><y:ShapeNode><y:NodeLabel>drawn label</y:NodeLabel></y:ShapeNode></data>
          <data key="d1">leader</data>
          <data key="d2">true</data>
        </node>
        <node id="n1"><data key="d2">false</data></node>
        <edge source="n0" target="n1"/>
        <edge source="n1" target="n0"><data key="d3">4</data></edge>
      </graph>
    </graphml>
    """

  @Test func yEdDrawingKeysAreSkippedAndDefaultsApplied() throws {
    let network = try GraphMLReader.read(bytes: Array(Self.yEd.utf8), file: "yed.graphml")
    #expect(!network.isDirected)
    #expect(network.nodes.map(\.name) == ["n0", "n1"])
    #expect(
      network.nodes[0].attributes == [
        NodeAttribute("role", .text("leader")), NodeAttribute("active", .integer(1)),
      ])
    #expect(
      network.nodes[1].attributes == [
        NodeAttribute("active", .integer(0)), NodeAttribute("role", .text("member")),
      ])
    #expect(network.edges.map(\.weight) == [1.5, 4])
  }

  @Test func mixedDirectionsAreRefused() throws {
    let text = Self.yEd.replacingOccurrences(
      of: "<edge source=\"n0\" target=\"n1\"/>",
      with: "<edge source=\"n0\" target=\"n1\" directed=\"true\"/>")
    #expect(throws: ImportError.self) {
      try GraphMLReader.read(bytes: Array(text.utf8), file: "mixed.graphml")
    }
  }

  /// A document over libxml2's 10 MB single-chunk limit (the reader streams it in chunks; given
  /// as one buffer, a 14 MB file failed at its last line).
  @Test func documentsLargerThanTenMegabytes() throws {
    var network = InterchangeNetwork(isDirected: true)
    let bio = String(repeating: "long biography text ", count: 12)
    for i in 0..<50_000 {
      network.nodes.append(.init(name: "acct_\(i)", attributes: [NodeAttribute("bio", .text(bio))]))
    }
    for i in 0..<49_999 { network.edges.append(.init(source: i, target: i + 1)) }
    let text = try GraphMLWriter.write(network)
    #expect(text.utf8.count > 12_000_000)
    let read = try GraphMLReader.read(bytes: Array(text.utf8), file: "large.graphml")
    #expect(read.nodes.count == 50_000)
    #expect(read.edges.count == 49_999)
    #expect(read.nodes.last?.attribute("bio") == .text(bio))
  }
}
