import RecruitNetCentrality
import RecruitNetGraph
import Testing

@Suite struct NodeScoresTests {
  @Test func rankingBreaksTiesByNameAndRanksShareTies() {
    let names = NodeNames(["carol", "alice", "bob", "dave"])
    let scores = NodeScores(measure: "degree", values: [2, 3, 2, .nan])
    #expect(scores.ranking(names: names).map { names.name(of: $0) } == ["alice", "bob", "carol", "dave"])
    #expect(scores.ranks(names: names) == [2, 1, 2, 4])
  }
}
