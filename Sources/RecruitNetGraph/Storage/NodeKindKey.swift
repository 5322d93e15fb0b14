/// How a node's kind is folded into its name key, so one name table serves every kind.
///
/// Accounts (kind 0) are keyed by their name alone. A node of another kind `k` (1...255) is keyed
/// by the bytes `0xFF, k` followed by its name. `0xFF` never occurs in valid UTF-8, so such keys
/// can never collide with an account name, and the hashtag `#jihad` and an account named
/// `#jihad` stay two nodes.
public enum NodeKindKey {
  /// The first byte of a non-account key.
  public static let marker: UInt8 = 0xFF
  /// The largest number of node kinds a graph can hold (`account` included).
  public static let maxKinds = 256

  /// The key of `name` for kind `kind` (1...255).
  public static func key(for name: UnsafeBufferPointer<UInt8>, kind: Int) -> [UInt8] {
    precondition(kind > 0 && kind < maxKinds, "node kind index out of range")
    var key: [UInt8] = [marker, UInt8(kind)]
    key.append(contentsOf: name)
    return key
  }
}
