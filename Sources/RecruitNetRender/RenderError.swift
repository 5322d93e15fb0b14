/// Why a diagram could not be drawn: Graphviz's own messages when it gave any.
public struct RenderError: Error, Sendable, CustomStringConvertible {
  public var message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}
