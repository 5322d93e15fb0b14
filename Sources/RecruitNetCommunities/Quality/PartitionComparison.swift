import Foundation

/// How much two labellings of the same nodes agree: normalized mutual information, the adjusted
/// Rand index and the variation of information.
///
/// Used to compare a detected partition with labels an analyst already holds (known cells,
/// languages) or with another run. Only nodes labelled in both (neither label is
/// ``Partition/unassigned``) take part; ``nodeCount`` says how many did.
///
/// Conventions (natural logarithms throughout):
/// - ``normalizedMutualInformation``: I(X;Y) / ((H(X) + H(Y)) / 2), the arithmetic-mean
///   normalization of scikit-learn's `normalized_mutual_info_score` default and of igraph's
///   `compare_communities(method="nmi")` (Danon et al. 2005, doi:10.1088/1742-5468/2005/09/P09008).
///   Both labellings with a single group give 1, as in both tools.
/// - ``adjustedRandIndex``: Hubert & Arabie (1985), doi:10.1007/BF01908075, as scikit-learn's
///   `adjusted_rand_score` and igraph's `method="adjusted_rand"`; 1 for identical labellings,
///   about 0 for independent ones, and 1 when both are trivial in the same way.
/// - ``variationOfInformation``: H(X) + H(Y) − 2 I(X;Y) (Meilă 2007,
///   doi:10.1016/j.jmva.2006.11.013), in nats as igraph's `method="vi"`; 0 for identical labellings.
///
/// - Complexity: O(n) expected time (a hash of the contingency table).
public struct PartitionComparison: Sendable, Equatable {
  /// Nodes labelled in both labellings (the ones compared).
  public let nodeCount: Int
  /// Distinct labels among the compared nodes in the first and second labelling.
  public let groupCounts: (first: Int, second: Int)
  /// I(X;Y) in nats.
  public let mutualInformation: Double
  /// H(X) and H(Y) in nats.
  public let entropies: (first: Double, second: Double)
  public let normalizedMutualInformation: Double
  public let adjustedRandIndex: Double
  public let variationOfInformation: Double

  /// Compares two labellings indexed by node; a node whose label is ``Partition/unassigned`` in
  /// either is left out. The arrays must have the same length.
  ///
  /// - Complexity: O(n) expected time (a hash of the contingency table).
  public init(_ first: [UInt32], _ second: [UInt32]) {
    precondition(first.count == second.count, "labellings of different node sets")
    var rowIndex: [UInt32: Int] = [:]
    var columnIndex: [UInt32: Int] = [:]
    var rowSums: [Int] = []
    var columnSums: [Int] = []
    var cells: [UInt64: Int] = [:]
    var n = 0
    for (a, b) in zip(first, second) where a != Partition.unassigned && b != Partition.unassigned {
      let r: Int
      if let index = rowIndex[a] {
        r = index
      } else {
        r = rowSums.count
        rowIndex[a] = r
        rowSums.append(0)
      }
      let c: Int
      if let index = columnIndex[b] {
        c = index
      } else {
        c = columnSums.count
        columnIndex[b] = c
        columnSums.append(0)
      }
      rowSums[r] += 1
      columnSums[c] += 1
      cells[UInt64(r) << 32 | UInt64(c), default: 0] += 1
      n += 1
    }
    nodeCount = n
    groupCounts = (rowSums.count, columnSums.count)
    guard n > 0 else {
      mutualInformation = 0
      entropies = (0, 0)
      normalizedMutualInformation = 1
      adjustedRandIndex = 1
      variationOfInformation = 0
      return
    }
    let total = Double(n)
    func entropy(_ sums: [Int]) -> Double {
      sums.reduce(0.0) { h, s in
        let p = Double(s) / total
        return h - p * log(p)
      }
    }
    let hx = entropy(rowSums)
    let hy = entropy(columnSums)
    // Sum the cells in a fixed order so the result does not depend on hash iteration order.
    let ordered = cells.sorted { $0.key < $1.key }
    var mi = 0.0
    var pairSum = 0.0
    for (key, count) in ordered {
      let r = Int(key >> 32)
      let c = Int(key & 0xFFFF_FFFF)
      let nij = Double(count)
      mi += nij / total * log(nij * total / (Double(rowSums[r]) * Double(columnSums[c])))
      pairSum += nij * (nij - 1) / 2
    }
    mi = max(0, mi)
    mutualInformation = mi
    entropies = (hx, hy)
    normalizedMutualInformation = hx + hy == 0 ? 1 : min(1, mi / ((hx + hy) / 2))
    variationOfInformation = max(0, hx + hy - 2 * mi)
    func pairs(_ x: Int) -> Double { Double(x) * Double(x - 1) / 2 }
    let rowPairs = rowSums.reduce(0.0) { $0 + pairs($1) }
    let columnPairs = columnSums.reduce(0.0) { $0 + pairs($1) }
    let expected = n < 2 ? 0 : rowPairs * columnPairs / pairs(n)
    let maximum = (rowPairs + columnPairs) / 2
    // Both labellings trivial in the same way (all singletons, or one group): identical.
    adjustedRandIndex = maximum == expected ? 1 : (pairSum - expected) / (maximum - expected)
  }

  public static func == (a: Self, b: Self) -> Bool {
    a.nodeCount == b.nodeCount && a.normalizedMutualInformation == b.normalizedMutualInformation
      && a.adjustedRandIndex == b.adjustedRandIndex
      && a.variationOfInformation == b.variationOfInformation
  }
}

extension Partition {
  /// Compares this partition with `other` (see ``PartitionComparison``).
  ///
  /// - Complexity: O(n) expected time.
  public func compared(with other: Partition) -> PartitionComparison {
    PartitionComparison(communities, other.communities)
  }
}
