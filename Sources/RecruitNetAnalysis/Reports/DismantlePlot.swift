import Foundation

/// The dismantling curves as a small SVG chart: giant-component fraction (y, 0 … 1) against the
/// fraction of nodes removed (x, 0 … the largest fraction any strategy removed, rounded up to a
/// tick), one polyline per strategy in a colour-blind-safe palette (Okabe & Ito), with axes,
/// ticks, a legend with each strategy's removals and R, and a title. Hand-written SVG 1.1.
public enum DismantlePlot {
  static let palette = [
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000",
  ]

  private static func escaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
  }

  /// A tick step of 1, 2 or 5 × 10^k giving about five ticks over `0 … maximum`.
  static func tickStep(_ maximum: Double) -> Double {
    let raw = maximum / 5
    let magnitude = pow(10, floor(log10(raw)))
    for factor in [1.0, 2, 5, 10] where factor * magnitude >= raw { return factor * magnitude }
    return 10 * magnitude
  }

  /// The SVG document for `outcome`, titled `title`.
  public static func svg(_ outcome: DismantleOutcome, title: String) -> String {
    let width = 640.0
    let height = 420.0
    let left = 64.0
    let right = 190.0
    let top = 44.0
    let bottom = 52.0
    let plotWidth = width - left - right
    let plotHeight = height - top - bottom
    let n = Double(max(outcome.nodeCount, 1))
    let longest = outcome.runs.map { Double($0.result.order.count) / n }.max() ?? 0
    let step = tickStep(max(longest, 1 / n))
    let xMax = max(step, (max(longest, 1 / n) / step).rounded(.up) * step)
    func x(_ q: Double) -> Double { left + q / xMax * plotWidth }
    func y(_ s: Double) -> Double { top + (1 - s) * plotHeight }
    func f(_ v: Double) -> String { String(format: "%.1f", v) }
    var svg = [
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">",
      "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>",
      "<text x=\"\(f(left))\" y=\"24\" font-size=\"15\" font-weight=\"bold\">\(escaped(title))</text>",
    ]
    // Grid, ticks and tick labels.
    var q = 0.0
    while q <= xMax + step / 2 {
      svg.append(
        "<line x1=\"\(f(x(q)))\" y1=\"\(f(top))\" x2=\"\(f(x(q)))\" y2=\"\(f(top + plotHeight))\" stroke=\"#e5e5e5\"/>"
      )
      svg.append(
        "<line x1=\"\(f(x(q)))\" y1=\"\(f(top + plotHeight))\" x2=\"\(f(x(q)))\" y2=\"\(f(top + plotHeight + 5))\" stroke=\"black\"/>"
      )
      svg.append(
        "<text x=\"\(f(x(q)))\" y=\"\(f(top + plotHeight + 18))\" text-anchor=\"middle\">\(String(format: "%g", (q * 1e6).rounded() / 1e6))</text>"
      )
      q += step
    }
    for s in stride(from: 0.0, through: 1.0, by: 0.2) {
      svg.append(
        "<line x1=\"\(f(left))\" y1=\"\(f(y(s)))\" x2=\"\(f(left + plotWidth))\" y2=\"\(f(y(s)))\" stroke=\"#e5e5e5\"/>"
      )
      svg.append(
        "<line x1=\"\(f(left - 5))\" y1=\"\(f(y(s)))\" x2=\"\(f(left))\" y2=\"\(f(y(s)))\" stroke=\"black\"/>"
      )
      svg.append(
        "<text x=\"\(f(left - 8))\" y=\"\(f(y(s) + 4))\" text-anchor=\"end\">\(String(format: "%.1f", s))</text>"
      )
    }
    svg.append(
      "<rect x=\"\(f(left))\" y=\"\(f(top))\" width=\"\(f(plotWidth))\" height=\"\(f(plotHeight))\" fill=\"none\" stroke=\"black\"/>"
    )
    svg.append(
      "<text x=\"\(f(left + plotWidth / 2))\" y=\"\(f(height - 12))\" text-anchor=\"middle\">fraction of accounts removed q</text>"
    )
    svg.append(
      "<text transform=\"translate(18 \(f(top + plotHeight / 2))) rotate(-90)\" text-anchor=\"middle\">giant component / N</text>"
    )
    // Curves and legend.
    for (i, run) in outcome.runs.enumerated() {
      let colour = palette[i % palette.count]
      let points = run.result.giantSizes.enumerated().map { k, size in
        "\(f(x(Double(k) / n))),\(f(y(Double(size) / n)))"
      }.joined(separator: " ")
      svg.append(
        "<polyline fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\" points=\"\(points)\"/>")
      let ly = top + 10 + Double(i) * 34
      let lx = left + plotWidth + 14
      svg.append(
        "<line x1=\"\(f(lx))\" y1=\"\(f(ly))\" x2=\"\(f(lx + 22))\" y2=\"\(f(ly))\" stroke=\"\(colour)\" stroke-width=\"3\"/>"
      )
      svg.append("<text x=\"\(f(lx + 28))\" y=\"\(f(ly + 4))\">\(escaped(run.label))</text>")
      svg.append(
        "<text x=\"\(f(lx + 28))\" y=\"\(f(ly + 18))\" font-size=\"10\" fill=\"#555\">\(run.result.order.count) removed, R = \(String(format: "%.3f", run.result.robustness))</text>"
      )
    }
    let note =
      "N = \(outcome.nodeCount), undirected simple; until \(outcome.request.until)"
      + (outcome.request.reinsert ? ", with reinsertion" : "")
    svg.append(
      "<text x=\"\(f(left))\" y=\"38\" font-size=\"10\" fill=\"#555\">\(escaped(note))</text>")
    svg.append("</svg>")
    return svg.joined(separator: "\n") + "\n"
  }
}
