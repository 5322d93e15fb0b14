import RecruitNetGraph

/// One row of a node table: a node and what the table says about it.
public struct NodeRecord: Sendable, Equatable {
  public var node: NodeID
  /// Attribute values by column name, typed: whole numbers without leading zeros become
  /// integers, other decimals reals, and everything else stays text (so `007` stays `"007"`).
  public var attributes: [(key: String, value: AttributeValue)]
  /// Labels such as `seed` or `verdict=supporter` (several separated by `;`).
  public var labels: [String]

  public static func == (a: NodeRecord, b: NodeRecord) -> Bool {
    a.node == b.node && a.labels == b.labels && a.attributes.map(\.key) == b.attributes.map(\.key)
      && a.attributes.map(\.value) == b.attributes.map(\.value)
  }
}

/// A typed attribute value, stored in SQLite with the matching storage class.
public enum AttributeValue: Sendable, Equatable {
  case integer(Int64)
  case real(Double)
  case text(String)

  /// Infers the type of a field's text.
  public init(inferring text: String) {
    let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
    // "007" is an identifier, not the number 7; "0.5" is a number.
    let leadingZero =
      digits.count > 1 && digits.first == "0" && digits.dropFirst().first?.isNumber == true
    if !leadingZero, !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
      let value = Int64(text)
    {
      self = .integer(value)
    } else if !leadingZero, !digits.hasPrefix("."), let value = Double(text), value.isFinite,
      text.allSatisfy({
        $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "e" || $0 == "E" || $0 == "+")
      })
    {
      self = .real(value)
    } else {
      self = .text(text)
    }
  }
}

/// Reads a node table (`--nodes accounts.csv`): a header row, one column naming the node, an
/// optional `kind` column, an optional `label` / `labels` column, and any other columns as
/// attributes. Nodes not yet in the graph are added (as isolated nodes until an edge names them).
public struct NodeTableReader: Sendable {
  /// The name column (by default the first of name, account, screen_name, username, id, node).
  public var nameColumn: ColumnReference?
  public var delimiter: DelimiterChoice = .auto
  /// Lines starting with this byte are comments (`#` by default; `nil` for none), as in edge
  /// lists. A first line such as `# index, id, name` (Netzschleuder's export) is not a comment
  /// but the header commented out: it is read as the header when the next line has as many fields.
  public var comment: UInt8? = 0x23

  static let nameColumns = ["name", "account", "screen_name", "username", "id", "node"]

  public init(
    nameColumn: ColumnReference? = nil, delimiter: DelimiterChoice = .auto, comment: UInt8? = 0x23
  ) {
    self.nameColumn = nameColumn
    self.delimiter = delimiter
    self.comment = comment
  }

  /// The options as `key=value` pairs, for the imports ledger (`comment` only when not `#`).
  public var recorded: [String: String] {
    var result = ["name_column": nameColumn?.description ?? "auto"]
    if delimiter != .auto { result["delimiter"] = delimiter.rawValue }
    if comment != 0x23 {
      result["comment"] = comment.map { String(decoding: [$0], as: UTF8.self) } ?? "none"
    }
    return result
  }

  /// What reading one node table found.
  public struct Report: Sendable {
    public var file: String
    public var sha256: String
    /// Records read (a quoted field may span lines, so records can be fewer than lines).
    public var records: Int
    /// The header, as read.
    public var header: [String]
    /// The header was the first line, written as a comment (`# index, id, name`).
    public var headerFromComment = false
    /// Lines skipped as comments.
    public var commentLines = 0
    /// Things the reader could not rule out as mistakes, e.g. a header that looks like data.
    public var warnings: [String] = []
  }

  /// Reads `path` into records, interning node names in `builder`.
  public func read(path: String, into builder: inout GraphBuilder) throws(ImportError) -> (
    records: [NodeRecord], report: Report
  ) {
    let bytes = try InputFile.read(path)
    try EdgeListReader.rejectBinary(bytes, file: path)
    let check = ContentCheck(bytes)
    if let bad = check.firstInvalidOffset {
      let (line, column) = UTF8Validation.lineAndColumn(of: bad, in: bytes)
      throw ImportError(
        .badEncoding, InputLocation(file: path, line: line, column: column),
        "a byte that is not valid UTF-8; expected UTF-8 text")
    }
    var report = Report(file: path, sha256: check.sha256, records: 0, header: [])
    let records = try bytes.withUnsafeBufferPointer { buffer throws(ImportError) in
      try parse(buffer, file: path, into: &builder, report: &report)
    }
    report.records = records.count
    return (records, report)
  }

  private func parse(
    _ buffer: UnsafeBufferPointer<UInt8>, file: String, into builder: inout GraphBuilder,
    report: inout Report
  )
    throws(ImportError) -> [NodeRecord]
  {
    var start = 0
    if buffer.count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF {
      start = 3
    }
    let delimiter = EdgeListReader.delimiter(
      for: self.delimiter, buffer: buffer, start: start, comment: comment)
    var tokenizer = DelimitedTokenizer(
      bytes: buffer, start: start, delimiter: delimiter, comment: comment, file: file)
    if let commented = try Self.commentedHeader(
      buffer, start: start, delimiter: delimiter, comment: comment, file: file)
    {
      tokenizer = commented
      report.headerFromComment = true
    } else {
      guard try tokenizer.nextRecord() else {
        throw ImportError(
          .emptyFile, InputLocation(file: file), "no rows; expected a header naming the columns")
      }
    }
    let header = (0..<tokenizer.fields.count).map { tokenizer.string($0).trimmingSpaces() }
    let headerLine = tokenizer.recordLine
    report.header = header
    let numericNames = header.filter {
      if case .text = AttributeValue(inferring: $0) { return false } else { return !$0.isEmpty }
    }
    if !numericNames.isEmpty {
      let shown = numericNames.prefix(3).map { "\"\($0)\"" }.joined(separator: ", ")
      report.warnings.append(
        "line \(headerLine): the header has numeric column names (\(shown)): it may be a data row, with the real header missing or on a comment line"
      )
    }
    let normalized = header.map(EdgeListReader.normalized)
    let nameIndex: Int
    switch nameColumn {
    case .index(let index)?:
      guard index >= 1 && index <= header.count else {
        throw ImportError(
          .unknownColumn, InputLocation(file: file, line: 1),
          "name column \(index) does not exist; the header has \(header.count) columns")
      }
      nameIndex = index - 1
    case .name(let name)?:
      guard
        let index = header.firstIndex(of: name)
          ?? normalized.firstIndex(of: EdgeListReader.normalized(name))
      else {
        throw ImportError(
          .unknownColumn, InputLocation(file: file, line: 1),
          "no column named \"\(name)\"; the header has: \(header.joined(separator: ", "))")
      }
      nameIndex = index
    case nil:
      guard let index = Self.nameColumns.lazy.compactMap({ normalized.firstIndex(of: $0) }).first
      else {
        throw ImportError(
          .noNameColumn, InputLocation(file: file, line: 1),
          "no name column; expected one of \(Self.nameColumns.joined(separator: ", ")) in the header"
        )
      }
      nameIndex = index
    }
    let kindIndex = normalized.firstIndex(of: "kind")
    let labelIndex = normalized.firstIndex(of: "label") ?? normalized.firstIndex(of: "labels")
    var records: [NodeRecord] = []
    while try tokenizer.nextRecord() {
      guard tokenizer.fields.count == header.count else {
        throw ImportError(
          .wrongFieldCount, InputLocation(file: file, line: tokenizer.recordLine),
          "expected \(header.count) fields as in the header, found \(tokenizer.fields.count)")
      }
      let name = tokenizer.string(nameIndex)
      guard !name.isEmpty else {
        throw ImportError(
          .emptyName, tokenizer.location(ofField: nameIndex),
          "empty name (column \"\(header[nameIndex])\")")
      }
      var kind = 0
      if let kindIndex {
        let kindName = tokenizer.string(kindIndex)
        do throws(GraphError) {
          kind = try builder.nodeKind(named: kindName.isEmpty ? "account" : kindName)
        } catch {
          throw ImportError(
            .conflictingOptions, tokenizer.location(ofField: kindIndex), error.message)
        }
      }
      let node = builder.node(named: name, kind: kind)
      var record = NodeRecord(node: node, attributes: [], labels: [])
      for (index, column) in header.enumerated() where index != nameIndex && index != kindIndex {
        let value = tokenizer.string(index)
        if index == labelIndex {
          record.labels = value.split(separator: ";").map { String($0).trimmingSpaces() }.filter {
            !$0.isEmpty
          }
        } else if !value.isEmpty {
          record.attributes.append((column, AttributeValue(inferring: value)))
        }
      }
      records.append(record)
    }
    report.commentLines = tokenizer.commentLines
    return records
  }

  /// A tokenizer positioned on the header when the file's first line is a header written as a
  /// comment (`# index, id, name, group`): the line after the comment byte has at least two
  /// fields and the next record has as many. Otherwise nil, and the first line is a comment.
  static func commentedHeader(
    _ buffer: UnsafeBufferPointer<UInt8>, start: Int, delimiter: Delimiter, comment: UInt8?,
    file: String
  ) throws(ImportError) -> DelimitedTokenizer? {
    guard let comment, start < buffer.count, buffer[start] == comment else { return nil }
    var probe = DelimitedTokenizer(
      bytes: buffer, start: start + 1, delimiter: delimiter, comment: nil, file: file)
    guard try probe.nextRecord(), probe.fields.count >= 2 else { return nil }
    probe.comment = comment
    var next = probe
    guard try next.nextRecord(), next.fields.count == probe.fields.count else { return nil }
    return probe
  }
}

extension String {
  func trimmingSpaces() -> String {
    var text = Substring(self)
    while text.first == " " { text = text.dropFirst() }
    while text.last == " " { text = text.dropLast() }
    return String(text)
  }
}
