import Foundation

/// Cluster boxes on diagrams of any size: lay out each community on its own, then the
/// communities as boxes, then draw everything at those fixed positions.
///
/// Graphviz draws `cluster_` boxes only with dot and fdp, and both are slow past a few thousand
/// nodes (fdp's cluster handling is quadratic; dot is layered, which suits hierarchies rather
/// than social networks). sfdp is fast but ignores clusters. This strategy keeps sfdp's speed
/// and the boxes:
/// 1. each community's members and the edges among them are laid out with `inner` (sfdp, neato
///    or circo; automatically neato up to 150 nodes and sfdp above);
/// 2. each community becomes one box node, as large as its drawing plus room for its label,
///    with one edge per pair of linked communities (weighted by the number of links), and
///    this summary graph is laid out with neato (sfdp past 300 boxes) with overlap removal
///    (`overlap=prism`: E. R. Gansner & Y. Hu, "Efficient, proximity-preserving node overlap
///    removal", J. Graph Algorithms Appl. 14(1):53–74, 2010, doi:10.7155/jgaa.00198), so boxes
///    never overlap;
/// 3. nodes are moved into their box, pinned (`pos="x,y!"`), every cluster gets its `bb`, and
///    the `nop` engine (Graphviz's `neato -n`) draws the clusters and straight edges.
/// Nodes outside every community are boxes of their own size, placed in step 2 without a frame.
///
/// Cost: the inner layouts sum to less than one sfdp run on the whole graph (each is
/// O(n_c log n_c)), and the summary graph has one node per community. Deterministic for a
/// given seed (Graphviz's `start`), since every step is.
public struct ComposedLayout: Sendable {
  /// The engine within each community; nil chooses by community size.
  public var inner: LayoutEngine?
  public var seed: UInt64

  public init(inner: LayoutEngine? = nil, seed: UInt64 = 0) {
    self.inner = inner
    self.seed = seed
  }

  /// Room above each box's content for the cluster label, and the margin around it, in points.
  static let labelHeight = 22.0
  static let margin = 10.0

  /// `spec` with every node pinned and every cluster given its box; draw it with `.nop`.
  /// Runs on the renderer (every Graphviz call of the three steps is serialised there).
  public func place(_ spec: DiagramSpec, on renderer: isolated GraphvizRenderer) throws(RenderError)
    -> DiagramSpec
  {
    var indexOf: [String: Int] = [:]
    indexOf.reserveCapacity(spec.nodes.count)
    for (index, node) in spec.nodes.enumerated() where indexOf[node.id] == nil {
      indexOf[node.id] = index
    }
    // Groups: each cluster, then each node outside every cluster.
    var groupOf = [Int](repeating: -1, count: spec.nodes.count)
    var groups: [[Int]] = []
    for cluster in spec.clusters {
      var members: [Int] = []
      for id in cluster.nodeIDs {
        if let index = indexOf[id], groupOf[index] < 0 {
          groupOf[index] = groups.count
          members.append(index)
        }
      }
      groups.append(members)
    }
    let clusterCount = groups.count
    for index in spec.nodes.indices where groupOf[index] < 0 {
      groupOf[index] = groups.count
      groups.append([index])
    }
    // Edges by group.
    var innerEdges = [[DiagramSpec.Edge]](repeating: [], count: groups.count)
    var between: [UInt64: Int] = [:]
    for edge in spec.edges {
      guard let a = indexOf[edge.from], let b = indexOf[edge.to] else { continue }
      let ga = groupOf[a]
      let gb = groupOf[b]
      if ga == gb {
        innerEdges[ga].append(edge)
      } else {
        between[UInt64(min(ga, gb)) << 32 | UInt64(max(ga, gb)), default: 0] += 1
      }
    }

    // 1. Each group on its own: positions relative to its centre, and its extent.
    var relative = [DiagramSpec.Point](repeating: .init(x: 0, y: 0), count: spec.nodes.count)
    var extent = [(width: Double, height: Double)](repeating: (0, 0), count: groups.count)
    for (g, members) in groups.enumerated() {
      if members.count == 1 {
        let r = Self.radius(spec.nodes[members[0]])
        extent[g] = (2 * r, 2 * r)
        continue
      }
      var sub = DiagramSpec(isDirected: false)
      sub.graphAttributes = [
        "overlap": "prism", "start": "\(seed)", "sep": "+4", "splines": "false",
      ]
      sub.nodes = members.map { index in
        var node = spec.nodes[index]
        node.label = ""
        node.attributes = node.attributes.filter {
          ["shape", "width", "height", "fixedsize"].contains($0.key)
        }
        node.attributes["fixedsize"] = "true"
        return node
      }
      sub.edges = innerEdges[g].map { DiagramSpec.Edge(from: $0.from, to: $0.to) }
      let engine = inner ?? (members.count <= 150 ? .neato : .sfdp)
      let result = try renderer.layout(sub, engine: engine)
      let cx = (result.lowerLeft.x + result.upperRight.x) / 2
      let cy = (result.lowerLeft.y + result.upperRight.y) / 2
      var minX = Double.infinity
      var maxX = -Double.infinity
      var minY = Double.infinity
      var maxY = -Double.infinity
      for (k, index) in members.enumerated() {
        let p = DiagramSpec.Point(x: result.positions[k].x - cx, y: result.positions[k].y - cy)
        relative[index] = p
        let r = Self.radius(spec.nodes[index])
        minX = min(minX, p.x - r)
        maxX = max(maxX, p.x + r)
        minY = min(minY, p.y - r)
        maxY = max(maxY, p.y + r)
      }
      // Re-centre on the node extent (Graphviz's box may include label room).
      let dx = (minX + maxX) / 2
      let dy = (minY + maxY) / 2
      for index in members {
        relative[index] = .init(x: relative[index].x - dx, y: relative[index].y - dy)
      }
      extent[g] = (maxX - minX, maxY - minY)
    }

    // 2. The groups as boxes (clusters with label room and margin).
    var summary = DiagramSpec(isDirected: false)
    summary.graphAttributes = [
      "overlap": groups.count > 1 ? "prism" : "true", "sep": "+12", "start": "\(seed)",
      "splines": "false",
    ]
    for g in groups.indices {
      let isCluster = g < clusterCount
      let labelWidth = isCluster ? Self.labelWidth(spec.clusters[g].label) : 0
      let width = max(extent[g].width + (isCluster ? 2 * Self.margin : 0), labelWidth)
      let height = extent[g].height + (isCluster ? 2 * Self.margin + Self.labelHeight : 0)
      extent[g] = (width, height)
      summary.nodes.append(
        .init(
          id: "g\(g)", label: "",
          attributes: [
            "shape": "box", "fixedsize": "true", "width": "\(width / 72)",
            "height": "\(height / 72)",
          ]))
    }
    for (key, count) in between.sorted(by: { $0.key < $1.key }) {
      summary.edges.append(
        .init(
          from: "g\(key >> 32)", to: "g\(key & 0xFFFF_FFFF)",
          attributes: ["weight": "\(min(count, 100))"]))
    }
    let centres: [DiagramSpec.Point]
    if groups.count == 1 {
      centres = [.init(x: 0, y: 0)]
    } else {
      centres = try renderer.layout(summary, engine: groups.count > 300 ? .sfdp : .neato).positions
    }

    // 3. Pin every node; give each cluster its box.
    var placed = spec
    for index in spec.nodes.indices {
      let g = groupOf[index]
      let labelShift = g < clusterCount ? -Self.labelHeight / 2 : 0
      placed.nodes[index].position = .init(
        x: centres[g].x + relative[index].x, y: centres[g].y + relative[index].y + labelShift)
    }
    for g in 0..<clusterCount {
      let c = centres[g]
      let (w, h) = extent[g]
      placed.clusters[g].attributes["bb"] =
        "\(c.x - w / 2),\(c.y - h / 2),\(c.x + w / 2),\(c.y + h / 2)"
    }
    placed.graphAttributes["splines"] = "false"
    return placed
  }

  /// Half the larger side of a node, in points (sizes are in inches; Graphviz's default 0.75).
  static func radius(_ node: DiagramSpec.Node) -> Double {
    let width = Double(node.attributes["width"] ?? "") ?? 0.75
    let height = Double(node.attributes["height"] ?? "") ?? 0.5
    return max(width, height) * 36
  }

  /// A rough width of a cluster label in points (11 pt sans: about 6.5 points per character).
  static func labelWidth(_ label: String) -> Double { Double(label.count) * 6.5 + 16 }
}
