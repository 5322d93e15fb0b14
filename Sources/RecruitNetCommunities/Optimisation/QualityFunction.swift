/// The gain of a node move for modularity (undirected or directed) and CPM, in one form.
///
/// Every quality the optimisers support is `H = Σ_c [ L_c − s · Out_c · In_c ]` up to a constant
/// factor and offset, where `L_c` is the weight inside community `c` and `Out_c`, `In_c` sum the
/// members' masses (``WeightedNetwork/outMass``, ``WeightedNetwork/inMass``):
///
/// | quality | masses | s | H relates to the usual value as |
/// |---|---|---|---|
/// | undirected modularity | strength k, k | γ / 4m | Q = H / m |
/// | directed modularity (Leicht & Newman 2008) | k_out, k_in | γ / m | Q = H / m |
/// | CPM (Traag et al. 2011) | size n, n | γ / 2 | CPM = H + γ Σ n_c / 2 |
///
/// Moving a node `i` that is alone into community `c` changes H by
/// `w(i, c) − s · (out_i · In_c + in_i · Out_c)`, the quantity Louvain and Leiden compare; the
/// node's self-loop and its own masses' product cancel between the candidates.
struct QualityFunction: Sendable {
  /// The factor s of the null-model term.
  let scale: Double

  init(quality: CommunityQuality, resolution: Double, isDirected: Bool, totalWeight: Double) {
    switch quality {
    case .cpm: scale = resolution / 2
    case .modularity:
      if totalWeight <= 0 {
        scale = 0
      } else {
        scale = isDirected ? resolution / totalWeight : resolution / (4 * totalWeight)
      }
    }
  }

  /// The change in H when a lone node with masses (`nodeOut`, `nodeIn`) joins a community with
  /// masses (`communityOut`, `communityIn`) to which it has edge weight `weight`.
  @inline(__always)
  func gain(
    weight: Double, nodeOut: Double, nodeIn: Double, communityOut: Double, communityIn: Double
  ) -> Double {
    weight - scale * (nodeOut * communityIn + nodeIn * communityOut)
  }
}
