import RecruitNetGraph

/// What each community of a partition looks like inside and how it connects to the rest: the
/// numbers of a community report.
///
/// Conventions (networkx 3.6.1's, checked by `Scripts/oracles/communities_quality.py`):
/// - Edges are those of the graph given (merge edge types first for "all types"); an undirected
///   edge counts once, a self-loop is an internal edge.
/// - ``Community/internalEdges`` counts edges with both ends in the community;
///   ``Community/internalWeight`` sums their weights.
/// - ``Community/density`` is networkx's `density` of the induced subgraph: 2m / (n(n − 1))
///   undirected, m / (n(n − 1)) directed, 0 for one node (unweighted, self-loops counted in m).
/// - ``Community/conductance`` is networkx's `conductance(G, S, weight)`: cut(S, S̄) /
///   min(vol(S), vol(S̄)), where the cut counts edges in both directions and vol is the sum of
///   degrees (out-degrees on a directed graph; a self-loop adds 2 undirected, 1 directed). With
///   `weighted`, weights replace counts. When the smaller volume is 0 the conductance is NaN
///   (networkx raises ZeroDivisionError).
/// - ``coverage`` is the first value of networkx's `partition_quality`: the fraction of edges
///   inside communities (unweighted); ``weightedCoverage`` weights them.
/// - ``links`` are the summed weights (or counts) of the edges between two different
///   communities, both directions together.
///
/// Nodes marked ``Partition/unassigned`` belong to no community and are ignored, except that
/// their edges count in the graph's totals and volumes.
///
/// References: conductance as in R. Kannan, S. Vempala & A. Vetta, "On clusterings: good, bad
/// and spectral", J. ACM 51(3):497–515, 2004, doi:10.1145/990308.990313; coverage as in
/// S. Fortunato, "Community detection in graphs", Physics Reports 486(3–5):75–174, 2010,
/// doi:10.1016/j.physrep.2009.11.002.
///
/// - Complexity: O(n + m) time, O(c + number of linked community pairs) memory.
public struct PartitionQuality: Sendable {
  /// The numbers of one community.
  public struct Community: Sendable, Equatable {
    public var size: Int
    public var internalEdges: Int
    public var internalWeight: Double
    /// Summed (weighted, if asked) degree of the members.
    public var volume: Double
    /// Weight (or number) of the edges with exactly one end inside.
    public var cut: Double
    public var density: Double
    public var conductance: Double
  }

  /// A link between two communities (`first < second`).
  public struct Link: Sendable, Equatable {
    public var first: Int
    public var second: Int
    public var weight: Double
    public var edges: Int
  }

  /// Size statistics over the communities.
  public struct SizeStatistics: Sendable, Equatable {
    public var count: Int
    public var minimum: Int
    /// The median size (the mean of the two middle sizes for an even count, as Python's
    /// `statistics.median`).
    public var median: Double
    public var maximum: Int
    public var singletons: Int
  }

  /// Per community, indexed by community number.
  public let communities: [Community]
  /// Every pair of communities joined by at least one edge, heaviest first (ties by numbers).
  public let links: [Link]
  public let coverage: Double
  public let weightedCoverage: Double
  public let sizes: SizeStatistics
  /// Whether volumes, cuts and conductance used weights.
  public let isWeighted: Bool
  /// Per community, the indices in ``links`` of its heaviest links (at most `linksPerCommunity`).
  let topLinks: [[Int]]

  /// Measures `partition` on `graph`; `weighted` selects weights for volume, cut and conductance;
  /// ``strongestLinks(of:)`` keeps `linksPerCommunity` links per community.
  ///
  /// - Complexity: O(n + m + p log p) for p linked community pairs.
  public init(
    _ partition: Partition, in graph: Graph, weighted: Bool = true, linksPerCommunity: Int = 3
  ) {
    let k = partition.communityCount
    let sizes = partition.sizes
    var internalEdges = [Int](repeating: 0, count: k)
    var internalWeight = [Double](repeating: 0, count: k)
    var volume = [Double](repeating: 0, count: k)
    var cut = [Double](repeating: 0, count: k)
    var linkWeights: [UInt64: (weight: Double, edges: Int)] = [:]
    var totalVolume = 0.0
    var edgeCount = 0
    var insideCount = 0
    var totalWeight = 0.0
    var insideWeight = 0.0
    let labels = partition.communities
    let isDirected = graph.isDirected
    graph.forEachEdge { u, v, e in
      let w = graph.outWeights[e]
      let amount = weighted ? w : 1
      let cu = labels[Int(u)]
      let cv = labels[Int(v)]
      edgeCount += 1
      totalWeight += w
      // networkx volume: out-degree on a directed graph, degree (self-loop twice) undirected.
      if cu != Partition.unassigned { volume[Int(cu)] += amount }
      if !isDirected, cv != Partition.unassigned { volume[Int(cv)] += amount }
      totalVolume += isDirected ? amount : 2 * amount
      if cu == cv, cu != Partition.unassigned {
        internalEdges[Int(cu)] += 1
        internalWeight[Int(cu)] += w
        insideCount += 1
        insideWeight += w
        return
      }
      if cu != Partition.unassigned { cut[Int(cu)] += amount }
      if cv != Partition.unassigned { cut[Int(cv)] += amount }
      if cu != Partition.unassigned, cv != Partition.unassigned {
        let key = UInt64(min(cu, cv)) << 32 | UInt64(max(cu, cv))
        linkWeights[key, default: (0, 0)].weight += amount
        linkWeights[key, default: (0, 0)].edges += 1
      }
    }
    communities = (0..<k).map { c in
      let n = Double(sizes[c])
      let pairs = n * (n - 1)
      let density = sizes[c] <= 1 ? 0 : Double(internalEdges[c]) * (isDirected ? 1 : 2) / pairs
      let smaller = min(volume[c], totalVolume - volume[c])
      return Community(
        size: sizes[c], internalEdges: internalEdges[c], internalWeight: internalWeight[c],
        volume: volume[c],
        cut: cut[c], density: density, conductance: smaller == 0 ? .nan : cut[c] / smaller)
    }
    links = linkWeights.map { key, value in
      Link(
        first: Int(key >> 32), second: Int(key & 0xFFFF_FFFF), weight: value.weight,
        edges: value.edges)
    }.sorted {
      $0.weight != $1.weight ? $0.weight > $1.weight : ($0.first, $0.second) < ($1.first, $1.second)
    }
    var top = [[Int]](repeating: [], count: k)
    for (index, link) in links.enumerated() {
      if top[link.first].count < linksPerCommunity { top[link.first].append(index) }
      if top[link.second].count < linksPerCommunity { top[link.second].append(index) }
    }
    topLinks = top
    coverage = edgeCount == 0 ? 0 : Double(insideCount) / Double(edgeCount)
    weightedCoverage = totalWeight == 0 ? 0 : insideWeight / totalWeight
    isWeighted = weighted
    let sorted = sizes.sorted()
    let median: Double
    if sorted.isEmpty {
      median = 0
    } else if sorted.count % 2 == 1 {
      median = Double(sorted[sorted.count / 2])
    } else {
      median = Double(sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }
    self.sizes = SizeStatistics(
      count: k, minimum: sorted.first ?? 0, median: median, maximum: sorted.last ?? 0,
      singletons: sorted.prefix { $0 == 1 }.count)
  }

  /// The heaviest links of community `c` to other communities, heaviest first.
  public func strongestLinks(of c: Int) -> [(community: Int, weight: Double, edges: Int)] {
    topLinks[c].map { index in
      let link = links[index]
      return (link.first == c ? link.second : link.first, link.weight, link.edges)
    }
  }
}
