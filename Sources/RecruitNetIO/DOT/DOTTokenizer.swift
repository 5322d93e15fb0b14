/// Splits Graphviz DOT text into tokens, with line numbers.
///
/// Hand-written because the mirror has no DOT parser (and libcgraph's reader, which Render links,
/// reports errors without a way to attribute them to our file and line, and renames nothing we
/// could check). It follows the DOT language page of graphviz.org: IDs are alphanumeric words,
/// numerals or double-quoted strings (where only `\"` is an escape and a backslash before a line
/// end continues the line); `//` and `/* */` comments and `#` lines are skipped. HTML strings
/// (`<…>`) are refused.
struct DOTTokenizer {
  enum Token: Equatable {
    /// An ID; `quoted` tells a quoted string from a bare word or numeral (which decides the
    /// attribute type: bare numerals are numbers, quoted strings text).
    case id(String, quoted: Bool)
    case punctuation(Character)  // { } [ ] ; , = :
    case edgeOperator(directed: Bool)
    case end
  }

  private var cursor: TextCursor

  init(bytes: [UInt8], file: String) { cursor = TextCursor(bytes: bytes, file: file) }

  /// The 1-based line the tokenizer is on.
  var line: Int { cursor.line }

  var location: InputLocation { cursor.location }

  mutating func next() throws(ImportError) -> Token {
    try skipSpaceAndComments()
    guard let byte = cursor.peek() else { return .end }
    switch byte {
    case UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "["), UInt8(ascii: "]"),
      UInt8(ascii: ";"), UInt8(ascii: ","),
      UInt8(ascii: "="), UInt8(ascii: ":"):
      cursor.position += 1
      return .punctuation(Character(Unicode.Scalar(byte)))
    case UInt8(ascii: "-")
    where cursor.peek(1) == UInt8(ascii: ">") || cursor.peek(1) == UInt8(ascii: "-"):
      let directed = cursor.peek(1) == UInt8(ascii: ">")
      cursor.position += 2
      return .edgeOperator(directed: directed)
    case UInt8(ascii: "\""):
      let startLine = cursor.line
      cursor.position += 1
      var text: [UInt8] = []
      while let c = cursor.peek() {
        if c == UInt8(ascii: "\\"), let d = cursor.peek(1) {
          if d == UInt8(ascii: "\"") {
            text.append(d)
            cursor.position += 2
            continue
          }
          if d == 0x0A || (d == 0x0D && cursor.peek(2) == 0x0A) {
            cursor.position += d == 0x0A ? 2 : 3
            cursor.line += 1
            continue
          }
        }
        if c == UInt8(ascii: "\"") { break }
        if c == 0x0A { cursor.line += 1 }
        text.append(c)
        cursor.position += 1
      }
      guard cursor.peek() == UInt8(ascii: "\"") else {
        throw ImportError(
          .badQuoting, InputLocation(file: cursor.file, line: startLine),
          "a quoted string that is never closed; expected a closing \"")
      }
      cursor.position += 1
      return .id(String(decoding: text, as: UTF8.self), quoted: true)
    case UInt8(ascii: "<"):
      throw ImportError(
        .badHeader, location, "HTML strings (<…>) are not supported; expected plain or quoted IDs")
    default:
      let start = cursor.position
      while let c = cursor.peek(), Self.isWordByte(c) {
        if c == UInt8(ascii: "-")
          && (cursor.peek(1) == UInt8(ascii: ">") || cursor.peek(1) == UInt8(ascii: "-"))
        {
          break
        }
        cursor.position += 1
      }
      guard cursor.position > start else {
        throw ImportError(
          .badHeader, location,
          "unexpected character \"\(Character(Unicode.Scalar(byte)))\"; expected an ID, a quoted string or one of { } [ ] ; , = -> --"
        )
      }
      return .id(
        String(decoding: cursor.bytes[start..<cursor.position], as: UTF8.self), quoted: false)
    }
  }

  private static func isWordByte(_ c: UInt8) -> Bool {
    (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z"))
      || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
      || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || c == UInt8(ascii: "_")
      || c == UInt8(ascii: ".")
      || c == UInt8(ascii: "-") || c >= 0x80
  }

  private mutating func skipSpaceAndComments() throws(ImportError) {
    var atLineStart = cursor.isAtLineStart
    while true {
      cursor.skipSpaceAndHashLines(atLineStart: &atLineStart)
      if cursor.peek() == UInt8(ascii: "/") && cursor.peek(1) == UInt8(ascii: "/") {
        while let d = cursor.peek(), d != 0x0A { cursor.position += 1 }
      } else if cursor.peek() == UInt8(ascii: "/") && cursor.peek(1) == UInt8(ascii: "*") {
        let startLine = cursor.line
        cursor.position += 2
        while true {
          guard let d = cursor.peek() else {
            throw ImportError(
              .badQuoting, InputLocation(file: cursor.file, line: startLine),
              "a /* comment that is never closed; expected */")
          }
          if d == UInt8(ascii: "*") && cursor.peek(1) == UInt8(ascii: "/") {
            cursor.position += 2
            break
          }
          if d == 0x0A { cursor.line += 1 }
          cursor.position += 1
        }
        atLineStart = false
      } else {
        return
      }
    }
  }
}
