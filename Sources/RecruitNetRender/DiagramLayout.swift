/// How a diagram is laid out: one Graphviz engine on the whole graph, or ``ComposedLayout``
/// (communities first) so cluster boxes survive on large diagrams.
public enum DiagramLayout: Sendable, Equatable {
  /// One engine on the whole graph (boxes only with dot and fdp).
  case engine(LayoutEngine)
  /// Each community with `inner` (nil: by size), then the communities, pinned and drawn by `nop`.
  case composed(inner: LayoutEngine?)

  /// A readable name for outputs and timings (`composed(sfdp)`, `fdp`).
  public var name: String {
    switch self {
    case .engine(let engine): engine.rawValue
    case .composed(let inner): "composed(\(inner?.rawValue ?? "auto"))"
    }
  }
}

extension GraphvizRenderer {
  /// Lays out `spec` with `layout` (seeded by `seed`) and renders it as `format`.
  ///
  /// The composed layouts give the same bytes for the same seed, in one process or many.
  /// `.engine(.fdp)` on a clustered graph does not: Graphviz 2.43's fdp, although seeded, places
  /// nodes differently from layout to layout (it depends on memory addresses).
  ///
  /// - Throws: ``RenderError`` with Graphviz's message.
  public func draw(_ spec: DiagramSpec, layout: DiagramLayout, format: DiagramFormat, seed: UInt64)
    throws(RenderError) -> [UInt8]
  {
    switch layout {
    case .engine(let engine):
      var seeded = spec
      if engine.isSeeded { seeded.graphAttributes["start"] = "\(seed)" }
      if engine == .neato || engine == .sfdp {
        seeded.graphAttributes["overlap"] = seeded.graphAttributes["overlap"] ?? "prism"
      }
      if engine == .sfdp || engine == .neato || engine == .circo {
        seeded.graphAttributes["splines"] = seeded.graphAttributes["splines"] ?? "false"
      }
      return try render(seeded, engine: engine, format: format)
    case .composed(let inner):
      let placed = try ComposedLayout(inner: inner, seed: seed).place(spec, on: self)
      return try render(placed, engine: .nop, format: format)
    }
  }
}
