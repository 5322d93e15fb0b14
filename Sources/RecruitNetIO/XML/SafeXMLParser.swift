import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Receives the events of ``SafeXMLParser``. Throwing stops the parse with that error.
protocol XMLEventHandler: AnyObject {
  func start(element: String, attributes: [String: String], at location: InputLocation)
    throws(ImportError)
  func end(element: String, at location: InputLocation) throws(ImportError)
  func text(_ text: String)
}

/// Parses XML with Foundation's `XMLParser` (libxml2 on Linux), refusing what could make a
/// network file read other files or blow up in memory.
///
/// Two guards, both needed: `shouldResolveExternalEntities = false`, and a refusal of any
/// document type declaration before parsing starts. libxml2 expands *internal* entities whatever
/// that flag says, so a file declaring `<!ENTITY>`s (the "billion laughs" attack nests them) or an
/// external DTD or entity (`SYSTEM "file:///etc/passwd"`, XXE) is refused with a clear error.
/// GraphML and GEXF never need a DOCTYPE.
enum SafeXMLParser {
  static func parse(_ bytes: [UInt8], file: String, format: String, handler: XMLEventHandler)
    throws(ImportError)
  {
    try refuseDocumentTypes(bytes, file: file, format: format)
    // A stream, not `XMLParser(data:)`: with data, Foundation on Linux hands libxml2 the whole
    // document as one chunk, and libxml2 rejects chunks over its 10 MB lookup limit (a 14 MB
    // GraphML file failed at its last line); a stream is fed in small chunks.
    let parser = XMLParser(stream: InputStream(data: Data(bytes)))
    parser.shouldResolveExternalEntities = false
    parser.shouldProcessNamespaces = false
    parser.shouldReportNamespacePrefixes = false
    let delegate = Delegate(file: file, handler: handler)
    parser.delegate = delegate
    let ok = parser.parse()
    if let failure = delegate.failure { throw failure }
    if ok, let open = delegate.openElements.last {
      throw ImportError(
        .badQuoting, InputLocation(file: file, line: parser.lineNumber),
        "not well-formed XML: the document ends inside <\(open)> (a missing end tag, or a truncated file); expected </\(open)>"
      )
    }
    if !ok {
      let error = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "unknown error"
      throw ImportError(
        .badQuoting,
        InputLocation(file: file, line: parser.lineNumber, column: parser.columnNumber),
        "not well-formed XML (\(error)); expected a \(format) document")
    }
  }

  /// Throws if the document declares a document type (entities, external DTDs).
  static func refuseDocumentTypes(_ bytes: [UInt8], file: String, format: String)
    throws(ImportError)
  {
    let doctype = Array("<!DOCTYPE".utf8)
    let entity = Array("<!ENTITY".utf8)
    func find(_ needle: [UInt8]) -> Int? {
      guard bytes.count >= needle.count else { return nil }
      var i = 0
      while i <= bytes.count - needle.count {
        var j = 0
        while j < needle.count && bytes[i + j] == needle[j] { j += 1 }
        if j == needle.count { return i }
        i += 1
      }
      return nil
    }
    if let at = find(entity) {
      let (line, column) = UTF8Validation.lineAndColumn(of: at, in: bytes)
      throw ImportError(
        .badHeader, InputLocation(file: file, line: line, column: column),
        "the file declares XML entities (<!ENTITY>), which are refused: they can read local files (XXE) or expand without bound (\"billion laughs\"); expected a plain \(format) document without a DOCTYPE"
      )
    }
    if let at = find(doctype) {
      let (line, column) = UTF8Validation.lineAndColumn(of: at, in: bytes)
      throw ImportError(
        .badHeader, InputLocation(file: file, line: line, column: column),
        "the file has a document type declaration (<!DOCTYPE>), which is refused: it can pull in external definitions; expected a plain \(format) document without a DOCTYPE"
      )
    }
  }

  private final class Delegate: NSObject, XMLParserDelegate {
    let file: String
    let handler: XMLEventHandler
    var failure: ImportError?
    /// Open elements, checked here because libxml2's push parser does not always report a
    /// mismatched end tag through XMLParser.
    var openElements: [String] = []

    init(file: String, handler: XMLEventHandler) {
      self.file = file
      self.handler = handler
    }

    func location(_ parser: XMLParser) -> InputLocation {
      InputLocation(file: file, line: parser.lineNumber)
    }

    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
      qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      guard failure == nil else { return }
      openElements.append(elementName)
      do throws(ImportError) {
        try handler.start(element: elementName, attributes: attributes, at: location(parser))
      } catch {
        failure = error
        parser.abortParsing()
      }
    }

    func parser(
      _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
      qualifiedName: String?
    ) {
      guard failure == nil else { return }
      guard openElements.last == elementName else {
        let expected = openElements.last.map { "</\($0)>" } ?? "no end tag"
        failure = ImportError(
          .badQuoting, location(parser),
          "</\(elementName)> does not close the open element; expected \(expected) (not well-formed XML)"
        )
        parser.abortParsing()
        return
      }
      openElements.removeLast()
      do throws(ImportError) {
        try handler.end(element: elementName, at: location(parser))
      } catch {
        failure = error
        parser.abortParsing()
      }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      if failure == nil { handler.text(string) }
    }

    // swift-format-ignore: AlwaysUseLowerCamelCase
    // (XMLParserDelegate names the parameter so.)
    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
      if failure == nil { handler.text(String(decoding: CDATABlock, as: UTF8.self)) }
    }

    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?)
      -> Data?
    {
      // Never read an external entity, even if libxml2 asks.
      if failure == nil {
        failure = ImportError(
          .badHeader, location(parser),
          "the file refers to an entity &\(name); that is not one of XML's five (&amp; &lt; &gt; &quot; &apos;); entities are refused; expected plain text"
        )
        parser.abortParsing()
      }
      return nil
    }
  }
}

/// Escaping for the XML writers.
enum XMLText {
  /// `text` escaped for element content or a double-quoted attribute value. Tabs and line ends
  /// become character references, so attribute values keep them (XML normalizes raw ones to
  /// spaces).
  ///
  /// - Throws: if `text` holds a control character that XML 1.0 cannot represent at all.
  static func escaped(_ text: String, what: @autoclosure () -> String) throws(ImportError) -> String
  {
    // Fast path (most names and values): nothing to escape; U+FFFE/U+FFFF start with 0xEF.
    if !text.utf8.contains(where: {
      $0 < 0x20 || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">")
        || $0 == UInt8(ascii: "\"") || $0 == 0xEF
    }) {
      return text
    }
    var out = ""
    out.reserveCapacity(text.utf8.count + 8)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "\t": out += "&#9;"
      case "\n": out += "&#10;"
      case "\r": out += "&#13;"
      default:
        if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
          throw ImportError(
            .badEncoding, InputLocation(file: "export"),
            "\(what()) contains the control character U+\(String(scalar.value, radix: 16, uppercase: true)), which XML 1.0 cannot hold; export as JSON or GML instead"
          )
        }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
