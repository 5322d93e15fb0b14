/// How alike two account names are, as returning accounts reuse them: `abu_x`, `abu_x2`,
/// `Abu_X_3` (J. M. Berger and H. Perez, "The Islamic State's diminishing returns on Twitter",
/// GWU Program on Extremism, 2016: returning accounts keep a recognisable name, often with a
/// number added).
///
/// Names are compared lower-cased without a leading `@`. The similarity of two names `a` and
/// `b` is the largest of `s(a, b)`, `s(a′, b)` and `s(a, b′)`, where `x′` is `x` without its
/// trailing number (a final run of digits and the `_`, `-` or `.` before it: `abu_x_3` →
/// `abu_x`; a name that is only digits keeps them) and `s(x, y) = 1 − d(x, y) / max(|x|, |y|)`
/// with `d` the Levenshtein distance in Unicode scalars. So `abu_x` and `Abu_X_3` score 1 (a
/// number added), `abu_x2` and `abu_x3` score 1 − 1/6 (the number changed) — two names that
/// share a stem and differ only in a number are alike, and the score says how alike.
///
/// - Complexity: O(|a| · |b|) time, O(|b|) memory.
public enum HandleSimilarity {
  /// `name` lower-cased, without a leading `@`.
  public static func folded(_ name: String) -> [Unicode.Scalar] {
    var scalars = Array(name.lowercased().unicodeScalars)
    if scalars.first == "@" { scalars.removeFirst() }
    return scalars
  }

  /// `scalars` without their trailing number and the separators before it (unchanged when
  /// nothing would be left).
  public static func stem(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var end = scalars.count
    while end > 0, ("0"..."9").contains(scalars[end - 1]) { end -= 1 }
    guard end < scalars.count else { return scalars }
    while end > 0, "_-.".unicodeScalars.contains(scalars[end - 1]) { end -= 1 }
    return end == 0 ? scalars : Array(scalars[..<end])
  }

  /// The Levenshtein distance of two scalar sequences.
  public static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }

  /// `1 − d / max(|a|, |b|)`, 0 for two empty names.
  static func plain(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Double {
    let longest = max(a.count, b.count)
    return longest == 0 ? 0 : 1 - Double(distance(a, b)) / Double(longest)
  }

  /// The similarity of `a` and `b`, in [0, 1].
  public static func similarity(_ a: String, _ b: String) -> Double {
    let (x, y) = (folded(a), folded(b))
    return max(plain(x, y), plain(stem(x), y), plain(x, stem(y)))
  }
}
