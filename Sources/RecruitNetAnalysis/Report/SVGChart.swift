import Foundation
import RecruitNetRender

/// The report's charts as inline SVG: a bar chart (linear axis) and a line chart on log–log
/// axes, with ticks, labels and the diagrams' colour-blind-safe Okabe–Ito palette
/// (`Palette.okabeIto`).
///
/// Every label is escaped (``MarkupText``); numbers are written with two decimals at most, so
/// the same data gives the same bytes.
enum SVGChart {
  /// One bar.
  struct Bar {
    var label: String
    var value: Double
    var color: String
  }

  /// One series of a line chart.
  struct Series {
    var name: String
    var points: [(x: Double, y: Double)]
  }

  static let width = 640.0
  static let height = 280.0
  static let margin = (left: 64.0, right: 16.0, top: 28.0, bottom: 48.0)

  /// A vertical bar chart, the y axis from 0 with round ticks.
  static func bars(_ bars: [Bar], title: String, xLabel: String, yLabel: String) -> String {
    let plotWidth = width - margin.left - margin.right
    let plotHeight = height - margin.top - margin.bottom
    let top = niceTicks(upTo: bars.map(\.value).max() ?? 1)
    let maximum = top.last ?? 1
    var svg = open(title: title)
    for tick in top {
      let y = margin.top + plotHeight * (1 - tick / maximum)
      svg += line(margin.left, y, margin.left + plotWidth, y, stroke: "#DDDDDD")
      svg += text(margin.left - 6, y + 4, number(tick), anchor: "end")
    }
    let slot = plotWidth / Double(max(bars.count, 1))
    let labelEvery = max(1, Int((Double(bars.count) / 20).rounded(.up)))
    for (i, bar) in bars.enumerated() {
      let h = plotHeight * bar.value / maximum
      let x = margin.left + slot * Double(i) + slot * 0.1
      svg +=
        "<rect x=\"\(f(x))\" y=\"\(f(margin.top + plotHeight - h))\" width=\"\(f(slot * 0.8))\" height=\"\(f(h))\" fill=\"\(bar.color)\" stroke=\"#333333\" stroke-width=\"0.5\"><title>\(MarkupText.escape("\(bar.label): \(number(bar.value))"))</title></rect>"
      if i % labelEvery == 0 {
        svg += text(x + slot * 0.4, margin.top + plotHeight + 14, bar.label, anchor: "middle")
      }
    }
    svg += axes(plotWidth: plotWidth, plotHeight: plotHeight, xLabel: xLabel, yLabel: yLabel)
    return svg + "</svg>"
  }

  /// A line chart on log–log axes, ticks at powers of ten. Points with x or y ≤ 0 are left out.
  static func logLog(_ series: [Series], title: String, xLabel: String, yLabel: String) -> String {
    let plotWidth = width - margin.left - margin.right
    let plotHeight = height - margin.top - margin.bottom
    let points = series.flatMap(\.points).filter { $0.x > 0 && $0.y > 0 }
    let xHigh = max(1, ceil(log10(points.map(\.x).max() ?? 10)))
    let yLow = min(-1, floor(log10(points.map(\.y).min() ?? 0.1)))
    let yHigh = max(yLow + 1, ceil(log10(points.map(\.y).max() ?? 1)))
    func px(_ x: Double) -> Double { margin.left + plotWidth * log10(x) / xHigh }
    func py(_ y: Double) -> Double {
      margin.top + plotHeight * (1 - (log10(y) - yLow) / (yHigh - yLow))
    }
    var svg = open(title: title)
    for e in stride(from: 0.0, through: xHigh, by: 1) {
      let x = px(pow(10, e))
      svg += line(x, margin.top, x, margin.top + plotHeight, stroke: "#DDDDDD")
      svg += text(x, margin.top + plotHeight + 14, power(e), anchor: "middle")
    }
    for e in stride(from: yLow, through: yHigh, by: 1) {
      let y = py(pow(10, e))
      svg += line(margin.left, y, margin.left + plotWidth, y, stroke: "#DDDDDD")
      svg += text(margin.left - 6, y + 4, power(e), anchor: "end")
    }
    for (i, s) in series.enumerated() {
      let color = Palette.okabeIto[(i * 4) % Palette.okabeIto.count]
      let kept = s.points.filter { $0.x > 0 && $0.y > 0 }
      let path = kept.map { "\(f(px($0.x))),\(f(py($0.y)))" }.joined(separator: " ")
      svg +=
        "<polyline points=\"\(path)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"1.5\"/>"
      for p in kept {
        svg +=
          "<circle cx=\"\(f(px(p.x)))\" cy=\"\(f(py(p.y)))\" r=\"2.2\" fill=\"\(color)\"><title>\(MarkupText.escape("\(s.name) ≥ \(number(p.x)): \(number(p.y))"))</title></circle>"
      }
      let ly = margin.top + 14 + Double(i) * 16
      svg += line(width - 150, ly - 4, width - 130, ly - 4, stroke: color, width: 2)
      svg += text(width - 124, ly, s.name, anchor: "start")
    }
    svg += axes(plotWidth: plotWidth, plotHeight: plotHeight, xLabel: xLabel, yLabel: yLabel)
    return svg + "</svg>"
  }

  /// 0 and four or five round steps (1, 2 or 5 times a power of ten) reaching `maximum`.
  static func niceTicks(upTo maximum: Double) -> [Double] {
    guard maximum > 0, maximum.isFinite else { return [0, 1] }
    let raw = maximum / 5
    let magnitude = pow(10, floor(log10(raw)))
    let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? raw
    var ticks: [Double] = [0]
    while (ticks.last ?? 0) < maximum { ticks.append(Double(ticks.count) * step) }
    return ticks
  }

  private static func open(title: String) -> String {
    "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-label=\"\(MarkupText.escape(title))\"><text x=\"\(f(width / 2))\" y=\"16\" text-anchor=\"middle\" class=\"chart-title\">\(MarkupText.escape(title))</text>"
  }

  private static func axes(plotWidth: Double, plotHeight: Double, xLabel: String, yLabel: String)
    -> String
  {
    let bottom = margin.top + plotHeight
    return line(margin.left, margin.top, margin.left, bottom, stroke: "#333333")
      + line(margin.left, bottom, margin.left + plotWidth, bottom, stroke: "#333333")
      + text(margin.left + plotWidth / 2, height - 8, xLabel, anchor: "middle")
      + "<text transform=\"translate(14,\(f(margin.top + plotHeight / 2))) rotate(-90)\" text-anchor=\"middle\">\(MarkupText.escape(yLabel))</text>"
  }

  private static func line(
    _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, width: Double = 1
  ) -> String {
    "<line x1=\"\(f(x1))\" y1=\"\(f(y1))\" x2=\"\(f(x2))\" y2=\"\(f(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(f(width))\"/>"
  }

  private static func text(_ x: Double, _ y: Double, _ content: String, anchor: String) -> String {
    "<text x=\"\(f(x))\" y=\"\(f(y))\" text-anchor=\"\(anchor)\">\(MarkupText.escape(content))</text>"
  }

  /// 10 to the power `e` as a tick label: 1, 10, 100, 1000, then 10⁴ …; below 1: 0.1, 0.01, 10⁻³ ….
  static func power(_ e: Double) -> String {
    let n = Int(e)
    switch n {
    case 0...3: return String(Int(pow(10, Double(n))))
    case -2 ... -1: return n == -1 ? "0.1" : "0.01"
    default:
      let digits = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
      let exponent = String(abs(n)).compactMap { Int(String($0)).map { digits[$0] } }.joined()
      return "10" + (n < 0 ? "⁻" : "") + exponent
    }
  }

  /// A count or a short fraction.
  static func number(_ x: Double) -> String {
    x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(format: "%.3g", x)
  }

  /// A coordinate with two decimals.
  private static func f(_ x: Double) -> String { String(format: "%.2f", x) }
}
