/// Every error the library throws: a stable code, an optional place in the input, and a message
/// in words fit for the user.
///
/// Messages name no command-line flag or command: a front end (the `recruitnet` CLI, the Python
/// package) adds its own hints from a table keyed by ``codeName``. A located error prints as
/// `FILE:LINE[:COL]: error: message`, with the location built only from ``InputLocation``.
public protocol RecruitNetError: Error, Sendable, CustomStringConvertible {
  /// `module.case`, for example `centrality.didNotConverge`: the key of front ends' hint tables,
  /// stable across releases.
  var codeName: String { get }
  /// Where in the user's input the problem is, when it is in a file.
  var inputLocation: InputLocation? { get }
  /// What went wrong, without the location.
  var message: String { get }
}

extension RecruitNetError {
  public var inputLocation: InputLocation? { nil }
  public var description: String {
    inputLocation.map { "\($0): error: \(message)" } ?? message
  }
}

/// The name of an enum case without its associated values, for ``RecruitNetError/codeName``.
package func caseName(of value: some Any) -> String {
  let text = String(describing: value)
  return String(text.prefix { $0 != "(" })
}
