import Foundation
import RecruitNetTestSupport
import Testing

@testable import RecruitNetIO

/// Bad network files stop with an error naming the file, the line (or the JSON element) and
/// what was expected.
@Suite struct InterchangeBadInputTests {
  func failure(_ text: String, name: String) throws -> ImportError? {
    let files = try TestFiles()
    let path = try files.write(name, text)
    do throws(ImportError) {
      let network = try InterchangeReader.read(path: path).network
      Issue.record("\(name) was read: \(network.nodes.count) nodes")
      return nil
    } catch {
      #expect(error.location.file.hasPrefix(path), "the error names the file")
      return error
    }
  }

  static let graphMLHead = """
    <?xml version="1.0"?>
    <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
      <key id="f" for="node" attr.name="followers" attr.type="int"/>
      <graph edgedefault="directed">
    """

  @Test func graphMLValueOfTheWrongType() throws {
    let error = try failure(
      Self.graphMLHead
        + "\n    <node id=\"a\"/>\n    <node id=\"b\"><data key=\"f\">many</data></node>\n  </graph>\n</graphml>\n",
      name: "bad.graphml")
    #expect(error?.location.line == 6)
    #expect(error?.message.contains("\"many\" for \"followers\" is not a whole number") == true)
  }

  @Test func graphMLUndeclaredKey() throws {
    let error = try failure(
      Self.graphMLHead
        + "\n    <node id=\"a\"><data key=\"zz\">1</data></node>\n  </graph>\n</graphml>\n",
      name: "bad.graphml")
    #expect(error?.location.line == 5)
    #expect(error?.message.contains("refers to no <key id=\"zz\">") == true)
  }

  @Test func graphMLNotWellFormed() throws {
    let error = try failure(
      Self.graphMLHead
        + "\n    <node id=\"a\">\n    <edge source=\"a\" target=\"b\"/>\n  </graph>\n</graphml>\n",
      name: "bad.graphml")
    #expect(error?.location.line != nil)
    #expect(error?.message.contains("not well-formed XML") == true)
  }

  @Test func graphMLNestedGraph() throws {
    let error = try failure(
      Self.graphMLHead
        + "\n    <node id=\"a\"><graph id=\"inner\"/></node>\n  </graph>\n</graphml>\n",
      name: "bad.graphml")
    #expect(error?.location.line == 5)
    #expect(error?.message.contains("nested <graph>") == true)
  }

  @Test func gexfUndeclaredAttribute() throws {
    let text = """
      <?xml version="1.0"?>
      <gexf xmlns="http://gexf.net/1.3" version="1.3">
        <graph defaultedgetype="directed">
          <nodes>
            <node id="a"><attvalues><attvalue for="9" value="1"/></attvalues></node>
          </nodes>
        </graph>
      </gexf>
      """
    let error = try failure(text, name: "bad.gexf")
    #expect(error?.location.line == 5)
    #expect(error?.message.contains("<attvalue for=\"9\">") == true)
  }

  @Test func gmlUnclosedString() throws {
    let error = try failure(
      "graph [\n  directed 1\n  node [ id 0 label \"a ]\n  node [ id 1 label \"b\" ]\n]\n",
      name: "bad.gml")
    #expect(error?.code == .badQuoting || error?.location.line == 4)
  }

  @Test func gmlEdgeToAMissingNode() throws {
    let error = try failure(
      "graph [\n  node [ id 0 label \"a\" ]\n  edge [\n    source 0\n    target 5\n  ]\n]\n",
      name: "bad.gml")
    #expect(error?.location.line == 5)
    #expect(error?.message.contains("target 5 is no node's id") == true)
  }

  @Test func gmlMissingBracket() throws {
    let error = try failure("graph [\n  node [ id 0 label \"a\" ]\n", name: "bad.gml")
    #expect(error?.message.contains("expected a closing `]`") == true)
  }

  @Test func pajekVertexOutOfRange() throws {
    let error = try failure("*Vertices 2\n1 \"a\"\n2 \"b\"\n*Arcs\n1 2 1\n2 9 1\n", name: "bad.net")
    #expect(error?.location.line == 6)
    #expect(error?.message.contains("not a number from 1 to 2") == true)
  }

  @Test func pajekMixedDirections() throws {
    let error = try failure("*Vertices 2\n1 a\n2 b\n*Arcs\n1 2\n*Edges\n1 2\n", name: "bad.net")
    #expect(error?.location.line == 6)
  }

  @Test func dotSubgraph() throws {
    let error = try failure("digraph {\n  a -> b\n  subgraph cluster_x { c }\n}\n", name: "bad.dot")
    #expect(error?.location.line == 3)
    #expect(error?.message.contains("subgraphs are not supported") == true)
  }

  @Test func dotWrongEdgeOperator() throws {
    let error = try failure("digraph {\n  a -> b\n  b -- c\n}\n", name: "bad.dot")
    #expect(error?.location.line == 3)
    #expect(error?.message.contains("`--` in a digraph") == true)
  }

  @Test func dotUnclosedQuote() throws {
    let error = try failure("graph {\n  a -- \"b\n  c -- d\n}\n", name: "bad.dot")
    #expect(error?.location.line == 2)
    #expect(error?.code == .badQuoting)
  }

  @Test func jsonNodeWithoutID() throws {
    let error = try failure(
      "{\"directed\": true, \"nodes\": [{\"id\": \"a\"}, {\"name\": \"b\"}], \"edges\": []}",
      name: "bad.json")
    #expect(error?.location.file.hasSuffix("nodes[1]") == true)
    #expect(error?.message.contains("no \"id\"") == true)
  }

  @Test func jsonEdgeToUnknownNode() throws {
    let error = try failure(
      "{\"nodes\": [{\"id\": \"a\"}], \"links\": [{\"source\": \"a\", \"target\": \"7\"}]}",
      name: "bad.json")
    #expect(error?.location.file.hasSuffix("links[0].target") == true)
  }

  @Test func jsonSyntax() throws {
    let error = try failure("{\"nodes\": [\n{\"id\": \"a\"},\n]", name: "bad.json")
    #expect(error?.message.contains("not valid JSON") == true)
  }

  @Test func negativeWeight() throws {
    let error = try failure("digraph {\n  a -> b [weight=-2]\n}\n", name: "bad.dot")
    #expect(error?.code == .badWeight)
    #expect(error?.location.line == 2)
  }

  @Test func invalidUTF8() throws {
    let files = try TestFiles()
    let path = try files.write(
      "latin1.gml",
      bytes: Array("graph [\n node [ id 0 label \"caf".utf8) + [0xE9] + Array("\" ]\n]\n".utf8))
    #expect(throws: ImportError.self) { try InterchangeReader.read(path: path) }
  }
}

/// Format detection: by extension first, then by the first bytes.
@Suite struct InterchangeFormatTests {
  @Test func byExtension() {
    #expect(InterchangeFormat.byExtension("a/b.graphml") == .graphml)
    #expect(InterchangeFormat.byExtension("b.GEXF") == .gexf)
    #expect(InterchangeFormat.byExtension("b.net.gz") == .pajek)
    #expect(InterchangeFormat.byExtension("b.gv") == .dot)
    #expect(InterchangeFormat.byExtension("b.csv") == .csv)
    #expect(InterchangeFormat.byExtension("dir.graphml/file") == nil)
  }

  @Test func bySniffing() {
    func sniff(_ text: String) -> InterchangeFormat? { InterchangeFormat.sniff(Array(text.utf8)) }
    #expect(sniff("<?xml version=\"1.0\"?>\n<graphml>") == .graphml)
    #expect(sniff("\u{FEFF}<?xml version='1.0'?><gexf version=\"1.2\">") == .gexf)
    #expect(sniff("  {\"nodes\": []}") == .json)
    #expect(sniff("% comment\n*Vertices 3\n") == .pajek)
    #expect(sniff("// made by hand\nstrict digraph x {\n") == .dot)
    #expect(sniff("graph {\n a -- b }") == .dot)
    #expect(sniff("Creator \"igraph\"\ngraph\n[\n") == .gml)
    #expect(sniff("graph [\n directed 1") == .gml)
    #expect(sniff("source,target\na,b\n") == nil)
    #expect(sniff("graph,digraph\n1,2\n") == nil)
  }
}
