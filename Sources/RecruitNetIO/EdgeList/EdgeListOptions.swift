import RecruitNetGraph

/// A column of a delimited file, by header name or by 1-based position (as `cut` and `awk` count).
public enum ColumnReference: Sendable, Equatable, CustomStringConvertible {
  case name(String)
  case index(Int)

  /// Parses a command-line value: all digits means a 1-based position, anything else a name.
  public init(_ text: String) {
    if let number = Int(text), number >= 1, text.allSatisfy(\.isASCII) {
      self = .index(number)
    } else {
      self = .name(text)
    }
  }

  public var description: String {
    switch self {
    case .name(let name): "\"\(name)\""
    case .index(let index): "#\(index)"
    }
  }
}

/// Whether the first record is a header.
public enum HeaderMode: String, Sendable, CaseIterable {
  /// A header if the first record names a known column (source, target, weight, …) or a column
  /// given by name; otherwise data.
  case auto
  case present
  case absent
}

/// How to find the field delimiter.
public enum DelimiterChoice: String, Sendable, CaseIterable {
  /// Tab if the first data line has one, else comma if it has one, else whitespace.
  case auto
  case comma
  case tab
  case semicolon
  case whitespace
}

/// How the weight is found.
public enum WeightChoice: Sendable, Equatable {
  /// A column named weight (or w, count, value) when there is a header; the third column when
  /// there is none and rows have three or more fields; otherwise every row weighs 1.
  case auto
  /// Every row weighs 1.
  case none
  case column(ColumnReference)
}

/// How to read an edge list: columns, header, delimiter, and what to do with bad rows.
public struct EdgeListOptions: Sendable, Equatable {
  public var source: ColumnReference?
  public var target: ColumnReference?
  public var weight: WeightChoice = .auto
  /// A column holding each row's edge type.
  public var typeColumn: ColumnReference?
  /// One edge type for every row (when there is no type column). Default: `edge`.
  public var edgeType: String?
  public var time: ColumnReference?
  public var header: HeaderMode = .auto
  public var delimiter: DelimiterChoice = .auto
  /// Lines starting with this byte are comments (`#` by default; `nil` for none).
  public var comment: UInt8? = 0x23
  /// Count and report bad rows instead of failing on the first.
  public var skipInvalid = false
  /// The node kinds of the source and target columns (`account` by default).
  public var sourceKind = "account"
  public var targetKind = "account"
  /// How rows with the same (source, target, type) become one weight (applied by the builder).
  public var merge = EdgeMergeRule.sum

  public init() {}

  /// The options as sorted `key=value` pairs, for the imports ledger.
  public var recorded: [String: String] {
    var result: [String: String] = [
      "header": header.rawValue, "delimiter": delimiter.rawValue,
      "skip_invalid": String(skipInvalid),
    ]
    if let source { result["source"] = source.description }
    if let target { result["target"] = target.description }
    switch weight {
    case .auto: result["weight"] = "auto"
    case .none: result["weight"] = "none"
    case .column(let column): result["weight"] = column.description
    }
    if let typeColumn { result["type_column"] = typeColumn.description }
    if let edgeType { result["edge_type"] = edgeType }
    if let time { result["time"] = time.description }
    result["comment"] = comment.map { String(decoding: [$0], as: UTF8.self) } ?? "none"
    if sourceKind != "account" { result["source_kind"] = sourceKind }
    if targetKind != "account" { result["target_kind"] = targetKind }
    if merge != .sum { result["merge"] = merge.rawValue }
    return result
  }

  /// The options a ledger row recorded (``recorded``), read back: to read a file again exactly
  /// as an earlier import did. Keys it does not know are ignored; nil if a value is malformed.
  public init?(recorded: [String: String]) {
    func column(_ text: String?) -> ColumnReference?? {
      guard let text else { return .some(nil) }
      if text.hasPrefix("#"), let index = Int(text.dropFirst()) { return .index(index) }
      if text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") {
        return .name(String(text.dropFirst().dropLast()))
      }
      return nil
    }
    guard let source = column(recorded["source"]), let target = column(recorded["target"]),
      let typeColumn = column(recorded["type_column"]), let time = column(recorded["time"])
    else { return nil }
    self.source = source
    self.target = target
    self.typeColumn = typeColumn
    self.time = time
    switch recorded["weight"] ?? "auto" {
    case "auto": weight = .auto
    case "none": weight = .none
    case let text:
      guard let reference = column(text), let reference else { return nil }
      weight = .column(reference)
    }
    edgeType = recorded["edge_type"]
    guard let header = HeaderMode(rawValue: recorded["header"] ?? "auto"),
      let delimiter = DelimiterChoice(rawValue: recorded["delimiter"] ?? "auto")
    else { return nil }
    self.header = header
    self.delimiter = delimiter
    skipInvalid = recorded["skip_invalid"] == "true"
    switch recorded["comment"] ?? "#" {
    case "none": comment = nil
    case let text:
      guard text.utf8.count == 1, let byte = text.utf8.first else { return nil }
      comment = byte
    }
    sourceKind = recorded["source_kind"] ?? "account"
    targetKind = recorded["target_kind"] ?? "account"
    guard let merge = EdgeMergeRule(rawValue: recorded["merge"] ?? "sum") else { return nil }
    self.merge = merge
  }
}

/// What reading one edge-list file did.
public struct EdgeListReport: Sendable {
  public var file: String
  /// Data rows read (header, comments and blank lines excluded).
  public var rowsRead = 0
  /// Rows added to the graph.
  public var rowsImported = 0
  /// Rows skipped as invalid (only with `skipInvalid`).
  public var rowsRejected = 0
  /// The first few rejected rows' errors.
  public var firstRejections: [ImportError] = []
  /// Lines skipped as comments.
  public var commentLines = 0
  /// Self-loop rows (source equals target); they are kept.
  public var selfLoopRows = 0
  /// The header's column names, if the file had a header.
  public var header: [String]?
  /// The delimiter used.
  public var delimiter: Delimiter = .byte(0x2C)
  /// Which column each role was read from.
  public var columns: [(role: String, column: String)] = []
  /// SHA-256 of the (decompressed) content.
  public var sha256 = ""

  public init(file: String) { self.file = file }
}
