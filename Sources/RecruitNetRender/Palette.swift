/// Colour-blind-safe community colours: the Okabe–Ito palette, varied by shape and lightness
/// once its seven colours are used up.
///
/// Reference: Okabe, M. & Ito, K. (2008), *Color Universal Design (CUD): how to make figures and
/// presentations that are friendly to colorblind people*, https://jfly.uni-koeln.de/color/.
/// Black (Okabe–Ito's eighth colour) is kept for highlighted nodes (the ego) and grey for nodes
/// outside the drawn communities.
///
/// Convention: community `k` (communities are numbered by decreasing size) gets colour
/// `k % 7`; each further round of seven changes the node shape (circle, square, triangle,
/// diamond, pentagon, hexagon) and alternates full and lightened colours, so communities 0–83
/// all look different and colour is never the only cue past the seventh.
public enum Palette {
  /// Okabe–Ito without black: orange, sky blue, bluish green, yellow, blue, vermillion,
  /// reddish purple.
  public static let okabeIto = [
    "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7",
  ]
  /// Shapes used round by round.
  public static let shapes = ["circle", "square", "triangle", "diamond", "pentagon", "hexagon"]
  /// Nodes outside every drawn community.
  public static let outside = "#BBBBBB"
  /// The outline of highlighted nodes.
  public static let highlight = "#000000"

  /// Edge colours by edge type (Paul Tol's "high contrast" and "bright" schemes, darker than the
  /// node colours so edges read as lines), with 50 % opacity.
  public static let edgeColors = ["#004488", "#BB5566", "#DDAA33", "#228833", "#AA3377", "#66CCEE"]
  /// Edge styles by edge type, so types differ without colour as well.
  public static let edgeStyles = ["solid", "dashed", "dotted", "bold"]

  /// How community `index` is drawn.
  public struct Style: Sendable, Equatable {
    /// Node fill colour (`#RRGGBB`).
    public var fill: String
    /// Graphviz node shape.
    public var shape: String
    /// The pale fill of the community's cluster box.
    public var boxFill: String
  }

  /// The style of community `index` (0-based).
  public static func style(community index: Int) -> Style {
    let base = okabeIto[index % okabeIto.count]
    let round = index / okabeIto.count
    let shape = shapes[(round / 2) % shapes.count]
    let fill = round % 2 == 1 ? mix(base, white: 0.45) : base
    return Style(fill: fill, shape: shape, boxFill: mix(base, white: 0.88))
  }

  /// The style of edge type `index`: colour (with alpha) and line style.
  public static func edgeStyle(type index: Int) -> (color: String, style: String) {
    (edgeColors[index % edgeColors.count] + "80", edgeStyles[index % edgeStyles.count])
  }

  /// `color` mixed with white (`white` = 0: unchanged, 1: white).
  static func mix(_ color: String, white: Double) -> String {
    let hex = Array(color.utf8.dropFirst())
    func channel(_ i: Int) -> Int {
      let text = String(decoding: hex[(2 * i)..<(2 * i + 2)], as: UTF8.self)
      return Int(text, radix: 16) ?? 0
    }
    let digits = Array("0123456789ABCDEF")
    var result = "#"
    for i in 0..<3 {
      let value = Int((Double(channel(i)) * (1 - white) + 255 * white).rounded())
      result.append(digits[value / 16])
      result.append(digits[value % 16])
    }
    return result
  }
}
