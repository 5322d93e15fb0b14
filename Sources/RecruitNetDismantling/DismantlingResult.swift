import RecruitNetGraph

/// The outcome of one dismantling run, by node id (names are the analysis layer's business).
public struct DismantlingResult: Sendable, Equatable {
  /// The strategy's short name (`ci:2`, …) and its parameters.
  public var strategy: String
  public var parameters: [String: String]
  /// Whether removed nodes were put back (``reinsert(into:removed:threshold:)``).
  public var reinserted: Bool
  /// The number of nodes N of the simple undirected graph.
  public var nodeCount: Int
  /// The giant-component size at which the run stopped: ⌊until · N⌋.
  public var threshold: Int
  /// The nodes removed, in order (after reinsertion: the ones that stayed out, in attack order).
  public var order: [NodeID]
  /// The number of nodes the attack removed before reinsertion.
  public var attackRemovals: Int
  /// `giantSizes[k]` is the largest component after removing `order[0..<k]` (k = 0 … order.count).
  public var giantSizes: [Int]
  /// For each fraction p of N in ``reportedFractions``, the fraction q = k / N of nodes removed
  /// when the giant first drops *below* p · N, along the completed sequence (see ``robustness``).
  public var firstBelow: [Double: Double]
  /// Schneider et al.'s robustness R = (1/N) Σ_{k=1}^{N} s(k/N), s the giant-component fraction,
  /// along the completed sequence: `order` followed, once the strategy stops, by adaptive degree on
  /// what remains until every node is removed. R is thus the full-sequence R whatever `until` is.
  public var robustness: Double

  /// The fractions reported in ``firstBelow``.
  public static let reportedFractions: [Double] = [0.01, 0.05, 0.1]

  /// The giant-component fraction after each removal (k = 0 … order.count).
  public var giantFractions: [Double] {
    giantSizes.map { nodeCount > 0 ? Double($0) / Double(nodeCount) : 0 }
  }
}
