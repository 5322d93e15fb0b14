import Foundation
import RecruitNetCentrality
import RecruitNetCommunities
import RecruitNetGraph
import RecruitNetIO
import RecruitNetRender
import RecruitNetTraversal

/// A diagram to draw, as an analyst asks for it: which accounts, coloured by which communities,
/// sized by which measure. ``NetworkInput/diagram(_:progress:phase:)`` turns it into a
/// `DiagramSpec` and a layout, in one place: when a network is too large to draw account by
/// account, which layout suits which view, and which member names each community.
public struct DiagramRequest: Sendable {
  /// Accounts, communities, or accounts up to ``mapThreshold`` and communities beyond.
  public enum Level: String, Sendable, CaseIterable { case auto, nodes, communities }

  /// Which accounts a node-level diagram shows.
  public enum Focus: Sendable, Equatable {
    /// Every account.
    case all
    /// The `k` highest by ``sizeBy`` (on a community map: the `k` largest communities).
    case top(Int)
    /// One community and its outside contacts.
    case community(Int)
    /// An account and its neighbourhood of `depth` hops.
    case ego(String, depth: Int)
  }

  /// Where the communities come from.
  public enum Communities: Sendable, Equatable {
    case algorithm(CommunityAlgorithm)
    /// A partition saved in the workspace.
    case saved(String)
    /// A partition already computed on this network's accounts (edge types merged), used as it
    /// is: a report draws its own communities, numbered as its tables number them.
    case given(Partition)
  }

  public var format: DiagramFormat
  public var level = Level.auto
  /// With ``Level/auto`` and no focus, networks with more accounts are drawn as a community map.
  public var mapThreshold = 2000
  public var communities = Communities.algorithm(.leiden)
  /// Resolution of Leiden and Louvain.
  public var resolution = 1.0
  public var sizeBy = CentralityMeasure.pagerank
  public var labels = LabelPolicy.top(30)
  public var focus = Focus.all
  /// Only edges of this type (the diagram then leaves out accounts without such an edge).
  public var edgeType: String? = nil
  /// Leave out edges lighter than this (and the accounts left without an edge).
  public var minWeight: Double? = nil
  /// The layout engine; nil picks one for the view.
  public var layout: LayoutEngine? = nil
  public var seed: UInt64 = 0
  public var title: String? = nil
  /// The largest side of the drawing, in inches.
  public var maxSize: Double? = nil
  public var showsLegend = true
  /// Pseudonyms for account names, everywhere they are printed (labels, legend, title).
  public var pseudonymizer: Pseudonymizer? = nil

  public init(format: DiagramFormat) { self.format = format }
}

/// A drawn diagram and what it shows.
public struct Diagram: Sendable {
  public var bytes: [UInt8]
  /// What was drawn, as ordered key–value pairs (level, nodes, edges, layout, …).
  public var summary: [(key: String, value: String)]
  /// Set when ``DiagramRequest/Level/auto`` chose the community map: the account count and
  /// the threshold it exceeded.
  public var mapInsteadOfAccounts: (accounts: Int, threshold: Int)?
}

extension NetworkInput {
  /// Draws the requested diagram.
  ///
  /// - Parameters:
  ///   - progress: receives a line per step.
  ///   - phase: called at the end of each phase (`load`, `communities`, `centrality`,
  ///     `diagram`, `render`), for timings.
  /// - Throws: ``AnalysisError`` for an unknown account or community number or saved partition,
  ///   `RenderError` when Graphviz fails, and loading and measuring errors.
  public func diagram(
    _ request: DiagramRequest, progress: (@Sendable (String) -> Void)? = nil,
    phase: ((String) -> Void)? = nil
  ) async throws -> Diagram {
    progress?("loading \(path)")
    let graph = try await self.graph(edgeType: request.edgeType, mergingTypes: false)
    let merged = graph.mergingEdgeTypes()
    phase?("load")

    progress?("finding communities")
    let partition: Partition
    let source: String
    switch request.communities {
    case .saved(let name):
      let workspace = try requireWorkspace(for: "a saved partition")
      let ids = try workspaceIDs(of: merged)
      let stored = try workspace.requirePartition(
        named: name, nodeCount: ids == nil ? merged.nodeCount : nil)
      let saved = Self.partition(stored, on: merged, ids: ids)
      partition = Partition(labels: saved.communities, algorithm: saved.algorithm)
      source = "saved:\(name)"
    case .given(let given):
      guard given.communities.count == merged.nodeCount else {
        throw AnalysisError(
          .invalidRequest(
            reason:
              "the partition covers \(given.communities.count) nodes and the network has \(merged.nodeCount)"
          ))
      }
      partition = given
      source = given.algorithm
    case .algorithm(let algorithm):
      var options = CommunityOptions()
      options.seed = request.seed
      options.resolution = request.resolution
      partition = try algorithm.detect(in: merged, options: options)
      source = algorithm.rawValue
    }
    phase?("communities")

    progress?("computing \(request.sizeBy.rawValue)")
    var parameters = CentralityParameters()
    parameters.seed = request.seed
    let scores = try request.sizeBy.scores(on: merged, parameters: parameters)
    phase?("centrality")

    // Display names, pseudonymized when asked; only for the nodes a diagram shows.
    func displayNames(_ nodes: [NodeID]) throws -> [String] {
      let raw = nodes.map { graph.names.name(of: $0) }
      guard let pseudonymizer = request.pseudonymizer else { return raw }
      let kinds = nodes.map { graph.kindNames[graph.names.kindIndex(of: $0)] }
      return try pseudonymizer.pseudonyms(for: raw, kinds: kinds)
    }
    let topMembers = Self.topMembers(partition: partition, scores: scores.values)
    let topNames = try displayNames(topMembers.compactMap { $0 })
    var topAccounts = [String?](repeating: nil, count: partition.communityCount)
    var nameIndex = 0
    for (c, member) in topMembers.enumerated() where member != nil {
      topAccounts[c] = topNames[nameIndex]
      nameIndex += 1
    }

    var drawMap = request.level == .communities
    var mapInstead: (Int, Int)? = nil
    if request.level == .auto && request.focus == .all && merged.nodeCount > request.mapThreshold {
      drawMap = true
      mapInstead = (merged.nodeCount, request.mapThreshold)
    }
    // The title says which network is drawn: an edge type or saved layer, and a time slice.
    var baseName = URL(fileURLWithPath: path).lastPathComponent
    if let edgeType = request.edgeType { baseName += " [\(edgeType)]" }
    if isSliced {
      func day(_ t: Int64?) -> String {
        t.map {
          String(
            ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: TimeInterval($0)))
              .prefix(10))
        } ?? "…"
      }
      baseName += " \(day(since))–\(day(until))"
    }
    let measure = request.sizeBy.rawValue
    var spec: DiagramSpec
    let layout: DiagramLayout
    var summary: [(key: String, value: String)] = []
    if drawMap {
      var map = CommunityMap(
        graph: merged, communities: partition.communities, communityCount: partition.communityCount,
        topAccounts: topAccounts, measure: measure,
        title: request.title ?? "\(baseName): community map (\(source))")
      if case .top(let k) = request.focus { map.maxCommunities = k }
      map.labels = request.labels
      map.showsLegend = request.showsLegend
      spec = map.spec(for: request.format)
      let drawn = map.drawnCommunities.count
      // sfdp beyond 300 communities: neato's stress majorization is quadratic.
      layout = .engine(request.layout ?? (drawn > 300 ? .sfdp : .neato))
      summary += [
        ("level", "communities"), ("nodes", "\(drawn)"), ("edges", "\(spec.edges.count)"),
        ("clusters", "0"),
      ]
    } else {
      var selected: [NodeID] = Array(merged.nodes)
      var highlighted: [NodeID] = []
      var boxed: Set<UInt32>? = nil
      var notes: [String] = []
      var view = "cluster diagram"
      switch request.focus {
      case .all: break
      case .top(let k):
        selected = DiagramSelection.top(k, scores: scores.values)
        view = "top \(k) by \(measure)"
      case .community(let community):
        guard community >= 0, community < partition.communityCount else {
          throw AnalysisError(.noSuchCommunity(index: community, count: partition.communityCount))
        }
        selected = DiagramSelection.community(
          UInt32(community), communities: partition.communities, in: merged)
        boxed = [UInt32(community)]
        view = "community C\(community) and its outside contacts"
        notes.append("pale nodes outside the box: contacts in other communities")
      case .ego(let ego, let depth):
        guard let node = graph.node(named: ego) else {
          throw AnalysisError.unknown("account", ego, in: graph.names)
        }
        selected = merged.neighborhood(of: [node], hops: depth)
        highlighted = [node]
        let shown = try displayNames([node])[0]
        view = "ego network of \(shown), depth \(depth)"
        notes.append("black outline: \(shown)")
      }
      let selection = DiagramSelection(
        graph: graph, nodes: selected, minWeight: request.minWeight,
        dropIsolated: request.edgeType != nil || request.minWeight != nil, keep: Set(highlighted))
      var diagram = ClusterDiagram(
        selection: selection, isDirected: graph.isDirected,
        names: try displayNames(selection.nodes),
        communities: selection.nodes.map { partition[$0] },
        scores: selection.nodes.map { scores[$0] },
        measure: measure, communitySizes: partition.sizes, topAccounts: topAccounts,
        edgeTypeNames: graph.edgeTypeNames,
        title: request.title ?? "\(baseName): \(view) (\(source))")
      diagram.boxed = boxed
      let highlightSet = Set(highlighted)
      diagram.highlighted = Set(
        selection.nodes.indices.filter { highlightSet.contains(selection.nodes[$0]) })
      diagram.labels = request.labels
      diagram.showsLegend = request.showsLegend
      diagram.notes = notes
      spec = diagram.spec(for: request.format)
      // fdp and dot draw cluster boxes themselves; any other engine lays out each community
      // and then the communities (composed).
      switch request.layout {
      case .fdp?, .dot?: layout = .engine(request.layout ?? .fdp)
      case let engine?: layout = .composed(inner: engine)
      case nil: layout = .composed(inner: nil)
      }
      summary += [
        ("level", "nodes"), ("nodes", "\(spec.nodes.count)"), ("edges", "\(spec.edges.count)"),
        ("clusters", "\(spec.clusters.count)"),
      ]
    }
    if let maxSize = request.maxSize { spec.graphAttributes["size"] = "\(maxSize),\(maxSize)" }
    phase?("diagram")

    progress?("laying out \(spec.nodes.count) nodes with \(layout.name)")
    let bytes = try await GraphvizRenderer.shared.draw(
      spec, layout: layout, format: request.format, seed: request.seed)
    phase?("render")
    summary =
      [("format", request.format.rawValue)] + summary + [
        ("communities", source), ("size_by", measure), ("layout", layout.name),
        ("seed", "\(request.seed)"),
        ("bytes", "\(bytes.count)"),
      ]
    return Diagram(bytes: bytes, summary: summary, mapInsteadOfAccounts: mapInstead)
  }

  /// The highest-scoring member of each community (ties: smallest id; NaN scores count lowest).
  static func topMembers(partition: Partition, scores: [Double]) -> [NodeID?] {
    var best = [NodeID?](repeating: nil, count: partition.communityCount)
    var bestScore = [Double](repeating: -.infinity, count: partition.communityCount)
    for (node, c) in partition.communities.enumerated() where c != Partition.unassigned {
      let score = scores[node].isNaN ? -Double.infinity : scores[node]
      if best[Int(c)] == nil || score > bestScore[Int(c)] {
        best[Int(c)] = NodeID(node)
        bestScore[Int(c)] = score
      }
    }
    return best
  }
}
