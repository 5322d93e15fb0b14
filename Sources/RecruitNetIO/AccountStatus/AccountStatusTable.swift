/// What a later collection found an account to be.
public enum AccountStatus: String, Sendable, Equatable, CaseIterable {
  case active, suspended, deleted, renamed, protected
}

/// An account-status table: one row per account with its group, its creation and first and last
/// sightings (Unix seconds, UTC; nil where the cell was empty) and its status, as read by
/// ``AccountStatusReader``. Columns are parallel arrays in file order.
public struct AccountStatusTable: Sendable {
  public var file: String
  public var accounts: [String] = []
  /// The value of the group column, or nil for every row when the table is read without one.
  public var groups: [String]? = nil
  public var created: [Int64?] = []
  public var firstSeen: [Int64?] = []
  public var lastSeen: [Int64?] = []
  public var statuses: [AccountStatus] = []
  /// The line each row is on.
  public var lines: [Int] = []
  /// The column names of the header, as written.
  public var header: [String] = []

  public var count: Int { accounts.count }

  public init(file: String) { self.file = file }
}
