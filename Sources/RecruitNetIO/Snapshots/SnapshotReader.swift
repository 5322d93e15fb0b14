extension AccountStatus: Codable, Comparable {
  /// Whether the account can be seen and followed: active or protected (a protected account
  /// still exists, its ties hidden).
  public var exists: Bool { self == .active || self == .protected }

  /// Whether the account is gone from the platform: suspended or deleted (a renamed account
  /// lives on under its new name).
  public var isGone: Bool { self == .suspended || self == .deleted }

  /// In the order of `allCases` (active, suspended, deleted, renamed, protected).
  public static func < (a: AccountStatus, b: AccountStatus) -> Bool {
    (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
  }
}

/// One row of a snapshot: what a later collection saw of an account.
public struct SnapshotRow: Sendable, Equatable {
  public var account: String
  public var state: AccountStatus
  public var followers: Int?
  public var following: Int?
  public var statuses: Int?
  /// The new name of a renamed account.
  public var renamedTo: String?
  public var userID: String?
  /// When the account was created (Unix seconds).
  public var createdAt: Int64?
  public var line: Int

  public init(account: String, state: AccountStatus, line: Int = 0) {
    self.account = account
    self.state = state
    self.line = line
  }
}

/// Reads an account-status table: the result of looking up a list of accounts again (a
/// snapshot), one row per account, with a header.
///
/// Columns, by header name (case-insensitive; others are ignored):
/// - `account` (or `name`, `screen_name`, `username`, `handle`): required;
/// - `status` (or `state`): required, one of `active`, `suspended`, `deleted`, `renamed`,
///   `protected` (case-insensitive);
/// - `followers` (`followers_count`), `following` (`friends`, `friends_count`), `statuses`
///   (`statuses_count`, `tweets`): optional non-negative integers;
/// - `renamed_to` (`new_name`): the new name of a renamed account;
/// - `user_id` (`id`): the platform's stable id; `created` (`created_at`): ISO 8601, Unix
///   seconds or M/D/YYYY H:MM.
///
/// CSV, TSV or whitespace-delimited (detected as for edge lists), UTF-8 with or without BOM,
/// optionally gzip-compressed; `#` lines are comments. An account listed twice is an error
/// naming both lines unless the rows agree (then the second is ignored).
///
/// - Complexity: O(bytes), one pass.
public struct SnapshotReader: Sendable {
  public init() {}

  static let aliases: [(column: String, names: [String])] = [
    ("account", ["account", "name", "screen_name", "username", "handle", "node"]),
    ("status", ["status", "state"]),
    ("followers", ["followers", "followers_count"]),
    ("following", ["following", "friends", "friends_count", "following_count"]),
    ("statuses", ["statuses", "statuses_count", "tweets", "numberstatuses"]),
    ("renamed_to", ["renamed_to", "new_name"]),
    ("user_id", ["user_id", "id", "userid"]),
    ("created", ["created", "created_at"]),
  ]

  /// The rows of `path` in file order, without duplicates.
  ///
  /// - Throws: ``ImportError`` with file, line and column: `missingFile`, `badEncoding`,
  ///   `emptyFile`, `noHeader` (no account or status column), `wrongFieldCount`, `emptyName`,
  ///   `badHeader` for an unknown status, a bad count or time (`badWeight`, `badTime`), or an
  ///   account listed twice with different rows.
  public func read(path: String) throws(ImportError) -> [SnapshotRow] {
    try DelimitedFile.withTokenizer(path: path) { tokenizer throws(ImportError) in
      try parse(&tokenizer, file: path)
    }
  }

  private func parse(_ tokenizer: inout DelimitedTokenizer, file: String) throws(ImportError)
    -> [SnapshotRow]
  {
    guard try tokenizer.nextRecord() else {
      throw ImportError(
        .emptyFile, InputLocation(file: file),
        "no rows; expected a header (account,status,…) and one row per account")
    }
    let header = (0..<tokenizer.fields.count).map { tokenizer.string($0).lowercased() }
    var index: [String: Int] = [:]
    for (column, names) in Self.aliases {
      if let found = header.firstIndex(where: names.contains) { index[column] = found }
    }
    guard let accountColumn = index["account"], let statusColumn = index["status"] else {
      throw ImportError(
        .noHeader, InputLocation(file: file, line: tokenizer.recordLine),
        "expected a header naming an account column (account, name, screen_name) and a status column (status); found \(header.joined(separator: ","))"
      )
    }
    let needed = (index.values.max() ?? 0) + 1
    var rows: [SnapshotRow] = []
    var seen: [String: Int] = [:]
    while try tokenizer.nextRecord() {
      let line = tokenizer.recordLine
      guard tokenizer.fields.count >= needed else {
        throw ImportError(
          .wrongFieldCount, InputLocation(file: file, line: line),
          "expected \(header.count) fields as the header has, found \(tokenizer.fields.count)")
      }
      let account = tokenizer.string(accountColumn)
      guard !account.isEmpty else {
        throw ImportError(
          .emptyName, tokenizer.location(ofField: accountColumn), "empty account name")
      }
      let statusText = tokenizer.string(statusColumn)
      guard let state = AccountStatus(rawValue: statusText.lowercased()) else {
        throw ImportError(
          .badHeader, tokenizer.location(ofField: statusColumn),
          "status \"\(statusText)\"; expected one of \(AccountStatus.allCases.map(\.rawValue).joined(separator: ", "))"
        )
      }
      var row = SnapshotRow(account: account, state: state, line: line)
      func count(_ column: String) throws(ImportError) -> Int? {
        guard let i = index[column] else { return nil }
        let text = tokenizer.string(i)
        if text.isEmpty { return nil }
        guard let value = Int(text), value >= 0 else {
          throw ImportError(
            .badWeight, tokenizer.location(ofField: i),
            "\(column) \"\(text)\"; expected a non-negative whole number or nothing")
        }
        return value
      }
      func text(_ column: String) -> String? {
        guard let i = index[column] else { return nil }
        let value = tokenizer.string(i)
        return value.isEmpty ? nil : value
      }
      row.followers = try count("followers")
      row.following = try count("following")
      row.statuses = try count("statuses")
      row.renamedTo = text("renamed_to")
      row.userID = text("user_id")
      if let column = index["created"], let created = text("created") {
        guard let seconds = TimestampParsing.unixSeconds(created) else {
          throw ImportError(
            .badTime, tokenizer.location(ofField: column),
            "creation time \"\(created)\"; expected ISO 8601, Unix seconds or M/D/YYYY H:MM")
        }
        row.createdAt = seconds
      }
      if let earlier = seen[account] {
        var same = rows[earlier]
        same.line = line
        if same != row {
          throw ImportError(
            .badHeader, InputLocation(file: file, line: line),
            "account \"\(account)\" is listed again with other values (first on line \(rows[earlier].line)); expected one row per account"
          )
        }
        continue
      }
      seen[account] = rows.count
      rows.append(row)
    }
    return rows
  }
}
