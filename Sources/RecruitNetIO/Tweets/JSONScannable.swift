/// A struct that ``JSONScanner`` reads key by key: it starts empty and takes each key of its
/// object in turn, reading the value into the matching property or skipping it.
///
/// The tweet structs of both API versions state only their own keys this way; walking the
/// object, `null` and arrays of such objects are written once, below. The protocol is used only
/// as a generic constraint (never as an existential), so each call is specialised and the key
/// switch runs as directly as if written out at the call.
protocol JSONScannable {
  init()

  /// Reads the value of `key` into the matching property, or ``JSONScanner/skip()``s it.
  mutating func scanField(_ key: String, _ s: inout JSONScanner) throws
}

extension JSONScanner {
  /// An object read into a fresh `T`.
  @inline(__always)
  mutating func scan<T: JSONScannable>(_: T.Type = T.self) throws -> T {
    var value = T()
    try object { key, s in try value.scanField(key, &s) }
    return value
  }

  /// An object read into a fresh `T`, or nil for `null`.
  @inline(__always)
  mutating func scanOrNull<T: JSONScannable>(_: T.Type = T.self) throws -> T? {
    try isNull() ? nil : scan(T.self)
  }

  /// An array of objects each read into a fresh `T`, or nil for `null`.
  @inline(__always)
  mutating func scanArrayOrNull<T: JSONScannable>(_: T.Type = T.self) throws -> [T]? {
    try arrayOrNull { s in try s.scan(T.self) }
  }

  /// An id (see ``idOrNull()``) as a ``JSONID``, or nil for `null`.
  mutating func jsonIDOrNull() throws -> JSONID? {
    try idOrNull().map(JSONID.init(text:))
  }

  /// A present value, skipped and marked as ``Ignored``, or nil for `null` (notices such as
  /// `delete`, v2 `withheld`).
  mutating func ignoredOrNull() throws -> Ignored? {
    if try isNull() { return nil }
    try skip()
    return Ignored()
  }
}
