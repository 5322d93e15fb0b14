/// Parses the timestamps that edge lists and tweet archives carry into Unix seconds (UTC).
///
/// Accepted forms:
/// - Unix seconds: `1425304800` (an integer, optionally with a fraction, which is dropped);
/// - ISO 8601: `2015-03-02`, `2015-03-02T14:05`, `2015-03-02 14:05:00`, with optional fraction
///   and `Z` or `±HH:MM` / `±HHMM` offset (no offset means UTC);
/// - US month/day/year as in the Kaggle ISIS set: `3/2/2015 14:05` or `3/2/2015 14:05:00`;
/// - Twitter API v1.1 `created_at`: `Mon Mar 02 14:05:00 +0000 2015`.
public enum TimestampParsing {
  /// The Unix time of `bytes`, or `nil` if they are not one of the accepted forms.
  public static func unixSeconds(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int64? {
    var cursor = Cursor(bytes: bytes, count: count)
    if let value = cursor.unixSeconds() { return value }
    cursor = Cursor(bytes: bytes, count: count)
    if let value = cursor.iso8601() { return value }
    cursor = Cursor(bytes: bytes, count: count)
    if let value = cursor.usDate() { return value }
    cursor = Cursor(bytes: bytes, count: count)
    return cursor.twitter()
  }

  /// The Unix time of `text`.
  public static func unixSeconds(_ text: String) -> Int64? {
    var text = text
    return text.withUTF8 { buffer in
      guard let base = buffer.baseAddress else { return nil }
      return unixSeconds(base, buffer.count)
    }
  }

  /// Days from 1970-01-01 to the given civil date (proleptic Gregorian), after H. Hinnant's
  /// `days_from_civil` (http://howardhinnant.github.io/date_algorithms.html).
  static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let monthIndex = month > 2 ? month - 3 : month + 9
    let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  static func isValid(year: Int64, month: Int64, day: Int64) -> Bool {
    guard month >= 1 && month <= 12 && day >= 1 else { return false }
    let lengths: [Int64] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    let length = month == 2 && leap ? 29 : lengths[Int(month - 1)]
    return day <= length
  }

  struct Cursor {
    let bytes: UnsafePointer<UInt8>
    let count: Int
    var i = 0

    init(bytes: UnsafePointer<UInt8>, count: Int) {
      self.bytes = bytes
      self.count = count
    }

    var atEnd: Bool { i >= count }

    mutating func take(_ byte: UInt8) -> Bool {
      if i < count && bytes[i] == byte {
        i += 1
        return true
      }
      return false
    }

    mutating func number(minDigits: Int, maxDigits: Int) -> Int64? {
      var value: Int64 = 0
      var digits = 0
      while i < count && digits < maxDigits && bytes[i] >= 0x30 && bytes[i] <= 0x39 {
        value = value * 10 + Int64(bytes[i] - 0x30)
        digits += 1
        i += 1
      }
      return digits >= minDigits ? value : nil
    }

    mutating func skipFraction() {
      if take(0x2E) || take(0x2C) {
        while i < count && bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1 }
      }
    }

    mutating func unixSeconds() -> Int64? {
      let negative = take(0x2D)
      guard let value = number(minDigits: 1, maxDigits: 18) else { return nil }
      skipFraction()
      return atEnd ? (negative ? -value : value) : nil
    }

    mutating func time(year: Int64, month: Int64, day: Int64) -> Int64? {
      guard TimestampParsing.isValid(year: year, month: month, day: day) else { return nil }
      var seconds = TimestampParsing.daysFromCivil(year: year, month: month, day: day) * 86_400
      if atEnd { return seconds }
      guard take(0x54) || take(0x20) || take(0x74) else { return nil }
      guard let hour = number(minDigits: 1, maxDigits: 2), hour < 24, take(0x3A),
        let minute = number(minDigits: 2, maxDigits: 2), minute < 60
      else { return nil }
      var second: Int64 = 0
      if take(0x3A) {
        guard let s = number(minDigits: 2, maxDigits: 2), s <= 60 else { return nil }
        second = s
        skipFraction()
      }
      seconds += hour * 3600 + minute * 60 + second
      _ = take(0x20)
      if atEnd || take(0x5A) || take(0x7A) { return atEnd ? seconds : nil }
      let sign: Int64
      if take(0x2B) { sign = 1 } else if take(0x2D) { sign = -1 } else { return nil }
      guard let offsetHours = number(minDigits: 2, maxDigits: 2) else { return nil }
      _ = take(0x3A)
      let offsetMinutes = number(minDigits: 2, maxDigits: 2) ?? 0
      guard atEnd else { return nil }
      return seconds - sign * (offsetHours * 3600 + offsetMinutes * 60)
    }

    mutating func iso8601() -> Int64? {
      guard let year = number(minDigits: 4, maxDigits: 4), take(0x2D),
        let month = number(minDigits: 1, maxDigits: 2), take(0x2D),
        let day = number(minDigits: 1, maxDigits: 2)
      else { return nil }
      return time(year: year, month: month, day: day)
    }

    mutating func usDate() -> Int64? {
      guard let month = number(minDigits: 1, maxDigits: 2), take(0x2F),
        let day = number(minDigits: 1, maxDigits: 2), take(0x2F),
        let year = number(minDigits: 4, maxDigits: 4)
      else { return nil }
      return time(year: year, month: month, day: day)
    }

    /// `Mon Mar 02 14:05:00 +0000 2015`
    mutating func twitter() -> Int64? {
      guard count == 30 else { return nil }
      let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
      let parts = text.split(separator: " ")
      let months = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
      ]
      guard parts.count == 6, let monthIndex = months.firstIndex(of: String(parts[1])),
        let day = Int64(parts[2]), let year = Int64(parts[5])
      else { return nil }
      let rest = "\(year)-\(monthIndex + 1)-\(day)T\(parts[3])\(parts[4])"
      var copy = rest
      return copy.withUTF8 { buffer in
        guard let base = buffer.baseAddress else { return nil }
        var cursor = Cursor(bytes: base, count: buffer.count)
        return cursor.iso8601()
      }
    }
  }
}
