import Foundation
import RecruitNetGraph
import RecruitNetIO
import RecruitNetTestSupport
import Testing

@testable import RecruitNetRender

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Samples and SVG inspection shared by the render tests.
enum RenderSamples {
  /// `Samples/recruitment/edges.csv` (600 accounts, directed, typed, weighted).
  static func recruitment() async throws -> Graph {
    var builder = GraphBuilder(isDirected: true)
    _ = try await EdgeListReader().read(
      path: SharedData.repository("Samples/recruitment/edges.csv"), into: &builder)
    return try builder.build()
  }

  /// `Samples/krebs-911/edges.csv`, undirected.
  static func krebs() async throws -> Graph {
    var builder = GraphBuilder(isDirected: false)
    _ = try await EdgeListReader().read(
      path: SharedData.repository("Samples/krebs-911/edges.csv"), into: &builder)
    return try builder.build()
  }

  /// The planted cell of every account (`Samples/recruitment/groups.csv`), as canonical
  /// community numbers (0 = largest), indexed by node id of `graph`.
  static func plantedCells(in graph: Graph) throws -> [UInt32] {
    let text = try String(
      contentsOfFile: SharedData.repository("Samples/recruitment/groups.csv"), encoding: .utf8)
    var raw = [Int](repeating: -1, count: graph.nodeCount)
    for line in text.split(separator: "\n").dropFirst() {
      // The group is the last field; the name may be quoted (`"news, daily"`).
      guard let comma = line.lastIndex(of: ",") else { continue }
      var name = String(line[..<comma])
      if name.hasPrefix("\"") && name.hasSuffix("\"") {
        name = String(name.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
      }
      if let node = graph.node(named: name), let group = Int(line[line.index(after: comma)...]) {
        raw[Int(node)] = group
      }
    }
    var sizes: [Int: Int] = [:]
    for g in raw where g >= 0 { sizes[g, default: 0] += 1 }
    let order = sizes.keys.sorted { sizes[$0]! != sizes[$1]! ? sizes[$0]! > sizes[$1]! : $0 < $1 }
    let number = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, UInt32($0)) })
    return raw.map { $0 < 0 ? UInt32.max : number[$0]! }
  }

  /// Total degree, as a stand-in size measure (the render module takes any scores).
  static func degrees(_ graph: Graph) -> [Double] {
    graph.nodes.map {
      Double(graph.outDegree(of: $0) + (graph.isDirected ? graph.inDegree(of: $0) : 0))
    }
  }

  /// A cluster diagram of the whole graph with the given communities.
  static func diagram(_ graph: Graph, communities: [UInt32], names: [String]? = nil)
    -> ClusterDiagram
  {
    let selection = DiagramSelection(graph: graph, nodes: graph.nodes)
    let scores = degrees(graph)
    let count = Int((communities.filter { $0 != .max }.max() ?? 0) + 1)
    var sizes = [Int](repeating: 0, count: count)
    var top = [String?](repeating: nil, count: count)
    var best = [Double](repeating: -1, count: count)
    for v in graph.nodes where communities[Int(v)] != .max {
      let c = Int(communities[Int(v)])
      sizes[c] += 1
      if scores[Int(v)] > best[c] {
        best[c] = scores[Int(v)]
        top[c] = graph.names.name(of: v)
      }
    }
    return ClusterDiagram(
      selection: selection, isDirected: graph.isDirected,
      names: names ?? graph.nodes.map { graph.names.name(of: $0) },
      communities: communities, scores: scores, measure: "degree", communitySizes: sizes,
      topAccounts: top,
      edgeTypeNames: graph.edgeTypeNames, title: "test")
  }
}

/// An SVG written by Graphviz, parsed with FoundationXML's `XMLParser` into a small tree.
final class SVGElement {
  let name: String
  let attributes: [String: String]
  var children: [SVGElement] = []
  var text = ""
  init(name: String, attributes: [String: String]) {
    self.name = name
    self.attributes = attributes
  }

  /// Every element below this one, depth first.
  var descendants: [SVGElement] { children.flatMap { [$0] + $0.descendants } }
}

struct SVGDocument {
  let root: SVGElement

  init(_ bytes: [UInt8]) throws {
    let builder = TreeBuilder()
    let parser = XMLParser(data: Data(bytes))
    parser.delegate = builder
    guard parser.parse(), let root = builder.root else {
      throw SVGError(
        message: "not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "no root")")
    }
    self.root = root
  }

  struct SVGError: Error { let message: String }

  /// `<g>` elements whose class list contains `name` (`node`, `edge`, `cluster`, `ego`).
  func groups(_ name: String) throws -> [SVGElement] {
    root.descendants.filter {
      $0.name == "g"
        && ($0.attributes["class"] ?? "").split(separator: " ").contains(Substring(name))
    }
  }

  /// The `<title>` text of a group (the Graphviz node or cluster name).
  static func title(_ group: SVGElement) -> String? { child(group, "title")?.text }

  /// The first descendant of `element` named `name`.
  static func child(_ element: SVGElement, _ name: String) -> SVGElement? {
    element.descendants.first { $0.name == name }
  }

  /// Every `<text>` string in the drawing.
  func texts() throws -> [String] { root.descendants.filter { $0.name == "text" }.map(\.text) }

  /// Every tooltip (`xlink:title` of an `<a>`).
  func tooltips() -> [String] {
    root.descendants.compactMap { $0.name == "a" ? $0.attributes["xlink:title"] : nil }
  }

  private final class TreeBuilder: NSObject, XMLParserDelegate {
    var root: SVGElement?
    var stack: [SVGElement] = []

    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
      qualifiedName: String?,
      attributes: [String: String]
    ) {
      let element = SVGElement(name: name, attributes: attributes)
      if let parent = stack.last { parent.children.append(element) } else { root = element }
      stack.append(element)
    }

    func parser(
      _ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?
    ) {
      _ = stack.popLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { stack.last?.text += string }
  }
}

/// The suites that render in this process, run one after another: the memory test reads the
/// process's resident set, which concurrent renders would grow.
@Suite(.serialized) struct RenderGraphvizSuites {}
