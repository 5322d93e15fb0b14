import Foundation

/// JSON text from plain values, keys sorted, with nothing lost from doubles.
public enum JSONText {
  public static func encode(_ value: Any) -> String {
    guard JSONSerialization.isValidJSONObject(value),
      let data = try? JSONSerialization.data(
        withJSONObject: value, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    else { return "null" }
    return String(decoding: data, as: UTF8.self)
  }
}

/// A parameter's recorded text as the JSON value it stands for: a number for a number
/// (`"0.85"` → 0.85, `"61513"` → 61513), a boolean for `true`/`false`, the text otherwise, so
/// that a JSON reader never has to parse numbers out of strings.
public enum ParameterJSON {
  public static func value(_ text: String) -> Any {
    if text == "true" { return true }
    if text == "false" { return false }
    if let integer = Int(text), !(text.count > 1 && text.hasPrefix("0")) { return integer }
    if let number = Double(text), number.isFinite,
      text.allSatisfy({ $0.isNumber || "+-.eE".contains($0) })
    {
      return number
    }
    return text
  }
}

/// Numbers as a table shows them: rounded to a number of significant digits (`%.*g`), where
/// CSV and JSON keep Swift's shortest round-trip form (every digit).
public enum TableNumber {
  /// Six significant digits: `0.0188976`, `2.29075e-03` becomes `0.00229075`.
  public static let defaultPrecision = 6

  public static func text(_ value: Double, precision: Int = defaultPrecision) -> String {
    if value.isNaN { return "nan" }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    return String(format: "%.*g", max(1, min(17, precision)), value)
  }
}

/// A plain text table with aligned columns.
public enum TextTable {
  public static func render(_ rows: [[String]]) -> String {
    guard let first = rows.first else { return "" }
    var widths = [Int](repeating: 0, count: first.count)
    for row in rows {
      for (i, cell) in row.enumerated() where i < widths.count {
        widths[i] = max(widths[i], cell.count)
      }
    }
    return rows.map { row in
      row.enumerated().map { i, cell in
        i == row.count - 1 ? cell : cell.padding(toLength: widths[i], withPad: " ", startingAt: 0)
      }.joined(separator: "  ")
    }.joined(separator: "\n") + "\n"
  }
}

/// CSV fields quoted as RFC 4180 asks, and defused against formula injection: a text field that
/// starts with `=`, `+`, `-`, `@`, a tab or a carriage return would run as a formula when a
/// spreadsheet opens the file (an account named `=HYPERLINK(…)`), so it is prefixed with `'`, as
/// OWASP recommends ("CSV Injection"). Numbers (`-0.5`, `+3`) are left as they are. These are the
/// CSVs written for people (reports); `export --format csv` writes the data unchanged for tools.
public enum CSVText {
  /// Whether text fields are defused (on unless the user turns it off for the whole process,
  /// before any output is written).
  nonisolated(unsafe) public static var defusesFormulas = true

  public static func field(_ text: String) -> String {
    var text = text
    if defusesFormulas, let first = text.unicodeScalars.first,
      "=+-@\t\r".unicodeScalars.contains(first),
      Double(text) == nil
    {
      text = "'" + text
    }
    if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
      return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    return text
  }

  public static func row(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",") + "\n"
  }
}

/// A double as JSON has it: the number, or null for NaN and infinities (which JSON cannot hold).
public enum JSONNumber {
  public static func value(_ value: Double) -> Any { value.isFinite ? value : NSNull() }
}
