/// A problem with the user's input: a one-line, compiler-style message naming where and what was
/// expected, e.g. `edges.csv:17:3: error: weight "abc" is not a number (column "weight")`.
public struct ImportError: RecruitNetError, Equatable {
  /// The kind of problem, for tests and callers that react to it.
  public enum Code: String, Sendable, Equatable {
    case missingFile, notAFile, unreadable, emptyFile, binaryFile, badEncoding, badGzip
    case unknownColumn, wrongFieldCount, badQuoting, emptyName, badWeight, badTime
    case badHeader, alreadyImported, conflictingOptions, tooLarge, badKey
    /// Tweet archives: a record that is not valid JSON, a truncated last record, a record that is
    /// not a tweet of the expected format.
    case badJSON, truncated, notATweet
    /// A file that is no tweet format the reader knows (and no format was given).
    case unrecognisedArchive
    /// Pseudonymizing without a key.
    case missingKey
    /// A node table whose header names no name column.
    case noNameColumn
    /// A column named by header name in a file without a header.
    case noHeader
    /// An account-status table: a status that is none of the known ones.
    case badStatus
    /// An account-status table: a lifetime that ends before it starts, or has no start or end.
    case badLifetime
  }

  public var code: Code
  public var location: InputLocation
  public var message: String

  public init(_ code: Code, _ location: InputLocation, _ message: String) {
    self.code = code
    self.location = location
    self.message = message
  }

  public var codeName: String { "import.\(code.rawValue)" }
  public var inputLocation: InputLocation? { location }
  public var description: String { "\(location): error: \(message)" }
}
