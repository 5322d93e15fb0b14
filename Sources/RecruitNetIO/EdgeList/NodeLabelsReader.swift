/// Reads a labelling of nodes from a two-column file (`node,label` with a header row), such as a
/// list of known cells to compare detected communities with (`recruitnet communities --compare`).
///
/// The file is CSV, TSV or whitespace-delimited (detected as for edge lists), UTF-8 with or
/// without BOM, optionally gzip-compressed; `#` lines are comments. The first record is the
/// header; column 1 names the node and column 2 its label; further columns are ignored. A node
/// listed twice with different labels, an empty name or an empty label is an error naming the
/// line. Whether the names exist in a network is for the caller to check (each row keeps its line).
public struct NodeLabelsReader: Sendable {
  /// One row: the node's name, its label, and the line it is on.
  public struct Row: Sendable, Equatable {
    public var name: String
    public var label: String
    public var line: Int
  }

  public var delimiter: DelimiterChoice = .auto

  public init(delimiter: DelimiterChoice = .auto) { self.delimiter = delimiter }

  /// The rows of `path` in file order, without duplicates, and the header's names of the columns.
  ///
  /// - Throws: ``ImportError`` (`missingFile`, `badEncoding`, `emptyFile`, `wrongFieldCount`,
  ///   `emptyName`, `badHeader` for a conflicting duplicate) with file and line.
  public func read(path: String) throws(ImportError) -> (rows: [Row], header: [String]) {
    try DelimitedFile.withTokenizer(path: path, delimiter: delimiter) {
      tokenizer throws(ImportError) in try parse(&tokenizer, file: path)
    }
  }

  private func parse(_ tokenizer: inout DelimitedTokenizer, file: String) throws(ImportError) -> (
    rows: [Row], header: [String]
  ) {
    guard try tokenizer.nextRecord() else {
      throw ImportError(
        .emptyFile, InputLocation(file: file),
        "no rows; expected a header `node,label` and one row per node")
    }
    let header = (0..<tokenizer.fields.count).map { tokenizer.string($0) }
    guard header.count >= 2 else {
      throw ImportError(
        .wrongFieldCount, InputLocation(file: file, line: tokenizer.recordLine),
        "expected a header with two columns (node,label), found \(header.count)")
    }
    var rows: [Row] = []
    var seen: [String: Int] = [:]
    while try tokenizer.nextRecord() {
      let line = tokenizer.recordLine
      guard tokenizer.fields.count >= 2 else {
        throw ImportError(
          .wrongFieldCount, InputLocation(file: file, line: line),
          "expected two fields (node,label), found \(tokenizer.fields.count)")
      }
      let name = tokenizer.string(0)
      let label = tokenizer.string(1)
      guard !name.isEmpty else {
        throw ImportError(.emptyName, tokenizer.location(ofField: 0), "empty node name")
      }
      guard !label.isEmpty else {
        throw ImportError(
          .emptyName, tokenizer.location(ofField: 1), "empty label for node \"\(name)\"")
      }
      if let index = seen[name] {
        if rows[index].label != label {
          throw ImportError(
            .badHeader, InputLocation(file: file, line: line),
            "node \"\(name)\" has label \"\(label)\" here and \"\(rows[index].label)\" on line \(rows[index].line); expected one label per node"
          )
        }
        continue
      }
      seen[name] = rows.count
      rows.append(Row(name: name, label: label, line: line))
    }
    return (rows, header)
  }
}
