import Testing

@testable import RecruitNetTracking

/// Name similarity, links and chains worked out by hand.
@Suite struct ReturningAccountsTests {
  @Test func namesThatDifferOnlyInANumberAreAlike() {
    #expect(HandleSimilarity.similarity("abu_x", "Abu_X_3") == 1)
    #expect(HandleSimilarity.similarity("@abu_x2", "abu_x") == 1)
    // abu_x2 → abu_x3: one substitution in six scalars.
    #expect(HandleSimilarity.similarity("abu_x2", "abu_x3") == 1 - 1.0 / 6)
    // Only digits: the number is the name.
    #expect(HandleSimilarity.stem(Array("1234".unicodeScalars)) == Array("1234".unicodeScalars))
    #expect(HandleSimilarity.similarity("1234", "5678") == 0)
    #expect(HandleSimilarity.similarity("", "") == 0)
    // kitten → sitting: the textbook Levenshtein distance 3, over 7.
    #expect(
      HandleSimilarity.distance(Array("kitten".unicodeScalars), Array("sitting".unicodeScalars))
        == 3)
    #expect(HandleSimilarity.similarity("kitten", "sitting") == 1 - 3.0 / 7)
  }

  @Test func linksKeepTheBestEarlierAccountAndUseNeighbours() {
    let gone = [
      ReturningAccounts.Gone(name: "lion_1", goneAt: 10, followers: 900, neighbors: [1, 2, 3, 4]),
      ReturningAccounts.Gone(name: "lion_7", goneAt: 20, followers: 50, neighbors: [8, 9]),
      // Gone after the new account appeared: no candidate.
      ReturningAccounts.Gone(name: "lion", goneAt: 40, followers: 10),
    ]
    let appeared = [
      // Names: lion_2 against lion_1 and lion_7, one substitution in six: 5/6 each; neighbours
      // decide: {1,2,3,9} shares 3 of 5 with lion_1 and 1 of 5 with lion_7.
      ReturningAccounts.Appeared(
        name: "lion_2", firstSeen: 30, firstFollowers: 5, lastFollowers: 40,
        neighbors: [1, 2, 3, 9]),
      // No network evidence: the name alone (tiger vs lion: nothing alike).
      ReturningAccounts.Appeared(name: "tiger", firstSeen: 30),
    ]
    let links = ReturningAccounts(threshold: 0.5).links(gone: gone, appeared: appeared)
    #expect(links.count == 1)
    #expect(links[0].gone == 0 && links[0].appeared == 0)
    #expect(links[0].sharedNeighbors == 3)
    #expect(links[0].neighborOverlap == 3.0 / 5.0)
    #expect(links[0].nameSimilarity == 1 - 1.0 / 6)
    #expect(links[0].score == (1 - 1.0 / 6 + 0.6) / 2)
    // Below the threshold nothing is kept.
    #expect(ReturningAccounts(threshold: 0.9).links(gone: gone, appeared: appeared).isEmpty)
  }

  @Test func chainsFollowIncarnations() {
    // a → a_2 (suspended later, so gone too) → a_3; b → b_2.
    let gone = [
      ReturningAccounts.Gone(name: "a", goneAt: 1), ReturningAccounts.Gone(name: "a_2", goneAt: 5),
      ReturningAccounts.Gone(name: "b", goneAt: 1),
    ]
    let appeared = [
      ReturningAccounts.Appeared(name: "a_2", firstSeen: 3),
      ReturningAccounts.Appeared(name: "a_3", firstSeen: 7),
      ReturningAccounts.Appeared(name: "b_2", firstSeen: 3),
    ]
    let matcher = ReturningAccounts(threshold: 0.9)
    let links = matcher.links(gone: gone, appeared: appeared)
    // a_2 and a_3 both link to a (a number added: 1); a_2 against a_3 scores 2/3 only. The
    // chain of a holds both, in the order they were first seen.
    #expect(links.map { appeared[$0.appeared].name } == ["a_2", "a_3", "b_2"])
    #expect(links.allSatisfy { $0.score == 1 })
    let chains = matcher.chains(links: links, gone: gone, appeared: appeared)
    #expect(chains == [["a", "a_2", "a_3"], ["b", "b_2"]])
  }
}
