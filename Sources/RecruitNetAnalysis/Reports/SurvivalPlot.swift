import Foundation
import RecruitNetSurvival

/// Kaplan–Meier curves as a small SVG chart in the style of ``DismantlePlot``: the share of
/// accounts not yet suspended (y, 0 … 1) against days since the origin (x), one step line per
/// group in the Okabe–Ito palette with its 95% interval as a light band, dashed lines at the
/// windows (48 h, 90 days), axes, a legend with each group's accounts, suspensions and median,
/// and a title. Steps closer than half a pixel are merged, so a million accounts still give a
/// small file. Hand-written SVG 1.1.
public enum SurvivalPlot {
  private static func escaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
  }

  /// The SVG document for `outcome`, titled `title`.
  public static func svg(_ outcome: SurvivalOutcome, title: String) -> String {
    let width = 720.0
    let height = 420.0
    let left = 64.0
    let right = 240.0
    let top = 44.0
    let bottom = 52.0
    let plotWidth = width - left - right
    let plotHeight = height - top - bottom
    let longest = outcome.groups.compactMap { $0.curve.times.last }.max() ?? 1
    let step = DismantlePlot.tickStep(max(longest, 1))
    let xMax = max(step, (max(longest, 1) / step).rounded(.up) * step)
    func x(_ t: Double) -> Double { left + min(t, xMax) / xMax * plotWidth }
    func y(_ s: Double) -> Double { top + (1 - s) * plotHeight }
    func f(_ v: Double) -> String { String(format: "%.1f", v) }
    var svg = [
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">",
      "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>",
      "<text x=\"\(f(left))\" y=\"24\" font-size=\"15\" font-weight=\"bold\">\(escaped(title))</text>",
    ]
    var t = 0.0
    while t <= xMax + step / 2 {
      svg.append(
        "<line x1=\"\(f(x(t)))\" y1=\"\(f(top))\" x2=\"\(f(x(t)))\" y2=\"\(f(top + plotHeight))\" stroke=\"#e5e5e5\"/>"
      )
      svg.append(
        "<line x1=\"\(f(x(t)))\" y1=\"\(f(top + plotHeight))\" x2=\"\(f(x(t)))\" y2=\"\(f(top + plotHeight + 5))\" stroke=\"black\"/>"
      )
      svg.append(
        "<text x=\"\(f(x(t)))\" y=\"\(f(top + plotHeight + 18))\" text-anchor=\"middle\">\(String(format: "%g", (t * 1e6).rounded() / 1e6))</text>"
      )
      t += step
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
    for window in outcome.request.windows where window <= xMax {
      svg.append(
        "<line x1=\"\(f(x(window)))\" y1=\"\(f(top))\" x2=\"\(f(x(window)))\" y2=\"\(f(top + plotHeight))\" stroke=\"#888\" stroke-dasharray=\"4 3\"/>"
      )
      svg.append(
        "<text x=\"\(f(x(window) + 3))\" y=\"\(f(top + 12))\" font-size=\"10\" fill=\"#555\">\(SurvivalReport.windowLabel(window))</text>"
      )
    }
    svg.append(
      "<rect x=\"\(f(left))\" y=\"\(f(top))\" width=\"\(f(plotWidth))\" height=\"\(f(plotHeight))\" fill=\"none\" stroke=\"black\"/>"
    )
    svg.append(
      "<text x=\"\(f(left + plotWidth / 2))\" y=\"\(f(height - 12))\" text-anchor=\"middle\">days since \(outcome.request.origin == .created ? "creation" : "first seen")</text>"
    )
    svg.append(
      "<text transform=\"translate(18 \(f(top + plotHeight / 2))) rotate(-90)\" text-anchor=\"middle\">share not yet suspended S(t)</text>"
    )
    for (i, group) in outcome.groups.enumerated() {
      let colour = DismantlePlot.palette[i % DismantlePlot.palette.count]
      let c = group.curve
      // Steps: one point per pixel column at most (the last value in it).
      var kept: [Int] = []
      for k in 0..<c.times.count {
        if let last = kept.last, x(c.times[k]) - x(c.times[last]) < 0.5 {
          kept[kept.count - 1] = k
        } else {
          kept.append(k)
        }
      }
      var line: [String] = []
      var upper: [String] = []
      var lower: [String] = []
      var previous: Int? = nil
      for k in kept {
        if let p = previous {
          line.append("\(f(x(c.times[k]))),\(f(y(c.survival[p])))")
          upper.append("\(f(x(c.times[k]))),\(f(y(c.upper[p])))")
          lower.append("\(f(x(c.times[k]))),\(f(y(c.lower[p])))")
        }
        line.append("\(f(x(c.times[k]))),\(f(y(c.survival[k])))")
        upper.append("\(f(x(c.times[k]))),\(f(y(c.upper[k])))")
        lower.append("\(f(x(c.times[k]))),\(f(y(c.lower[k])))")
        previous = k
      }
      let band = (upper + lower.reversed()).joined(separator: " ")
      svg.append(
        "<polygon fill=\"\(colour)\" fill-opacity=\"0.15\" stroke=\"none\" points=\"\(band)\"/>")
      svg.append(
        "<polyline fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\" points=\"\(line.joined(separator: " "))\"/>"
      )
      let ly = top + 10 + Double(i) * 34
      let lx = left + plotWidth + 14
      svg.append(
        "<line x1=\"\(f(lx))\" y1=\"\(f(ly))\" x2=\"\(f(lx + 22))\" y2=\"\(f(ly))\" stroke=\"\(colour)\" stroke-width=\"3\"/>"
      )
      // A bare number ("3") reads better as "group 3".
      let label =
        group.name.allSatisfy(\.isNumber) && !group.name.isEmpty
        ? "group \(group.name)" : group.name
      svg.append("<text x=\"\(f(lx + 28))\" y=\"\(f(ly + 4))\">\(escaped(label))</text>")
      let median =
        c.median.isFinite ? String(format: "median %.1f d", c.median) : "median not reached"
      svg.append(
        "<text x=\"\(f(lx + 28))\" y=\"\(f(ly + 18))\" font-size=\"10\" fill=\"#555\">\(c.subjects) accounts, \(c.totalEvents) suspended, \(median)</text>"
      )
    }
    var note = "\(outcome.accounts) accounts; shaded: 95% interval (exponential Greenwood)"
    if let test = outcome.logRank {
      note += String(
        format: "; log-rank chi2 = %.2f, df = %d, p = %.3g", test.statistic, test.degreesOfFreedom,
        test.pValue)
    }
    svg.append(
      "<text x=\"\(f(left))\" y=\"38\" font-size=\"10\" fill=\"#555\">\(escaped(note))</text>")
    svg.append("</svg>")
    return svg.joined(separator: "\n") + "\n"
  }
}
