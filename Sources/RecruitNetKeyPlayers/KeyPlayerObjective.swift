/// What a key-player set is chosen for (Borgatti 2006, "Identifying sets of key players in a
/// social network", Comput Math Organiz Theor 12:21–34).
///
/// - ``fragmentation`` and ``distanceFragmentation`` are KPP-Neg: the set whose removal breaks
///   the network most (eq. 4 and eq. 9 of the paper), maximised.
/// - ``reach`` is KPP-Pos: the set that is closest to everyone else (distance-weighted reach,
///   section 4.2), maximised, optionally toward a target subset only.
public enum KeyPlayerObjective: String, Sendable, CaseIterable, Codable {
  /// F = 1 − Σ_k s_k(s_k − 1) / (n(n − 1)) over the components left after removal: the share of
  /// node pairs that can no longer reach each other.
  case fragmentation
  /// DF = 1 − 2 Σ_{i>j} (1/d_ij) / (n(n − 1)) after removal, with 1/d = 0 between components.
  case distanceFragmentation = "distance-fragmentation"
  /// Σ_{j∉S} (1/d_{S,j}) / (N − |S|), d_{S,j} the distance from the nearest member of S.
  case reach

  /// Whether the objective is about removing the set (KPP-Neg).
  public var removesSet: Bool { self != .reach }
}

/// Which node pairs the fragmentation measures divide by, for a set of k removed nodes out of N.
///
/// For a fixed k both are affine in the same pair sum, so they rank sets identically and the
/// search finds the same optimal sets under either; only the printed value differs. Both values
/// are always computed.
public enum FragmentationDenominator: String, Sendable, CaseIterable, Codable {
  /// n = N − k: the pairs among the nodes that remain, Borgatti's eq. 4 and 9 computed "on the
  /// graph after deletion". The default.
  case remaining
  /// n = N: the pairs among all N nodes, the removed nodes counted as isolates (every pair that
  /// involves one is disconnected).
  case all
}
