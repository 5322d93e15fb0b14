/// A read position in the bytes of a small text format that is tokenized by hand (DOT, GML),
/// with the line number its errors report.
///
/// Both tokenizers start after a UTF-8 byte order mark, count lines the same way and skip the
/// same white space and `#` comment lines; this holds that once. The helpers are inlined, so the
/// tokenizers' byte loops compile as if the fields were their own.
struct TextCursor {
  let bytes: [UInt8]
  let file: String
  var position = 0
  /// The 1-based line of `position`; tokenizers that consume line ends themselves (inside
  /// strings and block comments) advance it too.
  var line = 1

  init(bytes: [UInt8], file: String) {
    self.bytes = bytes
    self.file = file
    if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { position = 3 }
  }

  var location: InputLocation { InputLocation(file: file, line: line) }

  /// The byte `offset` bytes ahead, or nil past the end.
  @inline(__always)
  func peek(_ offset: Int = 0) -> UInt8? {
    position + offset < bytes.count ? bytes[position + offset] : nil
  }

  /// Whether `position` is at the start of a line (where a `#` begins a comment line).
  var isAtLineStart: Bool { position == 0 || (position > 0 && bytes[position - 1] == 0x0A) }

  /// Skips spaces, tabs, line ends (counting lines) and comment lines that start with `#`,
  /// stopping at anything else. `atLineStart` says whether a `#` at `position` starts a line,
  /// and is kept up to date for the caller.
  @inline(__always)
  mutating func skipSpaceAndHashLines(atLineStart: inout Bool) {
    while position < bytes.count {
      let byte = bytes[position]
      if byte == 0x0A {
        line += 1
        position += 1
        atLineStart = true
      } else if byte == 0x20 || byte == 0x09 || byte == 0x0D {
        position += 1
      } else if byte == UInt8(ascii: "#") && atLineStart {
        while position < bytes.count && bytes[position] != 0x0A { position += 1 }
      } else {
        return
      }
    }
  }
}
