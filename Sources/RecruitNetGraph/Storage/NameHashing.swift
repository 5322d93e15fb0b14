/// The hash function and slot layout shared by ``NameInterner`` and ``NodeNames``.
///
/// Written by hand because interning is the hot part of every import: a 10M-edge file means
/// 20M lookups. `Dictionary<String, UInt32>` costs about 3x more (it builds a `String` per field
/// and hashes it with SipHash), measured in `../shared/notes/swift-graphviz-spike.md`. Each slot
/// keeps the first eight bytes of its key inline, so a name of up to eight bytes is resolved
/// within one cache line, and longer names compare the rest against the arena.
@usableFromInline
struct NameSlot: Sendable {
  /// The first (up to) eight bytes of the name, little-endian, zero-padded.
  @usableFromInline var prefix: UInt64
  /// The node id, or `NameSlot.emptyID` for a free slot.
  @usableFromInline var id: UInt32
  /// The name's length in bytes.
  @usableFromInline var length: UInt32

  @usableFromInline static let emptyID = UInt32.max
  @usableFromInline static let empty = NameSlot(prefix: 0, id: emptyID, length: 0)

  @inlinable init(prefix: UInt64, id: UInt32, length: UInt32) {
    self.prefix = prefix
    self.id = id
    self.length = length
  }
}

@usableFromInline
enum NameHashing {
  /// Loads up to eight bytes as a little-endian integer, zero-padded.
  @inlinable @inline(__always)
  static func prefix(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> UInt64 {
    if count >= 8 {
      return UInt64(littleEndian: UnsafeRawPointer(bytes).loadUnaligned(as: UInt64.self))
    }
    var value: UInt64 = 0
    var shift: UInt64 = 0
    for i in 0..<count {
      value |= UInt64(bytes[i]) << shift
      shift &+= 8
    }
    return value
  }

  /// A fast 64-bit hash (multiply-xorshift over 8-byte words, after wyhash's mixing step).
  /// Not cryptographic; names are user data, but the table's probing stays O(1) on average
  /// for any realistic input and degrades gracefully otherwise.
  @inlinable @inline(__always)
  static func hash(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> UInt64 {
    var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: count)
    var i = 0
    while i + 8 <= count {
      let word = UInt64(littleEndian: UnsafeRawPointer(bytes + i).loadUnaligned(as: UInt64.self))
      h = mix(h ^ word)
      i &+= 8
    }
    if i < count {
      h = mix(h ^ prefix(bytes + i, count - i))
    }
    return mix(h)
  }

  @inlinable @inline(__always)
  static func mix(_ x: UInt64) -> UInt64 {
    let product = x.multipliedFullWidth(by: 0x2D35_8DCC_AA6C_78A5)
    return product.high ^ product.low
  }

  /// Finds `key` in an open-addressing table (linear probing, power-of-two capacity).
  ///
  /// - Returns: the slot index holding the key, or the free slot where it belongs.
  @inlinable @inline(__always)
  static func probe(
    _ key: UnsafePointer<UInt8>, _ count: Int, hash: UInt64,
    slots: UnsafePointer<NameSlot>, mask: Int,
    arena: UnsafePointer<UInt8>, offsets: UnsafePointer<Int>
  ) -> Int {
    let keyPrefix = prefix(key, count)
    var index = Int(truncatingIfNeeded: hash) & mask
    while true {
      let slot = slots[index]
      if slot.id == NameSlot.emptyID { return index }
      if slot.prefix == keyPrefix && Int(slot.length) == count {
        if count <= 8 { return index }
        let start = offsets[Int(slot.id)]
        if memcmpBytes(arena + start + 8, key + 8, count - 8) { return index }
      }
      index = (index &+ 1) & mask
    }
  }

  @inlinable @inline(__always)
  static func memcmpBytes(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int)
    -> Bool
  {
    var i = 0
    while i + 8 <= count {
      if UnsafeRawPointer(a + i).loadUnaligned(as: UInt64.self)
        != UnsafeRawPointer(b + i).loadUnaligned(as: UInt64.self)
      {
        return false
      }
      i &+= 8
    }
    while i < count {
      if a[i] != b[i] { return false }
      i &+= 1
    }
    return true
  }
}
