import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The advisory lock every writer of a workspace holds: an exclusive `flock(2)` on the sibling
/// file `WORKSPACE.lock`, taken before the writer reads what it will change and released after
/// its write (or rename) is done. Two imports into one workspace therefore run one after the
/// other instead of the later rename silently dropping the other's file, and a result computed
/// on a graph that an import replaced meanwhile is never stored under the new revision.
///
/// The lock is released when the value is deinitialised, and by the kernel when the process
/// dies (a killed import never leaves the workspace locked). The `.lock` file itself stays.
public final class WorkspaceLock: @unchecked Sendable {
  /// How long a writer waits for another before giving up, in seconds (the environment variable
  /// `RECRUITNET_LOCK_TIMEOUT` overrides it).
  public static var defaultTimeout: Double {
    ProcessInfo.processInfo.environment["RECRUITNET_LOCK_TIMEOUT"].flatMap(Double.init) ?? 120
  }

  private let descriptor: Int32
  /// The lock file.
  public let path: String

  /// Waits for the lock of the workspace at `workspacePath` (polling every 50 ms).
  ///
  /// - Throws: ``WorkspaceError/Code/busy`` after `timeout` seconds, naming the lock file, and
  ///   ``WorkspaceError/Code/failed`` when the lock file cannot be opened.
  public init(workspacePath: String, timeout: Double = WorkspaceLock.defaultTimeout)
    throws(WorkspaceError)
  {
    path = workspacePath + ".lock"
    let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      throw WorkspaceError(
        .failed, workspacePath,
        "cannot open the lock file \(path): \(String(cString: strerror(errno)))")
    }
    let deadline = Date().addingTimeInterval(timeout)
    while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
      guard errno == EWOULDBLOCK || errno == EINTR, Date() < deadline else {
        close(descriptor)
        throw WorkspaceError(
          .busy, workspacePath,
          "another process is writing this workspace (lock \(path)); waited \(Int(timeout)) s"
        )
      }
      usleep(50_000)
    }
    self.descriptor = descriptor
  }

  deinit {
    flock(descriptor, LOCK_UN)
    close(descriptor)
  }

  /// Runs `body` holding the lock of the workspace at `workspacePath`.
  public static func holding<T>(_ workspacePath: String, _ body: () throws -> T) throws -> T {
    let lock = try WorkspaceLock(workspacePath: workspacePath)
    defer { withExtendedLifetime(lock) {} }
    return try body()
  }
}
