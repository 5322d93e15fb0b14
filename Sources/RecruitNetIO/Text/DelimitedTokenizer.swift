/// How fields are separated in a delimited text file.
public enum Delimiter: Sendable, Equatable {
  /// One byte, such as `,` (CSV), a tab (TSV) or `;`.
  case byte(UInt8)
  /// One or more spaces or tabs; leading and trailing blanks are ignored.
  case whitespace

  /// The name used in messages and options.
  public var name: String {
    switch self {
    case .byte(0x2C): "comma"
    case .byte(0x09): "tab"
    case .byte(0x3B): "semicolon"
    case .byte(let b): "\"\(String(decoding: [b], as: UTF8.self))\""
    case .whitespace: "whitespace"
    }
  }
}

/// One field of the current record: a range of the input, or of the tokenizer's scratch buffer
/// when the field was quoted and had `""` escapes to undo.
struct FieldSpan {
  var start: Int
  var length: Int
  var inScratch: Bool
  /// The 1-based byte column where the field starts on its line.
  var column: Int
}

/// Splits delimited text into records and fields, byte by byte, following RFC 4180: a field may
/// be quoted with `"`, a quoted field may hold delimiters, newlines and `""` (one quote). Lines
/// that start with the comment byte are skipped, as are blank lines; `\r\n` line ends are accepted.
///
/// Written by hand (not `String.split`) because it is the inner loop of every import; it never
/// allocates per field, and works on the caller's buffer, which must outlive it.
struct DelimitedTokenizer {
  let base: UnsafePointer<UInt8>
  let count: Int
  let delimiter: Delimiter
  var comment: UInt8?
  let file: String

  /// Read position.
  var position: Int
  /// The line number at `position` (1-based).
  var line = 1
  /// Lines skipped as comments so far.
  var commentLines = 0

  /// The fields of the current record.
  var fields: [FieldSpan] = []
  /// Unescaped bytes of quoted fields that contained `""`.
  var scratch: [UInt8] = []
  /// The line on which the current record starts.
  var recordLine = 0

  init(
    bytes: UnsafeBufferPointer<UInt8>, start: Int, delimiter: Delimiter, comment: UInt8?,
    file: String
  ) {
    // An empty buffer is handled by the caller; a valid pointer is still needed here.
    self.base = bytes.baseAddress ?? UnsafePointer(bitPattern: 0x10).unsafelyUnwrapped
    self.count = bytes.count
    self.position = start
    self.delimiter = delimiter
    self.comment = comment
    self.file = file
    fields.reserveCapacity(16)
  }

  /// Reads the next record into ``fields``; returns `false` at the end of the input.
  mutating func nextRecord() throws(ImportError) -> Bool {
    fields.removeAll(keepingCapacity: true)
    scratch.removeAll(keepingCapacity: true)
    // Skip blank and comment lines.
    while position < count {
      let b = base[position]
      if b == 0x0A {
        position += 1
        line += 1
      } else if b == 0x0D && position + 1 < count && base[position + 1] == 0x0A {
        position += 2
        line += 1
      } else if let comment, b == comment {
        commentLines += 1
        while position < count && base[position] != 0x0A { position += 1 }
      } else if delimiter == .whitespace && (b == 0x20 || b == 0x09) && lineIsBlank() {
        while position < count && base[position] != 0x0A { position += 1 }
      } else {
        break
      }
    }
    guard position < count else { return false }
    recordLine = line
    var lineStart = position
    switch delimiter {
    case .byte(let separator):
      while true {
        let fieldStart = position
        if position < count && base[position] == 0x22 {
          try readQuoted(lineStart: &lineStart)
        } else {
          while position < count {
            let b = base[position]
            if b == separator || b == 0x0A { break }
            if b == 0x0D && (position + 1 == count || base[position + 1] == 0x0A) { break }
            position += 1
          }
          fields.append(
            FieldSpan(
              start: fieldStart, length: position - fieldStart, inScratch: false,
              column: fieldStart - lineStart + 1))
        }
        if position < count && base[position] == separator {
          position += 1
          continue
        }
        break
      }
    case .whitespace:
      while true {
        while position < count && (base[position] == 0x20 || base[position] == 0x09) {
          position += 1
        }
        if position >= count || base[position] == 0x0A || base[position] == 0x0D { break }
        let fieldStart = position
        if base[position] == 0x22 {
          try readQuoted(lineStart: &lineStart)
        } else {
          while position < count {
            let b = base[position]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { break }
            position += 1
          }
          fields.append(
            FieldSpan(
              start: fieldStart, length: position - fieldStart, inScratch: false,
              column: fieldStart - lineStart + 1))
        }
      }
    }
    // The record must end at a line end or the end of input.
    if position < count {
      if base[position] == 0x0D { position += 1 }
      if position < count && base[position] == 0x0A {
        position += 1
        line += 1
      } else if position < count {
        throw ImportError(
          .badQuoting, InputLocation(file: file, line: line, column: position - lineStart + 1),
          "unexpected character after a closing quote; expected a delimiter or the end of the line")
      }
    }
    return true
  }

  private func lineIsBlank() -> Bool {
    var p = position
    while p < count && (base[p] == 0x20 || base[p] == 0x09 || base[p] == 0x0D) { p += 1 }
    return p >= count || base[p] == 0x0A
  }

  /// Reads a quoted field starting at the opening quote.
  private mutating func readQuoted(lineStart: inout Int) throws(ImportError) {
    let openLine = line
    let column = position - lineStart + 1
    position += 1
    let contentStart = position
    var escaped = false
    var scratchStart = scratch.count
    while true {
      guard position < count else {
        throw ImportError(
          .badQuoting, InputLocation(file: file, line: openLine, column: column),
          "quoted field is never closed; expected a closing \"")
      }
      let b = base[position]
      if b == 0x22 {
        if position + 1 < count && base[position + 1] == 0x22 {
          if !escaped {
            escaped = true
            scratchStart = scratch.count
            scratch.append(
              contentsOf: UnsafeBufferPointer(
                start: base + contentStart, count: position - contentStart))
          }
          scratch.append(0x22)
          position += 2
          continue
        }
        break
      }
      if b == 0x0A {
        line += 1
        lineStart = position + 1
      }
      if escaped { scratch.append(b) }
      position += 1
    }
    if escaped {
      fields.append(
        FieldSpan(
          start: scratchStart, length: scratch.count - scratchStart, inScratch: true, column: column
        ))
    } else {
      fields.append(
        FieldSpan(
          start: contentStart, length: position - contentStart, inScratch: false, column: column))
    }
    position += 1  // the closing quote
    // After the closing quote only a delimiter or a line end may follow.
    if position < count {
      let b = base[position]
      let ok: Bool
      switch delimiter {
      case .byte(let separator): ok = b == separator || b == 0x0A || b == 0x0D
      case .whitespace: ok = b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
      }
      if !ok {
        throw ImportError(
          .badQuoting, InputLocation(file: file, line: line, column: position - lineStart + 1),
          "unexpected character after a closing quote; expected a delimiter or the end of the line")
      }
    }
  }

  /// Calls `body` with field `index`'s bytes.
  @inline(__always)
  func withField<R>(_ index: Int, _ body: (UnsafePointer<UInt8>, Int) throws(ImportError) -> R)
    throws(ImportError) -> R
  {
    let field = fields[index]
    if !field.inScratch { return try body(base + field.start, field.length) }
    return try scratch.withUnsafeBufferPointer { buffer throws(ImportError) in
      try body((buffer.baseAddress ?? base) + field.start, field.length)
    }
  }

  /// Field `index` as a `String`.
  func string(_ index: Int) -> String {
    let field = fields[index]
    if field.inScratch {
      return String(decoding: scratch[field.start..<field.start + field.length], as: UTF8.self)
    }
    return String(
      decoding: UnsafeBufferPointer(start: base + field.start, count: field.length), as: UTF8.self)
  }

  /// The location of field `index` of the current record.
  func location(ofField index: Int) -> InputLocation {
    InputLocation(
      file: file, line: recordLine, column: index < fields.count ? fields[index].column : nil)
  }
}
