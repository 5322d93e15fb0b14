import Testing

@testable import RecruitNetIO

/// Pseudonymizing an export replaces account names everywhere they can appear.
@Suite struct InterchangePseudonymTests {
  @Test func namesAttributesAndMentionsAreReplaced() throws {
    let pseudonymizer = try Pseudonymizer(key: Array("0123456789abcdef0123456789abcdef".utf8))
    var network = InterchangeNetwork(isDirected: true)
    network.nodes = [
      .init(
        name: "Alice_01",
        attributes: [
          NodeAttribute("screen_name", .text("Alice_01")),
          NodeAttribute("display_name", .text("Alice Real Name")),
          NodeAttribute("description", .text("friend of @bob and @ALICE_01, not @nobody")),
          NodeAttribute("followers", .integer(5)),
        ]),
      .init(name: "bob", attributes: [NodeAttribute("previous", .text("Alice_01"))]),
      .init(name: "jihad", kind: "hashtag"),
    ]
    network.edges = [.init(source: 0, target: 1), .init(source: 0, target: 2, type: "hashtag")]
    let hidden = try network.pseudonymized(with: pseudonymizer)
    let alice = pseudonymizer.pseudonym(for: "Alice_01")
    let bob = pseudonymizer.pseudonym(for: "bob")
    #expect(hidden.nodes.map(\.name) == [alice, bob, "jihad"])
    #expect(hidden.nodes[0].attribute("screen_name") == .text(alice))
    #expect(
      hidden.nodes[0].attribute("display_name")
        == .text(pseudonymizer.pseudonym(for: "Alice Real Name")))
    #expect(
      hidden.nodes[0].attribute("description")
        == .text("friend of @\(bob) and @\(alice), not @nobody"))
    #expect(hidden.nodes[0].attribute("followers") == .integer(5))
    #expect(hidden.nodes[1].attribute("previous") == .text(alice))
    #expect(hidden.edges == network.edges)
    let text = try GraphMLWriter.write(hidden)
    #expect(!text.contains("Alice") && !text.contains("\"bob\""))
  }
}
