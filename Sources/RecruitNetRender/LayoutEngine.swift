/// The Graphviz layout engines RecruitNet uses.
///
/// `dot` (layered) and `fdp` (force-directed) draw `cluster_` boxes; `sfdp` (multilevel
/// force-directed, for large graphs), `neato` (stress majorization) and `circo` (circular)
/// ignore clusters. `nop` is `neato -n`: it keeps the given node positions (and cluster `bb`
/// boxes) and only routes the edges; ``ComposedLayout`` uses it to draw cluster boxes on large
/// diagrams.
public enum LayoutEngine: String, Sendable, CaseIterable {
  case dot, fdp, sfdp, neato, circo, nop

  /// Whether Graphviz's layout draws `cluster_` subgraphs as boxes.
  public var drawsClusters: Bool { self == .dot || self == .fdp }

  /// Whether the `start` attribute seeds the layout (the force-directed engines).
  public var isSeeded: Bool { self == .fdp || self == .sfdp || self == .neato }
}
