import Foundation
import RecruitNetTestSupport
import Testing

@testable import RecruitNetIO

/// The XML readers never read another file (XXE) and never expand entities ("billion laughs"):
/// a document with entity declarations or any DOCTYPE is refused with a clear error, and the
/// content of the file an entity points at appears nowhere.
@Suite struct XMLSafetyTests {
  static let secret = "TOP-SECRET-7f3a9c"

  func graphML(doctype: String, value: String) -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    \(doctype)
    <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
      <key id="d0" for="node" attr.name="bio" attr.type="string"/>
      <graph edgedefault="directed">
        <node id="a"><data key="d0">\(value)</data></node>
        <node id="b"/>
        <edge source="a" target="b"/>
      </graph>
    </graphml>
    """
  }

  func gexf(doctype: String, value: String) -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    \(doctype)
    <gexf xmlns="http://gexf.net/1.3" version="1.3">
      <graph defaultedgetype="directed">
        <nodes><node id="a" label="\(value)"/><node id="b" label="b"/></nodes>
        <edges><edge id="0" source="a" target="b"/></edges>
      </graph>
    </gexf>
    """
  }

  func read(_ text: String, format: InterchangeFormat) throws -> Result<
    InterchangeNetwork, ImportError
  > {
    let files = try TestFiles()
    let path = try files.write("attack.\(format.preferredExtension)", text)
    do throws(ImportError) {
      return .success(try InterchangeReader.read(path: path).network)
    } catch {
      return .failure(error)
    }
  }

  @Test(arguments: [InterchangeFormat.graphml, .gexf])
  func externalEntityIsRefused(format: InterchangeFormat) throws {
    let files = try TestFiles()
    let secretPath = try files.write("secret.txt", Self.secret)
    let doctype = "<!DOCTYPE root [ <!ENTITY xxe SYSTEM \"file://\(secretPath)\"> ]>"
    let text =
      format == .graphml
      ? graphML(doctype: doctype, value: "&xxe;") : gexf(doctype: doctype, value: "&xxe;")
    switch try read(text, format: format) {
    case .success(let network):
      Issue.record("the file was read: \(network.nodes.map(\.attributes))")
      #expect(!"\(network)".contains(Self.secret))
    case .failure(let error):
      #expect(error.code == .badHeader)
      #expect(error.location.line == 2)
      #expect(error.message.contains("<!ENTITY>"))
      #expect(!error.description.contains(Self.secret))
    }
  }

  @Test(arguments: [InterchangeFormat.graphml, .gexf])
  func externalDTDIsRefused(format: InterchangeFormat) throws {
    let files = try TestFiles()
    let dtd = try files.write("evil.dtd", "<!ELEMENT graphml ANY>")
    let doctype = "<!DOCTYPE graphml SYSTEM \"file://\(dtd)\">"
    let text =
      format == .graphml
      ? graphML(doctype: doctype, value: "x") : gexf(doctype: doctype, value: "x")
    guard case .failure(let error) = try read(text, format: format) else {
      Issue.record("a DOCTYPE with an external DTD was accepted")
      return
    }
    #expect(error.message.contains("<!DOCTYPE>"))
    #expect(error.location.line == 2)
  }

  /// Ten levels of ten references: 10^10 "lol"s if expanded. Refused before parsing, at once.
  @Test(arguments: [InterchangeFormat.graphml, .gexf])
  func billionLaughsIsRefused(format: InterchangeFormat) throws {
    var entities = "<!ENTITY lol0 \"lol\">\n"
    for level in 1...9 {
      entities +=
        "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">\n"
    }
    let doctype = "<!DOCTYPE root [\n\(entities)]>"
    let text =
      format == .graphml
      ? graphML(doctype: doctype, value: "&lol9;") : gexf(doctype: doctype, value: "&lol9;")
    let started = Date()
    guard case .failure(let error) = try read(text, format: format) else {
      Issue.record("entity declarations were accepted")
      return
    }
    #expect(error.message.contains("billion laughs"))
    #expect(Date().timeIntervalSince(started) < 5)
  }

  /// The guard looks at markup, not at text: a name that spells `<!ENTITY …>` (escaped in the
  /// file) goes through.
  @Test(arguments: [InterchangeFormat.graphml, .gexf])
  func escapedEntityTextIsAName(format: InterchangeFormat) throws {
    var network = InterchangeNetwork(isDirected: true)
    network.nodes = [
      .init(name: "<!ENTITY x SYSTEM \"file:///etc/passwd\">"), .init(name: "<!DOCTYPE y>"),
    ]
    network.edges = [.init(source: 0, target: 1)]
    let text = format == .graphml ? try GraphMLWriter.write(network) : try GEXFWriter.write(network)
    let read = try InterchangeReader.read(bytes: Array(text.utf8), file: "names", format: format)
    #expect(read.nodes.map(\.name) == network.nodes.map(\.name))
  }

  /// Undefined entity references are an XML error with a line, not an empty value.
  @Test func undefinedEntityIsAnError() throws {
    guard
      case .failure(let error) = try read(graphML(doctype: "", value: "&nope;"), format: .graphml)
    else {
      Issue.record("an undefined entity was accepted")
      return
    }
    #expect(error.location.line != nil)
    #expect(error.message.contains("&nope;") || error.message.contains("not well-formed XML"))
  }
}
