import Foundation

extension OutputFile {
  /// Writes `bytes` to `path` so the file appears complete or not at all (a temporary file in
  /// the same folder, then a rename): diagrams are binary (PNG, PDF).
  static func write(bytes: [UInt8], to path: String) throws {
    do {
      try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw UserError("cannot write '\(path)': \(error.localizedDescription)")
    }
  }
}
