import Foundation
import RecruitNetGraph

/// Which nodes carry their name on the drawing.
public enum LabelPolicy: Sendable, Equatable {
  /// The `k` highest-scoring drawn nodes (`--labels top:30`, the default).
  case top(Int)
  case all
  case none

  /// Parses `top:K`, `all` or `none`.
  public init?(argument: String) {
    switch argument {
    case "all": self = .all
    case "none": self = .none
    default:
      guard argument.hasPrefix("top:"), let k = Int(argument.dropFirst(4)), k >= 0 else {
        return nil
      }
      self = .top(k)
    }
  }
}

/// A node-level diagram: one `cluster_` box per community, nodes sized by a centrality measure
/// and coloured by community, names on the top accounts, edge width by weight and colour and
/// line style by edge type, and a legend.
///
/// Conventions: node *area* is proportional to the score (width ∝ √score, from a minimum so
/// zero-score nodes stay visible); edge width grows with log(1 + weight) up to 3 points;
/// communities are numbered as in ``Palette`` (0 = largest, in the whole network); a cluster
/// label reads `C3: 120 accounts, top: name`, where the size and top account are those of the
/// whole community even when a filtered view draws only part of it. Highlighted nodes (the ego)
/// get a thick black outline and the SVG class `ego`.
public struct ClusterDiagram: Sendable {
  public var selection: DiagramSelection
  public var isDirected: Bool
  /// Names to draw, per selected node (already pseudonymized when asked).
  public var names: [String]
  /// Community of each selected node (``unassigned`` for none).
  public var communities: [UInt32]
  /// Size score of each selected node.
  public var scores: [Double]
  /// The measure's name, for the legend.
  public var measure: String
  /// Members of each community in the whole network, by community number.
  public var communitySizes: [Int]
  /// The highest-scoring member of each community in the whole network (display name).
  public var topAccounts: [String?]
  /// Edge type names, by type index.
  public var edgeTypeNames: [String]
  /// Communities drawn as boxes; nil = every community with a drawn member.
  public var boxed: Set<UInt32>? = nil
  /// Selected-node indices to highlight.
  public var highlighted: Set<Int> = []
  public var labels: LabelPolicy = .top(30)
  public var title: String
  public var showsLegend = true
  /// Extra legend lines.
  public var notes: [String] = []

  public static let unassigned = UInt32.max

  public init(
    selection: DiagramSelection, isDirected: Bool, names: [String], communities: [UInt32],
    scores: [Double],
    measure: String, communitySizes: [Int], topAccounts: [String?], edgeTypeNames: [String],
    title: String
  ) {
    self.selection = selection
    self.isDirected = isDirected
    self.names = names
    self.communities = communities
    self.scores = scores
    self.measure = measure
    self.communitySizes = communitySizes
    self.topAccounts = topAccounts
    self.edgeTypeNames = edgeTypeNames
    self.title = title
  }

  /// The communities drawn as boxes, ascending.
  public var boxedCommunities: [UInt32] {
    var present = Set<UInt32>()
    for c in communities where c != Self.unassigned && (boxed?.contains(c) ?? true) {
      present.insert(c)
    }
    return present.sorted()
  }

  /// The Graphviz spec (without positions), with labels escaped for `format`.
  public func spec(for format: DiagramFormat) -> DiagramSpec {
    let forSVG = format == .svg
    func literal(_ s: String) -> String {
      forSVG ? GraphvizText.svgLiteral(s) : GraphvizText.literal(s)
    }
    let count = selection.nodes.count
    var spec = DiagramSpec(isDirected: isDirected)
    spec.graphAttributes = Self.graphAttributes(nodeCount: count)

    // Node sizes: area ∝ score; big diagrams use smaller nodes.
    let large = count > 2000
    let (minWidth, maxWidth) = large ? (0.06, 0.4) : (0.12, 0.7)
    let finite = scores.filter { $0.isFinite && $0 > 0 }
    let maxScore = finite.max() ?? 0
    let labelled = labelledNodes()
    let boxes = Set(boxedCommunities)
    spec.nodes.reserveCapacity(count)
    for index in 0..<count {
      let community = communities[index]
      let score = scores[index]
      let fraction =
        maxScore > 0 && score.isFinite && score > 0 ? (score / maxScore).squareRoot() : 0
      let width = minWidth + (maxWidth - minWidth) * fraction
      let style = community == Self.unassigned ? nil : Palette.style(community: Int(community))
      var attributes: [String: String] = [
        "shape": style?.shape ?? "circle",
        "fillcolor": style?.fill ?? Palette.outside,
        "width": Self.format(width), "height": Self.format(width),
        "tooltip": GraphvizText.tooltip(
          names[index] + (community == Self.unassigned ? "" : ", C\(community)")
            + ", \(measure) \(Self.format(score))"),
      ]
      if !boxes.contains(community) && community != Self.unassigned && boxed != nil {
        attributes["fillcolor"] = Palette.mix(style?.fill ?? Palette.outside, white: 0.5)
      }
      let label = literal(GraphvizText.shortened(names[index]))
      if labelled.contains(index) { attributes["xlabel"] = label }
      if highlighted.contains(index) {
        attributes["penwidth"] = "3"
        attributes["color"] = Palette.highlight
        attributes["class"] = "ego"
        attributes["xlabel"] = label
      }
      spec.nodes.append(.init(id: "n\(index)", label: "", attributes: attributes))
    }

    let maxWeight = selection.edges.lazy.map(\.weight).filter(\.isFinite).max() ?? 1
    let logMax = log1p(max(maxWeight, 0))
    spec.edges.reserveCapacity(selection.edges.count)
    for edge in selection.edges {
      let style = Palette.edgeStyle(type: edge.type)
      let width = logMax > 0 ? 0.4 + 2.6 * log1p(max(edge.weight, 0)) / logMax : 1
      spec.edges.append(
        .init(
          from: "n\(edge.from)", to: "n\(edge.to)",
          attributes: ["color": style.color, "style": style.style, "penwidth": Self.format(width)]))
    }

    for community in boxedCommunities {
      let number = Int(community)
      let style = Palette.style(community: number)
      let ids = (0..<count).filter { communities[$0] == community }.map { "n\($0)" }
      spec.clusters.append(
        .init(
          name: "cluster_\(number)", label: literal(clusterLabel(number)), nodeIDs: ids,
          attributes: [
            "style": "filled,rounded", "fillcolor": style.boxFill, "color": style.fill,
            "penwidth": "1.5",
            "labelloc": "t", "labeljust": "l",
          ]))
    }

    if showsLegend {
      spec.htmlLabel = legend(maxScore: maxScore, maxWeight: maxWeight).html(forSVG: forSVG)
    }
    return spec
  }

  /// `C3: 120 accounts, top: name`.
  func clusterLabel(_ number: Int) -> String {
    let size = number < communitySizes.count ? communitySizes[number] : 0
    var label = "C\(number): " + Legend.accounts(size)
    if number < topAccounts.count, let top = topAccounts[number] { label += ", top: " + top }
    return label
  }

  /// The indices that carry a name under `labels`.
  func labelledNodes() -> Set<Int> {
    switch labels {
    case .none: return []
    case .all: return Set(0..<selection.nodes.count)
    case .top(let k):
      let order = (0..<selection.nodes.count).sorted {
        let a = scores[$0].isNaN ? -Double.infinity : scores[$0]
        let b = scores[$1].isNaN ? -Double.infinity : scores[$1]
        return a != b ? a > b : $0 < $1
      }
      return Set(order.prefix(k))
    }
  }

  func legend(maxScore: Double, maxWeight: Double) -> Legend {
    var legend = Legend(title: title)
    let present = Set(communities.filter { $0 != Self.unassigned })
    legend.communities = present.sorted().map { c in
      let number = Int(c)
      return Legend.Community(
        number: number, members: number < communitySizes.count ? communitySizes[number] : 0,
        topAccount: number < topAccounts.count ? topAccounts[number] : nil)
    }
    legend.sizeNote = "node area ∝ \(measure) (largest drawn: \(Self.format(maxScore)))"
    let types = edgeTypeNames.count > 1 ? Set(selection.edges.map(\.type)).sorted() : []
    legend.edgeTypes = types.map {
      ($0, $0 < edgeTypeNames.count ? edgeTypeNames[$0] : "type \($0)")
    }
    legend.widthNote = "edge width ∝ log(1 + weight), heaviest drawn: \(Self.format(maxWeight))"
    legend.notes = notes
    return legend
  }

  /// Attributes every RecruitNet diagram shares: a sans font with Arabic glyphs, edges under
  /// nodes, external labels always placed, the legend below.
  static func graphAttributes(nodeCount: Int) -> [String: String] {
    [
      "fontname": "DejaVu Sans", "fontsize": "12", "outputorder": "edgesfirst",
      "forcelabels": "true",
      "labelloc": "b", "labeljust": "l", "pad": "0.3", "bgcolor": "white",
      "node:fontname": "DejaVu Sans", "node:fontsize": nodeCount > 2000 ? "8" : "10",
      "node:style": "filled", "node:fixedsize": "true", "node:penwidth": "0.6",
      "node:color": "#333333",
      "edge:arrowsize": "0.4",
    ]
  }

  /// A number in at most four significant digits.
  static func format(_ value: Double) -> String {
    guard value.isFinite else { return value.isNaN ? "nan" : "inf" }
    if value == value.rounded() && abs(value) < 1e9 { return String(Int(value)) }
    return String(format: "%.4g", value)
  }
}
