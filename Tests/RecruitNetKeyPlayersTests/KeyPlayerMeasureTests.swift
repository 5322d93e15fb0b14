import RecruitNetGraph
import Testing

@testable import RecruitNetKeyPlayers

/// Fragmentation, distance fragmentation and reach computed by hand on three small graphs
/// (Borgatti 2006, eq. 4 and 9), under both denominators.
@Suite struct KeyPlayerMeasureTests {
  /// 0 – 1 – 2 – 3 – 4.
  let path = KeyPlayerGraph(nodeCount: 5, edges: [(0, 1), (1, 2), (2, 3), (3, 4)])
  /// Centre 0, leaves 1 … 4.
  let star = KeyPlayerGraph(nodeCount: 5, edges: [(0, 1), (0, 2), (0, 3), (0, 4)])
  /// Cliques {0, 1, 2, 3} and {4, 5, 6, 7} joined by the bridge 3 – 4.
  static func cliques() -> KeyPlayerGraph {
    var edges: [(Int, Int)] = [(3, 4)]
    for base in [0, 4] {
      for i in 0..<4 { for j in (i + 1)..<4 { edges.append((base + i, base + j)) } }
    }
    return KeyPlayerGraph(nodeCount: 8, edges: edges)
  }

  @Test func pathRemovingTheCentre() {
    // {0,1} and {3,4} remain: 2 connected pairs; F = 1 − 2·2/(4·3) = 2/3; with N = 5, 1 − 4/20.
    let score = path.score(of: [2])
    #expect(score.connectedPairs == 2)
    #expect(abs(score.fragmentationRemaining - 2.0 / 3) < 1e-15)
    #expect(abs(score.fragmentationAll - 0.8) < 1e-15)
    // Removing 1 leaves {0} and 2 – 3 – 4: 1/1 + 1/1 + 1/2 = 2.5; DF = 1 − 5/12, or 1 − 5/20.
    let second = path.score(of: [1])
    #expect(second.inverseDistanceSum == 2.5)
    #expect(abs(second.distanceFragmentationRemaining - 7.0 / 12) < 1e-15)
    #expect(abs(second.distanceFragmentationAll - 0.75) < 1e-15)
  }

  @Test func pathReachFromTheCentre() {
    // Distances 1, 1, 2, 2 from node 2: (1 + 1 + 1/2 + 1/2)/4; two of four within one step.
    let score = path.score(of: [2], reachDistance: 1)
    #expect(score.reachSum == 3)
    #expect(score.reach == 0.75)
    #expect(score.mReach == 0.5)
    // Toward targets {0, 4} only: 1/2 + 1/2 over 2 targets.
    #expect(path.score(of: [2], targets: [0, 4]).reach == 0.5)
  }

  @Test func starWithoutItsCentre() {
    let score = star.score(of: [0])
    #expect(score.connectedPairs == 0)
    #expect(score.fragmentationRemaining == 1)
    #expect(score.distanceFragmentationRemaining == 1)
    #expect(score.reach == 1)
    // A leaf reaches the centre in 1 and the other leaves in 2: (1 + 3/2)/4.
    #expect(star.score(of: [1]).reach == 0.625)
  }

  @Test func twoCliquesAndABridge() {
    let graph = Self.cliques()
    // Nothing removed: 13 adjacent pairs, 6 at distance 2, 9 at distance 3: Σ 1/d = 19,
    // DF = 1 − 38/56.
    let none = graph.score(of: [])
    #expect(none.connectedPairs == 28)
    #expect(none.fragmentationRemaining == 0)
    #expect(none.inverseDistanceSum == 19)
    #expect(abs(none.distanceFragmentationRemaining - 9.0 / 28) < 1e-15)
    // Removing the bridge end 3: components of 3 and 4 nodes, 3 + 6 pairs; F = 1 − 18/42.
    let cut = graph.score(of: [3])
    #expect(cut.connectedPairs == 9)
    #expect(abs(cut.fragmentationRemaining - 4.0 / 7) < 1e-15)
    #expect(abs(cut.fragmentationAll - 19.0 / 28) < 1e-15)
    // Reach of 3: four neighbours, three nodes at distance 2.
    #expect(graph.score(of: [3]).reach == 5.5 / 7)
  }

  @Test func fewerThanTwoNodesLeftIsFullyFragmented() {
    let score = path.score(of: [0, 1, 2, 3])
    #expect(score.fragmentationRemaining == 1)
    #expect(score.fragmentationAll == 1)
  }

  @Test func removingEachNodeMatchesRemovingItAlone() {
    // The one-pass articulation count against a fresh component count, on random graphs with
    // some nodes already removed.
    for seed in 0..<40 as Range<UInt64> {
      var random = SeededGenerator(seed: seed)
      let n = 5 + random.nextInt(below: 30)
      let m = random.nextInt(below: 3 * n)
      let edges = (0..<m).map { _ in (random.nextInt(below: n), random.nextInt(below: n)) }
      let graph = KeyPlayerGraph(nodeCount: n, edges: edges)
      var scratch = KeyPlayerScratch(graph: graph)
      var removed = [UInt8](repeating: 0, count: n)
      for _ in 0..<random.nextInt(below: 4) { removed[random.nextInt(below: n)] = 1 }
      var after = [Int](repeating: 0, count: n)
      removed.withUnsafeBufferPointer { r in
        after.withUnsafeMutableBufferPointer {
          scratch.pairsAfterRemovingEach(removed: r, into: $0)
        }
      }
      for v in 0..<n where removed[v] == 0 {
        removed[v] = 1
        let fresh = removed.withUnsafeBufferPointer { scratch.connectedPairs(removed: $0) }
        removed[v] = 0
        #expect(after[v] == fresh, "seed \(seed), node \(v)")
      }
    }
  }

  @Test func simpleGraphDropsLoopsAndRepeats() {
    let graph = KeyPlayerGraph(nodeCount: 4, edges: [(0, 1), (1, 0), (0, 1), (2, 2)])
    #expect(graph.edgeCount == 1)
    #expect(graph.degree(of: 2) == 0)
    #expect(graph.score(of: []).connectedPairs == 1)
  }
}
