import Foundation
import RecruitNetGraph
import RecruitNetTestSupport
import Testing

@testable import RecruitNetIO

/// Reads `path` with `options` into a fresh directed builder.
func readEdges(
  _ path: String, _ options: EdgeListOptions = EdgeListOptions(), directed: Bool = true
)
  async throws -> (Graph, EdgeListReport)
{
  var builder = GraphBuilder(isDirected: directed)
  let report = try await EdgeListReader(options: options).read(path: path, into: &builder)
  return (try builder.build(), report)
}

func weight(_ graph: Graph, _ s: String, _ t: String, type: String? = nil) -> Double? {
  guard let u = graph.node(named: s), let v = graph.node(named: t) else { return nil }
  let typeIndex = type.flatMap { graph.edgeTypeNames.firstIndex(of: $0) } ?? 0
  return graph.edge(from: u, to: v, type: typeIndex).map { graph.outWeights[$0] }
}

@Suite struct EdgeListReaderTests {
  @Test func csvWithHeaderQuotingBOMAndComments() async throws {
    let files = try TestFiles()
    let path = try files.write(
      "edges.csv",
      "\u{FEFF}# exported 2015\r\nsource,target,weight,type\r\n\"news, daily\",b,2,retweet\r\n\"the \"\"lion\"\" media\",b,1.5,mention\r\n007,7,1,mention\r\n\"multi\nline\",b,3,retweet\r\nأبو,b,1,retweet\r\n"
    )
    let (graph, report) = try await readEdges(path)
    #expect(report.header == ["source", "target", "weight", "type"])
    #expect(report.rowsImported == 5)
    #expect(report.commentLines == 1)
    #expect(weight(graph, "news, daily", "b", type: "retweet") == 2)
    #expect(weight(graph, "the \"lion\" media", "b", type: "mention") == 1.5)
    #expect(weight(graph, "007", "7", type: "mention") == 1)
    #expect(weight(graph, "multi\nline", "b", type: "retweet") == 3)
    #expect(weight(graph, "أبو", "b", type: "retweet") == 1)
    #expect(graph.node(named: "7") != graph.node(named: "007"))
    #expect(Set(graph.edgeTypeNames) == ["retweet", "mention"])
  }

  @Test func tsvAndWhitespaceWithoutHeader() async throws {
    let files = try TestFiles()
    let tsv = try files.write("e.tsv", "a\tb\t2\nb\tc\t1\n")
    let (g1, r1) = try await readEdges(tsv)
    #expect(r1.delimiter == .byte(0x09) && r1.header == nil)
    #expect(weight(g1, "a", "b") == 2)
    let spaced = try files.write("e.txt", "  a   b 2\n\n b c 3 \n")
    let (g2, r2) = try await readEdges(spaced)
    #expect(r2.delimiter == .whitespace)
    #expect(weight(g2, "b", "c") == 3)
  }

  @Test func columnsByNameAndIndexAndConstantType() async throws {
    let files = try TestFiles()
    let path = try files.write(
      "m.csv", "when,to,from,n\n2015-03-02T14:05:00Z,b,a,4\n3/2/2015 15:05,b,a,1\n")
    var options = EdgeListOptions()
    options.source = .name("from")
    options.target = .index(2)
    options.weight = .column(.name("n"))
    options.time = .name("when")
    options.edgeType = "mention"
    let (graph, report) = try await readEdges(path, options)
    #expect(report.rowsImported == 2)
    #expect(weight(graph, "a", "b", type: "mention") == 5)
    #expect(graph.firstTimes == [1_425_305_100])
    #expect(graph.lastTimes == [1_425_308_700])
    #expect(graph.multiplicity(of: 0) == 2)
  }

  @Test func gzipInputGivesTheSameGraph() async throws {
    let files = try TestFiles()
    try files.write("e.csv", "source,target\na,b\nb,c\nc,a\n")
    let gz = try files.gzip("e.csv")
    let (plain, r1) = try await readEdges(files.path("e.csv"))
    let (zipped, r2) = try await readEdges(gz)
    #expect(plain.summary() == zipped.summary())
    #expect(r1.sha256 == r2.sha256)
  }

  @Test func undirectedMergesReversedRows() async throws {
    let files = try TestFiles()
    let path = try files.write("u.csv", "a,b,1\nb,a,3\n")
    let (graph, _) = try await readEdges(path, directed: false)
    #expect(graph.edgeCount == 1)
    #expect(weight(graph, "b", "a") == 4)
  }

  @Test func skipInvalidCountsAndReports() async throws {
    let files = try TestFiles()
    let path = try files.write(
      "bad.csv", "source,target,weight\na,b,1\na,b,x\n,b,1\nc,d,2\na,b,1,9\n")
    var options = EdgeListOptions()
    options.skipInvalid = true
    let (graph, report) = try await readEdges(path, options)
    #expect(report.rowsRead == 5)
    #expect(report.rowsImported == 2)
    #expect(report.rowsRejected == 3)
    #expect(report.firstRejections.map(\.location.line) == [3, 4, 6])
    #expect(graph.edgeCount == 2)
  }

  @Test func numberAndTimestampParsing() {
    func number(_ text: String) -> Double? {
      var text = text
      return text.withUTF8 { NumberParsing.double($0.baseAddress!, $0.count) }
    }
    #expect(number("12") == 12)
    #expect(number("0.1") == 0.1)
    #expect(number("-2.5") == -2.5)
    #expect(number("3e-4") == 3e-4)
    #expect(number("1234567890.123456789") == 1234567890.123456789)
    #expect(number("abc") == nil)
    #expect(number("1.2.3") == nil)
    #expect(number("nan")?.isNaN == true)
    #expect(TimestampParsing.unixSeconds("1970-01-02") == 86_400)
    #expect(TimestampParsing.unixSeconds("2015-03-02T14:05:00+01:00") == 1_425_301_500)
    #expect(TimestampParsing.unixSeconds("Mon Mar 02 14:05:00 +0000 2015") == 1_425_305_100)
    #expect(TimestampParsing.unixSeconds("1425305100") == 1_425_305_100)
    #expect(TimestampParsing.unixSeconds("2015-02-30") == nil)
    #expect(TimestampParsing.unixSeconds("yesterday") == nil)
  }
}
