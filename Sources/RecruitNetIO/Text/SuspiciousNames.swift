/// Node names that are probably mistakes rather than accounts: names with control characters,
/// very long names (a column of backticks, a pasted paragraph), and, for tweet archives, screen
/// names that break the platform's handle rule. An import keeps them (they may be real) and
/// reports how many there are, with a few examples, so that nothing goes in silently.
///
/// - Complexity: O(total length of the names checked).
public struct SuspiciousNames: Sendable, Equatable {
  /// Why a name looks wrong.
  public enum Reason: String, Sendable, CaseIterable, Comparable {
    case controlCharacters = "control characters"
    case overlong = "over 64 characters"
    case notAHandle = "not a handle (1–15 letters, digits or _)"

    public static func < (a: Reason, b: Reason) -> Bool {
      allCases.firstIndex(of: a) ?? 0 < allCases.firstIndex(of: b) ?? 0
    }
  }

  /// Names longer than this (in characters) are reported.
  public static let maximumLength = 64
  /// Examples kept per reason.
  static let examplesPerReason = 3

  /// How many names were found for each reason (a name can have several).
  public private(set) var counts: [Reason: Int] = [:]
  /// The first few names for each reason, made printable (see ``printable(_:)``).
  public private(set) var examples: [Reason: [String]] = [:]

  public init() {}

  /// Checks `names`; `handles` adds the handle rule (names from a tweet archive's screen names).
  public init<S: Sequence>(checking names: S, handles: Bool = false) where S.Element == String {
    for name in names { check(name, handles: handles) }
  }

  /// Names with at least one reason.
  public var isEmpty: Bool { counts.isEmpty }

  /// Checks one name.
  public mutating func check(_ name: String, handles: Bool = false) {
    var control = false
    var byteCount = 0
    for byte in name.utf8 {
      byteCount += 1
      if byte < 0x20 || byte == 0x7F { control = true }
    }
    // Characters are counted only for names that might be long (bytes ≥ characters).
    let overlong = byteCount > Self.maximumLength && name.count > Self.maximumLength
    // A tweet archive's account is named `@handle` when the archive has no user id, and by its
    // user id (digits) otherwise: the rule looks at the handle after the `@`.
    var notAHandle = false
    if handles {
      let isUserID = byteCount > 0 && name.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
      let handle = name.utf8.first == UInt8(ascii: "@") ? name.utf8.dropFirst() : name.utf8[...]
      let handleIsWord = handle.allSatisfy { byte in
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
          || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
      }
      notAHandle = !isUserID && (!handleIsWord || handle.isEmpty || handle.count > 15)
    }
    if control { note(.controlCharacters, name) }
    if overlong { note(.overlong, name) }
    if notAHandle { note(.notAHandle, name) }
  }

  private mutating func note(_ reason: Reason, _ name: String) {
    counts[reason, default: 0] += 1
    if examples[reason, default: []].count < Self.examplesPerReason {
      examples[reason, default: []].append(Self.printable(name))
    }
  }

  /// One line per reason: `2 names with control characters, e.g. "a\u{7}b"`.
  public var lines: [String] {
    counts.keys.sorted().map { reason in
      let count = counts[reason] ?? 0
      let shown = (examples[reason] ?? []).map { "\"\($0)\"" }.joined(separator: ", ")
      return "\(count) \(count == 1 ? "name" : "names") with \(reason.rawValue), e.g. \(shown)"
    }
  }

  /// `name` with control characters escaped and cut to 40 characters (`… (304 characters)`).
  public static func printable(_ name: String) -> String {
    var text = ""
    var shown = 0
    for character in name {
      if shown == 40 {
        text += "… (\(name.count) characters)"
        break
      }
      if character.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
        for scalar in character.unicodeScalars {
          text += "\\u{\(String(scalar.value, radix: 16))}"
        }
      } else {
        text.append(character)
      }
      shown += 1
    }
    return text
  }
}
