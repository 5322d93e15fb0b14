/// How rows with the same (source, target, type) become one edge's weight.
///
/// Edge lists often repeat a pair: one row per interaction (then the sum counts them), or the
/// same tie written twice (then the sum doubles a tie strength: the SNAbook 9/11 file's strengths
/// 1/3/5 become 2–20). networkx keeps the last row's attributes; for weights read as lengths, the
/// minimum is what its shortest paths use between parallel edges. The multiplicity (rows merged)
/// and the time span are kept whatever the rule.
public enum EdgeMergeRule: String, Sendable, CaseIterable, Codable {
  /// The weights added (the default: one row per interaction).
  case sum
  /// The largest weight.
  case max
  /// The smallest weight (weights read as lengths).
  case min
  /// The weight of the first row read (for an edge already in a workspace: its stored weight).
  case first
  /// The mean weight per row (an edge already stored counts as its multiplicity of rows).
  case mean
}

/// What merging did: how many rows fell onto an edge that another row had already made, and on
/// how many edges the merged rows disagreed about the weight.
public struct MergeStatistics: Sendable, Equatable {
  /// Rows beyond the first of each edge.
  public var mergedRows = 0
  /// Edges made of two or more rows.
  public var edgesFromSeveralRows = 0
  /// Edges whose rows had different weights.
  public var disagreeingEdges = 0

  public init(mergedRows: Int = 0, edgesFromSeveralRows: Int = 0, disagreeingEdges: Int = 0) {
    self.mergedRows = mergedRows
    self.edgesFromSeveralRows = edgesFromSeveralRows
    self.disagreeingEdges = disagreeingEdges
  }
}
