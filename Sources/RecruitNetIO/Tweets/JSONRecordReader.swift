import Foundation

/// Splits a JSON tweet archive, streamed from disk, into its records: one JSON value each,
/// with the line it starts on. Three layouts are read:
///
/// - **JSON Lines** (one value per line; the common dump format): a line is a record, so a
///   malformed line is reported on its own line and cannot swallow the next ones;
/// - **a JSON array** of values (`[{...}, {...}]`), possibly pretty-printed: each element is a record;
/// - **concatenated values** (for example one pretty-printed v2 response per file): each
///   top-level value is a record.
///
/// The layout is decided from the first value: `[` means an array; a value that ends on its first
/// line means JSON Lines; anything else, concatenated values. Only the current record and one
/// chunk of input are in memory. The split is a byte-level scan for brackets outside strings, not
/// a parse: each record is then decoded on its own (see ``TweetArchiveReader``).
public final class JSONRecordReader {
  /// One record: its bytes and where it starts.
  public struct Record {
    /// The record's bytes (a copy: the reader's buffer moves on).
    public var bytes: Data
    /// The 1-based line the record starts on.
    public var line: Int
    /// The record is the file's last line and has no line end (a possibly truncated write).
    public var isUnterminatedLastLine: Bool
  }

  /// How the file is laid out.
  public enum Layout: String, Sendable {
    case jsonLines = "json-lines"
    case array
    case concatenated
  }

  private let input: StreamingInput
  private var buffer: [UInt8] = []
  private var position = 0
  private var line = 1
  private var atEnd = false
  public private(set) var layout: Layout = .jsonLines
  private var started = false
  private var arrayClosed = false

  public init(input: StreamingInput) {
    self.input = input
  }

  /// Reads more input; returns `false` at the end of the file.
  private func refill() throws(ImportError) -> Bool {
    try input.refill(&buffer, position: &position, atEnd: &atEnd)
  }

  private func location(_ line: Int) -> InputLocation {
    InputLocation(file: input.path, line: line)
  }

  /// Skips spaces, tabs, line ends (counting lines) and, at the start, a UTF-8 BOM.
  private func skipWhitespace(alsoCommas: Bool = false) throws(ImportError) {
    while true {
      while position < buffer.count {
        let b = buffer[position]
        if b == 0x0A {
          line += 1
        } else if !(b == 0x20 || b == 0x09 || b == 0x0D || (alsoCommas && b == 0x2C)) {
          return
        }
        position += 1
      }
      if try !refill() { return }
    }
  }

  private func start() throws(ImportError) {
    started = true
    _ = try refill()
    if buffer.count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF {
      position = 3
    }
    try skipWhitespace()
    guard position < buffer.count else { return }
    if buffer[position] == 0x5B {  // [
      layout = .array
      position += 1
      return
    }
    // Does the first value end on its first line?
    var scan = ValueScan()
    var i = position
    while true {
      while i < buffer.count {
        let b = buffer[i]
        if b == 0x0A {
          layout = scan.isComplete ? .jsonLines : .concatenated
          return
        }
        scan.consume(b)
        i += 1
      }
      let offset = i - position
      if try !refill() {
        layout = .jsonLines
        return
      }
      i = position + offset
    }
  }

  /// The next record, or nil at the end of the file.
  ///
  /// - Throws: ``ImportError`` (`badHeader` code family is not used here): a value cut off by the
  ///   end of the file in the array and concatenated layouts, or stray text between values.
  public func next() throws(ImportError) -> Record? {
    if !started { try start() }
    switch layout {
    case .jsonLines: return try nextLine()
    case .array, .concatenated: return try nextValue()
    }
  }

  private func nextLine() throws(ImportError) -> Record? {
    while true {
      // Find the end of the current line.
      var i = position
      while true {
        while i < buffer.count && buffer[i] != 0x0A { i += 1 }
        if i < buffer.count || atEnd { break }
        let offset = i - position
        if try !refill() {
          i = buffer.count
          break
        }
        i = position + offset
      }
      if position >= buffer.count && atEnd { return nil }
      let terminated = i < buffer.count
      var end = i
      if end > position && buffer[end - 1] == 0x0D { end -= 1 }
      let recordLine = line
      let start = position
      position = terminated ? i + 1 : i
      line += terminated ? 1 : 0
      // Skip blank lines.
      var s = start
      while s < end && (buffer[s] == 0x20 || buffer[s] == 0x09) { s += 1 }
      if s == end {
        if !terminated { return nil }
        continue
      }
      return Record(
        bytes: Data(buffer[s..<end]), line: recordLine, isUnterminatedLastLine: !terminated)
    }
  }

  private func nextValue() throws(ImportError) -> Record? {
    try skipWhitespace(alsoCommas: layout == .array)
    guard position < buffer.count else {
      if layout == .array && !arrayClosed {
        throw ImportError(
          .badQuoting, location(line),
          "the file ends inside the JSON array (no closing ']'; truncated file?)")
      }
      return nil
    }
    if layout == .array && buffer[position] == 0x5D {  // ]
      arrayClosed = true
      position += 1
      try skipWhitespace()
      guard position >= buffer.count else {
        throw ImportError(
          .badQuoting, location(line), "unexpected text after the end of the JSON array")
      }
      return nil
    }
    if arrayClosed { return nil }
    guard buffer[position] == 0x7B || buffer[position] == 0x5B else {
      throw ImportError(
        .badQuoting, location(line),
        "expected a JSON object, found \(Self.describe(buffer[position]))")
    }
    let startLine = line
    var scan = ValueScan()
    var i = position
    while true {
      while i < buffer.count {
        let b = buffer[i]
        if b == 0x0A { line += 1 }
        scan.consume(b)
        i += 1
        if scan.isComplete {
          let record = Record(
            bytes: Data(buffer[position..<i]), line: startLine, isUnterminatedLastLine: false)
          position = i
          return record
        }
      }
      let offset = i - position
      if try !refill() {
        throw ImportError(
          .badQuoting, location(startLine),
          "the file ends inside the JSON value that starts here (truncated file?)")
      }
      i = position + offset
    }
  }

  static func describe(_ byte: UInt8) -> String {
    byte >= 0x20 && byte < 0x7F
      ? "'\(String(decoding: [byte], as: UTF8.self))'" : "byte 0x\(String(byte, radix: 16))"
  }
}

/// Tracks bracket depth outside strings, byte by byte: enough to find where a JSON value ends.
struct ValueScan {
  var depth = 0
  var inString = false
  var escaped = false
  var sawOpen = false

  var isComplete: Bool { sawOpen && depth == 0 && !inString }

  @inline(__always)
  mutating func consume(_ b: UInt8) {
    if inString {
      if escaped {
        escaped = false
      } else if b == 0x5C {
        escaped = true
      } else if b == 0x22 {
        inString = false
      }
      return
    }
    switch b {
    case 0x22: inString = true
    case 0x7B, 0x5B:
      depth += 1
      sawOpen = true
    case 0x7D, 0x5D: depth -= 1
    default: break
    }
  }
}
