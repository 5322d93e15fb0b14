/// A delimited text file opened for a table reader: read whole (gzip undone), refused when it is
/// binary or not UTF-8 (with the line and column of the first bad byte), its byte-order mark
/// skipped and its delimiter detected as for edge lists; `#` lines are comments. Shared by the
/// readers of node labels, account-status tables, snapshots and review sheets.
enum DelimitedFile {
  /// Calls `body` with a tokenizer positioned before the first record of `path`.
  ///
  /// - Throws: ``ImportError`` (`missingFile`, `binaryFile`, `badEncoding`, …) and what `body`
  ///   throws.
  static func withTokenizer<T>(
    path: String, delimiter choice: DelimiterChoice = .auto,
    _ body: (inout DelimitedTokenizer) throws(ImportError) -> T
  ) throws(ImportError) -> T {
    let bytes = try InputFile.read(path)
    try EdgeListReader.rejectBinary(bytes, file: path)
    if let bad = ContentCheck(bytes).firstInvalidOffset {
      let (line, column) = UTF8Validation.lineAndColumn(of: bad, in: bytes)
      throw ImportError(
        .badEncoding, InputLocation(file: path, line: line, column: column),
        "a byte that is not valid UTF-8; expected UTF-8 text")
    }
    return try bytes.withUnsafeBufferPointer { buffer throws(ImportError) in
      var start = 0
      if buffer.count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF {
        start = 3
      }
      let delimiter = EdgeListReader.delimiter(
        for: choice, buffer: buffer, start: start, comment: 0x23)
      var tokenizer = DelimitedTokenizer(
        bytes: buffer, start: start, delimiter: delimiter, comment: 0x23, file: path)
      return try body(&tokenizer)
    }
  }
}
