import RecruitNetGraph

/// Why a survival or population computation cannot run: inputs of different lengths, a negative
/// or non-finite duration, counts that contradict each other (more confirmed than reviewed, more
/// recaptured than captured).
public struct SurvivalError: RecruitNetError, Equatable {
  /// The kind of problem, for tests and callers that react to it.
  public enum Code: String, Sendable, Equatable {
    /// Arrays that should be parallel have different lengths.
    case lengthMismatch
    /// A duration that is negative, infinite or NaN.
    case badDuration
    /// Counts that cannot describe a sample (negative, or a part larger than its whole).
    case inconsistentCounts
    /// A sample with no observations where one is needed.
    case empty
  }

  public var code: Code
  public var message: String

  public init(_ code: Code, _ message: String) {
    self.code = code
    self.message = message
  }

  public var codeName: String { "survival.\(code.rawValue)" }
}
