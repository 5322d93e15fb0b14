/// Splits GML text into keys, numbers, strings and brackets, with line numbers.
///
/// Hand-written because no GML parser exists in the package mirror and the grammar is tiny
/// (Himsolt, "GML: A portable Graph File Format", 1997): `key value` pairs where a value is an
/// integer, a real, a double-quoted string (no escapes; networkx writes `&#NNN;` and `&quot;`
/// entities, decoded here) or a `[ … ]` list; `#` starts a comment line.
struct GMLTokenizer {
  enum Token: Equatable {
    case key(String)
    case integer(Int64, text: String)
    case real(Double, text: String)
    case string(String)
    case open, close, end
  }

  private var cursor: TextCursor

  init(bytes: [UInt8], file: String) { cursor = TextCursor(bytes: bytes, file: file) }

  /// The 1-based line the tokenizer is on.
  var line: Int { cursor.line }

  var location: InputLocation { cursor.location }

  mutating func next() throws(ImportError) -> Token {
    var atLineStart = cursor.isAtLineStart
    cursor.skipSpaceAndHashLines(atLineStart: &atLineStart)
    guard let byte = cursor.peek() else { return .end }
    switch byte {
    case UInt8(ascii: "["):
      cursor.position += 1
      return .open
    case UInt8(ascii: "]"):
      cursor.position += 1
      return .close
    case UInt8(ascii: "\""):
      let startLine = cursor.line
      cursor.position += 1
      let start = cursor.position
      while let c = cursor.peek(), c != UInt8(ascii: "\"") {
        if c == 0x0A { cursor.line += 1 }
        cursor.position += 1
      }
      guard cursor.peek() != nil else {
        throw ImportError(
          .badQuoting, InputLocation(file: cursor.file, line: startLine),
          "a string that is never closed; expected a closing \"")
      }
      let raw = String(decoding: cursor.bytes[start..<cursor.position], as: UTF8.self)
      cursor.position += 1
      return .string(Self.unescaped(raw))
    default:
      let start = cursor.position
      while let c = cursor.peek(), !Self.isSeparator(c) { cursor.position += 1 }
      let text = String(decoding: cursor.bytes[start..<cursor.position], as: UTF8.self)
      if let first = text.unicodeScalars.first,
        first == "_" || (first.isASCII && first.properties.isAlphabetic)
      {
        if text == "INF" || text == "NAN" {
          return .real(text == "INF" ? .infinity : .nan, text: text)
        }
        guard
          text.unicodeScalars.allSatisfy({
            $0 == "_"
              || ($0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil))
          })
        else {
          throw ImportError(
            .badHeader, location, "\"\(text)\" is not a GML key; expected letters, digits and _")
        }
        return .key(text)
      }
      if let value = Int64(text) { return .integer(value, text: text) }
      switch text {
      case "+INF", "INF": return .real(.infinity, text: text)
      case "-INF": return .real(-.infinity, text: text)
      case "NAN", "+NAN", "-NAN": return .real(.nan, text: text)
      default: break
      }
      if let value = Double(text),
        text.unicodeScalars.allSatisfy({ "0123456789+-.eE".unicodeScalars.contains($0) })
      {
        return .real(value, text: text)
      }
      throw ImportError(
        .badHeader, location,
        "\"\(text)\" is not a GML value; expected a number, a \"string\" or a [ list ]")
    }
  }

  private static func isSeparator(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: "[")
      || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "\"")
  }

  /// Decodes `&#NNN;`, `&#xHH;` and the XML named entities, as networkx's `read_gml` does.
  static func unescaped(_ text: String) -> String {
    guard text.contains("&") else { return text }
    var out = ""
    var rest = Substring(text)
    while let amp = rest.firstIndex(of: "&") {
      out += rest[..<amp]
      let after = rest[amp...]
      guard let semicolon = after.firstIndex(of: ";"),
        after.distance(from: amp, to: semicolon) <= 10
      else {
        out += "&"
        rest = rest[rest.index(after: amp)...]
        continue
      }
      let entity = after[after.index(after: amp)..<semicolon]
      var scalar: Unicode.Scalar?
      if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
        scalar = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
      } else if entity.hasPrefix("#") {
        scalar = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init)
      } else {
        scalar = ["amp": "&", "quot": "\"", "lt": "<", "gt": ">", "apos": "'"][String(entity)]
          .flatMap { $0.unicodeScalars.first }
      }
      if let scalar {
        out.unicodeScalars.append(scalar)
        rest = rest[rest.index(after: semicolon)...]
      } else {
        out += "&"
        rest = rest[rest.index(after: amp)...]
      }
    }
    out += rest
    return out
  }

  /// `text` escaped as networkx's `write_gml` does: `&`, `"` and every character outside
  /// printable ASCII as `&#NNN;`.
  static func escaped(_ text: String) -> String {
    if !text.utf8.contains(where: {
      $0 < 0x20 || $0 > 0x7E || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "\"")
    }) {
      return text
    }
    var out = ""
    for scalar in text.unicodeScalars {
      if scalar == "&" || scalar == "\"" || scalar.value < 0x20 || scalar.value > 0x7E {
        out += "&#\(scalar.value);"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
