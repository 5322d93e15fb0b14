import RecruitNetIO

/// A problem with a workspace file, or with an import into one.
public struct WorkspaceError: Error, Sendable, CustomStringConvertible {
  public var path: String
  public var message: String

  public init(_ path: String, _ message: String) {
    self.path = path
    self.message = message
  }

  public var description: String { "\(path): error: \(message)" }
}
