import Foundation
import RecruitNetAnalysis
import RecruitNetIO
import RecruitNetTestSupport
import RecruitNetWorkspace
import Testing

/// The key-player and what-if workflows on a small edge list whose answers are computed by
/// hand: two triangles {a, b, c} and {e, f, g} joined through d (c – d – e), and a tail g – h.
@Suite struct WhatIfTests {
  static let edges = "source,target\na,b\nb,c\na,c\nc,d\nd,e\ne,f\nf,g\ne,g\ng,h\n"

  @Test func suspendingTheBrokerCutsTheSeedsReach() async throws {
    let files = try TestFiles()
    let input = try NetworkInput(path: try files.write("two.csv", Self.edges))
    var request = WhatIfRequest()
    request.suspended = ["d"]
    request.seeds = ["a"]
    request.next = 2
    let answer = try await input.whatIf(request)
    #expect(answer.before.components == 1 && answer.before.giantSize == 8)
    // Without d: {a, b, c} and {e, f, g, h}: 3 + 6 connected pairs of C(7, 2) = 21.
    #expect(answer.after.components == 2 && answer.after.giantSize == 4)
    #expect(abs(answer.after.score.fragmentationRemaining - (1 - 9.0 / 21)) < 1e-15)
    #expect(abs(answer.after.score.fragmentationAll - (1 - 9.0 / 28)) < 1e-15)
    #expect(answer.cutOff == ["e", "f", "g", "h"])
    // a reaches b and c at distance 1 among the 6 others left: (1 + 1)/6.
    #expect(answer.after.seedReach == 2.0 / 6)
    // Next: e leaves {a,b,c}, {f,g,h} (3 + 3 pairs); g leaves {a,b,c}, {e,f}, {h} (3 + 1).
    #expect(answer.nextSuspensions.map(\.name) == ["g", "e"])
    #expect(answer.nextSuspensions.map(\.connectedPairs) == [4, 6])
  }

  @Test func keyPlayersFindsTheBroker() async throws {
    let files = try TestFiles()
    let input = try NetworkInput(path: try files.write("two.csv", Self.edges))
    var request = KeyPlayerRequest()
    request.k = 1
    let answer = try await input.keyPlayers(request)
    // Removing d leaves 3 + 6 connected pairs, e leaves 6 + 3 ({a, b, c, d}, {f, g, h}), c
    // leaves 1 + 10 and g 15: d and e tie.
    #expect(answer.sets == [["d"], ["e"]])
    #expect(answer.result.status == .optimal)
    request.excluded = ["zz"]
    await #expect(throws: AnalysisError.self) { try await input.keyPlayers(request) }
  }

  @Test func pseudonymizedAnswersShowNoName() async throws {
    let files = try TestFiles()
    // The two triangles, with names no report word can be.
    let renamed =
      "source,target\n"
      + Self.edges.split(separator: "\n").dropFirst().map { row in
        row.split(separator: ",").map { "who_" + $0 }.joined(separator: ",")
      }.joined(separator: "\n") + "\n"
    let input = try NetworkInput(path: try files.write("named.csv", renamed))
    let pseudonymizer = try Pseudonymizer(key: Array("a-test-key-of-32-bytes-0123456789".utf8))
    let names = Set(["a", "b", "c", "d", "e", "f", "g", "h"].map { "who_" + $0 })
    var whatIf = WhatIfRequest()
    whatIf.suspended = ["who_d"]
    whatIf.seeds = ["who_a"]
    let answer = try await input.whatIf(whatIf).pseudonymized(by: pseudonymizer)
    let report = WhatIfReport(answer: answer, network: "two.csv")
    var keyPlayers = KeyPlayerRequest()
    keyPlayers.k = 1
    keyPlayers.excluded = ["who_a"]
    let players = try await input.keyPlayers(keyPlayers).pseudonymized(by: pseudonymizer)
    var dismantle = DismantleRequest()
    dismantle.strategies = [try DismantleRequest.parseStrategy("degree")]
    let outcome = try await input.dismantle(dismantle).pseudonymized(by: pseudonymizer)
    for text in [
      report.text(.json), report.text(.table),
      KeyPlayerReport(answer: players, network: "two.csv").text(.json),
      DismantleReport(outcome: outcome, network: "two.csv").text(.json),
    ] {
      #expect(!names.contains { text.contains($0) }, "\(text.prefix(200))")
      #expect(names.contains { text.contains(pseudonymizer.pseudonym(for: $0)) })
    }
  }

  @Test func answersPrintByANodeAttribute() async throws {
    // Node ids are numbers (as in netzschleuder's files); the names are an attribute.
    let files = try TestFiles()
    let path = files.path("ids.rnet")
    var importer = WorkspaceImporter(workspacePath: path)
    importer.edgeFiles = [try files.write("e.csv", "source,target\n0,1\n1,2\n2,3\n")]
    importer.nodeFiles = [
      try files.write("n.csv", "node,name\n0,alpha\n1,beta\n2,gamma\n3,delta\n")
    ]
    importer.nodeReader.nameColumn = .name("node")
    importer.directed = false
    _ = try await importer.run()
    let input = try NetworkInput(path: path)
    let labels = try input.attributeLabels("name")
    #expect(labels == ["0": "alpha", "1": "beta", "2": "gamma", "3": "delta"])
    var request = KeyPlayerRequest()
    request.k = 1
    let answer = try await input.keyPlayers(request).renamed { labels[$0] ?? $0 }
    // The path 0-1-2-3: removing 1 or 2 leaves one pair connected of three; both optimal.
    #expect(answer.sets == [["beta"], ["gamma"]])
    #expect(throws: AnalysisError.self) { _ = try input.attributeLabels("nam") }
  }
}
