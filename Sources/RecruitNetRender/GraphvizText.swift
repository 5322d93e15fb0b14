/// Text from input made safe for Graphviz attributes, so it is drawn exactly as written.
///
/// Values are set through `agsafeset` as plain (non-HTML) strings, so DOT syntax and HTML-like
/// markup in a name are never parsed. What Graphviz still interprets in `label`, `xlabel` and
/// `tooltip` are escString sequences: `\N` (node name), `\G`, `\E`, `\T`, `\H`, `\L` and the line
/// breaks `\n`, `\l`, `\r`. Doubling every backslash turns each into a literal backslash.
/// Line breaks in a name become spaces (a name is one line). SVG output needs one more step:
/// Graphviz's SVG writer leaves a `&` alone when it already starts an entity (`&amp;`, `&#38;`),
/// so ``svgLiteral(_:)`` escapes exactly those `&`s (PNG and PDF text goes through pango, which
/// escapes every `&` itself).
public enum GraphvizText {
  /// `text` as a label that Graphviz draws literally (PNG, PDF, DOT).
  public static func literal(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "\\": result += "\\\\"
      case "\n", "\r", "\r\n": result += " "
      default: result.append(character)
      }
    }
    return result
  }

  /// The longest label drawn (in characters); longer names are cut (the tooltip keeps them).
  public static let maximumLabelLength = 24

  /// `text` cut to `limit` characters with `…` when longer, so that one overlong name (a row of
  /// 304 backticks) cannot draw a line across a diagram. Apply before ``literal(_:)``.
  public static func shortened(_ text: String, to limit: Int = maximumLabelLength) -> String {
    guard text.count > limit else { return text }
    return String(text.prefix(max(1, limit - 1))) + "…"
  }

  /// `text` as a tooltip that Graphviz's SVG writer shows literally. Tooltips go through the
  /// escString substitution twice (measured with Graphviz 2.43), so each backslash is written as
  /// four.
  public static func tooltip(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "\\": result += "\\\\\\\\"
      case "\n", "\r", "\r\n": result += " "
      default: result.append(character)
      }
    }
    return entityGuarded(result)
  }

  /// `text` as a label that Graphviz's SVG writer draws literally.
  public static func svgLiteral(_ text: String) -> String { entityGuarded(literal(text)) }

  /// `text` with each `&` that starts an entity written as `&amp;`, so that Graphviz's SVG
  /// writer (which passes entities through) shows it as typed.
  public static func entityGuarded(_ text: String) -> String {
    guard text.contains("&") else { return text }
    let characters = Array(text)
    var result = ""
    for (index, character) in characters.enumerated() {
      if character == "&" && startsEntity(characters, at: index) {
        result += "&amp;"
      } else {
        result.append(character)
      }
    }
    return result
  }

  /// Whether `characters[index...]` is `&name;`, `&#digits;` or `&#xhex;` (what Graphviz's
  /// `xml_isentity` accepts).
  static func startsEntity(_ characters: [Character], at index: Int) -> Bool {
    var i = index + 1
    guard i < characters.count else { return false }
    if characters[i] == "#" {
      i += 1
      var isHex = false
      if i < characters.count, characters[i] == "x" || characters[i] == "X" {
        isHex = true
        i += 1
      }
      let start = i
      while i < characters.count, characters[i].isASCII,
        isHex ? characters[i].isHexDigit : characters[i].isNumber
      {
        i += 1
      }
      return i > start && i < characters.count && characters[i] == ";"
    }
    let start = i
    while i < characters.count, characters[i].isASCII,
      characters[i].isLetter || characters[i].isNumber
    { i += 1 }
    return i > start && i < characters.count && characters[i] == ";"
  }

  /// `text` escaped for the inside of an HTML-like label (the legend): `&`, `<`, `>`, `"`.
  public static func html(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "\n", "\r", "\r\n": result += " "
      default: result.append(character)
      }
    }
    return result
  }
}
