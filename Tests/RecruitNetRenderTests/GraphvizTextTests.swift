import RecruitNetGraph
import Testing

@testable import RecruitNetRender

@Suite struct GraphvizTextTests {
  @Test func backslashesAreDoubledAndLineBreaksBecomeSpaces() {
    #expect(GraphvizText.literal("a\\Nb") == "a\\\\Nb")
    #expect(GraphvizText.literal("x\ny") == "x y")
    #expect(GraphvizText.literal("<b>&") == "<b>&")
    #expect(GraphvizText.tooltip("a\\b") == "a\\\\\\\\b")
  }

  @Test func onlyEntityLikeAmpersandsAreGuardedForSVG() {
    #expect(GraphvizText.svgLiteral("a & b") == "a & b")
    #expect(GraphvizText.svgLiteral("a &amp; b") == "a &amp;amp; b")
    #expect(GraphvizText.svgLiteral("&#38;&#x26;") == "&amp;#38;&amp;#x26;")
    #expect(GraphvizText.svgLiteral("&;&#;&x") == "&;&#;&x")
  }

  @Test func htmlEscapesMarkup() {
    #expect(GraphvizText.html("<TD> & \"q\"") == "&lt;TD&gt; &amp; &quot;q&quot;")
  }

  @Test func formatComesFromTheExtension() {
    #expect(DiagramFormat(fileName: "a/b.SVG") == .svg)
    #expect(DiagramFormat(fileName: "x.png") == .png)
    #expect(DiagramFormat(fileName: "x.pdf") == .pdf)
    #expect(DiagramFormat(fileName: "x.dot") == .dot)
    #expect(DiagramFormat(fileName: "x.jpeg") == nil)
    #expect(DiagramFormat(fileName: "x") == nil)
    #expect(DiagramFormat(fileName: "x.") == nil)
  }

  @Test func labelPolicyParses() {
    #expect(LabelPolicy(argument: "top:30") == .top(30))
    #expect(LabelPolicy(argument: "all") == .all)
    #expect(LabelPolicy(argument: "none") == LabelPolicy.none)
    #expect(LabelPolicy(argument: "top:") == nil)
    #expect(LabelPolicy(argument: "top:-1") == nil)
  }

  @Test func overlongNamesAreCutInLabelsButNotInTooltips() throws {
    #expect(GraphvizText.shortened("short") == "short")
    let backticks = String(repeating: "`", count: 304)
    #expect(GraphvizText.shortened(backticks) == String(repeating: "`", count: 23) + "…")
    var builder = GraphBuilder(isDirected: false)
    builder.addEdge(from: builder.node(named: backticks), to: builder.node(named: "b"))
    let graph = try builder.build()
    var diagram = RenderSamples.diagram(graph, communities: [0, 0])
    diagram.labels = .all
    let node = try #require(diagram.spec(for: .svg).nodes.first)
    #expect(node.attributes["xlabel"]?.count == GraphvizText.maximumLabelLength)
    #expect(node.attributes["tooltip"]?.contains(backticks) == true)
  }
}
