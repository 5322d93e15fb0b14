/// Maps names (byte strings) to dense ``NodeID``s while a graph is being built.
///
/// The interner owns growable raw buffers rather than Swift arrays: its ``intern(_:count:)`` runs
/// once per endpoint of every input row, and raw buffers keep that loop free of bounds checks,
/// uniqueness checks and reference counting. Call ``names()`` to freeze the result into an
/// immutable, `Sendable` ``NodeNames``.
///
/// Names are byte strings: `"007"` and `"7"` are different names, and nothing is ever coerced to a
/// number. Callers are responsible for handing in valid UTF-8.
public final class NameInterner {
  private var arena: UnsafeMutablePointer<UInt8>
  private var arenaCapacity: Int
  private var arenaCount = 0
  private var offsets: UnsafeMutablePointer<Int>
  private var offsetsCapacity: Int
  private var slots: UnsafeMutablePointer<NameSlot>
  private var mask: Int
  /// The number of distinct names interned so far.
  public private(set) var count = 0

  /// Creates an empty interner sized for about `expectedCount` names.
  public init(expectedCount: Int = 1024) {
    let expected = max(16, expectedCount)
    arenaCapacity = expected * 12 + 64
    arena = .allocate(capacity: arenaCapacity)
    offsetsCapacity = expected + 1
    offsets = .allocate(capacity: offsetsCapacity)
    offsets[0] = 0
    var capacity = 16
    while capacity < expected * 2 { capacity <<= 1 }
    slots = .allocate(capacity: capacity)
    slots.initialize(repeating: .empty, count: capacity)
    mask = capacity - 1
  }

  /// Creates an interner that already holds `names`, in their id order, so that new names get the
  /// ids after them.
  public convenience init(_ names: NodeNames) {
    self.init(expectedCount: max(names.count * 2, 1024))
    names.arena.withUnsafeBufferPointer { arenaBuffer in
      for id in 0..<names.count {
        let start = names.offsets[id]
        let length = names.offsets[id + 1] - start
        if let base = arenaBuffer.baseAddress, length > 0 {
          _ = intern(base + start, count: length)
        } else {
          _ = internEmpty()
        }
      }
    }
  }

  deinit {
    arena.deallocate()
    offsets.deallocate()
    slots.deallocate()
  }

  /// Returns the id of the name `bytes[0 ..< count]`, adding it with the next free id if new.
  @inline(__always)
  public func intern(_ bytes: UnsafePointer<UInt8>, count length: Int) -> NodeID {
    let hash = NameHashing.hash(bytes, length)
    let index = NameHashing.probe(
      bytes, length, hash: hash, slots: slots, mask: mask, arena: arena, offsets: offsets)
    let found = slots[index].id
    if found != NameSlot.emptyID { return found }
    return insert(bytes, length, slot: index)
  }

  /// Returns the id of `name`, adding it if new.
  ///
  /// - Parameter kind: the node kind's index (0 = `account`); a name of another kind is a
  ///   different node from the account of the same name.
  public func intern(_ name: String, kind: Int = 0) -> NodeID {
    var name = name
    return name.withUTF8 { buffer in
      guard let base = buffer.baseAddress else {
        return kind == 0 ? internEmpty() : intern(kindKey: NodeKindKey.key(for: buffer, kind: kind))
      }
      if kind == 0 { return intern(base, count: buffer.count) }
      return intern(kindKey: NodeKindKey.key(for: buffer, kind: kind))
    }
  }

  /// Returns the id of the name `bytes[0 ..< count]` of node kind `kind`, adding it if new.
  @inline(__always)
  public func intern(_ bytes: UnsafePointer<UInt8>, count length: Int, kind: Int) -> NodeID {
    if kind == 0 { return intern(bytes, count: length) }
    return intern(
      kindKey: NodeKindKey.key(for: UnsafeBufferPointer(start: bytes, count: length), kind: kind))
  }

  private func intern(kindKey key: [UInt8]) -> NodeID {
    key.withUnsafeBufferPointer { buffer in
      // A kind key is never empty (it starts with the kind marker).
      guard let base = buffer.baseAddress else { return internEmpty() }
      return intern(base, count: buffer.count)
    }
  }

  /// Returns the id of the name `bytes[0 ..< count]` if it has been interned.
  public func lookup(_ bytes: UnsafePointer<UInt8>, count length: Int) -> NodeID? {
    let hash = NameHashing.hash(bytes, length)
    let index = NameHashing.probe(
      bytes, length, hash: hash, slots: slots, mask: mask, arena: arena, offsets: offsets)
    let found = slots[index].id
    return found == NameSlot.emptyID ? nil : found
  }

  private func internEmpty() -> NodeID {
    var zero: UInt8 = 0
    return withUnsafePointer(to: &zero) { intern($0, count: 0) }
  }

  private func insert(_ bytes: UnsafePointer<UInt8>, _ length: Int, slot: Int) -> NodeID {
    // Grow the arena (with 8 spare bytes so unaligned 8-byte loads past a name stay in bounds).
    if arenaCount + length + 8 > arenaCapacity {
      var newCapacity = arenaCapacity * 2
      while arenaCount + length + 8 > newCapacity { newCapacity *= 2 }
      let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
      grown.update(from: arena, count: arenaCount)
      arena.deallocate()
      arena = grown
      arenaCapacity = newCapacity
    }
    if count + 2 > offsetsCapacity {
      let newCapacity = offsetsCapacity * 2
      let grown = UnsafeMutablePointer<Int>.allocate(capacity: newCapacity)
      grown.update(from: offsets, count: count + 1)
      offsets.deallocate()
      offsets = grown
      offsetsCapacity = newCapacity
    }
    let id = NodeID(truncatingIfNeeded: count)
    (arena + arenaCount).update(from: bytes, count: length)
    arenaCount += length
    count += 1
    offsets[count] = arenaCount
    slots[slot] = NameSlot(
      prefix: NameHashing.prefix(bytes, length), id: id, length: UInt32(truncatingIfNeeded: length))
    if count * 2 > mask + 1 { rehash(capacity: (mask + 1) * 2) }
    return id
  }

  private func rehash(capacity: Int) {
    slots.deallocate()
    slots = .allocate(capacity: capacity)
    slots.initialize(repeating: .empty, count: capacity)
    mask = capacity - 1
    for id in 0..<count {
      let start = offsets[id]
      let length = offsets[id + 1] - start
      let hash = NameHashing.hash(arena + start, length)
      var index = Int(truncatingIfNeeded: hash) & mask
      while slots[index].id != NameSlot.emptyID { index = (index &+ 1) & mask }
      slots[index] = NameSlot(
        prefix: NameHashing.prefix(arena + start, length), id: NodeID(id),
        length: UInt32(truncatingIfNeeded: length))
    }
  }

  /// Freezes the interned names into an immutable table (the interner stays usable).
  public func names() -> NodeNames {
    let arenaArray = Array(UnsafeBufferPointer(start: arena, count: arenaCount))
    let offsetArray = Array(UnsafeBufferPointer(start: offsets, count: count + 1))
    let slotArray = Array(UnsafeBufferPointer(start: slots, count: mask + 1))
    return NodeNames(arena: arenaArray, offsets: offsetArray, slots: slotArray)
  }
}
