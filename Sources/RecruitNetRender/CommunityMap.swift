import Foundation
import RecruitNetGraph

/// The community map: one node per community, sized by its members, and one edge per pair of
/// communities with ties between them, as wide as the summed weight of those ties.
///
/// This is how a large network is drawn (`--level communities`, the default above 2,000
/// accounts): a million accounts in 300 communities is a 300-node diagram.
///
/// Conventions: inter-community weight is the sum of the weights of all edges (every type) with
/// one end in each community, in either direction, so the map is undirected; edges inside a
/// community are counted as its internal weight (shown in the tooltip). Node area is
/// proportional to the member count. The map draws the ``maxCommunities`` largest communities
/// and, of their links, the ``maxEdges`` heaviest.
public struct CommunityMap: Sendable {
  /// Member count of each community, by community number.
  public var sizes: [Int]
  /// Summed weight between communities `a < b`, keyed `a << 32 | b`.
  public var links: [UInt64: Double]
  /// Summed weight of edges inside each community.
  public var internalWeight: [Double]
  /// The highest-scoring member of each community (display name).
  public var topAccounts: [String?]
  public var measure: String
  public var title: String
  public var maxCommunities = 500
  public var maxEdges = 5000
  public var labels: LabelPolicy = .top(30)
  public var showsLegend = true

  /// Aggregates `graph` by `communities` (one entry per node; `UInt32.max` for none).
  ///
  /// - Complexity: O(n + m) with one hash-table update per inter-community edge; the loop reads
  ///   the CSR arrays through unsafe buffers (it runs over every edge of a 10M-edge network).
  public init(
    graph: Graph, communities: [UInt32], communityCount: Int, topAccounts: [String?],
    measure: String, title: String
  ) {
    var sizes = [Int](repeating: 0, count: communityCount)
    for c in communities where c != UInt32.max && Int(c) < communityCount { sizes[Int(c)] += 1 }
    var links: [UInt64: Double] = [:]
    var inside = [Double](repeating: 0, count: communityCount)
    let directed = graph.isDirected
    communities.withUnsafeBufferPointer { community in
      graph.withUnsafeAdjacency { adjacency in
        let (offsets, targets, weights) = (
          adjacency.outOffsets, adjacency.outTargets, adjacency.outWeights
        )
        for u in 0..<graph.nodeCount {
          let cu = community[u]
          if cu == UInt32.max || Int(cu) >= communityCount { continue }
          for e in offsets[u]..<offsets[u + 1] {
            let v = Int(targets[e])
            if !directed && v < u { continue }
            let cv = community[v]
            if cv == UInt32.max || Int(cv) >= communityCount { continue }
            if cu == cv {
              inside[Int(cu)] += weights[e]
            } else {
              let key = UInt64(min(cu, cv)) << 32 | UInt64(max(cu, cv))
              links[key, default: 0] += weights[e]
            }
          }
        }
      }
    }
    self.sizes = sizes
    self.links = links
    self.internalWeight = inside
    self.topAccounts = topAccounts
    self.measure = measure
    self.title = title
  }

  /// The communities drawn: the largest ``maxCommunities`` with at least one member.
  public var drawnCommunities: [Int] {
    Array(sizes.indices.filter { sizes[$0] > 0 }.prefix(maxCommunities))
  }

  /// The links drawn: between drawn communities, the heaviest ``maxEdges`` (ties by pair).
  public var drawnLinks: [(a: Int, b: Int, weight: Double)] {
    let drawn = Set(drawnCommunities)
    let all = links.compactMap { key, weight -> (a: Int, b: Int, weight: Double)? in
      let a = Int(key >> 32)
      let b = Int(key & 0xFFFF_FFFF)
      return drawn.contains(a) && drawn.contains(b) ? (a, b, weight) : nil
    }
    return Array(
      all.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : ($0.a, $0.b) < ($1.a, $1.b) }
        .prefix(maxEdges)
    ).sorted { ($0.a, $0.b) < ($1.a, $1.b) }
  }

  /// The Graphviz spec (without positions), labels escaped for `format`.
  public func spec(for format: DiagramFormat) -> DiagramSpec {
    let forSVG = format == .svg
    func literal(_ s: String) -> String {
      forSVG ? GraphvizText.svgLiteral(s) : GraphvizText.literal(s)
    }
    let drawn = drawnCommunities
    var spec = DiagramSpec(isDirected: false)
    spec.graphAttributes = ClusterDiagram.graphAttributes(nodeCount: drawn.count)
    spec.graphAttributes["node:fixedsize"] = "false"
    let largest = Double(drawn.map { sizes[$0] }.max() ?? 1)
    let named: Set<Int>
    switch labels {
    case .all: named = Set(drawn)
    case .none: named = []
    case .top(let k): named = Set(drawn.prefix(k))
    }
    for c in drawn {
      let style = Palette.style(community: c)
      let width = 0.35 + 1.6 * (Double(sizes[c]) / largest).squareRoot()
      var label = "C\(c)\n\(sizes[c])"
      if named.contains(c), let top = topAccounts[c] {
        label += "\n" + GraphvizText.shortened(top)
      }
      // Each line is escaped on its own; the breaks between them are Graphviz's `\n`.
      let text = label.split(separator: "\n", omittingEmptySubsequences: false).map {
        literal(String($0))
      }
      .joined(separator: "\\n")
      spec.nodes.append(
        .init(
          id: "c\(c)", label: text,
          attributes: [
            "shape": style.shape, "fillcolor": style.fill, "width": ClusterDiagram.format(width),
            "height": ClusterDiagram.format(width), "fixedsize": "true",
            "tooltip": GraphvizText.tooltip(
              "C\(c): " + Legend.accounts(sizes[c])
                + ", internal weight \(ClusterDiagram.format(internalWeight[c]))"
                + (topAccounts[c].map { ", top: " + $0 } ?? "")),
          ]))
    }
    let links = drawnLinks
    let heaviest = links.map(\.weight).max() ?? 1
    for link in links {
      let width = 0.5 + 5.5 * log1p(link.weight) / log1p(max(heaviest, 1e-12))
      spec.edges.append(
        .init(
          from: "c\(link.a)", to: "c\(link.b)",
          attributes: [
            "penwidth": ClusterDiagram.format(width), "color": "#44444480",
            "tooltip": GraphvizText.tooltip(
              "C\(link.a)–C\(link.b): weight \(ClusterDiagram.format(link.weight))"),
          ]))
    }
    if showsLegend {
      var legend = Legend(title: title)
      legend.communities = drawn.map {
        Legend.Community(number: $0, members: sizes[$0], topAccount: topAccounts[$0])
      }
      legend.sizeNote = "node area ∝ members (largest: \(Int(largest))); top account by \(measure)"
      legend.widthNote =
        "edge width ∝ log(1 + summed weight between communities), heaviest: \(ClusterDiagram.format(heaviest))"
      let hidden = sizes.filter { $0 > 0 }.count - drawn.count
      if hidden > 0 { legend.notes.append("\(hidden) smaller communities not drawn") }
      if links.count < self.links.count {
        legend.notes.append("\(self.links.count - links.count) lighter links not drawn")
      }
      spec.htmlLabel = legend.html(forSVG: forSVG)
    }
    return spec
  }
}
