import Foundation
import RecruitNetIO
import Testing

/// The hand-written ISO 8601 formatter against Foundation's, over leap days, century years,
/// negative times and a seeded sweep of instants from 1583 to 9999. (Before the Gregorian
/// reform of 1582 Foundation's calendar is Julian; ISO 8601, and this formatter, are proleptic
/// Gregorian: 0001-01-01 is day −719,162 of the Unix epoch.)
@Suite struct ISO8601TextTests {
  @Test func prolepticGregorianBefore1582() {
    #expect(ISO8601Text.text(-62_135_596_800) == "0001-01-01T00:00:00Z")
  }

  @Test func agreesWithFoundation() {
    let formatter = ISO8601DateFormatter()
    var instants: [Int64] = [
      0, -1, 59, 86_399, 86_400, 951_782_400, 951_868_799, 4_107_542_400, 1_420_070_400,
      -12_212_553_600, 253_402_300_799, -2_208_988_801,
    ]
    var state: UInt64 = 42
    for _ in 0..<20_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      instants.append(-12_212_553_600 + Int64(state % 265_614_854_399))
    }
    for t in instants {
      #expect(
        ISO8601Text.text(t) == formatter.string(from: Date(timeIntervalSince1970: TimeInterval(t))),
        "\(t)")
    }
  }
}
