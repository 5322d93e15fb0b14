/// The names of a graph's nodes: id → name and name → id, immutable and `Sendable`.
///
/// Names are stored as UTF-8 bytes in one arena with an offset table (8 bytes per node plus the
/// name itself), and indexed by the same open-addressing table the ``NameInterner`` built.
/// Names are exact byte strings: `"007"` and `"7"` are two names.
///
/// ```swift
/// let id = graph.names.id(for: "007")   // NodeID?
/// let name = graph.names[3]             // String
/// ```
public struct NodeNames: Sendable, RandomAccessCollection {
  @usableFromInline let arena: [UInt8]
  @usableFromInline let offsets: [Int]
  @usableFromInline let slots: [NameSlot]

  init(arena: [UInt8], offsets: [Int], slots: [NameSlot]) {
    self.arena = arena
    self.offsets = offsets
    self.slots = slots
  }

  /// An empty table.
  public init() {
    self = NameInterner(expectedCount: 16).names()
  }

  /// Builds a table from names in id order. Duplicate names are a programmer error.
  public init<S: Sequence>(_ names: S) where S.Element == String {
    let interner = NameInterner()
    for name in names {
      let before = interner.count
      let id = interner.intern(name)
      precondition(Int(id) == before, "duplicate name \(name)")
    }
    self = interner.names()
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { offsets.count - 1 }

  /// The name of node `id` (without its kind).
  public subscript(id: Int) -> String {
    var start = offsets[id]
    let end = offsets[id + 1]
    if end - start >= 2 && arena[start] == NodeKindKey.marker { start += 2 }
    return String(decoding: arena[start..<end], as: UTF8.self)
  }

  /// The index of node `id`'s kind in ``Graph/kindNames`` (0 = `account`).
  public func kindIndex(of id: NodeID) -> Int {
    let start = offsets[Int(id)]
    if offsets[Int(id) + 1] - start >= 2 && arena[start] == NodeKindKey.marker {
      return Int(arena[start + 1])
    }
    return 0
  }

  /// The name of node `id`.
  public func name(of id: NodeID) -> String { self[Int(id)] }

  /// The UTF-8 bytes of node `id`'s key: its name, preceded by a two-byte kind marker for nodes
  /// that are not accounts (see ``NodeKindKey``).
  public func withUTF8<R>(of id: NodeID, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows
    -> R
  {
    let start = offsets[Int(id)]
    let end = offsets[Int(id) + 1]
    return try arena.withUnsafeBufferPointer { buffer in
      try body(UnsafeBufferPointer(rebasing: buffer[start..<end]))
    }
  }

  /// The id of the node named `name` of kind `kind` (0 = `account`), or `nil` if there is none.
  public func id(for name: String, kind: Int = 0) -> NodeID? {
    var name = name
    return name.withUTF8 { key in
      if kind == 0 { return id(forUTF8: key) }
      return NodeKindKey.key(for: key, kind: kind).withUnsafeBufferPointer { id(forUTF8: $0) }
    }
  }

  /// The id of the node whose name is the UTF-8 byte string `key`.
  public func id(forUTF8 key: UnsafeBufferPointer<UInt8>) -> NodeID? {
    guard !slots.isEmpty else { return nil }
    var zero: UInt8 = 0
    return withUnsafePointer(to: &zero) { fallback in
      let keyBase = key.baseAddress ?? fallback
      return slots.withUnsafeBufferPointer { slotBuffer in
        arena.withUnsafeBufferPointer { arenaBuffer in
          offsets.withUnsafeBufferPointer { offsetBuffer in
            // An empty arena has no base address; any valid pointer works since nothing is read.
            let arenaBase = arenaBuffer.baseAddress ?? fallback
            guard let slotBase = slotBuffer.baseAddress, let offsetBase = offsetBuffer.baseAddress
            else { return nil }
            let index = NameHashing.probe(
              keyBase, key.count, hash: NameHashing.hash(keyBase, key.count),
              slots: slotBase, mask: slotBuffer.count - 1, arena: arenaBase, offsets: offsetBase)
            let found = slotBase[index].id
            return found == NameSlot.emptyID ? nil : found
          }
        }
      }
    }
  }

  /// Bytes held: the arena, the offsets and the hash index.
  public var memoryBytes: Int {
    arena.capacity + offsets.capacity * MemoryLayout<Int>.stride
      + slots.capacity * MemoryLayout<NameSlot>.stride
  }

  /// The raw arena and offsets, for writers that store the table in packed form.
  public var packed: (arena: [UInt8], offsets: [Int]) { (arena, offsets) }

  /// Rebuilds a table from its packed form (``packed``), checking that it is well formed.
  ///
  /// - Returns: `nil` if the offsets are not a non-decreasing sequence within the arena, or if a
  ///   name occurs twice.
  ///
  /// With `indexed` false the name → id index is not built (``id(for:kind:)`` then finds
  /// nothing, and duplicate names are not detected): a query that only prints names, such as a
  /// ranking answered from the workspace's result cache, skips hashing a million names.
  public static func unpacked(arena: [UInt8], offsets: [Int], indexed: Bool = true) -> NodeNames? {
    guard let first = offsets.first, first == 0, offsets.last == arena.count else { return nil }
    if !indexed {
      var previous = 0
      for offset in offsets {
        guard offset >= previous else { return nil }
        previous = offset
      }
      return NodeNames(arena: arena, offsets: offsets, slots: [])
    }
    let interner = NameInterner(expectedCount: offsets.count)
    let ok: Bool = arena.withUnsafeBufferPointer { buffer in
      var zero: UInt8 = 0
      return withUnsafePointer(to: &zero) { fallback in
        let base = buffer.baseAddress ?? fallback
        for id in 0..<(offsets.count - 1) {
          let start = offsets[id]
          let end = offsets[id + 1]
          guard start <= end, end <= arena.count else { return false }
          let before = interner.count
          guard Int(interner.intern(base + start, count: end - start)) == before else {
            return false
          }
        }
        return true
      }
    }
    return ok ? interner.names() : nil
  }
}
