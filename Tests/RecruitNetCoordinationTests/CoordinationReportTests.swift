import Foundation
import Testing

@testable import RecruitNetAnalysis

/// The hand-written CSV writer of coordination edges prints what the generic formatting prints.
@Suite struct CoordinationReportTests {
  @Test func decimalsAsStringDescribes() {
    for value: Int64 in [0, 1, 9, 10, 99, 100, 12345, -1, -907, .max, .min] {
      var out: [UInt8] = []
      CoordinationReport.appendDecimal(value, to: &out)
      #expect(String(decoding: out, as: UTF8.self) == String(value))
    }
  }

  /// Mean Δt values are means of whole seconds, total / count: every one with a count up to
  /// 400 and a total up to 5,000 prints as the exact rational rounds to three decimals (ties to
  /// even). `%.3f` would round the binary double instead, and prints 7/80 as 0.087.
  @Test func meansWithThreeDecimalsRoundTheExactMean() {
    var checked = 0
    for count in 1...400 {
      for total in stride(from: 0, through: 5_000, by: 7) {
        let (numerator, denominator) = (Int64(total) * 1000, Int64(count))
        var milli = numerator / denominator
        let twice = 2 * (numerator % denominator)
        if twice > denominator || (twice == denominator && milli % 2 == 1) { milli += 1 }
        let expected = "\(milli / 1000)." + String(String(milli % 1000 + 1000).dropFirst())
        let mean = Double(total) / Double(count)
        #expect(
          CoordinationReport.fixed3(mean: mean, count: count) == expected, "\(total)/\(count)")
        checked += 1
      }
    }
    #expect(checked > 250_000)
    #expect(CoordinationReport.fixed3(1e13) == String(format: "%.3f", 1e13))
    #expect(CoordinationReport.fixed3(.infinity) == String(format: "%.3f", Double.infinity))
  }
}
