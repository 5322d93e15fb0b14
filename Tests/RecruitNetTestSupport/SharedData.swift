import Foundation

/// Locations of the repository's own files and of the real networks in `../shared/data`, which a
/// user's clone does not have: tests that need them skip with a message when they are absent.
public enum SharedData {
  /// The repository root (this file is `Tests/RecruitNetTestSupport/SharedData.swift`).
  public static let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// `../shared/data` beside the repository, if present.
  public static var folder: URL? {
    let folder = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
    return FileManager.default.fileExists(atPath: folder.path) ? folder : nil
  }

  /// The path of `relative` under `../shared/data`, or nil (and a note on stderr) when absent.
  public static func path(_ relative: String) -> String? {
    guard let folder,
      FileManager.default.fileExists(atPath: folder.appendingPathComponent(relative).path)
    else {
      FileHandle.standardError.write(
        Data("skipped: ../shared/data/\(relative) is not here (CI has it)\n".utf8))
      return nil
    }
    return folder.appendingPathComponent(relative).path
  }

  /// The path of a file under the repository root.
  public static func repository(_ relative: String) -> String {
    repositoryRoot.appendingPathComponent(relative).path
  }
}
