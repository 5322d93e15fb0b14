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

/// Unix times as ISO 8601 text in UTC (`2015-01-06T21:07:00Z`).
///
/// Written by hand rather than with `ISO8601DateFormatter`: a formatter costs tens of
/// microseconds to make, and a table of a million accounts prints three times each. The civil
/// date comes from the day count by H. Hinnant's `civil_from_days` ("chrono-Compatible Low-Level
/// Date Algorithms", 2013), exact for the proleptic Gregorian calendar.
public enum ISO8601Text {
  public static func text(_ seconds: Int64) -> String {
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    let secondOfDay = seconds - days * 86_400
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
    let digits = String(year)
    let yearText =
      year >= 0 && digits.count < 4
      ? String(repeating: "0", count: 4 - digits.count) + digits : digits
    return
      "\(yearText)-\(two(month))-\(two(day))T\(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60))Z"
  }
}

/// A double as JSON has it: the number, or null for NaN and infinities (which JSON cannot hold).
public enum JSONNumber {
  public static func value(_ value: Double) -> Any { value.isFinite ? value : NSNull() }
}
