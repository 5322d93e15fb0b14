import Foundation
import RecruitNetCentrality
import RecruitNetCommunities
import RecruitNetGraph
import RecruitNetRender

extension NetworkInput {
  /// Computes the analyst report the request describes.
  ///
  /// Every number comes from the calls the other workflows make: the network's `summary()`,
  /// ``centrality(_:namesIndexed:progress:phase:)`` (PageRank, in-degree, in-strength,
  /// betweenness, Burt's constraint and effective size), ``communities(_:on:)`` with
  /// `PartitionQuality`, and ``diagram(_:progress:phase:)`` drawing that same partition, so its
  /// community numbers are the tables'. Measures and partitions run on the
  /// edge types merged (weights summed); the overview counts edges per type. Rankings list
  /// accounts only (node kind 0), ties broken by node id.
  ///
  /// - Parameter progress: receives one line per step.
  /// - Throws: loading, measuring and community errors, and `RenderError` when Graphviz fails.
  /// - Complexity: dominated by betweenness: O(nm) exact up to
  ///   ``ReportRequest/exactBetweennessLimit`` accounts, sampled above.
  public func report(
    _ request: ReportRequest, progress: (@Sendable (String) -> Void)? = nil
  ) async throws -> AnalystReport {
    progress?("loading \(path)")
    let typed = try await graph(mergingTypes: false)
    let merged = typed.mergingEdgeTypes()
    let summary = typed.summary()
    let shown = PrintedNames(names: merged.names, pseudonymizer: request.pseudonymizer)

    // Edge types and times, from the typed graph (each edge once).
    var typeWeights = [Double](repeating: 0, count: typed.edgeTypeNames.count)
    var first = Int64.max
    var last = Int64.min
    typed.forEachEdge { _, _, edge in
      let type = typed.edgeType(of: edge)
      if type < typeWeights.count { typeWeights[type] += typed.weight(of: edge) }
      if let span = typed.timeSpan(of: edge) {
        first = min(first, span.lowerBound)
        last = max(last, span.upperBound)
      }
    }
    let counts = typed.edgeCountsByType
    var edgeTypes: [AnalystReport.EdgeTypeShare] = []
    for (index, name) in typed.edgeTypeNames.enumerated() where index < counts.count {
      if counts[index] > 0 {
        edgeTypes.append(
          .init(index: index, name: name, edges: counts[index], weight: typeWeights[index]))
      }
    }
    // One type named "edge" (what `GraphBuilder` names the edges of an untyped list) is a
    // network without types.
    if edgeTypes.count == 1 && ["", "edge"].contains(edgeTypes[0].name) { edgeTypes = [] }

    // Measures.
    let accounts = merged.nodes.filter { merged.names.kindIndex(of: $0) == 0 }
    let betweennessMeasure: CentralityMeasure =
      accounts.count > request.exactBetweennessLimit ? .betweennessApprox : .betweenness
    let hasStructuralHoles = accounts.count <= request.structuralHolesLimit
    var centrality = CentralityRequest()
    centrality.measures =
      [.pagerank, .inDegree, .inStrength, betweennessMeasure]
      + (hasStructuralHoles ? [.constraint, .effectiveSize] : [])
    centrality.parameters.seed = request.seed
    let measured = try await self.centrality(centrality, progress: progress)
    let values = measured.scores.map(\.values)
    guard values.allSatisfy({ $0.count == merged.nodeCount }) else {
      throw AnalysisError(
        .cannotAccess(path: path, reason: "the cached scores do not match the network's accounts"))
    }
    let pageRank = values[0]
    let inDegree = values[1]
    let inStrength = values[2]
    let betweenness = values[3]
    let constraint = hasStructuralHoles ? values[4] : nil
    let effectiveSize = hasStructuralHoles ? values[5] : nil

    // Communities.
    progress?("finding communities (\(request.communities.rawValue))")
    var detection = CommunityRequest()
    detection.algorithm = request.communities
    detection.options.seed = request.seed
    detection.options.resolution = request.resolution
    let partition = try communities(detection, on: merged)
    let quality = PartitionQuality(partition, in: merged, weighted: detection.options.weighted)
    let modularity = partition.modularity(
      in: merged, resolution: request.resolution, weighted: detection.options.weighted)

    func community(_ node: NodeID) -> Int? {
      let c = partition[node]
      return c == Partition.unassigned ? nil : Int(c)
    }
    func otherCommunities(_ node: NodeID) -> [Int] {
      var seen = Set<Int>()
      for v in merged.outNeighbors(of: node) { if let c = community(v) { seen.insert(c) } }
      for v in merged.inNeighbors(of: node) { if let c = community(v) { seen.insert(c) } }
      if let own = community(node) { seen.remove(own) }
      return seen.sorted()
    }
    // Rankings: best first, ties by node id; NaN counts lowest.
    func ranked(_ scores: [Double], ascending: Bool = false, among nodes: [NodeID]) -> [NodeID] {
      func key(_ v: NodeID) -> Double {
        let x = scores[Int(v)]
        return x.isNaN ? -.infinity : (ascending ? -x : x)
      }
      return nodes.sorted { key($0) != key($1) ? key($0) > key($1) : $0 < $1 }
    }
    let byPageRank = ranked(pageRank, among: accounts)
    let byBetweenness = ranked(betweenness, among: accounts)
    var pageRankRank = [Int](repeating: 0, count: merged.nodeCount)
    for (i, v) in byPageRank.enumerated() { pageRankRank[Int(v)] = i + 1 }
    var betweennessRank = [Int](repeating: 0, count: merged.nodeCount)
    for (i, v) in byBetweenness.enumerated() { betweennessRank[Int(v)] = i + 1 }
    let topPercent = max(1, Int((Double(accounts.count) * 0.01).rounded(.up)))

    func account(_ v: NodeID, listedFor list: String) -> AnalystReport.Account {
      let others = otherCommunities(v)
      var reasons: [String] = []
      let pr = pageRankRank[Int(v)]
      let bc = betweennessRank[Int(v)]
      if pr <= topPercent {
        reasons.append("top 1% PageRank (#\(pr))")
      } else if list == "pagerank" {
        reasons.append("PageRank #\(pr) of \(accounts.count)")
      }
      if bc <= request.top && betweenness[Int(v)] > 0 {
        reasons.append("betweenness #\(bc)")
      }
      if !others.isEmpty {
        reasons.append("ties to \(others.count) other communit\(others.count == 1 ? "y" : "ies")")
      }
      if list == "constraint", let c = constraint?[Int(v)] {
        reasons.append("constraint \(TableNumber.text(c, precision: 3))")
      }
      func defined(_ x: Double?) -> Double? { x.flatMap { $0.isNaN ? nil : $0 } }
      return AnalystReport.Account(
        node: v, name: shown(v), pageRank: pageRank[Int(v)], pageRankRank: pr,
        inDegree: Int(inDegree[Int(v)]), inStrength: inStrength[Int(v)],
        betweenness: betweenness[Int(v)], betweennessRank: bc,
        constraint: defined(constraint?[Int(v)]), effectiveSize: defined(effectiveSize?[Int(v)]),
        community: community(v), otherCommunities: others, reasons: reasons)
    }
    let keyAccounts = byPageRank.prefix(request.top).map { account($0, listedFor: "pagerank") }
    let brokers = byBetweenness.prefix(request.top).map { account($0, listedFor: "betweenness") }
    var lowConstraint: [AnalystReport.Account] = []
    if let constraint {
      // Constraint is 1 or more for an account with one neighbour: brokers need two.
      let candidates = accounts.filter {
        !constraint[Int($0)].isNaN && Self.hasTwoNeighbours($0, in: merged)
      }
      lowConstraint = ranked(constraint, ascending: true, among: candidates).prefix(request.top)
        .map { account($0, listedFor: "constraint") }
    }

    // Community cards: the largest communities, with their top accounts by PageRank.
    let order = (0..<partition.communityCount).sorted {
      quality.communities[$0].size != quality.communities[$1].size
        ? quality.communities[$0].size > quality.communities[$1].size : $0 < $1
    }
    var topByCommunity = [[NodeID]](repeating: [], count: partition.communityCount)
    let perCard = min(request.top, 5)
    for v in byPageRank {
      if let c = community(v), topByCommunity[c].count < perCard { topByCommunity[c].append(v) }
    }
    let cards = order.prefix(request.maxCommunityCards).map { c in
      let q = quality.communities[c]
      return AnalystReport.CommunityCard(
        index: c, size: q.size, internalEdges: q.internalEdges, density: q.density,
        conductance: q.conductance, topAccounts: topByCommunity[c].map { shown($0) },
        links: quality.strongestLinks(of: c).map {
          .init(community: $0.community, weight: $0.weight)
        })
    }

    // The diagram, with the same communities.
    var diagramSVG: String? = nil
    var diagramSummary: [(key: String, value: String)] = []
    if request.drawsDiagram && merged.nodeCount > 0 {
      var drawing = DiagramRequest(format: .svg)
      // The report's own partition: computed (or read from the cache) once, numbered as the
      // tables number it.
      drawing.communities = .given(partition)
      drawing.resolution = request.resolution
      drawing.seed = request.seed
      drawing.mapThreshold = request.diagramThreshold
      drawing.labels = .top(min(max(request.top, 1), 30))
      drawing.pseudonymizer = request.pseudonymizer
      drawing.title = request.title
      progress?("drawing the community diagram")
      let diagram = try await self.diagram(drawing, progress: progress)
      diagramSVG = Self.inlineSVG(String(decoding: diagram.bytes, as: UTF8.self))
      diagramSummary = diagram.summary
    }

    // Degree distributions of the accounts.
    func ccdf(_ degree: (NodeID) -> Int) -> [AnalystReport.CCDFPoint] {
      var counts: [Int: Int] = [:]
      for v in accounts { counts[degree(v), default: 0] += 1 }
      let total = Double(accounts.count)
      var atLeast = accounts.count
      var points: [AnalystReport.CCDFPoint] = []
      for d in counts.keys.sorted() {
        if d > 0 { points.append(.init(degree: d, share: Double(atLeast) / total)) }
        atLeast -= counts[d] ?? 0
      }
      return points
    }
    let degreeCCDF: [(name: String, points: [AnalystReport.CCDFPoint])] =
      merged.isDirected
      ? [
        ("in-degree", ccdf { merged.inDegree(of: $0) }),
        ("out-degree", ccdf { merged.outDegree(of: $0) }),
      ]
      : [("degree", ccdf { merged.outDegree(of: $0) })]

    var parameters: [(name: String, value: String)] = [
      ("communities", request.communities.rawValue),
      ("resolution", "\(request.resolution)"), ("seed", "\(request.seed)"),
      ("top", "\(request.top)"), ("betweenness", betweennessMeasure.rawValue),
      ("pseudonymized", request.pseudonymizer == nil ? "no" : "yes"),
    ]
    parameters += partition.parameters.filter { $0.name != "seed" && $0.name != "resolution" }
      .map { ("partition.\($0.name)", $0.value) }
    for scores in measured.scores {
      parameters += scores.parameters.map { ("\(scores.measure).\($0.name)", $0.value) }
    }
    parameters += diagramSummary.filter { ["level", "layout", "nodes"].contains($0.key) }
      .map { ("diagram.\($0.key)", $0.value) }

    return AnalystReport(
      title: request.title ?? URL(fileURLWithPath: path).lastPathComponent,
      network: path, summary: summary,
      timeSpan: first <= last ? first...last : nil,
      imports: try workspace?.imports() ?? [], edgeTypes: edgeTypes,
      keyAccounts: keyAccounts, brokers: brokers, lowConstraint: lowConstraint,
      betweennessMeasure: betweennessMeasure, hasStructuralHoles: hasStructuralHoles,
      communityAlgorithm: request.communities.rawValue,
      communityCount: partition.communityCount, modularity: modularity,
      communitySizes: order.map { ($0, quality.communities[$0].size) },
      maxSizeBars: request.maxSizeBars, communityCards: cards,
      diagramSVG: diagramSVG, diagramSummary: diagramSummary, degreeCCDF: degreeCCDF,
      parameters: parameters, toolName: request.toolName, toolVersion: request.toolVersion,
      commandLine: request.commandLine, generatedAt: request.generatedAt)
  }

  /// Whether `node` has at least two distinct neighbours other than itself (in or out).
  static func hasTwoNeighbours(_ node: NodeID, in graph: Graph) -> Bool {
    var first: NodeID? = nil
    for list in [graph.outNeighbors(of: node), graph.inNeighbors(of: node)] {
      for v in list where v != node {
        if let first, first != v { return true }
        first = v
      }
    }
    return false
  }

  /// Graphviz's SVG without its XML prolog and doctype, to sit inside an HTML page.
  static func inlineSVG(_ svg: String) -> String {
    guard let start = svg.range(of: "<svg") else { return "" }
    return String(svg[start.lowerBound...])
  }
}
