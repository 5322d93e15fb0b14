import RecruitNetRender

/// The report's three charts (``SVGChart``), shared by the HTML page and the Markdown report:
/// community sizes in the diagram's community colours, the degree CCDFs, and the edge-type mix
/// in the diagram's edge colours.
enum ReportCharts {
  /// Bars of the largest communities (``AnalystReport/maxSizeBars``), labelled C0, C1, ….
  static func communitySizes(_ r: AnalystReport) -> String {
    let shown = r.communitySizes.prefix(max(1, r.maxSizeBars))
    let bars = shown.map {
      SVGChart.Bar(
        label: "C\($0.community)", value: Double($0.size),
        color: Palette.style(community: $0.community).fill)
    }
    return SVGChart.bars(
      bars,
      title: r.communitySizes.count > bars.count
        ? "Community sizes (largest \(bars.count) of \(r.communityCount))" : "Community sizes",
      xLabel: "community, largest first", yLabel: "accounts")
  }

  /// In- and out-degree (or degree) complementary CDFs on log–log axes.
  static func degreeCCDF(_ r: AnalystReport) -> String {
    SVGChart.logLog(
      r.degreeCCDF.map { series in
        SVGChart.Series(
          name: series.name, points: series.points.map { (Double($0.degree), $0.share) })
      },
      title: "Degree distribution (complementary CDF)", xLabel: "degree k",
      yLabel: "share of accounts with degree ≥ k")
  }

  /// Edges per type (empty types left out).
  static func edgeTypes(_ r: AnalystReport) -> String {
    SVGChart.bars(
      r.edgeTypes.map {
        SVGChart.Bar(
          label: $0.name, value: Double($0.edges), color: Palette.edgeStyle(type: $0.index).color)
      }, title: "Edges by type", xLabel: "edge type", yLabel: "edges")
  }
}
