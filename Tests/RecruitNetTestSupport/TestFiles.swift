import Foundation

/// A fresh temporary folder per test, with helpers to write input files into it.
public struct TestFiles {
  public let folder: URL

  public init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "recruitnet-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  public func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  @discardableResult
  public func write(_ name: String, _ text: String) throws -> String {
    try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    return path(name)
  }

  @discardableResult
  public func write(_ name: String, bytes: [UInt8]) throws -> String {
    try Data(bytes).write(to: folder.appendingPathComponent(name))
    return path(name)
  }

  /// Compresses a file with the system's gzip into `name.gz`.
  public func gzip(_ name: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/gzip")
    process.arguments = ["-k", "-f", path(name)]
    try process.run()
    process.waitUntilExit()
    return path(name) + ".gz"
  }
}
