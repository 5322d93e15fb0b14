/// Where in an input something was found: file, line and column (1-based), as far as known.
public struct InputLocation: Sendable, Equatable, CustomStringConvertible {
  public var file: String
  public var line: Int?
  public var column: Int?

  public init(file: String, line: Int? = nil, column: Int? = nil) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file`, `file:line` or `file:line:column`, the form editors and compilers use.
  public var description: String {
    var text = file
    if let line {
      text += ":\(line)"
      if let column { text += ":\(column)" }
    }
    return text
  }
}

/// A problem with the user's input: a one-line, compiler-style message naming where and what was
/// expected, e.g. `edges.csv:17:3: error: weight "abc" is not a number (column "weight")`.
public struct ImportError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The kind of problem, for tests and callers that react to it.
  public enum Code: String, Sendable, Equatable {
    case missingFile, notAFile, unreadable, emptyFile, binaryFile, badEncoding, badGzip
    case unknownColumn, wrongFieldCount, badQuoting, emptyName, badWeight, badTime
    case badHeader, alreadyImported, conflictingOptions, tooLarge, badKey
    /// Tweet archives: a record that is not valid JSON, a truncated last record, a record that is
    /// not a tweet of the expected format.
    case badJSON, truncated, notATweet
  }

  public var code: Code
  public var location: InputLocation
  public var message: String

  public init(_ code: Code, _ location: InputLocation, _ message: String) {
    self.code = code
    self.location = location
    self.message = message
  }

  public var description: String { "\(location): error: \(message)" }
}
