/// The Graphviz layout engines RecruitNet uses.
///
/// `dot` (layered) and `fdp` (force-directed) draw `cluster_` boxes; `sfdp` (multilevel
/// force-directed, for large graphs), `neato` (stress majorization) and `circo` (circular)
/// ignore clusters. `nop` is `neato -n`: it keeps the given node positions (and cluster `bb`
/// boxes) and only routes the edges; ``ComposedLayout`` uses it to draw cluster boxes on large
/// diagrams.
///
/// References: `dot`, E. R. Gansner, E. Koutsofios, S. C. North & K.-P. Vo, "A technique for
/// drawing directed graphs", IEEE Trans. Softw. Eng. 19(3):214–230, 1993, doi:10.1109/32.221135;
/// `neato`, E. R. Gansner, Y. Koren & S. North, "Graph drawing by stress majorization", Graph
/// Drawing 2004, LNCS 3383:239–250, doi:10.1007/978-3-540-31843-9_25; `fdp`, T. M. J.
/// Fruchterman & E. M. Reingold, "Graph drawing by force-directed placement", Softw. Pract.
/// Exper. 21(11):1129–1164, 1991, doi:10.1002/spe.4380211102; `sfdp`, Y. Hu, "Efficient,
/// high-quality force-directed graph drawing", Mathematica Journal 10(1):37–71, 2005; `circo`,
/// J. M. Six & I. G. Tollis, "A framework for circular drawings of networks", Graph Drawing
/// 1999, LNCS 1731:107–116.
public enum LayoutEngine: String, Sendable, CaseIterable {
  case dot, fdp, sfdp, neato, circo, nop

  /// Whether Graphviz's layout draws `cluster_` subgraphs as boxes.
  public var drawsClusters: Bool { self == .dot || self == .fdp }

  /// Whether the `start` attribute seeds the layout (the force-directed engines).
  public var isSeeded: Bool { self == .fdp || self == .sfdp || self == .neato }
}
