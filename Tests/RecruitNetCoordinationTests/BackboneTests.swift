import Foundation
import RecruitNetCoordination
import RecruitNetTestSupport
import Testing

private func edge(_ source: UInt32, _ target: UInt32, _ weight: Int) -> CoordinationEdge {
  CoordinationEdge(
    source: source, target: target, weight: weight, pairs: weight, meanDelta: 0, minDelta: 0)
}

private func kept(
  _ filter: CoordinationBackbone.Filter, isDirected: Bool = false, _ edges: [CoordinationEdge],
  accounts: Int
) throws -> [Int] {
  try CoordinationBackbone(filter, isDirected: isDirected).extract(
    from: edges, accountCount: accounts
  ).keptIndices
}

/// Hand-worked cases of the three filters, their edge cases and their parameter errors.
@Suite struct BackboneTests {
  // The star, undirected:
  //
  //        1          0 has degree k = 3 and strength s = 5 + 1 + 1 = 7.
  //      5 |          0–1: p = 5/7, α = (1 − 5/7)^(3−1) = (2/7)² = 4/49  ≈ 0.0816
  //   2 ── 0 ── 3     0–2, 0–3: p = 1/7, α = (6/7)² = 36/49 ≈ 0.7347
  //     1     1       Leaves have degree 1 (α = 1 from their side), so 0's α decides.
  //                   4 ── 5 (weight 2): both ends of degree 1, α = 1, never kept
  //   4 ──2── 5       (netbone leaves it without a p-value).
  static let star = [edge(0, 1, 5), edge(0, 2, 1), edge(0, 3, 1), edge(4, 5, 2)]

  @Test func disparityOnAStarByHand() throws {
    let alphas = try CoordinationBackbone.disparityAlphas(of: Self.star, accountCount: 6)
    let expected = [4.0 / 49, 36.0 / 49, 36.0 / 49, 1]
    for (alpha, value) in zip(alphas, expected) { #expect(abs(alpha - value) < 1e-15) }
    #expect(try kept(.disparity(alpha: 0.1), Self.star, accounts: 6) == [0])
    #expect(try kept(.disparity(alpha: 0.05), Self.star, accounts: 6) == [])
    #expect(try kept(.disparity(alpha: 0.8), Self.star, accounts: 6) == [0, 1, 2])
    // α = 1 keeps every edge with α < 1, never the dyad of two degree-1 accounts.
    #expect(try kept(.disparity(alpha: 1), Self.star, accounts: 6) == [0, 1, 2])
    let result = try CoordinationBackbone(.disparity(alpha: 0.1)).extract(
      from: Self.star, accountCount: 6)
    #expect(result.edges == [Self.star[0]] && result.alphas.count == 4)
  }

  // Directed: 0 → 1 (3), 0 → 2 (1), 3 → 1 (1), 1 → 0 (2).
  //   0 out: k = 2, s = 4: α(0→1) = (1 − 3/4)¹ = 0.25, α(0→2) = 0.75.
  //   1 in:  k = 2, s = 4: α(0→1) = 0.25, α(3→1) = 0.75. 3 out and 2 in: degree 1.
  //   1 → 0: 1's out-degree and 0's in-degree are 1, so α = 1.
  // Undirected, the pair 0–1 weighs 3 + 2 = 5; 0: k = 2, s = 6; 1: k = 2, s = 6:
  //   α(0–1) = 1/6, α(0–2) = 5/6, α(1–3) = 5/6; both directions of 0–1 carry 1/6.
  static let directed = [edge(0, 1, 3), edge(0, 2, 1), edge(3, 1, 1), edge(1, 0, 2)]

  @Test func directedDisparityByHand() throws {
    let out = try CoordinationBackbone.disparityAlphas(
      of: Self.directed, accountCount: 4, isDirected: true)
    for (alpha, value) in zip(out, [0.25, 0.75, 0.75, 1]) { #expect(abs(alpha - value) < 1e-15) }
    let undirected = try CoordinationBackbone.disparityAlphas(of: Self.directed, accountCount: 4)
    for (alpha, value) in zip(undirected, [1.0 / 6, 5.0 / 6, 5.0 / 6, 1.0 / 6]) {
      #expect(abs(alpha - value) < 1e-15)
    }
    #expect(try kept(.disparity(alpha: 0.3), isDirected: true, Self.directed, accounts: 4) == [0])
    #expect(try kept(.disparity(alpha: 0.2), Self.directed, accounts: 4) == [0, 3])
  }

  @Test func percentileFollowsNumpy() throws {
    // Weights 5, 1, 1, 2 sorted: 1, 1, 2, 5; h = 3p/100.
    // p = 50: h = 1.5, 1 + 0.5·(2 − 1) = 1.5; p = 75: h = 2.25, 2 + 0.25·3 = 2.75.
    let median = try CoordinationBackbone(.percentile(50)).extract(from: Self.star, accountCount: 6)
    #expect(median.weightThreshold == 1.5 && median.keptIndices == [0, 3])
    let upper = try CoordinationBackbone(.percentile(75)).extract(from: Self.star, accountCount: 6)
    #expect(upper.weightThreshold == 2.75 && upper.keptIndices == [0])
    #expect(try kept(.percentile(0), Self.star, accounts: 6) == [0, 1, 2, 3])
    #expect(try kept(.percentile(100), Self.star, accounts: 6) == [0])
    // Undirected, the pair 0–1 of `directed` weighs 5 and is the heaviest pair: both directions.
    #expect(try kept(.percentile(100), Self.directed, accounts: 4) == [0, 3])
    #expect(try kept(.percentile(100), isDirected: true, Self.directed, accounts: 4) == [0])
  }

  @Test func emptyNetwork() throws {
    for filter in [CoordinationBackbone.Filter.percentile(50), .topK(1), .disparity(alpha: 0.05)] {
      for isDirected in [false, true] {
        let result = try CoordinationBackbone(filter, isDirected: isDirected).extract(
          from: [], accountCount: 0)
        #expect(result.edges.isEmpty && result.keptIndices.isEmpty && result.alphas.isEmpty)
        #expect(result.weightThreshold == nil)
      }
    }
  }

  @Test func allEqualWeights() throws {
    let ring = [edge(0, 1, 4), edge(1, 2, 4), edge(2, 3, 4), edge(3, 0, 4), edge(0, 2, 4)]
    for p in [0.0, 37.5, 50, 100] {
      #expect(try kept(.percentile(p), ring, accounts: 4) == [0, 1, 2, 3, 4])
    }
    // Ties at the k-th weight are all kept: every account keeps every edge.
    #expect(try kept(.topK(1), ring, accounts: 4) == [0, 1, 2, 3, 4])
    #expect(try kept(.topK(1), isDirected: true, ring, accounts: 4) == [0, 1, 2, 3, 4])
    // Equal shares: 0 and 2 have k = 3 (α = (2/3)² = 4/9), 1 and 3 have k = 2 (α = 1/2).
    let alphas = try CoordinationBackbone.disparityAlphas(of: ring, accountCount: 4)
    for (alpha, value) in zip(alphas, [4.0 / 9, 4.0 / 9, 4.0 / 9, 4.0 / 9, 4.0 / 9]) {
      #expect(abs(alpha - value) < 1e-15)
    }
  }

  @Test func topKPerAccount() throws {
    // 0 → 1 (5), 0 → 2 (3), 0 → 3 (3), 0 → 4 (1), 4 → 0 (9).
    let fan = [edge(0, 1, 5), edge(0, 2, 3), edge(0, 3, 3), edge(0, 4, 1), edge(4, 0, 9)]
    #expect(try kept(.topK(1), isDirected: true, fan, accounts: 5) == [0, 4])
    // The 2nd heaviest out-edge of 0 weighs 3, shared by two edges: both stay.
    #expect(try kept(.topK(2), isDirected: true, fan, accounts: 5) == [0, 1, 2, 4])
    // k above every degree keeps everything.
    #expect(try kept(.topK(10), isDirected: true, fan, accounts: 5) == [0, 1, 2, 3, 4])
    // Undirected: the pair 0–4 weighs 1 + 9 = 10, the heaviest of 0; 1, 2, 3 have one pair each.
    #expect(try kept(.topK(1), fan, accounts: 5) == [0, 1, 2, 3, 4])
    let hub = [edge(0, 1, 5), edge(0, 2, 3), edge(0, 3, 1), edge(2, 3, 4)]
    // 0 keeps 0–1; 1 keeps 0–1; 2 keeps 2–3 (4 > 3); 3 keeps 2–3.
    #expect(try kept(.topK(1), hub, accounts: 4) == [0, 3])
  }

  /// A seeded random directed network: `count` distinct edges among `accounts`, weights 1–20.
  static func randomEdges(seed: UInt64, accounts: UInt32, count: Int) -> [CoordinationEdge] {
    var state = seed
    func next() -> UInt64 {  // SplitMix64
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    var seen = Set<UInt64>()
    var edges: [CoordinationEdge] = []
    while edges.count < count {
      let a = UInt32(next() % UInt64(accounts))
      let b = UInt32(next() % UInt64(accounts))
      guard a != b, seen.insert(UInt64(a) << 32 | UInt64(b)).inserted else { continue }
      edges.append(edge(a, b, 1 + Int(next() % 20)))
    }
    return edges
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func readingsAgreeWhereTheyMust(seed: UInt64) throws {
    let edges = Self.randomEdges(seed: seed, accounts: 30, count: 120)
    // Undirected α depends on shares only: doubling every pair (both directions, equal weights)
    // changes no α, and the order of the input changes nothing.
    let pairs = edges.filter { $0.source < $0.target }  // one edge per pair of accounts
    let single = try CoordinationBackbone.disparityAlphas(of: pairs, accountCount: 30)
    let mirrored = pairs + pairs.map { edge($0.target, $0.source, $0.weight) }
    #expect(
      try CoordinationBackbone.disparityAlphas(of: mirrored, accountCount: 30) == single + single)
    let once = try CoordinationBackbone.disparityAlphas(of: edges, accountCount: 30)
    let reversed = try CoordinationBackbone.disparityAlphas(
      of: edges.reversed(), accountCount: 30)
    #expect(Array(reversed.reversed()) == once)
    // Directed: reversing every edge swaps out- and in-sides, so each edge keeps its α.
    let directed = try CoordinationBackbone.disparityAlphas(
      of: edges, accountCount: 30, isDirected: true)
    let flipped = try CoordinationBackbone.disparityAlphas(
      of: edges.map { edge($0.target, $0.source, $0.weight) }, accountCount: 30, isDirected: true)
    #expect(flipped == directed)
    // The kept edges are those whose α is below the level, and `extract` reports the same α.
    let result = try CoordinationBackbone(.disparity(alpha: 0.2)).extract(
      from: edges, accountCount: 30)
    #expect(result.alphas == once)
    #expect(result.keptIndices == once.indices.filter { once[$0] < 0.2 })
  }

  @Test(arguments: [
    (CoordinationBackbone.Filter.disparity(alpha: 0), "alpha"),
    (.disparity(alpha: 1.5), "alpha"), (.disparity(alpha: -0.1), "alpha"),
    (.disparity(alpha: .nan), "alpha"), (.percentile(-1), "percentile"),
    (.percentile(100.5), "percentile"), (.percentile(.nan), "percentile"), (.topK(0), "k"),
    (.topK(-3), "k"),
  ])
  func invalidParameters(filter: CoordinationBackbone.Filter, name: String) {
    let error = #expect(throws: CoordinationError.self) {
      try CoordinationBackbone(filter).extract(from: Self.star, accountCount: 6)
    }
    guard case .parameterOutOfRange(let reported, _, _) = error?.code else {
      Issue.record("expected parameterOutOfRange, got \(String(describing: error))")
      return
    }
    #expect(reported == name)
  }

  @Test func invalidEdges() {
    let cases: [([CoordinationEdge], Int, String)] = [
      ([edge(0, 6, 1)], 6, "edge endpoint"), ([edge(0, 1, 0)], 6, "edge weight"),
      ([edge(2, 2, 1)], 6, "self-loop at account"), ([], -1, "account count"),
    ]
    for (edges, accounts, name) in cases {
      let error = #expect(throws: CoordinationError.self) {
        try CoordinationBackbone(.topK(1)).extract(from: edges, accountCount: accounts)
      }
      guard case .parameterOutOfRange(let reported, _, _) = error?.code else {
        Issue.record("expected parameterOutOfRange for \(name)")
        continue
      }
      #expect(reported == name)
    }
  }
}

/// Agreement with netbone 0.2.3's disparity filter (undirected), numpy's percentile and plain
/// Python top-k and directed disparity, on small, random and two real networks (fixtures written
/// by Scripts/oracles/backbone.py; the real networks' edges are read from ../shared/data).
@Suite struct BackboneOracleTests {
  struct Fixture: Decodable {
    struct Shared: Decodable {
      var edges: String
      var nodes: String?
    }
    struct Percentile: Decodable {
      var p: Double
      var threshold: Double?
      var kept: [Int]
    }
    struct TopK: Decodable {
      var k: Int
      var kept: [Int]
    }
    struct Variant: Decodable {
      var alpha: [Double?]
      var kept: [String: [Int]]
      var percentile: [Percentile]
      var topK: [TopK]
    }
    var tool: String
    var accountCount: Int
    var edges: [[Int]]?
    var shared: Shared?
    var edgeCount: Int?
    var weightSum: Int?
    var undirected: Variant
    var directed: Variant
  }

  static let folder = Bundle.module.url(forResource: "Fixtures/backbone", withExtension: nil)!

  static let networks: [String] = {
    struct Manifest: Decodable { var networks: [String] }
    guard let data = try? Data(contentsOf: folder.appendingPathComponent("manifest.json")),
      let manifest = try? JSONDecoder().decode(Manifest.self, from: data)
    else { return [] }
    return manifest.networks
  }()

  @Test func manifestIsRead() { #expect(Self.networks.count >= 8) }

  /// The edges of a shared network, numbered as the oracle numbers them: by the node table's
  /// rows, or by the numeric ids themselves.
  static func sharedEdges(_ shared: Fixture.Shared) throws -> [CoordinationEdge]? {
    guard let edgesPath = SharedData.path(shared.edges) else { return nil }
    func rows(_ path: String) throws -> [[Substring]] {
      try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").dropFirst().map {
        $0.split(separator: "\t", omittingEmptySubsequences: false)
      }
    }
    var index: [Substring: UInt32] = [:]
    if let nodes = shared.nodes {
      guard let nodesPath = SharedData.path(nodes) else { return nil }
      for (row, fields) in try rows(nodesPath).enumerated() { index[fields[1]] = UInt32(row) }
    }
    return try rows(edgesPath).map { fields in
      let source = try #require(shared.nodes == nil ? UInt32(fields[0]) : index[fields[0]])
      let target = try #require(shared.nodes == nil ? UInt32(fields[1]) : index[fields[1]])
      return edge(source, target, try #require(Int(fields[2])))
    }
  }

  @Test(arguments: networks)
  func agreesWithOracle(network: String) throws {
    let data = try Data(contentsOf: Self.folder.appendingPathComponent(network + ".json"))
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    let fixture = try decoder.decode(Fixture.self, from: data)
    let edges: [CoordinationEdge]
    if let shared = fixture.shared {
      guard let read = try Self.sharedEdges(shared) else {
        print(
          "skipping \(network): ../shared/data is not here (a user's clone has none; CI has it)")
        return
      }
      edges = read
      #expect(edges.count == fixture.edgeCount)
      #expect(edges.reduce(0) { $0 + $1.weight } == fixture.weightSum)
    } else {
      edges = (fixture.edges ?? []).map { edge(UInt32($0[0]), UInt32($0[1]), $0[2]) }
    }
    var largestDifference = 0.0
    for (variant, isDirected) in [(fixture.undirected, false), (fixture.directed, true)] {
      let label = "\(network) \(isDirected ? "directed" : "undirected")"
      let alphas = try CoordinationBackbone.disparityAlphas(
        of: edges, accountCount: fixture.accountCount, isDirected: isDirected)
      try #require(alphas.count == variant.alpha.count, "\(label)")
      for (index, (ours, theirs)) in zip(alphas, variant.alpha).enumerated() {
        // netbone has no p-value for an edge between two degree-1 nodes; here α is 1.
        let difference = abs(ours - (theirs ?? 1))
        largestDifference = max(largestDifference, difference)
        #expect(
          difference <= 1e-9,
          "\(label) edge \(index): α \(ours), oracle \(String(describing: theirs))")
      }
      for (alpha, expected) in variant.kept {
        let filter = CoordinationBackbone.Filter.disparity(alpha: try #require(Double(alpha)))
        let ours = try kept(filter, isDirected: isDirected, edges, accounts: fixture.accountCount)
        #expect(ours == expected, "\(label) disparity at α = \(alpha)")
      }
      for percentile in variant.percentile {
        let result = try CoordinationBackbone(.percentile(percentile.p), isDirected: isDirected)
          .extract(from: edges, accountCount: fixture.accountCount)
        #expect(result.weightThreshold == percentile.threshold, "\(label) p = \(percentile.p)")
        #expect(result.keptIndices == percentile.kept, "\(label) p = \(percentile.p)")
      }
      for topK in variant.topK {
        let ours = try kept(
          .topK(topK.k), isDirected: isDirected, edges, accounts: fixture.accountCount)
        #expect(ours == topK.kept, "\(label) k = \(topK.k)")
      }
    }
    print(
      "backbone oracle \(network): \(edges.count) edges, largest |Δα| \(largestDifference)")
  }
}
