import RecruitNetIO

/// A problem with a workspace file, or with an import into one.
public struct WorkspaceError: RecruitNetError {
  /// The kind of problem.
  public enum Code: String, Sendable, Equatable {
    /// No file at the path.
    case noSuchFile
    /// A file that is not a RecruitNet workspace: not SQLite, or SQLite without the schema.
    case notAWorkspace
    /// A direction asked for that the stored network cannot give (directed on undirected).
    case directionMismatch
    /// An import whose files held no edges and no nodes.
    case nothingToImport
    /// Stored data that breaks the schema's invariants.
    case damaged
    /// A name already taken (a saved layer, or an edge type of the imported network).
    case nameTaken
    /// A snapshot name in use, or a snapshot's content already saved under another name.
    case snapshotTaken
    /// Another process holds the workspace's write lock for longer than the wait allowed.
    case busy
    /// Content recorded before (label verdicts of the same round).
    case alreadyRecorded
    /// A time slice asked of a workspace whose edges cannot be rebuilt from stored tweets.
    case cannotSlice
    /// An earlier import that cannot be taken out (its options or rows cannot be read back).
    case cannotReplace
    /// A database step failed; ``WorkspaceError/underlying`` holds SQLite's error.
    case failed
  }

  public var code: Code
  /// The workspace file (or scratch file) concerned.
  public var path: String
  /// What failed, in words (the step, for ``Code/failed``).
  public var detail: String
  /// The error of the layer below (GRDB's `DatabaseError`, a system error), when there was one.
  public var underlying: (any Error & Sendable)?

  public init(
    _ code: Code, _ path: String, _ detail: String, underlying: (any Error & Sendable)? = nil
  ) {
    self.code = code
    self.path = path
    self.detail = detail
    self.underlying = underlying
  }

  /// A failed step (``Code/failed``).
  public init(_ path: String, _ detail: String) { self.init(.failed, path, detail) }

  public var codeName: String { "workspace.\(code.rawValue)" }
  public var inputLocation: InputLocation? { InputLocation(file: path) }
  public var message: String { underlying.map { "\(detail): \($0)" } ?? detail }
}
