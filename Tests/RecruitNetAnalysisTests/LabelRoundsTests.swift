import Foundation
import RecruitNetIO
import RecruitNetTestSupport
import RecruitNetWorkspace
import Testing

@testable import RecruitNetAnalysis

/// Label rounds: labels given, sampled for review, verdicts recorded and precision per round,
/// with answers computed by hand, on the recruitment sample.
@Suite struct LabelRoundsTests {
  static func sample(_ files: TestFiles) async throws -> NetworkInput {
    let path = files.path("study.rnet")
    var importer = WorkspaceImporter(workspacePath: path)
    importer.edgeFiles = [SharedData.repository("Samples/recruitment/edges.csv")]
    importer.nodeFiles = [SharedData.repository("Samples/recruitment/accounts.csv")]
    _ = try await importer.run()
    return try NetworkInput(path: path)
  }

  @Test func largestRemaindersAllocateInProportion() {
    #expect(
      NetworkInput.allocate(10, sizes: ["a": 50, "b": 30, "c": 20]) == ["a": 5, "b": 3, "c": 2])
    // Quotas 3.5, 1, 0.5: one place left, the remainders tie, the larger stratum takes it.
    #expect(NetworkInput.allocate(5, sizes: ["a": 7, "b": 2, "c": 1]) == ["a": 4, "b": 1, "c": 0])
    // More places than accounts: everyone.
    #expect(NetworkInput.allocate(99, sizes: ["a": 2, "b": 1]) == ["a": 2, "b": 1])
  }

  @Test func aRoundOfReviewGivesItsPrecision() async throws {
    let files = try TestFiles()
    let input = try await Self.sample(files)
    // Round 1: ten accounts labelled candidate.
    let names = (1...10).map { String(format: "acct_%04d", $0) }
    let list = try files.write(
      "candidates.csv",
      "rank,account\n" + names.enumerated().map { "\($0 + 1),\($1)" }.joined(separator: "\n") + "\n"
    )
    let given = try input.addLabel(file: list, label: "candidate", round: 1, by: "analyst")
    #expect(given.events == 10 && given.notInNetwork == 0)
    // The same list again for round 1 would count twice.
    #expect(throws: WorkspaceError.self) {
      _ = try input.addLabel(file: list, label: "candidate", round: 1, by: "analyst")
    }
    // A stratified sheet of 5 over the planted groups, reproducible with its seed.
    let sheet = try await input.reviewSheet(
      label: "candidate", size: 5, stratify: .attribute("group"), seed: 7)
    #expect(sheet.count == 5)
    #expect(
      sheet
        == (try await input.reviewSheet(
          label: "candidate", size: 5, stratify: .attribute("group"), seed: 7)))
    #expect(sheet.allSatisfy { names.contains($0.account) && $0.round == 1 })
    // Verdicts: 3 confirmed, 1 rejected, 1 unsure, one row left empty (not reviewed).
    let verdicts = try files.write(
      "verdicts.csv",
      "account,label,verdict\nacct_0001,candidate,yes\nacct_0002,candidate,confirmed\nacct_0003,candidate,Y\nacct_0004,candidate,no\nacct_0005,candidate,unsure\nacct_0006,candidate,\n"
    )
    let recorded = try input.recordVerdicts(file: verdicts, label: nil, round: 2, by: "reviewer")
    #expect(recorded.events == 5)
    #expect(recorded.byVerdict == [.confirmed: 3, .rejected: 1, .unsure: 1])
    let rounds = try input.labelRounds(label: "candidate")
    #expect(rounds.map(\.round) == [1, 2])
    #expect(rounds[0].labelled == 10 && rounds[0].candidatesSoFar == 10)
    // 3 of the 4 decided verdicts: precision 0.75.
    #expect(rounds[1].confirmed == 3 && rounds[1].rejected == 1 && rounds[1].unsure == 1)
    #expect(rounds[1].precision == 0.75)
    // Population: 10 candidates × 0.75, with 10 × the Wilson interval of 3/4.
    let population = try #require(rounds[1].population)
    #expect(population.estimate == 7.5)
    let z = 1.959963984540054
    let centre = (0.75 + z * z / 8) / (1 + z * z / 4)
    let half = z * (0.75 * 0.25 / 4 + z * z / 64).squareRoot() / (1 + z * z / 4)
    #expect(abs(population.lower - 10 * (centre - half)) < 1e-12)
    #expect(abs(population.upper - 10 * (centre + half)) < 1e-12)
    #expect(rounds[0].population == nil)
    // The reviewed accounts leave the pool of the next sheet.
    let next = try await input.reviewSheet(label: "candidate", size: 10, seed: 1)
    #expect(Set(next.map(\.account)) == Set(names[5...]))
    // History: labelled in round 1, then the verdict of round 2, with source and author.
    let history = try #require(input.workspace).labelEvents(account: "acct_0004")
    #expect(history.map(\.round) == [1, 2])
    #expect(history.map(\.verdict) == [nil, .rejected])
    #expect(history.map(\.recordedBy) == ["analyst", "reviewer"])
    #expect(history[1].source == verdicts)
  }

  @Test func verdictsNeedALabelledAccount() async throws {
    let files = try TestFiles()
    let input = try await Self.sample(files)
    _ = try input.addLabel(
      file: try files.write("one.txt", "acct_0001\n"), label: "candidate", round: 1, by: "a")
    let stranger = try files.write("v.csv", "account,verdict\nacct_0002,yes\n")
    #expect(throws: AnalysisError.self) {
      _ = try input.recordVerdicts(file: stranger, label: "candidate", round: 2, by: "r")
    }
    let bad = try files.write("w.csv", "account,verdict\nacct_0001,perhaps\n")
    do {
      _ = try input.recordVerdicts(file: bad, label: "candidate", round: 2, by: "r")
      Issue.record("a bad verdict was accepted")
    } catch let error as ImportError {
      #expect(error.location.line == 2 && error.message.contains("expected confirmed/yes"))
    }
    #expect(throws: AnalysisError.self) { _ = try input.labelRounds(label: "nothing") }
  }

  @Test func aListOfNamesIsNoTableEvenWhenANameLooksLikeAHeader() async throws {
    let files = try TestFiles()
    let input = try await Self.sample(files)
    // One name per line, the first one containing "account": still a list of names.
    let list = try files.write("names.txt", "account_of_x\nacct_0002\n")
    let outcome = try input.addLabel(file: list, label: "candidate", round: 1, by: "a")
    #expect(outcome.events == 2 && outcome.notInNetwork == 1)
    // A table with an account column is read by that column.
    let table = try files.write("t.csv", "rank,account,score\n1,acct_0003,0.5\n")
    #expect(try input.addLabel(file: table, label: "candidate", round: 1, by: "a").events == 1)
  }
}
