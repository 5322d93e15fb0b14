import Foundation

/// Entities parsed from a tweet's text, for archives that carry only the text (CSV exports).
///
/// Rules (after twitter-text, simplified and documented in the README):
/// - **Retweet prefix**: text that starts with `RT @name:` (optional spaces before; `RT` in capitals)
///   is a retweet of `name`. Nothing else in it is a mention.
/// - **Mentions**: `@` or `＠` followed by a handle of 1–15 characters `[A-Za-z0-9_]`. The `@` must
///   not follow a letter, digit, `_`, `!`, `#`, `$`, `%`, `&`, `*` or another `@` (so
///   `name@example.com` is no mention), and the handle must not be followed by another handle
///   character (a 16th), an `@`, or a letter or accent outside ASCII.
/// - **Hashtags**: `#` or `＃` followed by letters, digits, marks and `_`, with at least one letter
///   or mark; the `#` must not follow a letter, digit, mark, `_` or `&` (so `&#39;` is none).
/// - **Links**: `http://` or `https://` up to the next white space.
public enum TweetText {
  /// The handle of a leading `RT @name:` prefix, if the text has one.
  public static func retweetPrefix(_ text: String) -> String? {
    let scalars = Array(text.unicodeScalars)
    var i = 0
    while i < scalars.count && (scalars[i] == " " || scalars[i] == "\t") { i += 1 }
    guard i + 3 < scalars.count, scalars[i] == "R", scalars[i + 1] == "T", scalars[i + 2] == " "
    else { return nil }
    i += 3
    while i < scalars.count && scalars[i] == " " { i += 1 }
    guard i < scalars.count, scalars[i] == "@" || scalars[i] == "＠" else { return nil }
    i += 1
    let start = i
    while i < scalars.count && isHandleScalar(scalars[i]) { i += 1 }
    let length = i - start
    guard length >= 1 && length <= 15, i < scalars.count, scalars[i] == ":" else { return nil }
    return String(String.UnicodeScalarView(scalars[start..<i]))
  }

  /// The handles mentioned in `text`, in order, each as written.
  public static func mentions(_ text: String) -> [String] {
    let scalars = Array(text.unicodeScalars)
    var out: [String] = []
    var i = 0
    while i < scalars.count {
      let c = scalars[i]
      guard c == "@" || c == "＠" else {
        i += 1
        continue
      }
      if i > 0 && isBlockedBeforeMention(scalars[i - 1]) {
        i += 1
        continue
      }
      var j = i + 1
      while j < scalars.count && isHandleScalar(scalars[j]) { j += 1 }
      let length = j - i - 1
      let followedBadly =
        j < scalars.count
        && (scalars[j] == "@" || scalars[j] == "＠"
          || (!scalars[j].isASCII && isLetterOrMark(scalars[j])))
      if length >= 1 && length <= 15 && !followedBadly {
        out.append(String(String.UnicodeScalarView(scalars[(i + 1)..<j])))
      }
      i = max(j, i + 1)
    }
    return out
  }

  /// The hashtags in `text`, in order, without `#`, as written.
  public static func hashtags(_ text: String) -> [String] {
    let scalars = Array(text.unicodeScalars)
    var out: [String] = []
    var i = 0
    while i < scalars.count {
      let c = scalars[i]
      guard c == "#" || c == "＃" else {
        i += 1
        continue
      }
      if i > 0 {
        let p = scalars[i - 1]
        if p == "&" || p == "_" || isLetterOrMark(p) || p.properties.numericType == .decimal {
          i += 1
          continue
        }
      }
      var j = i + 1
      var hasLetter = false
      while j < scalars.count {
        let s = scalars[j]
        if isLetterOrMark(s) {
          hasLetter = true
        } else if !(s == "_" || s.properties.numericType == .decimal) {
          break
        }
        j += 1
      }
      if hasLetter { out.append(String(String.UnicodeScalarView(scalars[(i + 1)..<j]))) }
      i = max(j, i + 1)
    }
    return out
  }

  /// The `http(s)://` links in `text`, in order: for each run of non-white-space characters that
  /// contains `http://` (else `https://`), in any case, the part from there on.
  ///
  /// A scan over Unicode scalars (not `split` and Foundation's case-insensitive search, which
  /// were most of the CSV import's time); texts without `://` are passed over at once.
  public static func links(_ text: String) -> [String] {
    guard hasSchemeSeparator(text) else { return [] }
    let scalars = Array(text.unicodeScalars)
    let n = scalars.count
    var out: [String] = []
    var i = 0
    while i < n {
      while i < n && scalars[i].properties.isWhitespace { i += 1 }
      let start = i
      while i < n && !scalars[i].properties.isWhitespace { i += 1 }
      if let k = find("http://", in: scalars, start, i) ?? find("https://", in: scalars, start, i) {
        out.append(String(String.UnicodeScalarView(scalars[k..<i])))
      }
    }
    return out
  }

  /// Whether the UTF-8 of `text` contains `://`.
  static func hasSchemeSeparator(_ text: String) -> Bool {
    var state = 0
    for byte in text.utf8 {
      switch (state, byte) {
      case (_, 0x3A): state = 1
      case (1, 0x2F): state = 2
      case (2, 0x2F): return true
      default: state = 0
      }
    }
    return false
  }

  /// The first position of the ASCII `needle` in `scalars[start..<end]`, ignoring ASCII case.
  static func find(_ needle: StaticString, in scalars: [Unicode.Scalar], _ start: Int, _ end: Int)
    -> Int?
  {
    let length = needle.utf8CodeUnitCount
    guard end - start >= length else { return nil }
    var k = start
    while k + length <= end {
      var matched = true
      for m in 0..<length {
        var value = scalars[k + m].value
        if value >= 0x41 && value <= 0x5A { value += 0x20 }
        if value != UInt32(needle.utf8Start[m]) {
          matched = false
          break
        }
      }
      if matched { return k }
      k += 1
    }
    return nil
  }

  @inline(__always)
  static func isHandleScalar(_ s: Unicode.Scalar) -> Bool {
    (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || (s >= "0" && s <= "9") || s == "_"
  }

  @inline(__always)
  static func isBlockedBeforeMention(_ s: Unicode.Scalar) -> Bool {
    isHandleScalar(s) || s == "!" || s == "#" || s == "$" || s == "%" || s == "&" || s == "*"
      || s == "@" || s == "＠"
  }

  static func isLetterOrMark(_ s: Unicode.Scalar) -> Bool {
    switch s.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .nonspacingMark, .spacingMark, .enclosingMark:
      true
    default: false
    }
  }
}
