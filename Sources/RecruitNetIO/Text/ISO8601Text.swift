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
