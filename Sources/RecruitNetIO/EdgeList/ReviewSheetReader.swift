/// A reviewer's verdict on a labelled account.
public enum LabelVerdict: String, Sendable, CaseIterable, Codable {
  case confirmed, rejected, unsure

  /// The verdict a reviewer wrote: `confirmed`, `yes`, `y`, `true`, `1`; `rejected`, `no`, `n`,
  /// `false`, `0`; `unsure`, `maybe`, `?` (any case). nil for anything else.
  public init?(written text: String) {
    switch text.lowercased() {
    case "confirmed", "confirm", "yes", "y", "true", "1": self = .confirmed
    case "rejected", "reject", "no", "n", "false", "0": self = .rejected
    case "unsure", "maybe", "?": self = .unsure
    default: return nil
    }
  }
}

/// Reads a list of accounts with a header: the rows of a review sheet (accounts with the
/// verdicts a reviewer wrote) or of a candidate list (such as `recruitnet expand --format csv`).
///
/// Columns, by header name (case-insensitive; others are ignored): `account` (or `name`,
/// `screen_name`, `node`), required; `label`, optional; `verdict` (or `decision`, `review`),
/// optional. A row whose verdict is empty has not been reviewed and is skipped when verdicts are
/// asked for; any other verdict must be one ``LabelVerdict/init(written:)`` reads.
///
/// CSV, TSV or whitespace-delimited, UTF-8, optionally gzip-compressed; `#` lines are comments.
///
/// - Complexity: O(bytes).
public struct ReviewSheetReader: Sendable {
  /// One row.
  public struct Row: Sendable, Equatable {
    public var account: String
    public var label: String?
    public var verdict: LabelVerdict?
    public var line: Int
  }

  public init() {}

  /// The rows of `path`, in file order.
  ///
  /// - Parameter verdicts: whether a verdict column is required (rows without a verdict are
  ///   then skipped).
  /// - Throws: ``ImportError`` naming file, line and column: no account (or verdict) column, an
  ///   empty name, a verdict that is none of the known words, an account listed twice.
  public func read(path: String, verdicts: Bool) throws(ImportError) -> [Row] {
    return try DelimitedFile.withTokenizer(path: path) { tokenizer throws(ImportError) in
      guard try tokenizer.nextRecord() else {
        throw ImportError(.emptyFile, InputLocation(file: path), "no rows; expected a header")
      }
      let header = (0..<tokenizer.fields.count).map { tokenizer.string($0).lowercased() }
      guard
        let accountColumn = header.firstIndex(where: {
          ["account", "name", "screen_name", "node", "username"].contains($0)
        })
      else {
        throw ImportError(
          .noHeader, InputLocation(file: path, line: tokenizer.recordLine),
          "expected a header naming an account column (account, name, screen_name); found \(header.joined(separator: ","))"
        )
      }
      let labelColumn = header.firstIndex(of: "label")
      let verdictColumn = header.firstIndex { ["verdict", "decision", "review"].contains($0) }
      if verdicts && verdictColumn == nil {
        throw ImportError(
          .noHeader, InputLocation(file: path, line: tokenizer.recordLine),
          "expected a verdict column (verdict) beside the account column")
      }
      var rows: [Row] = []
      var seen: [String: Int] = [:]
      while try tokenizer.nextRecord() {
        let line = tokenizer.recordLine
        func field(_ column: Int?) -> String? {
          guard let column, column < tokenizer.fields.count else { return nil }
          let text = tokenizer.string(column)
          return text.isEmpty ? nil : text
        }
        guard let account = field(accountColumn) else {
          throw ImportError(
            .emptyName, InputLocation(file: path, line: line), "empty account name")
        }
        var row = Row(account: account, label: field(labelColumn), verdict: nil, line: line)
        if verdicts {
          guard let written = field(verdictColumn) else { continue }
          guard let verdict = LabelVerdict(written: written) else {
            throw ImportError(
              .badHeader, tokenizer.location(ofField: verdictColumn ?? 0),
              "verdict \"\(written)\"; expected confirmed/yes, rejected/no or unsure (or nothing: not reviewed)"
            )
          }
          row.verdict = verdict
        }
        if let earlier = seen[account] {
          throw ImportError(
            .badHeader, InputLocation(file: path, line: line),
            "account \"\(account)\" is listed again (first on line \(rows[earlier].line)); expected one row per account"
          )
        }
        seen[account] = rows.count
        rows.append(row)
      }
      return rows
    }
  }
}
