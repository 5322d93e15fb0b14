import RecruitNetIO
import Testing

@Suite struct PseudonymizerTests {
  let key = Array("0123456789abcdef-test-key".utf8)

  @Test func pseudonymsAreStableKeyedAndDistinct() throws {
    let a = try Pseudonymizer(key: key)
    let b = try Pseudonymizer(key: key)
    let other = try Pseudonymizer(key: Array("another-key-of-16-bytes".utf8))
    #expect(a.pseudonym(for: "abu_x") == b.pseudonym(for: "abu_x"))
    #expect(a.pseudonym(for: "abu_x") != other.pseudonym(for: "abu_x"))
    #expect(a.pseudonym(for: "abu_x").hasPrefix("acct-"))
    #expect(a.pseudonym(for: "abu_x").count == 17)
    #expect(a.pseudonym(for: "007") != a.pseudonym(for: "7"))
    #expect(a.pseudonym(for: "#jihad", kind: "hashtag") == "#jihad")
    let names = (0..<20_000).map { "user\($0)" }
    #expect(Set(try a.pseudonyms(for: names)).count == names.count)
  }

  @Test func shortOrMissingKeysAreClearErrors() throws {
    #expect(throws: ImportError.self) { try Pseudonymizer(key: Array("short".utf8)) }
    #expect(throws: ImportError.self) { try Pseudonymizer.loadKey(file: nil, environment: [:]) }
    #expect(throws: ImportError.self) {
      try Pseudonymizer.loadKey(file: "/nonexistent/key", environment: [:])
    }
    #expect(
      try Pseudonymizer.loadKey(file: nil, environment: [Pseudonymizer.keyVariable: "k"]) == [0x6B])
  }
}
