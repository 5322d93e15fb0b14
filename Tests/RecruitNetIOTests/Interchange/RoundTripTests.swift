import Foundation
import RecruitNetGraph
import Testing

@testable import RecruitNetIO

/// export → import is the identity for every format, within what the format can hold: names
/// exactly (numeric-looking ids included), node kinds, typed attributes, labels, edge types,
/// weights, row counts, times and direction.
@Suite struct RoundTripTests {
  /// Names that readers commonly turn into numbers or trim, and text that needs escaping.
  static let trickyNames = [
    "007", "7", "7.0", "07", "00", "0", "-0", "+7", "1e3", "0x1F", "1,000", "NaN", "inf", "true",
    "null",
    "عبد_الله", "مرحبا", "名前", "emoji 🙂", "say \"hi\"", "a&b<c>'d", "back\\slash", "#hashtag-like",
    "%percent",
    "with space", "tab\there", "semi;colon", "[bracket]", "{brace}", "-- ->",
    "12345678901234567890123",
  ]

  static func sample(directed: Bool = true) -> InterchangeNetwork {
    var network = InterchangeNetwork(isDirected: directed)
    for (index, name) in trickyNames.enumerated() {
      var attributes = [
        NodeAttribute("followers", .integer(Int64(index * 1000 - 5))),
        NodeAttribute("score", .real(index == 3 ? 1e-7 : Double(index) / 8 + 0.5)),
        NodeAttribute("zip", .text(index % 2 == 0 ? "02134" : "12")),
        NodeAttribute("bio", .text("bio of \(name) «quoted» \"x\" & <y>\nsecond line")),
      ]
      if index == 4 { attributes.append(NodeAttribute("big", .integer(Int64.max))) }
      network.nodes.append(
        InterchangeNetwork.Node(
          name: name, attributes: attributes,
          labels: index % 3 == 0 ? ["seed", "verdict=supporter"] : []))
    }
    network.nodes.append(
      InterchangeNetwork.Node(
        name: "007", kind: "hashtag", attributes: [NodeAttribute("uses", .integer(3))]))
    network.nodes.append(InterchangeNetwork.Node(name: "example.com", kind: "domain"))
    let n = network.nodes.count
    for i in 0..<(n - 2) {
      network.edges.append(
        .init(
          source: i, target: (i + 1) % (n - 2), type: "retweet", weight: Double(i) + 0.25,
          count: i + 1, firstTime: 1_420_070_400 + Int64(i), lastTime: 1_420_170_400 + Int64(i)))
    }
    // Two types between the same pair (a multigraph), a self-loop, edges to the hashtag and domain.
    network.edges.append(.init(source: 0, target: 1, type: "mention", weight: 1, count: 1))
    network.edges.append(
      .init(source: 2, target: 2, type: "reply", weight: 2, count: 2, firstTime: 0, lastTime: 5))
    network.edges.append(.init(source: 0, target: n - 2, type: "hashtag", weight: 3, count: 3))
    network.edges.append(
      .init(
        source: 1, target: n - 1, type: "domain", weight: 1, count: 1, firstTime: -86_400,
        lastTime: -86_400))
    return network
  }

  /// What a format keeps, for the comparison.
  struct Keeps {
    var attributes = true
    var labels = true
    var times = true
    var counts = true
  }

  static func keeps(_ format: InterchangeFormat) -> Keeps {
    format == .pajek
      ? Keeps(attributes: false, labels: false, times: false, counts: false) : Keeps()
  }

  static func write(_ network: InterchangeNetwork, as format: InterchangeFormat) throws -> String {
    switch format {
    case .graphml: return try GraphMLWriter.write(network)
    case .gexf: return try GEXFWriter.write(network)
    case .gml: return try GMLWriter.write(network)
    case .pajek: return try PajekWriter.write(network)
    case .dot: return try DOTWriter.write(network)
    case .json: return NodeLinkJSONWriter.write(network)
    case .csv: return EdgeTableWriter.write(network).edges
    }
  }

  static func expectSame(
    _ original: InterchangeNetwork, _ read: InterchangeNetwork, keeps: Keeps, _ what: String
  ) {
    #expect(read.isDirected == original.isDirected, "\(what): direction")
    #expect(read.nodes.count == original.nodes.count, "\(what): node count")
    func nodeKey(_ node: InterchangeNetwork.Node) -> String { node.kind + "\u{1}" + node.name }
    let byKey = Dictionary(read.nodes.map { (nodeKey($0), $0) }, uniquingKeysWith: { a, _ in a })
    for node in original.nodes {
      guard let got = byKey[nodeKey(node)] else {
        Issue.record(
          "\(what): node \(node.kind) \"\(node.name)\" missing; read \(read.nodes.map(\.name))")
        continue
      }
      if keeps.attributes {
        #expect(
          got.attributes.sorted { $0.key < $1.key } == node.attributes.sorted { $0.key < $1.key },
          "\(what): attributes of \"\(node.name)\"")
      }
      if keeps.labels { #expect(got.labels == node.labels, "\(what): labels of \"\(node.name)\"") }
    }
    func edges(_ network: InterchangeNetwork) -> [String] {
      network.edges.map { edge in
        var parts = [nodeKey(network.nodes[edge.source]), nodeKey(network.nodes[edge.target])]
        if !network.isDirected { parts.sort() }
        parts += [edge.type, String(edge.weight)]
        if keeps.counts { parts.append(String(edge.count)) }
        if keeps.times {
          parts += [edge.firstTime.map(String.init) ?? "-", edge.lastTime.map(String.init) ?? "-"]
        }
        return parts.joined(separator: " ")
      }.sorted()
    }
    #expect(edges(read) == edges(original), "\(what): edges")
  }

  @Test(arguments: [InterchangeFormat.graphml, .gexf, .gml, .pajek, .dot, .json], [true, false])
  func roundTrip(format: InterchangeFormat, directed: Bool) throws {
    var original = Self.sample(directed: directed)
    if format == .pajek {
      // Pajek is line-based: no line breaks in names (attributes are not written at all).
      original.nodes = original.nodes.map {
        var n = $0
        n.name = n.name.replacingOccurrences(of: "\t", with: " ")
        return n
      }
    }
    if format == .dot {
      // DOT strings cannot end in a backslash.
      #expect(original.nodes.contains { $0.name == "back\\slash" })
    }
    let text = try Self.write(original, as: format)
    let read = try InterchangeReader.read(
      bytes: Array(text.utf8), file: "roundtrip.\(format.preferredExtension)", format: format)
    Self.expectSame(original, read, keeps: Self.keeps(format), "\(format)")
    #expect(InterchangeFormat.sniff(Array(text.utf8)) == format, "\(format): detected by content")
  }

  /// 20,000 ids that are all numbers or numeric-looking ("0"…"9999" and "00"…"09999"): every
  /// format brings back exactly 20,000 distinct names (the reported failure merged "007" and "7").
  @Test(arguments: [InterchangeFormat.graphml, .gexf, .gml, .pajek, .dot, .json])
  func manyNumericLookingIds(format: InterchangeFormat) throws {
    var network = InterchangeNetwork(isDirected: true)
    for i in 0..<10_000 {
      network.nodes.append(.init(name: String(i)))
      network.nodes.append(.init(name: "0" + String(i)))
    }
    for i in stride(from: 0, to: network.nodes.count - 1, by: 2) {
      network.edges.append(.init(source: i, target: i + 1))
    }
    let text = try Self.write(network, as: format)
    let read = try InterchangeReader.read(bytes: Array(text.utf8), file: "ids", format: format)
    #expect(read.nodes.count == 20_000)
    #expect(Set(read.nodes.map(\.name)) == Set(network.nodes.map(\.name)))
    #expect(read.edges.count == 10_000)
  }

  @Test func realsWithExponentsStayRealsInDOT() throws {
    #expect(DOTWriter.plainDecimal("1e-07") == "0.0000001")
    #expect(DOTWriter.plainDecimal("-1.25e+20") == "-125000000000000000000.0")
    #expect(DOTWriter.plainDecimal("5e-324").hasPrefix("0.000"))
    for value in [1e-7, -1.25e20, 5e-324, 1.7976931348623157e308, 0.1] {
      #expect(Double(DOTWriter.plainDecimal(value.description)) == value)
    }
  }

  @Test func csvTablesNameTheNodeTable() {
    #expect(EdgeTableWriter.nodeTablePath(forEdges: "out/edges.csv") == "out/edges.nodes.csv")
    #expect(EdgeTableWriter.nodeTablePath(forEdges: "edges.tsv") == "edges.tsv.nodes.csv")
    #expect(ISO8601Text.text(0) == "1970-01-01T00:00:00Z")
    #expect(ISO8601Text.text(1_420_070_400) == "2015-01-01T00:00:00Z")
    #expect(ISO8601Text.text(-86_400) == "1969-12-31T00:00:00Z")
    #expect(ISO8601Text.text(951_782_400) == "2000-02-29T00:00:00Z")
  }
}
