import RecruitNetGraph

/// Reads CSV, TSV and whitespace-separated edge lists into a `GraphBuilder`.
///
/// Handles a header (detected or forced), RFC 4180 quoting, `#` comment lines, a UTF-8 byte
/// order mark, `\r\n` line ends and gzip input (through ``InputFile``). Names are taken as exact
/// byte strings and never coerced to numbers. Every bad row is reported as
/// `file:line:column: error: what was expected`; with ``EdgeListOptions/skipInvalid`` bad rows
/// are counted and the first few kept in the report instead.
///
/// ```swift
/// var builder = GraphBuilder(isDirected: true)
/// let report = try await EdgeListReader(options: options).read(path: "edges.csv", into: &builder)
/// ```
public struct EdgeListReader: Sendable {
  public var options: EdgeListOptions

  /// How many rejected rows a report keeps in full.
  public static let keptRejections = 5

  public init(options: EdgeListOptions = EdgeListOptions()) {
    self.options = options
  }

  /// Reads the file at `path` (plain or gzip) into `builder`.
  ///
  /// The content hash and the UTF-8 check run on a second core while the rows are parsed. If the
  /// file fails, the rows it added are removed again; names it interned stay in the builder's
  /// table, so callers discard the builder after an error (the importer does).
  public func read(path: String, into builder: inout GraphBuilder) async throws(ImportError)
    -> EdgeListReport
  {
    let bytes = try InputFile.read(path)
    try Self.rejectBinary(bytes, file: path)
    async let check = ContentCheck(bytes)
    let rowsBefore = builder.rowCount
    let parsed: Result<EdgeListReport, ImportError>
    do throws(ImportError) {
      parsed = .success(try read(bytes: bytes, file: path, into: &builder))
    } catch {
      parsed = .failure(error)
    }
    let content = await check
    if let bad = content.firstInvalidOffset {
      builder.truncateRows(to: rowsBefore)
      let (line, column) = UTF8Validation.lineAndColumn(of: bad, in: bytes)
      let what = bytes[bad] == 0 ? "a NUL byte" : "a byte that is not valid UTF-8"
      throw ImportError(
        .badEncoding, InputLocation(file: path, line: line, column: column),
        "\(what); expected UTF-8 text (convert the file, e.g. with iconv -f latin1 -t utf-8)")
    }
    switch parsed {
    case .success(var report):
      report.sha256 = content.sha256
      return report
    case .failure(let error):
      builder.truncateRows(to: rowsBefore)
      throw error
    }
  }

  /// Refuses files whose first 8 KiB contain a NUL byte (the test `git` and `grep` use).
  static func rejectBinary(_ bytes: [UInt8], file: String) throws(ImportError) {
    if let nul = bytes.prefix(8192).firstIndex(of: 0) {
      let (line, column) = UTF8Validation.lineAndColumn(of: nul, in: bytes)
      throw ImportError(
        .binaryFile, InputLocation(file: file, line: line, column: column),
        "this looks like a binary file (it contains NUL bytes); expected a delimited text edge list"
      )
    }
  }

  /// Parses `bytes` (already decompressed) into `builder`. Does not check the encoding.
  public func read(bytes: [UInt8], file: String, into builder: inout GraphBuilder)
    throws(ImportError)
    -> EdgeListReport
  {
    try bytes.withUnsafeBufferPointer { buffer throws(ImportError) in
      try parse(buffer, file: file, into: &builder)
    }
  }

  static let sourceNames = ["source", "src", "from", "node1", "source_id", "sender", "user"]
  static let targetNames = ["target", "dst", "to", "node2", "target_id", "receiver"]
  static let weightNames = ["weight", "w", "count", "value"]
  static let typeNames = ["type", "edge_type", "relation", "kind"]
  static let timeNames = ["time", "timestamp", "created_at", "date"]

  private func parse(
    _ buffer: UnsafeBufferPointer<UInt8>, file: String, into builder: inout GraphBuilder
  )
    throws(ImportError) -> EdgeListReport
  {
    var report = EdgeListReport(file: file)
    var start = 0
    if buffer.count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF {
      start = 3
    }
    let delimiter = Self.delimiter(
      for: options.delimiter, buffer: buffer, start: start, comment: options.comment)
    report.delimiter = delimiter
    var tokenizer = DelimitedTokenizer(
      bytes: buffer, start: start, delimiter: delimiter, comment: options.comment, file: file)
    guard try tokenizer.nextRecord() else {
      throw ImportError(
        .emptyFile, InputLocation(file: file),
        "no rows (only blank or comment lines); expected a header or edge rows")
    }
    // Header.
    let first = (0..<tokenizer.fields.count).map { tokenizer.string($0) }
    let hasHeader: Bool
    switch options.header {
    case .present: hasHeader = true
    case .absent: hasHeader = false
    case .auto: hasHeader = looksLikeHeader(first)
    }
    let fieldCount = first.count
    let columns = try resolveColumns(
      header: hasHeader ? first : nil, fieldCount: fieldCount, file: file)
    report.header = hasHeader ? first : nil
    report.columns = columns.described(header: hasHeader ? first : nil)
    if hasHeader {
      guard try tokenizer.nextRecord() else {
        throw ImportError(
          .emptyFile, InputLocation(file: file, line: tokenizer.recordLine),
          "the file has a header but no edge rows")
      }
    }
    // Edge types.
    var constantType: UInt16 = 0
    do throws(GraphError) {
      if columns.type == nil {
        constantType = try builder.edgeType(named: options.edgeType ?? "edge")
      }
    } catch {
      throw ImportError(.conflictingOptions, InputLocation(file: file), error.message)
    }
    var typeCache: [(bytes: [UInt8], index: UInt16)] = []
    let sourceKind: Int
    let targetKind: Int
    do throws(GraphError) {
      sourceKind = try builder.nodeKind(named: options.sourceKind)
      targetKind = try builder.nodeKind(named: options.targetKind)
    } catch {
      throw ImportError(.conflictingOptions, InputLocation(file: file), error.message)
    }
    let interner = builder.uniqueInterner()
    let roleNames = columns.roleNames(header: hasHeader ? first : nil)
    // Rows.
    repeat {
      report.rowsRead += 1
      do throws(ImportError) {
        guard tokenizer.fields.count == fieldCount else {
          throw ImportError(
            .wrongFieldCount, InputLocation(file: file, line: tokenizer.recordLine),
            "expected \(fieldCount) fields (\(hasHeader ? "as in the header" : "as in the first row")), found \(tokenizer.fields.count)"
          )
        }
        let source = try tokenizer.withField(columns.source) { bytes, count throws(ImportError) in
          guard count > 0 else {
            throw ImportError(
              .emptyName, tokenizer.location(ofField: columns.source),
              "empty source name (column \(roleNames.source))")
          }
          return interner.intern(bytes, count: count, kind: sourceKind)
        }
        let target = try tokenizer.withField(columns.target) { bytes, count throws(ImportError) in
          guard count > 0 else {
            throw ImportError(
              .emptyName, tokenizer.location(ofField: columns.target),
              "empty target name (column \(roleNames.target))")
          }
          return interner.intern(bytes, count: count, kind: targetKind)
        }
        var weight = 1.0
        if let weightColumn = columns.weight {
          weight = try tokenizer.withField(weightColumn) { bytes, count throws(ImportError) in
            guard let value = NumberParsing.double(bytes, count) else {
              let text = String(
                decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
              throw ImportError(
                .badWeight, tokenizer.location(ofField: weightColumn),
                count == 0
                  ? "empty weight; expected a number (column \(roleNames.weight))"
                  : "weight \"\(text)\" is not a number (column \(roleNames.weight))")
            }
            guard value.isFinite, value >= 0 else {
              throw ImportError(
                .badWeight, tokenizer.location(ofField: weightColumn),
                "weight \(value) is not allowed; expected a finite, non-negative number (column \(roleNames.weight))"
              )
            }
            return value
          }
        }
        var type = constantType
        if let typeColumn = columns.type {
          type = try tokenizer.withField(typeColumn) { bytes, count throws(ImportError) in
            guard count > 0 else {
              throw ImportError(
                .emptyName, tokenizer.location(ofField: typeColumn),
                "empty edge type (column \(roleNames.type))")
            }
            let key = UnsafeBufferPointer(start: bytes, count: count)
            for entry in typeCache where entry.bytes.elementsEqual(key) { return entry.index }
            do throws(GraphError) {
              let index = try builder.edgeType(named: String(decoding: key, as: UTF8.self))
              typeCache.append((Array(key), index))
              return index
            } catch {
              throw ImportError(
                .conflictingOptions, tokenizer.location(ofField: typeColumn), error.message)
            }
          }
        }
        if let timeColumn = columns.time {
          let time = try tokenizer.withField(timeColumn) {
            bytes, count throws(ImportError) -> Int64 in
            guard let value = TimestampParsing.unixSeconds(bytes, count) else {
              let text = String(
                decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
              throw ImportError(
                .badTime, tokenizer.location(ofField: timeColumn),
                "time \"\(text)\" is not a timestamp; expected ISO 8601 (2015-03-02T14:05:00Z), Unix seconds or M/D/YYYY H:MM (column \(roleNames.time))"
              )
            }
            return value
          }
          builder.addEdge(from: source, to: target, type: type, weight: weight, time: time)
        } else {
          builder.addEdge(from: source, to: target, type: type, weight: weight)
        }
        if source == target { report.selfLoopRows += 1 }
        report.rowsImported += 1
      } catch {
        guard options.skipInvalid else { throw error }
        report.rowsRejected += 1
        if report.firstRejections.count < Self.keptRejections {
          report.firstRejections.append(error)
        }
      }
    } while try tokenizer.nextRecord()
    report.commentLines = tokenizer.commentLines
    return report
  }

  private func looksLikeHeader(_ fields: [String]) -> Bool {
    let known = Set(
      Self.sourceNames + Self.targetNames + Self.weightNames + Self.typeNames + Self.timeNames)
    for field in fields where known.contains(Self.normalized(field)) { return true }
    for reference in [options.source, options.target, options.typeColumn, options.time] {
      if case .name = reference { return true }
    }
    if case .column(.name) = options.weight { return true }
    return false
  }

  static func normalized(_ name: String) -> String {
    var text = Substring(name)
    while text.first == "#" || text.first == " " { text = text.dropFirst() }
    while text.last == " " { text = text.dropLast() }
    return text.lowercased()
  }

  static func delimiter(
    for choice: DelimiterChoice, buffer: UnsafeBufferPointer<UInt8>, start: Int, comment: UInt8?
  )
    -> Delimiter
  {
    switch choice {
    case .comma: return .byte(0x2C)
    case .tab: return .byte(0x09)
    case .semicolon: return .byte(0x3B)
    case .whitespace: return .whitespace
    case .auto:
      // Look at the first line that is neither blank nor a comment, outside quotes.
      var i = start
      while i < buffer.count {
        var lineEnd = i
        while lineEnd < buffer.count && buffer[lineEnd] != 0x0A { lineEnd += 1 }
        let isComment = comment.map { i < buffer.count && buffer[i] == $0 } ?? false
        var hasContent = false
        for k in i..<lineEnd where buffer[k] != 0x20 && buffer[k] != 0x09 && buffer[k] != 0x0D {
          hasContent = true
          break
        }
        if !isComment && hasContent {
          var inQuotes = false
          var sawComma = false
          var sawSemicolon = false
          for k in i..<lineEnd {
            let b = buffer[k]
            if b == 0x22 { inQuotes.toggle() }
            if inQuotes { continue }
            if b == 0x09 { return .byte(0x09) }
            if b == 0x2C { sawComma = true }
            if b == 0x3B { sawSemicolon = true }
          }
          if sawComma { return .byte(0x2C) }
          if sawSemicolon { return .byte(0x3B) }
          return .whitespace
        }
        i = lineEnd + 1
      }
      return .byte(0x2C)
    }
  }

  /// Resolved 0-based field positions.
  struct Columns {
    var source: Int
    var target: Int
    var weight: Int?
    var type: Int?
    var time: Int?

    func roleNames(header: [String]?) -> (
      source: String, target: String, weight: String, type: String, time: String
    ) {
      func name(_ index: Int?) -> String {
        guard let index else { return "" }
        if let header, index < header.count { return "\"\(header[index])\"" }
        return "\(index + 1)"
      }
      return (name(source), name(target), name(weight), name(type), name(time))
    }

    func described(header: [String]?) -> [(role: String, column: String)] {
      let names = roleNames(header: header)
      var result = [("source", names.source), ("target", names.target)]
      if weight != nil { result.append(("weight", names.weight)) }
      if type != nil { result.append(("type", names.type)) }
      if time != nil { result.append(("time", names.time)) }
      return result
    }
  }

  private func resolveColumns(header: [String]?, fieldCount: Int, file: String) throws(ImportError)
    -> Columns
  {
    let location = InputLocation(file: file, line: 1)
    func find(_ reference: ColumnReference, role: String) throws(ImportError) -> Int {
      switch reference {
      case .index(let index):
        guard index >= 1 && index <= fieldCount else {
          throw ImportError(
            .unknownColumn, location,
            "\(role) column \(index) does not exist; rows have \(fieldCount) fields (columns count from 1)"
          )
        }
        return index - 1
      case .name(let name):
        guard let header else {
          throw ImportError(
            .noHeader, location,
            "\(role) column \"\(name)\" cannot be found: the file has no header")
        }
        if let exact = header.firstIndex(of: name) { return exact }
        if let loose = header.firstIndex(where: { Self.normalized($0) == Self.normalized(name) }) {
          return loose
        }
        let suggestion =
          Self.closest(to: name, in: header).map { "; did you mean \"\($0)\"?" } ?? ""
        throw ImportError(
          .unknownColumn, location,
          "no \(role) column named \"\(name)\"; the header has: \(header.joined(separator: ", "))\(suggestion)"
        )
      }
    }
    func named(_ candidates: [String]) -> Int? {
      guard let header else { return nil }
      for candidate in candidates {
        if let index = header.firstIndex(where: { Self.normalized($0) == candidate }) {
          return index
        }
      }
      return nil
    }
    let source =
      try options.source.map { reference throws(ImportError) in try find(reference, role: "source")
      }
      ?? named(Self.sourceNames) ?? 0
    let target =
      try options.target.map { reference throws(ImportError) in try find(reference, role: "target")
      }
      ?? named(Self.targetNames) ?? 1
    guard fieldCount >= 2 || (source < fieldCount && target < fieldCount) else {
      throw ImportError(
        .wrongFieldCount, location,
        "rows have \(fieldCount) field; expected at least two (source and target)")
    }
    guard source != target else {
      throw ImportError(.conflictingOptions, location, "source and target are the same column")
    }
    var weight: Int?
    switch options.weight {
    case .none: weight = nil
    case .column(let reference): weight = try find(reference, role: "weight")
    case .auto:
      if header != nil {
        weight = named(Self.weightNames)
      } else {
        let third = [0, 1, 2].first { $0 != source && $0 != target }
        weight = fieldCount >= 3 ? third : nil
      }
    }
    var type: Int?
    if let reference = options.typeColumn {
      guard options.edgeType == nil else {
        throw ImportError(
          .conflictingOptions, location, "give either a type column or one edge type, not both")
      }
      type = try find(reference, role: "type")
    } else if options.edgeType == nil {
      type = named(Self.typeNames)
    }
    let time =
      try options.time.map { reference throws(ImportError) in try find(reference, role: "time") }
      ?? named(Self.timeNames)
    return Columns(source: source, target: target, weight: weight, type: type, time: time)
  }

  /// The header name closest to `name` by edit distance, if it is close enough to be a typo.
  static func closest(to name: String, in candidates: [String]) -> String? {
    let scored = candidates.map { ($0, editDistance(name.lowercased(), $0.lowercased())) }
    guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, name.count / 3) else {
      return nil
    }
    return best.0
  }

  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + [Int](repeating: 0, count: b.count)
      for j in 1...max(1, b.count) where j <= b.count {
        current[j] = min(
          previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return previous[b.count]
  }
}
