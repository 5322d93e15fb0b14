/// A binary min-heap of `(key, node)` pairs in two flat arrays: the one priority queue of the
/// graph kernels (Dijkstra's frontier, the top-k selection of a ranking).
///
/// Hand-written rather than swift-collections' `Heap`: that heap stores one `Comparable` element
/// per slot, so a (Double, UInt32) pair would be a struct compared through a protocol witness in
/// the innermost loop of weighted betweenness and closeness; flat key and node arrays keep the
/// sift loops on contiguous doubles. Ties between equal keys are broken by no rule: callers that
/// need determinism (they all do) must not depend on the order of equal keys.
///
/// - Complexity: ``push(_:_:)``, ``popMin()`` and ``replaceMin(_:_:)`` are O(log n); ``min`` is O(1).
package struct MinHeap {
  private var keys: [Double] = []
  private var nodes: [UInt32] = []

  /// An empty heap with room for `capacity` entries.
  package init(capacity: Int = 0) {
    keys.reserveCapacity(capacity)
    nodes.reserveCapacity(capacity)
  }

  /// The number of entries.
  package var count: Int { keys.count }

  /// Whether the heap is empty.
  package var isEmpty: Bool { keys.isEmpty }

  /// The entry with the smallest key, if any.
  package var min: (key: Double, node: UInt32)? {
    keys.isEmpty ? nil : (keys[0], nodes[0])
  }

  /// Removes every entry, keeping the storage.
  package mutating func removeAll() {
    keys.removeAll(keepingCapacity: true)
    nodes.removeAll(keepingCapacity: true)
  }

  /// Adds an entry.
  package mutating func push(_ key: Double, _ node: UInt32) {
    keys.append(key)
    nodes.append(node)
    var child = keys.count - 1
    while child > 0 {
      let parent = (child - 1) / 2
      if keys[parent] <= key { break }
      keys[child] = keys[parent]
      nodes[child] = nodes[parent]
      child = parent
    }
    keys[child] = key
    nodes[child] = node
  }

  /// Removes and returns the entry with the smallest key.
  package mutating func popMin() -> (key: Double, node: UInt32)? {
    guard let top = min else { return nil }
    let lastKey = keys.removeLast()
    let lastNode = nodes.removeLast()
    if !keys.isEmpty { siftDown(lastKey, lastNode) }
    return top
  }

  /// Replaces the entry with the smallest key by `(key, node)` (one sift instead of a pop and a
  /// push). The heap must not be empty.
  package mutating func replaceMin(_ key: Double, _ node: UInt32) {
    precondition(!keys.isEmpty, "replaceMin on an empty heap")
    siftDown(key, node)
  }

  /// Puts `(key, node)` at the root and moves it down to its place.
  private mutating func siftDown(_ key: Double, _ node: UInt32) {
    let count = keys.count
    var parent = 0
    while true {
      var child = 2 * parent + 1
      if child >= count { break }
      if child + 1 < count && keys[child + 1] < keys[child] { child += 1 }
      if keys[child] >= key { break }
      keys[parent] = keys[child]
      nodes[parent] = nodes[child]
      parent = child
    }
    keys[parent] = key
    nodes[parent] = node
  }
}
