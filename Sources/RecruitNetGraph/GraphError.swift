/// Why a graph could not be built or viewed as asked.
public struct GraphError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What went wrong, in words fit for the user.
  public let message: String

  public init(_ message: String) { self.message = message }

  public var description: String { message }
}
