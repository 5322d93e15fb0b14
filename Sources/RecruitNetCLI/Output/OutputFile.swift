import Foundation

/// Writes a command's output to stdout or, with `--out FILE`, to a file that appears complete or
/// not at all (Foundation's atomic write: a temporary file in the same folder, then a rename).
enum OutputFile {
  static func write(_ text: String, to path: String?) throws {
    guard let path else {
      Terminal.write(text)
      return
    }
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw UserError("cannot write '\(path)': \(error.localizedDescription)")
    }
  }
}
