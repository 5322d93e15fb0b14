import Crypto

/// The SHA-256 of an input's bytes and whether they are valid UTF-8 text, computed in one pass.
///
/// The importer runs this on the second core while the first parses, and identifies files by
/// the hash (of the decompressed content) so that importing the same data twice is detected.
public struct ContentCheck: Sendable {
  /// Lower-case hex SHA-256 of the bytes.
  public let sha256: String
  /// The byte offset of the first byte that is not valid UTF-8 (or is a NUL), if any.
  public let firstInvalidOffset: Int?

  public init(_ bytes: [UInt8]) {
    var hasher = SHA256()
    let chunk = 1 << 22
    var start = 0
    while start < bytes.count {
      let end = min(bytes.count, start + chunk)
      bytes.withUnsafeBytes {
        hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0[start..<end]))
      }
      start = end
    }
    sha256 = hasher.finalize().map { byte in
      let hex = Array("0123456789abcdef".utf8)
      return String(decoding: [hex[Int(byte >> 4)], hex[Int(byte & 15)]], as: UTF8.self)
    }.joined()
    firstInvalidOffset = bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset($0) }
  }
}

/// Byte-level UTF-8 validation with an ASCII fast path (eight bytes at a time).
public enum UTF8Validation {
  /// The offset of the first byte that starts an invalid sequence, or of the first NUL byte.
  public static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let base = bytes.baseAddress else { return nil }
    let count = bytes.count
    var i = 0
    while i < count {
      if i + 8 <= count {
        let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
        // All ASCII and no zero byte: skip the word.
        let hasHigh = word & 0x8080_8080_8080_8080
        let hasZero = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
        if hasHigh == 0 && hasZero == 0 {
          i += 8
          continue
        }
      }
      let b = base[i]
      if b == 0 { return i }
      if b < 0x80 {
        i += 1
        continue
      }
      let length: Int
      var minimum: UInt32
      var value: UInt32
      if b & 0xE0 == 0xC0 {
        length = 2
        minimum = 0x80
        value = UInt32(b & 0x1F)
      } else if b & 0xF0 == 0xE0 {
        length = 3
        minimum = 0x800
        value = UInt32(b & 0x0F)
      } else if b & 0xF8 == 0xF0 {
        length = 4
        minimum = 0x10000
        value = UInt32(b & 0x07)
      } else {
        return i
      }
      guard i + length <= count else { return i }
      for k in 1..<length {
        let c = base[i + k]
        guard c & 0xC0 == 0x80 else { return i }
        value = value << 6 | UInt32(c & 0x3F)
      }
      if value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF) { return i }
      i += length
    }
    return nil
  }

  /// The 1-based line and column (in bytes) of `offset` in `bytes`.
  public static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
    var line = 1
    var lineStart = 0
    for i in 0..<min(offset, bytes.count) where bytes[i] == 0x0A {
      line += 1
      lineStart = i + 1
    }
    return (line, offset - lineStart + 1)
  }
}
