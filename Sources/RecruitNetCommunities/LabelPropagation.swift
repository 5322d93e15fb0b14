import RecruitNetGraph

/// Asynchronous label propagation: every node starts in a community of its own and repeatedly
/// adopts the label carried by the largest weight among its neighbours, until every node carries
/// a label of maximal weight.
///
/// Reference: U. N. Raghavan, R. Albert & S. Kumara, "Near linear time algorithm to detect
/// community structures in large-scale networks", Phys. Rev. E 76, 036106 (2007),
/// doi:10.1103/PhysRevE.76.036106.
///
/// ```swift
/// let partition = try LabelPropagation(seed: 7).detect(in: graph)
/// ```
///
/// Detailed design. Each sweep visits the nodes in a fresh random order (one seeded Fisher–Yates
/// shuffle); a visited node sums, per label, the weights of its edges to neighbours (updates are
/// seen at once: asynchronous). It keeps its label when that label is among the heaviest and
/// otherwise takes one of the heaviest uniformly at random. A sweep that changes no label ends
/// the run: then every node has a maximal label, Raghavan et al.'s stopping criterion. The run
/// is sequential by nature, so the result depends only on the seed, never on the thread count.
///
/// Conventions. Directed edges count in both directions (a node listens to its in- and
/// out-neighbours; reciprocal edges add up), igraph's `mode="all"`. Self-loops are ignored.
/// Weights must be finite and non-negative; unweighted, every edge weighs 1. Isolated nodes stay
/// alone.
///
/// Comparison. networkx's `asyn_lpa_communities(G, weight, seed)` runs the same rule (keep the
/// current label if it is among the heaviest, otherwise choose at random) but listens only to
/// successors on a directed graph and uses Python's random stream, so the partitions agree in
/// distribution, not node by node. igraph's `community_label_propagation` (igraph ≥ 0.10) uses
/// the same asynchronous rule with random tie-breaking. The oracle test compares modularity
/// ranges over many seeds with igraph's.
///
/// - Complexity: O(m) per sweep; a few sweeps on most graphs (Raghavan et al. report about 5).
public struct LabelPropagation: Sendable {
  /// Seed of the visiting orders and tie-breaks.
  public var seed: UInt64 = 0
  /// Use edge weights; otherwise every edge weighs 1.
  public var isWeighted = true
  /// Sweeps before the run stops even though some node could still change (reported).
  public var maxIterations = 1000

  public init(seed: UInt64 = 0, isWeighted: Bool = true, maxIterations: Int = 1000) {
    self.seed = seed
    self.isWeighted = isWeighted
    self.maxIterations = maxIterations
  }

  /// The communities found, and the number of sweeps and whether the last one changed nothing.
  public struct Result: Sendable {
    public var labels: [UInt32]
    public var iterations: Int
    public var converged: Bool
  }

  /// Runs label propagation on `graph` and returns a canonical partition with its parameters.
  ///
  /// - Throws: ``CommunityError`` for a negative or non-finite weight, or `maxIterations < 1`.
  /// - Complexity: O(n + m) per sweep, at most ``maxIterations`` sweeps.
  public func detect(in graph: Graph) throws(CommunityError) -> Partition {
    let result = try run(on: graph)
    return Partition(
      labels: result.labels, algorithm: "labelprop",
      parameters: [
        ("seed", String(seed)), ("weighted", String(isWeighted)),
        ("max_iterations", String(maxIterations)),
        ("iterations", String(result.iterations)), ("converged", String(result.converged)),
      ])
  }

  /// The raw labels (not renumbered) and the sweep count.
  ///
  /// - Complexity: O(n + m) per sweep, at most ``maxIterations`` sweeps.
  public func run(on graph: Graph) throws(CommunityError) -> Result {
    guard maxIterations >= 1 else {
      throw CommunityError(
        .parameterOutOfRange(
          name: "maxIterations", value: Double(maxIterations), allowed: "at least 1"))
    }
    if isWeighted { try CommunityError.checkWeights(graph) }
    let n = graph.nodeCount
    var labels = (0..<n).map { UInt32($0) }
    var order = (0..<n).map { NodeID($0) }
    var generator = SeededGenerator(seed: seed)
    // Per-label weight of the current node's neighbourhood, and the labels touched, so a visit
    // costs O(degree) and never clears a size-n array.
    var labelWeight = [Double](repeating: 0, count: n)
    var stamp = [Int](repeating: -1, count: n)
    var visit = 0
    var touched: [UInt32] = []
    var best: [UInt32] = []
    touched.reserveCapacity(64)
    let directed = graph.isDirected
    var iterations = 0
    var changed = true
    // Hand-written hot loop: raw buffers avoid bounds checks and copy-on-write checks per edge.
    graph.withUnsafeAdjacency { adjacency in
      let (outOffsets, outTargets, outWeights) = (
        adjacency.outOffsets, adjacency.outTargets, adjacency.outWeights
      )
      let (inOffsets, inSources, inEdges) = (
        adjacency.inOffsets, adjacency.inSources, adjacency.inEdges
      )
      labels.withUnsafeMutableBufferPointer { labels in
        labelWeight.withUnsafeMutableBufferPointer { labelWeight in
          stamp.withUnsafeMutableBufferPointer { stamp in
            while changed && iterations < maxIterations {
              changed = false
              iterations += 1
              generator.shuffle(&order)
              for node in order {
                let v = Int(node)
                touched.removeAll(keepingCapacity: true)
                visit += 1
                for e in outOffsets[v]..<outOffsets[v + 1] {
                  let u = Int(outTargets[e])
                  if u == v { continue }
                  let label = labels[u]
                  if stamp[Int(label)] != visit {
                    stamp[Int(label)] = visit
                    touched.append(label)
                  }
                  labelWeight[Int(label)] += isWeighted ? outWeights[e] : 1
                }
                if directed {
                  for i in inOffsets[v]..<inOffsets[v + 1] {
                    let u = Int(inSources[i])
                    if u == v { continue }
                    let label = labels[u]
                    if stamp[Int(label)] != visit {
                      stamp[Int(label)] = visit
                      touched.append(label)
                    }
                    labelWeight[Int(label)] +=
                      isWeighted ? outWeights[Int(inEdges[i])] : 1
                  }
                }
                if touched.isEmpty { continue }
                var heaviest = -1.0
                best.removeAll(keepingCapacity: true)
                for label in touched {
                  let w = labelWeight[Int(label)]
                  if w > heaviest {
                    heaviest = w
                    best.removeAll(keepingCapacity: true)
                    best.append(label)
                  } else if w == heaviest {
                    best.append(label)
                  }
                }
                for label in touched { labelWeight[Int(label)] = 0 }
                // Only zero-weight edges: nothing to listen to.
                if heaviest <= 0 { continue }
                if best.contains(labels[v]) { continue }
                // Ties are drawn in a fixed order (touched order follows the CSR order).
                labels[v] =
                  best.count == 1 ? best[0] : best[generator.nextInt(below: best.count)]
                changed = true
              }
            }
          }
        }
      }
    }
    return Result(labels: labels, iterations: iterations, converged: !changed)
  }
}
