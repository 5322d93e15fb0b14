import Foundation

/// Writes a command's output to stdout or, with `--out FILE`, to a file that appears complete or
/// not at all (Foundation's atomic write: a temporary file in the same folder, then a rename).
enum OutputFile {
  static func write(_ text: String, to path: String?) throws {
    guard let path else {
      Terminal.write(text)
      return
    }
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw UserError("cannot write '\(path)': \(error.localizedDescription)")
    }
  }
}

/// Close matches for a name that is not in the network, for "did you mean" hints.
enum NameSuggestions {
  /// Up to `limit` names within a small edit distance of `name` (case-insensitive), closest first.
  static func closeMatches(to name: String, in names: some Sequence<String>, limit: Int = 3) -> [String] {
    let target = Array(name.lowercased().unicodeScalars)
    let maxDistance = max(1, min(3, target.count / 3))
    var found: [(Int, String)] = []
    for candidate in names {
      let scalars = Array(candidate.lowercased().unicodeScalars)
      if abs(scalars.count - target.count) > maxDistance { continue }
      if let distance = boundedDistance(target, scalars, bound: maxDistance) { found.append((distance, candidate)) }
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

  /// "unknown account 'x'" with a hint, as one message.
  static func unknown(_ what: String, _ name: String, in names: some Sequence<String>) -> String {
    let matches = closeMatches(to: name, in: names)
    let hint = matches.isEmpty ? "" : "; did you mean " + matches.map { "'\($0)'" }.joined(separator: ", ") + "?"
    return "unknown \(what) '\(name)'\(hint)"
  }
}
