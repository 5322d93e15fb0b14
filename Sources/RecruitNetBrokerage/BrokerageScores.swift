/// The answer of ``GouldFernandez``: per node, the raw count of each role and the total, and,
/// per group, the expected count and standard deviation of each role for a broker of that group
/// under random group assignment at the graph's density, as `sna::brokerage()`'s `raw.nli`,
/// `exp.nli`, `sd.nli` and `z.nli`.
///
/// Expectations and variances are Gould and Fernandez's (1989), as sna computes them: with
/// `d = m / (N(N − 1))`, `p = d²(1 − d)` (the chance that `a → v`, `v → b` and `a ↛ b`),
/// `q = d³(1 − d)³`, `nᵢ` the size of the broker's group and `N` the number of nodes:
///
/// | role | expected | variance |
/// |---|---|---|
/// | coordinator | `p (nᵢ−1)(nᵢ−2)` | `E(1−p) + 2 (nᵢ−1)(nᵢ−2)(nᵢ−3) q` |
/// | itinerant | `p Σ_{j≠i} nⱼ(nⱼ−1)` | `E(1−p) + 2 Σ_{j≠i} nⱼ(nⱼ−1)(nⱼ−2) q` |
/// | representative, gatekeeper | `p (N−nᵢ)(nᵢ−1)` | `E(1−p) + 2 ((nᵢ−1) C(N−nᵢ, 2) + (N−nᵢ) C(nᵢ−1, 2)) q` |
/// | liaison | `p ((N−nᵢ)² − Σ_{j≠i} nⱼ²)` | `E(1−p) + 4 Σ_{j≠i} nⱼ C(N−nⱼ−nᵢ, 2) q` |
/// | total | `p (N−1)(N−2)` | `E(1−p) + 2 (N−1)(N−2)(N−3) q` |
///
/// z-scores are `(raw − expected) / sd` in IEEE arithmetic, as R computes them: NaN for 0/0
/// (a role no broker of the group can hold), ±infinity for a non-zero count over a zero sd.
public struct BrokerageScores: Sendable {
  /// Whether the graph was directed (undirected: each edge counted in both directions).
  public let isDirected: Bool
  /// The arcs counted (`m`): ordered pairs, self-loops and repeats left out.
  public let arcCount: Int
  /// Each node's group.
  public let groups: [UInt32]
  /// The number of groups.
  public let groupCount: Int
  /// The number of nodes in each group.
  public let groupSizes: [Int]
  /// Five raw counts per node, in ``BrokerageRole`` order, row-major.
  private let counts: [Int]
  /// Per group, six expected counts (the five roles, then the total).
  private let expectations: [[Double]]
  /// Per group, six standard deviations.
  private let deviations: [[Double]]

  init(isDirected: Bool, arcCount: Int, groups: [UInt32], groupCount: Int, counts: [Int]) {
    self.isDirected = isDirected
    self.arcCount = arcCount
    self.groups = groups
    self.groupCount = groupCount
    self.counts = counts
    var sizes = [Int](repeating: 0, count: groupCount)
    for g in groups { sizes[Int(g)] += 1 }
    groupSizes = sizes
    let moments = Self.moments(sizes: sizes, nodeCount: groups.count, arcCount: arcCount)
    expectations = moments.map(\.expected)
    deviations = moments.map { $0.variance.map { $0.squareRoot() } }
  }

  /// The number of nodes.
  public var nodeCount: Int { groups.count }

  /// The density `d = m / (n(n − 1))` the expectations use (0 with fewer than 2 nodes).
  public var density: Double {
    nodeCount < 2 ? 0 : Double(arcCount) / (Double(nodeCount) * Double(nodeCount - 1))
  }

  /// The ordered pairs `node` brokers in `role`, or in any role when `role` is nil (the total).
  public func count(_ node: Int, _ role: BrokerageRole?) -> Int {
    guard let role else { return (0..<5).reduce(0) { $0 + counts[node * 5 + $1] } }
    return counts[node * 5 + role.rawValue]
  }

  /// The expected count of a broker of `node`'s group in `role` (nil: the total).
  public func expected(_ node: Int, _ role: BrokerageRole?) -> Double {
    expectations[Int(groups[node])][role?.rawValue ?? 5]
  }

  /// The standard deviation of that count.
  public func standardDeviation(_ node: Int, _ role: BrokerageRole?) -> Double {
    deviations[Int(groups[node])][role?.rawValue ?? 5]
  }

  /// `(raw − expected) / sd` (NaN or ±infinity where the sd is 0).
  public func z(_ node: Int, _ role: BrokerageRole?) -> Double {
    (Double(count(node, role)) - expected(node, role)) / standardDeviation(node, role)
  }

  /// Expected counts and variances for a broker of each group (sna's `exp.grp` and `sd.grp`²).
  static func moments(sizes: [Int], nodeCount: Int, arcCount: Int) -> [(
    expected: [Double], variance: [Double]
  )] {
    let bigN = Double(nodeCount)
    let d = nodeCount < 2 ? 0 : Double(arcCount) / (bigN * (bigN - 1))
    let p = d * d * (1 - d)
    let q = d * d * d * (1 - d) * (1 - d) * (1 - d)
    func choose2(_ x: Double) -> Double { x * (x - 1) / 2 }
    let n = sizes.map(Double.init)
    return n.indices.map { i in
      let ni = n[i]
      var pairsOut = 0.0  // Σ_{j≠i} nⱼ(nⱼ−1)
      var triplesOut = 0.0  // Σ_{j≠i} nⱼ(nⱼ−1)(nⱼ−2)
      var squaresOut = 0.0  // Σ_{j≠i} nⱼ²
      var liaisonTerm = 0.0  // Σ_{j≠i} nⱼ C(N−nⱼ−nᵢ, 2)
      for j in n.indices where j != i {
        let nj = n[j]
        pairsOut += nj * (nj - 1)
        triplesOut += nj * (nj - 1) * (nj - 2)
        squaresOut += nj * nj
        liaisonTerm += nj * choose2(bigN - nj - ni)
      }
      let rest = bigN - ni
      var expected = [Double](repeating: 0, count: 6)
      var variance = [Double](repeating: 0, count: 6)
      expected[0] = p * (ni - 1) * (ni - 2)
      variance[0] = expected[0] * (1 - p) + 2 * (ni - 1) * (ni - 2) * (ni - 3) * q
      expected[1] = p * pairsOut
      variance[1] = expected[1] * (1 - p) + 2 * triplesOut * q
      expected[2] = p * rest * (ni - 1)
      variance[2] =
        expected[2] * (1 - p) + 2 * ((ni - 1) * choose2(rest) + rest * choose2(ni - 1)) * q
      expected[3] = expected[2]
      variance[3] = variance[2]
      expected[4] = p * (rest * rest - squaresOut)
      variance[4] = expected[4] * (1 - p) + 4 * liaisonTerm * q
      expected[5] = p * (bigN - 1) * (bigN - 2)
      variance[5] = expected[5] * (1 - p) + 2 * (bigN - 1) * (bigN - 2) * (bigN - 3) * q
      return (expected, variance)
    }
  }
}
