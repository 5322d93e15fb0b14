import Foundation

/// Reads an account-status table: CSV (or TSV, detected as for edge lists), UTF-8, optionally
/// gzip-compressed, `#` lines are comments, with a header naming at least the columns
/// `account` and `status`, and some of `created`, `first_seen`, `last_seen` and a group column.
///
/// Column names are matched case-insensitively, and `first seen`, `first-seen` and `firstseen`
/// are all `first_seen`. Statuses are `active`, `suspended`, `deleted`, `renamed`, `protected`
/// (any case). Times are ISO 8601 dates or datetimes (`2015-03-02`, `2015-03-02T14:05:00Z`, with
/// an offset), or Unix seconds, read as UTC; an empty cell is a missing time. Each account may
/// appear once. Every problem is an ``ImportError`` naming the file, the line (and column) and
/// what was expected; nothing in the data can make the reader trap.
///
/// - Complexity: O(file size), one pass after the whole-file read.
public struct AccountStatusReader: Sendable {
  /// The column holding each account's group, or nil to read none. When `groupRequired` is
  /// false a missing group column is not an error: the table then has no groups.
  public var groupColumn: String? = "group"
  public var groupRequired = false
  public var delimiter: DelimiterChoice = .auto

  public init(groupColumn: String? = "group", groupRequired: Bool = false) {
    self.groupColumn = groupColumn
    self.groupRequired = groupRequired
  }

  /// The range of `base[0..<count]` without leading and trailing spaces and tabs.
  @inline(__always)
  static func trimmed(_ base: UnsafePointer<UInt8>, _ count: Int) -> (start: Int, length: Int) {
    var start = 0
    var end = count
    while start < end && (base[start] == 0x20 || base[start] == 0x09) { start += 1 }
    while end > start && (base[end - 1] == 0x20 || base[end - 1] == 0x09) { end -= 1 }
    return (start, end - start)
  }

  /// Field `index` without surrounding blanks, decoded once from its bytes (no Foundation call:
  /// this is the inner loop of a million-row table).
  static func trimmedString(_ tokenizer: DelimitedTokenizer, _ index: Int) -> String {
    (try? tokenizer.withField(index) { base, count in
      let (start, length) = trimmed(base, count)
      return String(
        decoding: UnsafeBufferPointer(start: base + start, count: length), as: UTF8.self)
    }) ?? ""
  }

  /// Each status with its name's bytes (lower-case ASCII), to match fields without strings.
  static let statusNames = AccountStatus.allCases.map { ($0, Array($0.rawValue.utf8)) }

  /// The status in field `index`, any case, or nil when it is none of the known ones.
  static func status(_ tokenizer: DelimitedTokenizer, _ index: Int) throws(ImportError)
    -> AccountStatus?
  {
    try tokenizer.withField(index) { base, count in
      let (start, length) = trimmed(base, count)
      guard length >= 6 && length <= 9 else { return nil }
      next: for (status, name) in statusNames {
        guard name.count == length else { continue }
        for k in 0..<length where base[start + k] | 0x20 != name[k] { continue next }
        return status
      }
      return nil
    }
  }

  static func key(_ name: String) -> String {
    String(
      name.trimmingCharacters(in: .whitespaces).lowercased().map {
        $0 == " " || $0 == "-" ? "_" : $0
      })
  }

  static let aliases: [String: String] = [
    "firstseen": "first_seen", "lastseen": "last_seen", "created_at": "created",
    "screen_name": "account", "username": "account", "user": "account", "name": "account",
  ]

  /// The table in `path`.
  ///
  /// - Throws: ``ImportError`` (`missingFile`, `badEncoding`, `emptyFile`, `unknownColumn`,
  ///   `wrongFieldCount`, `emptyName`, `badTime`, `badHeader` for a repeated account,
  ///   `badStatus`) with file and line.
  public func read(path: String) throws(ImportError) -> AccountStatusTable {
    try DelimitedFile.withTokenizer(path: path, delimiter: delimiter) {
      tokenizer throws(ImportError) in try parse(&tokenizer, file: path)
    }
  }

  private func parse(_ tokenizer: inout DelimitedTokenizer, file: String) throws(ImportError)
    -> AccountStatusTable
  {
    let expectedHeader = "account,group,created,first_seen,last_seen,status"
    guard try tokenizer.nextRecord() else {
      throw ImportError(
        .emptyFile, InputLocation(file: file), "no rows; expected a header `\(expectedHeader)`")
    }
    var table = AccountStatusTable(file: file)
    table.header = (0..<tokenizer.fields.count).map { tokenizer.string($0) }
    var index: [String: Int] = [:]
    for (i, name) in table.header.enumerated() {
      var key = Self.key(name)
      key = Self.aliases[key] ?? key
      if index[key] == nil { index[key] = i }
    }
    let headerLine = InputLocation(file: file, line: tokenizer.recordLine)
    func required(_ name: String) throws(ImportError) -> Int {
      guard let column = index[name] else {
        throw ImportError(
          .unknownColumn, headerLine,
          "no column `\(name)` in the header (\(table.header.joined(separator: ","))); expected columns such as \(expectedHeader)"
        )
      }
      return column
    }
    let accountColumn = try required("account")
    let statusColumn = try required("status")
    let createdColumn = index["created"]
    let firstColumn = index["first_seen"]
    let lastColumn = index["last_seen"]
    guard createdColumn != nil || firstColumn != nil else {
      throw ImportError(
        .unknownColumn, headerLine,
        "neither `created` nor `first_seen` in the header (\(table.header.joined(separator: ","))); expected at least one of them to date each account"
      )
    }
    var groupColumn: Int? = nil
    if let name = self.groupColumn {
      if let column = index[Self.aliases[Self.key(name)] ?? Self.key(name)] {
        groupColumn = column
        table.groups = []
      } else if groupRequired {
        throw ImportError(
          .unknownColumn, headerLine,
          "no group column `\(name)` in the header (\(table.header.joined(separator: ",")))")
      }
    }
    let needed =
      [
        accountColumn, statusColumn, createdColumn ?? 0, firstColumn ?? 0, lastColumn ?? 0,
        groupColumn ?? 0,
      ].max() ?? 0
    var seen: [String: Int] = [:]
    // One row per line, nearly: reserving avoids rehashing a million names several times.
    var lineCount = 0
    for byte in UnsafeBufferPointer(start: tokenizer.base, count: tokenizer.count)
    where byte == 0x0A {
      lineCount += 1
    }
    seen.reserveCapacity(lineCount)
    while try tokenizer.nextRecord() {
      let line = tokenizer.recordLine
      guard tokenizer.fields.count > needed else {
        throw ImportError(
          .wrongFieldCount, InputLocation(file: file, line: line),
          "\(tokenizer.fields.count) fields; expected \(table.header.count) as in the header")
      }
      let account = Self.trimmedString(tokenizer, accountColumn)
      guard !account.isEmpty else {
        throw ImportError(.emptyName, tokenizer.location(ofField: accountColumn), "empty account")
      }
      if let earlier = seen.updateValue(line, forKey: account) {
        throw ImportError(
          .badHeader, InputLocation(file: file, line: line),
          "account \"\(account)\" is also on line \(earlier); expected one row per account")
      }
      guard let status = try Self.status(tokenizer, statusColumn) else {
        throw ImportError(
          .badStatus, tokenizer.location(ofField: statusColumn),
          "status \"\(Self.trimmedString(tokenizer, statusColumn))\"; expected one of \(AccountStatus.allCases.map(\.rawValue).joined(separator: ", "))"
        )
      }
      func time(_ column: Int?, _ name: String) throws(ImportError) -> Int64? {
        guard let column else { return nil }
        // nil: empty; .some(nil): not a date.
        let parsed: Int64?? = try tokenizer.withField(column) { base, count throws(ImportError) in
          let (start, length) = Self.trimmed(base, count)
          return length == 0 ? nil : .some(TimestampParsing.unixSeconds(base + start, length))
        }
        guard let parsed else { return nil }
        guard let value = parsed else {
          throw ImportError(
            .badTime, tokenizer.location(ofField: column),
            "\(name) \"\(Self.trimmedString(tokenizer, column))\" is not a date; expected ISO 8601 such as 2015-03-02 or 2015-03-02T14:05:00Z"
          )
        }
        return value
      }
      table.accounts.append(account)
      table.statuses.append(status)
      table.created.append(try time(createdColumn, "created"))
      table.firstSeen.append(try time(firstColumn, "first_seen"))
      table.lastSeen.append(try time(lastColumn, "last_seen"))
      table.lines.append(line)
      if let groupColumn { table.groups?.append(Self.trimmedString(tokenizer, groupColumn)) }
    }
    guard !table.accounts.isEmpty else {
      throw ImportError(
        .emptyFile, headerLine, "a header but no rows; expected one row per account")
    }
    return table
  }
}
