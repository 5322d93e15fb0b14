import Foundation

/// Byte-level number parsing for the readers' inner loops.
public enum NumberParsing {
  /// Parses a decimal floating-point number (`12`, `-0.5`, `3e-4`, `inf`, `nan`).
  ///
  /// Plain decimals with at most 15 significant digits and 22 fraction digits take a fast path
  /// that is exact: an integer mantissa below 2^53 divided by an exactly representable power of
  /// ten is one correctly rounded IEEE operation. Anything else goes to `strtod`.
  /// - Returns: `nil` if the bytes are not a number.
  @inline(__always)
  public static func double(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Double? {
    if count == 0 { return nil }
    var i = 0
    var negative = false
    if bytes[0] == 0x2D || bytes[0] == 0x2B {
      negative = bytes[0] == 0x2D
      i = 1
    }
    var mantissa: UInt64 = 0
    var digits = 0
    var fractionDigits = 0
    var sawDot = false
    var simple = i < count
    while i < count {
      let b = bytes[i]
      if b >= 0x30 && b <= 0x39 {
        mantissa = mantissa &* 10 &+ UInt64(b &- 0x30)
        digits += 1
        if sawDot { fractionDigits += 1 }
      } else if b == 0x2E && !sawDot {
        sawDot = true
      } else {
        simple = false
        break
      }
      i += 1
    }
    if simple && digits > 0 && digits <= 15 && fractionDigits <= 22 {
      let value =
        fractionDigits == 0 ? Double(mantissa) : Double(mantissa) / powersOfTen[fractionDigits]
      return negative ? -value : value
    }
    return slowDouble(bytes, count)
  }

  static let powersOfTen: [Double] = (0...22).map { exponent in
    var value = 1.0
    for _ in 0..<exponent { value *= 10 }
    return value
  }

  static func slowDouble(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Double? {
    guard count < 128 else { return nil }
    var buffer = [CChar](repeating: 0, count: count + 1)
    for k in 0..<count { buffer[k] = CChar(bitPattern: bytes[k]) }
    return buffer.withUnsafeBufferPointer { chars -> Double? in
      guard let start = chars.baseAddress else { return nil }
      var end: UnsafeMutablePointer<CChar>? = nil
      let value = strtod(start, &end)
      guard let end, end == UnsafeMutablePointer(mutating: start + count) else { return nil }
      return value
    }
  }

  /// Parses an optionally signed decimal integer.
  public static func int64(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int64? {
    guard count > 0 else { return nil }
    var i = 0
    var negative = false
    if bytes[0] == 0x2D || bytes[0] == 0x2B {
      negative = bytes[0] == 0x2D
      i = 1
    }
    guard i < count else { return nil }
    var value: Int64 = 0
    while i < count {
      let b = bytes[i]
      guard b >= 0x30 && b <= 0x39 else { return nil }
      let (times10, o1) = value.multipliedReportingOverflow(by: 10)
      let (sum, o2) = times10.addingReportingOverflow(Int64(b - 0x30))
      if o1 || o2 { return nil }
      value = sum
      i += 1
    }
    return negative ? -value : value
  }
}
