import RecruitNetGraph

/// Why a diagram could not be drawn: Graphviz's own messages when it gave any.
public struct RenderError: RecruitNetError {
  /// The kind of problem, with its details.
  public enum Code: Sendable, Equatable {
    /// A Graphviz step failed; `step` says which, `details` is what Graphviz reported (often empty).
    case graphviz(step: String, details: String)
  }

  public var code: Code

  public init(_ code: Code) { self.code = code }

  public var codeName: String { "render." + caseName(of: code) }

  public var message: String {
    switch code {
    case .graphviz(let step, let details): step + details
    }
  }
}
