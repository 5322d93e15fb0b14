/// The quality function a modularity optimiser (``Louvain``, ``Leiden``) maximises.
public enum CommunityQuality: String, Sendable, CaseIterable {
  /// Modularity with resolution γ (Newman & Girvan 2004, doi:10.1103/PhysRevE.69.026113;
  /// Reichardt & Bornholdt 2006, doi:10.1103/PhysRevE.74.016110):
  /// Q = Σ_c [ L_c / m − γ (K_c / 2m)² ], or Leicht & Newman's directed form on request.
  case modularity
  /// The constant Potts model (Traag, Van Dooren & Nesterov 2011, doi:10.1103/PhysRevE.84.016114):
  /// H = Σ_c [ L_c − γ · n_c(n_c − 1)/2 ], every node of weight 1, as leidenalg's
  /// `CPMVertexPartition` with its default node sizes. A community must have an internal edge
  /// density above γ, so a high γ gives singletons and γ ≤ the weakest edge inside a clique keeps it.
  case cpm
}
