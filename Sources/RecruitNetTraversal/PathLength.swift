/// How edge weights become path lengths.
public enum PathLength: String, Sendable, CaseIterable {
  /// Every edge has length 1 (breadth-first search).
  case hops
  /// The weight is the length (a distance; networkx's `weight=` for shortest paths).
  case distance
  /// The weight is a tie strength, so the length is `1 / weight`.
  case strength
}
