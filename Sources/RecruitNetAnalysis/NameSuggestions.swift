/// Close matches for a name that is not in the network, for "did you mean" hints.
public enum NameSuggestions {
  /// Up to `limit` names within a small edit distance of `name` (case-insensitive), closest first.
  ///
  /// - Complexity: O(*n* · *k* · *d*) for *n* candidates of length about *k* and the distance
  ///   bound *d* ≤ 3 (candidates whose length differs by more than *d* are skipped at once).
  public static func closeMatches(to name: String, in names: some Sequence<String>, limit: Int = 3)
    -> [String]
  {
    let target = Array(name.lowercased().unicodeScalars)
    let maxDistance = max(1, min(3, target.count / 3))
    var found: [(Int, String)] = []
    for candidate in names {
      let scalars = Array(candidate.lowercased().unicodeScalars)
      if abs(scalars.count - target.count) > maxDistance { continue }
      if let distance = boundedDistance(target, scalars, bound: maxDistance) {
        found.append((distance, candidate))
      }
    }
    return found.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }.prefix(limit).map(\.1)
  }

  /// Levenshtein distance, or nil once it must exceed `bound`.
  static func boundedDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], bound: Int) -> Int? {
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...max(1, a.count) where !a.isEmpty {
      current[0] = i
      var rowMinimum = i
      for j in 1...max(1, b.count) where !b.isEmpty {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        rowMinimum = min(rowMinimum, current[j])
      }
      if rowMinimum > bound { return nil }
      swap(&previous, &current)
    }
    let distance = a.isEmpty ? b.count : previous[b.count]
    return distance <= bound ? distance : nil
  }
}
