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

  let bytes: [UInt8]
  let file: String
  private var position = 0
  private(set) var line = 1

  init(bytes: [UInt8], file: String) {
    self.bytes = bytes
    self.file = file
    if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { position = 3 }
  }

  var location: InputLocation { InputLocation(file: file, line: line) }

  private func peek(_ offset: Int = 0) -> UInt8? {
    position + offset < bytes.count ? bytes[position + offset] : nil
  }

  mutating func next() throws(ImportError) -> Token {
    try skipSpaceAndComments()
    guard let byte = peek() else { return .end }
    switch byte {
    case UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "["), UInt8(ascii: "]"),
      UInt8(ascii: ";"), UInt8(ascii: ","),
      UInt8(ascii: "="), UInt8(ascii: ":"):
      position += 1
      return .punctuation(Character(Unicode.Scalar(byte)))
    case UInt8(ascii: "-") where peek(1) == UInt8(ascii: ">") || peek(1) == UInt8(ascii: "-"):
      let directed = peek(1) == UInt8(ascii: ">")
      position += 2
      return .edgeOperator(directed: directed)
    case UInt8(ascii: "\""):
      let startLine = line
      position += 1
      var text: [UInt8] = []
      while let c = peek() {
        if c == UInt8(ascii: "\\"), let d = peek(1) {
          if d == UInt8(ascii: "\"") {
            text.append(d)
            position += 2
            continue
          }
          if d == 0x0A || (d == 0x0D && peek(2) == 0x0A) {
            position += d == 0x0A ? 2 : 3
            line += 1
            continue
          }
        }
        if c == UInt8(ascii: "\"") { break }
        if c == 0x0A { line += 1 }
        text.append(c)
        position += 1
      }
      guard peek() == UInt8(ascii: "\"") else {
        throw ImportError(
          .badQuoting, InputLocation(file: file, line: startLine),
          "a quoted string that is never closed; expected a closing \"")
      }
      position += 1
      return .id(String(decoding: text, as: UTF8.self), quoted: true)
    case UInt8(ascii: "<"):
      throw ImportError(
        .badHeader, location, "HTML strings (<…>) are not supported; expected plain or quoted IDs")
    default:
      let start = position
      while let c = peek(), Self.isWordByte(c) {
        if c == UInt8(ascii: "-") && (peek(1) == UInt8(ascii: ">") || peek(1) == UInt8(ascii: "-"))
        {
          break
        }
        position += 1
      }
      guard position > start else {
        throw ImportError(
          .badHeader, location,
          "unexpected character \"\(Character(Unicode.Scalar(byte)))\"; expected an ID, a quoted string or one of { } [ ] ; , = -> --"
        )
      }
      return .id(String(decoding: bytes[start..<position], as: UTF8.self), quoted: false)
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
    var atLineStart = position == 0 || (position > 0 && bytes[position - 1] == 0x0A)
    while let c = peek() {
      if c == 0x0A {
        line += 1
        position += 1
        atLineStart = true
      } else if c == 0x20 || c == 0x09 || c == 0x0D {
        position += 1
      } else if c == UInt8(ascii: "#") && atLineStart {
        while let d = peek(), d != 0x0A { position += 1 }
      } else if c == UInt8(ascii: "/") && peek(1) == UInt8(ascii: "/") {
        while let d = peek(), d != 0x0A { position += 1 }
      } else if c == UInt8(ascii: "/") && peek(1) == UInt8(ascii: "*") {
        let startLine = line
        position += 2
        while true {
          guard let d = peek() else {
            throw ImportError(
              .badQuoting, InputLocation(file: file, line: startLine),
              "a /* comment that is never closed; expected */")
          }
          if d == UInt8(ascii: "*") && peek(1) == UInt8(ascii: "/") {
            position += 2
            break
          }
          if d == 0x0A { line += 1 }
          position += 1
        }
        atLineStart = false
      } else {
        return
      }
    }
  }
}
