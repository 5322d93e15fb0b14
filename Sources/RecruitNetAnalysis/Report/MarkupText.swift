import Foundation

/// Escaping for text placed in HTML or SVG markup (element text and quoted attribute values),
/// and for JSON placed inside a `<script>` element.
///
/// The report's templates escape every `{{value}}` themselves (Mustache's HTML content type);
/// this is for the markup the chart module writes and for the embedded manifest.
enum MarkupText {
  /// `text` with `& < > " '` replaced by character references.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for c in text {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(c)
      }
    }
    return out
  }

  /// JSON text safe inside `<script type="application/json">`: `<`, `>` and `&` become JSON
  /// escapes, so no `</script>` or `<!--` can end the element (the JSON value is unchanged).
  static func scriptJSON(_ json: String) -> String {
    json.replacingOccurrences(of: "<", with: "\\u003c")
      .replacingOccurrences(of: ">", with: "\\u003e")
      .replacingOccurrences(of: "&", with: "\\u0026")
  }
}
