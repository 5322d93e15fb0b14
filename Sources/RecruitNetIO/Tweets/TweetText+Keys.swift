import Crypto
import Foundation

extension TweetText {
  /// Lower case as Python's `str.lower()` gives it (the toolkit's), which Swift's `lowercased()`
  /// matches except for the Greek final sigma: a `σ` that ends a word (after a letter, not before
  /// one) is `ς`.
  public static func pythonLowercased(_ text: String) -> String {
    let lower = text.lowercased()
    guard lower.unicodeScalars.contains("σ") else { return lower }
    let scalars = Array(lower.unicodeScalars)
    var out = String.UnicodeScalarView()
    for (i, scalar) in scalars.enumerated() {
      if scalar == "σ", i > 0,
        scalars[i - 1].properties.isCased || scalars[i - 1].properties.isAlphabetic,
        i + 1 == scalars.count || !scalars[i + 1].properties.isAlphabetic
      {
        out.append("ς")
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }

  /// The text as coordination compares it, by the coordination-network-toolkit's default
  /// preprocessor (`message_preprocessor`): lower case, every `@` and the non-space characters
  /// after it removed (mentions), runs of white space made one space, none at either end. Two
  /// tweets are the "same text" (co-tweet) when their normalised texts are equal.
  public static func normalized(_ text: String) -> String {
    asciiNormalized(text) ?? unicodeNormalized(text)
  }

  /// ``normalized(_:)`` by Unicode properties, for any text.
  static func unicodeNormalized(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    var inMention = false
    for scalar in pythonLowercased(text).unicodeScalars {
      if scalar.properties.isWhitespace || (scalar.value >= 0x1C && scalar.value <= 0x1F) {
        inMention = false
        pendingSpace = !out.isEmpty
        continue
      }
      if scalar == "@" { inMention = true }
      if inMention { continue }
      if pendingSpace {
        out.unicodeScalars.append(" ")
        pendingSpace = false
      }
      out.unicodeScalars.append(scalar)
    }
    return out
  }

  /// ``normalized(_:)`` for an all-ASCII text, byte by byte (nil for any other text): written
  /// by hand because the import hashes every tweet's normalised text, and the Unicode property
  /// lookups of the general path were a sixth of the import's time. ASCII white space is
  /// U+0009–U+000D and U+0020 (with U+001C–U+001F, as the general path); lower case is A–Z.
  static func asciiNormalized(_ text: String) -> String? {
    var text = text
    return text.withUTF8 { bytes -> String? in
      var out = [UInt8]()
      out.reserveCapacity(bytes.count)
      var pendingSpace = false
      var inMention = false
      for byte in bytes {
        guard byte < 0x80 else { return nil }
        if (byte >= 0x09 && byte <= 0x0D) || byte == 0x20 || (byte >= 0x1C && byte <= 0x1F) {
          inMention = false
          pendingSpace = !out.isEmpty
          continue
        }
        if byte == UInt8(ascii: "@") { inMention = true }
        if inMention { continue }
        if pendingSpace {
          out.append(0x20)
          pendingSpace = false
        }
        out.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
      }
      return String(decoding: out, as: UTF8.self)
    }
  }

  /// A 64-bit key of the normalised text: the first 8 bytes of its SHA-256, big-endian, as a
  /// signed integer (the `tweets.text_hash` column). Collisions are negligible at archive sizes
  /// (2⁻⁶⁴ per pair); co-tweet matches on it.
  public static func textHash(_ text: String) -> Int64 {
    let digest = SHA256.hash(data: Data(normalized(text).utf8))
    var value: UInt64 = 0
    for byte in digest.prefix(8) { value = value << 8 | UInt64(byte) }
    return Int64(bitPattern: value)
  }

  /// `textHash` as 16 hex digits.
  public static func textKey(_ text: String) -> String {
    let value = UInt64(bitPattern: textHash(text))
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }

  /// The object of a retweet in an archive without retweeted ids: `rt:` + the retweeted handle in
  /// lower case + `:` + ``textKey(_:)`` of the text after the `RT @name:` prefix. Two retweets of
  /// the same tweet share it; two different tweets of one author with the same text are one object
  /// (the archive cannot tell them apart).
  public static func derivedRetweetID(handle: String, text: String) -> String {
    var rest = Substring(text)
    if let colon = rest.firstIndex(of: ":") { rest = rest[rest.index(after: colon)...] }
    return "rt:" + handle.lowercased() + ":" + textKey(String(rest))
  }

  /// The application name inside v1.1's `source` HTML (`<a href="…">Twitter for iPhone</a>` →
  /// `Twitter for iPhone`); text without tags is returned as it is.
  public static func sourceName(_ source: String) -> String {
    guard let open = source.firstIndex(of: ">"), source.hasPrefix("<") else { return source }
    let rest = source[source.index(after: open)...]
    let end = rest.firstIndex(of: "<") ?? rest.endIndex
    return String(rest[..<end])
  }
}
