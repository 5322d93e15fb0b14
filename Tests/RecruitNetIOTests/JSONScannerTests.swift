import Foundation
import Testing

@testable import RecruitNetIO

/// The byte-level JSON reader: values against `JSONSerialization`, and every syntax error refused.
@Suite struct JSONScannerTests {
  static func read<T>(_ text: String, _ body: (inout JSONScanner) throws -> T) throws -> T {
    try Array(text.utf8).withUnsafeBufferPointer { try JSONScanner.read($0, body) }
  }

  @Test func stringsWithEveryEscape() throws {
    let text = #""a\"b\\c\/d\b\f\n\r\t \u00e9 \u062F \ud83d\ude00 \ud800x plain""#
    let value = try Self.read(text) { try $0.stringOrNull() }
    let reference =
      try JSONSerialization.jsonObject(
        with: Data(#"["a\"b\\c\/d\b\f\n\r\t \u00e9 \u062F \ud83d\ude00 \ufffdx plain"]"#.utf8))
      as? [String]
    #expect(value == reference?.first)
    #expect(try Self.read(#""دولة""#) { try $0.stringOrNull() } == "دولة")
  }

  @Test func numbersAndIDs() throws {
    #expect(try Self.read("1234567890123456789") { try $0.idOrNull() } == "1234567890123456789")
    #expect(try Self.read(#""007""#) { try $0.idOrNull() } == "007")
    #expect(try Self.read("-12") { try $0.int64OrNull() } == -12)
    #expect(try Self.read("1.5e3") { try $0.int64OrNull() } == 1500)
    #expect(try Self.read("null") { try $0.int64OrNull() } == nil)
  }

  @Test func objectsSkipWhatIsNotAsked() throws {
    let text = #"{"skip": {"a": [1, 2.5e-3, true, false, null, "x\"y", {"b": []}]}, "want": "yes"}"#
    let want = try Self.read(text) { s -> String? in
      var found: String?
      try s.object { key, s in
        if key == "want" { found = try s.stringOrNull() } else { try s.skip() }
      }
      return found
    }
    #expect(want == "yes")
  }

  @Test(arguments: [
    #"{"a": 1,}"#, #"{"a" 1}"#, #"{"a": 01}"#, #"{"a": 1.}"#, #"{"a": -}"#, #"{"a": tru}"#,
    #"{"a": "\x"}"#, #"{"a": "\u12G4"}"#, "{\"a\": \"tab\there\"}", #"{"a": 1} x"#,
    #"{"a": [1, 2}"#,
    #"{"a": "open}"#, #"{'a': 1}"#, "", #"{"a": 1e}"#, #"{"a": +1}"#,
  ])
  func syntaxErrorsAreRefused(text: String) {
    #expect(throws: JSONScanner.Failure.self) {
      try Self.read(text) { s in try s.skip() }
    }
    // (Foundation's JSONSerialization on Linux accepts the trailing comma of the first case;
    // RFC 8259 and Python's json module do not.)
  }

  @Test func deepNestingIsAnErrorNotACrash() {
    let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    #expect(throws: JSONScanner.Failure.self) { try Self.read(deep) { s in try s.skip() } }
  }

  @Test func wrongTypesNameTheirPath() {
    do {
      _ = try Self.read(#"{"user": {"followers_count": "many"}}"#) { s in
        try s.object { key, s in
          try s.object { key, s in _ = try s.int64OrNull() }
        }
      }
      Issue.record("expected an error")
    } catch let failure as JSONScanner.Failure {
      #expect(failure.message == "wrong type at user.followers_count: expected a number")
    } catch {
      Issue.record("unexpected \(error)")
    }
  }
}
