import Foundation

/// The one place the CLI writes to stdout and stderr.
enum Terminal {
  static func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  static func writeError(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }

  /// Whether stderr is a terminal (progress is shown only then).
  static var stderrIsTerminal: Bool { isatty(2) == 1 }
}

/// Progress messages on stderr, only when it is a terminal and `--quiet` was not given.
struct Progress: Sendable {
  let enabled: Bool

  init(quiet: Bool) { enabled = !quiet && Terminal.stderrIsTerminal }

  func callAsFunction(_ message: String) {
    if enabled { Terminal.writeError("recruitnet: \(message)…\n") }
  }

  var reporter: (@Sendable (String) -> Void)? {
    guard enabled else { return nil }
    let report: @Sendable (String) -> Void = { message in
      Terminal.writeError("recruitnet: \(message)…\n")
    }
    return report
  }
}

/// Seconds per phase, printed by `--timings` as one JSON object on the last stderr line.
struct Timings {
  private(set) var phases: [(String, Double)] = []

  mutating func add(_ phase: String, _ seconds: Double) {
    if let index = phases.firstIndex(where: { $0.0 == phase }) {
      phases[index].1 += seconds
    } else {
      phases.append((phase, seconds))
    }
  }

  var json: String {
    "{" + phases.map { "\"\($0.0)\": \(String(format: "%.6f", $0.1))" }.joined(separator: ", ") + "}"
  }
}

/// JSON text from plain values, keys sorted, with nothing lost from doubles.
enum JSONText {
  static func encode(_ value: Any) -> String {
    guard JSONSerialization.isValidJSONObject(value),
      let data = try? JSONSerialization.data(withJSONObject: value, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    else { return "null" }
    return String(decoding: data, as: UTF8.self)
  }
}

/// A plain text table with aligned columns.
enum TextTable {
  static func render(_ rows: [[String]]) -> String {
    guard let first = rows.first else { return "" }
    var widths = [Int](repeating: 0, count: first.count)
    for row in rows {
      for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) }
    }
    return rows.map { row in
      row.enumerated().map { i, cell in
        i == row.count - 1 ? cell : cell.padding(toLength: widths[i], withPad: " ", startingAt: 0)
      }.joined(separator: "  ")
    }.joined(separator: "\n") + "\n"
  }
}

/// CSV fields quoted as RFC 4180 asks.
enum CSVText {
  static func field(_ text: String) -> String {
    if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
      return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    return text
  }

  static func row(_ fields: [String]) -> String { fields.map(field).joined(separator: ",") + "\n" }
}
