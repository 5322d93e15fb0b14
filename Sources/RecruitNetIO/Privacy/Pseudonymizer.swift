import Crypto
import Foundation

/// Replaces account names with stable keyed pseudonyms, for exports and diagrams shared outside
/// the team.
///
/// A pseudonym is `HMAC-SHA256(key, kind + "\u{0}" + name)`, written as a prefix and the first
/// 12 characters of its lower-case base-32 form (60 bits: a collision among a million accounts
/// has probability about 4e-7, and `pseudonyms(for:)` reports one if it happens). The same key
/// gives the same pseudonym in every file and every run, so pseudonymized outputs can be joined;
/// without the key the names cannot be recovered or confirmed by guessing.
///
/// Node kinds other than accounts (hashtags, web domains) are public context and are kept as
/// they are unless `pseudonymizeAllKinds` is set.
public struct Pseudonymizer: Sendable {
  /// The environment variable that may hold the key.
  public static let keyVariable = "RECRUITNET_PSEUDONYM_KEY"
  /// Shortest accepted key, in bytes.
  public static let minimumKeyBytes = 16

  private let keyBytes: [UInt8]
  public var prefix: String
  public var pseudonymizeAllKinds: Bool

  /// A pseudonymizer with `key` (at least ``minimumKeyBytes`` bytes).
  public init(key: [UInt8], prefix: String = "acct-", pseudonymizeAllKinds: Bool = false)
    throws(ImportError)
  {
    guard key.count >= Self.minimumKeyBytes else {
      throw ImportError(
        .badKey, InputLocation(file: "pseudonym key"),
        "the pseudonym key is \(key.count) bytes; use at least \(Self.minimumKeyBytes) random bytes (e.g. `head -c 32 /dev/urandom > key`)"
      )
    }
    self.keyBytes = key
    self.prefix = prefix
    self.pseudonymizeAllKinds = pseudonymizeAllKinds
  }

  /// The key from `file` if given, else from the environment variable ``keyVariable``. Trailing
  /// newlines in a key file are ignored (keys are often written with `echo`).
  public static func loadKey(
    file: String?, environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(ImportError) -> [UInt8] {
    if let file {
      guard var bytes = FileManager.default.contents(atPath: file).map(Array.init) else {
        throw ImportError(
          .unreadable, InputLocation(file: file), "cannot read the pseudonym key file '\(file)'")
      }
      while let last = bytes.last, last == 0x0A || last == 0x0D { bytes.removeLast() }
      return bytes
    }
    guard let value = environment[keyVariable], !value.isEmpty else {
      throw ImportError(
        .missingKey, InputLocation(file: "pseudonym key"),
        "pseudonymizing needs a key (a key file, or the \(keyVariable) variable)")
    }
    return Array(value.utf8)
  }

  /// The pseudonym of `name` (of node kind `kind`); names of other kinds pass through unless
  /// ``pseudonymizeAllKinds``.
  public func pseudonym(for name: String, kind: String = "account") -> String {
    if kind != "account" && !pseudonymizeAllKinds { return name }
    return keyedPseudonym(for: name, kind: kind)
  }

  /// The pseudonym of a message id (a tweet id names its author to anyone who looks it up):
  /// `message-` and a keyed code, whatever ``pseudonymizeAllKinds`` says.
  public func pseudonym(forMessage id: String) -> String {
    keyedPseudonym(for: id, kind: "message")
  }

  private func keyedPseudonym(for name: String, kind: String) -> String {
    var message = Data(kind.utf8)
    message.append(0)
    message.append(contentsOf: name.utf8)
    let mac = HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: keyBytes))
    return (kind == "account" ? prefix : kind + "-") + Self.base32(Array(mac), characters: 12)
  }

  /// Pseudonyms for many names at once; throws if two different names collide.
  public func pseudonyms(for names: [String], kinds: [String]? = nil) throws(ImportError)
    -> [String]
  {
    var seen: [String: Int] = [:]
    var result: [String] = []
    result.reserveCapacity(names.count)
    for (index, name) in names.enumerated() {
      let pseudonym = pseudonym(for: name, kind: kinds?[index] ?? "account")
      if let other = seen[pseudonym], names[other] != name {
        throw ImportError(
          .badKey, InputLocation(file: "pseudonym key"),
          "pseudonym collision between two accounts; use a different key")
      }
      seen[pseudonym] = index
      result.append(pseudonym)
    }
    return result
  }

  private static let alphabet = Array("abcdefghijklmnopqrstuvwxyz234567".utf8)

  private static func base32(_ bytes: [UInt8], characters: Int) -> String {
    var output: [UInt8] = []
    var buffer: UInt32 = 0
    var bits = 0
    for byte in bytes {
      buffer = buffer << 8 | UInt32(byte)
      bits += 8
      while bits >= 5 && output.count < characters {
        output.append(alphabet[Int((buffer >> UInt32(bits - 5)) & 31)])
        bits -= 5
      }
      if output.count == characters { break }
    }
    return String(decoding: output, as: UTF8.self)
  }
}
