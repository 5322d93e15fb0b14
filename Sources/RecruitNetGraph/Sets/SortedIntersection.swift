/// The number of values two ascending, duplicate-free arrays share, by one merge walk: the
/// core of the Jaccard similarities of token sets (coordination) and of neighbourhoods
/// (returning accounts).
///
/// - Complexity: O(|a| + |b|).
@inlinable public func sortedIntersectionCount(_ a: [UInt32], _ b: [UInt32]) -> Int {
  var i = 0
  var j = 0
  var shared = 0
  while i < a.count && j < b.count {
    if a[i] == b[j] {
      shared += 1
      i += 1
      j += 1
    } else if a[i] < b[j] {
      i += 1
    } else {
      j += 1
    }
  }
  return shared
}
