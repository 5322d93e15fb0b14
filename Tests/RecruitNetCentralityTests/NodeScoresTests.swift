import RecruitNetCentrality
import RecruitNetGraph
import Testing

@Suite struct NodeScoresTests {
  @Test func rankingBreaksTiesByNameAndRanksShareTies() {
    let names = NodeNames(["carol", "alice", "bob", "dave"])
    let scores = NodeScores(measure: "degree", values: [2, 3, 2, .nan])
    #expect(
      scores.ranking(names: names).map { names.name(of: $0) } == ["alice", "bob", "carol", "dave"])
    #expect(scores.ranks(names: names) == [2, 1, 2, 4])
  }
}

@Suite struct NodeScoresSelectionTests {
  /// The top-k selection equals the first k of the full ranking, ties at the boundary included.
  @Test func topKEqualsPrefixOfFullRanking() {
    var random = SeededGenerator(seed: 7)
    let names = NodeNames((0..<2000).map { "n\($0 % 1000)-\($0)" })
    let values = (0..<2000).map { _ in Double(random.nextInt(below: 50)) }
    let scores = NodeScores(measure: "degree", values: values)
    let full = scores.ranking(names: names)
    for k in [1, 7, 100, 1999, 2000, 5000] {
      #expect(scores.ranking(names: names, limit: k) == Array(full.prefix(k)))
    }
    let even: (NodeID) -> Bool = { $0 % 2 == 0 }
    #expect(
      scores.ranking(names: names, limit: 30, include: even) == Array(full.filter(even).prefix(30)))
    let ranks = scores.ranks(names: names)
    for node in [NodeID(0), 17, 1999] { #expect(scores.rank(of: node) == ranks[Int(node)]) }
  }
}
