import Foundation
import RecruitNetAnalysis
import RecruitNetIO
import RecruitNetTestSupport
import RecruitNetWorkspace
import Testing

/// Snapshots of account statuses: import, diff and every account's course, with answers
/// computed by hand, and on the recruitment sample's three made-up look-ups
/// (`Scripts/samples/make_snapshot_sample.py`).
@Suite struct SnapshotTests {
  /// A workspace of ten accounts in a ring, a0 – a1 – … – a9 – a0.
  static func ring(_ files: TestFiles) async throws -> NetworkInput {
    let edges =
      "source,target\n" + (0..<10).map { "a\($0),a\(($0 + 1) % 10)" }.joined(separator: "\n")
    let path = files.path("ring.rnet")
    var importer = WorkspaceImporter(workspacePath: path)
    importer.edgeFiles = [try files.write("ring.csv", edges + "\n")]
    importer.directed = false
    _ = try await importer.run()
    return try NetworkInput(path: path)
  }

  @Test func threeOfTenSuspendedIsThirtyPercent() async throws {
    let files = try TestFiles()
    let input = try await Self.ring(files)
    let first = try files.write(
      "s1.csv", "account,status\n" + (0..<10).map { "a\($0),active" }.joined(separator: "\n"))
    // a2, a5 and a7 suspended; a9 renamed to b9 (same user id); b1 new.
    let second = try files.write(
      "s2.csv",
      "account,status,user_id,followers\n"
        + (0..<9).map { i in
          "a\(i),\([2, 5, 7].contains(i) ? "suspended" : "active"),id\(i),\(10 * i)"
        }.joined(separator: "\n") + "\nb9,active,id9,5\nb1,active,idb,1\n")
    _ = try await input.importSnapshot(file: first, name: "one", takenAt: 0)
    let outcome = try await input.importSnapshot(file: second, name: "two", takenAt: 86_400)
    #expect(outcome.countsByState == [.active: 8, .suspended: 3])
    #expect(outcome.accountsNotInNetwork == 2)
    let diff = try await input.diffSnapshots(from: "one", to: "two")
    #expect(diff.newlySuspended == ["a2", "a5", "a7"])
    // a9 is not listed at two (its new name is): 9 at risk.
    #expect(diff.atRisk == 9)
    #expect(abs(diff.suspensionRate - 3.0 / 9.0) < 1e-15)
    #expect(diff.appeared == ["b1", "b9"])
    #expect(diff.vanished == ["a9"])
    // The ring without a2, a5, a7: a8–a9–a0–a1 (a9 is unlisted, kept), a3–a4, a6.
    #expect(diff.before == .init(nodes: 10, edges: 10, components: 1, giant: 10))
    #expect(diff.after == .init(nodes: 7, edges: 4, components: 3, giant: 4))
    // Followers of existing accounts at two: 10·(0+1+3+4+6+8) + 5 + 1.
    #expect(diff.followersAfter == 220 + 6)
  }

  @Test func exactlyThreeOfTenWhenAllAreListed() async throws {
    let files = try TestFiles()
    let input = try await Self.ring(files)
    let first = try files.write(
      "s1.csv", "account,status\n" + (0..<10).map { "a\($0),active" }.joined(separator: "\n"))
    let second = try files.write(
      "s2.csv",
      "name,state\n"
        + (0..<10).map { "a\($0),\([0, 3, 6].contains($0) ? "SUSPENDED" : "active")" }.joined(
          separator: "\n"))
    _ = try await input.importSnapshot(file: first, name: "one", takenAt: 0)
    _ = try await input.importSnapshot(file: second, name: "two", takenAt: 1)
    let diff = try await input.diffSnapshots(from: "one", to: "two")
    #expect(diff.atRisk == 10 && diff.newlySuspended.count == 3)
    #expect(String(format: "%.1f%%", diff.suspensionRate * 100) == "30.0%")
    let table = SnapshotDiffReport(diff: diff).text(.table)
    #expect(table.contains("suspended: 3 of 10 accounts that existed (30.0%)"))
  }

  @Test func coursesFollowTheConventions() async throws {
    let files = try TestFiles()
    let input = try await Self.ring(files)
    // a0: active, active, active (censored at t2). a1: active, suspended, suspended (event at
    // t1). a2: suspended at t0 already. a3: active, deleted, active again (back: censored at t2).
    let rows = [
      ["a0,active,100,2014-01-01", "a1,active,5,", "a2,suspended,,", "a3,active,,"],
      ["a0,active,110,2014-01-01", "a1,suspended,,", "a2,suspended,,", "a3,deleted,,"],
      ["a0,active,120,2014-01-01", "a1,suspended,,", "a2,suspended,,", "a3,active,,"],
    ]
    for (t, snapshot) in rows.enumerated() {
      let file = try files.write(
        "s\(t).csv", "account,status,followers,created\n" + snapshot.joined(separator: "\n"))
      _ = try await input.importSnapshot(file: file, name: "s\(t)", takenAt: Int64(t) * 1000)
    }
    let courses = Dictionary(
      uniqueKeysWithValues: try await input.accountCourses().map { ($0.account, $0) })
    #expect(courses["a0"]?.state == .active && courses["a0"]?.lastSeen == 2000)
    #expect(courses["a0"]?.firstFollowers == 100 && courses["a0"]?.lastFollowers == 120)
    #expect(courses["a0"]?.created == TimestampParsing.unixSeconds("2014-01-01"))
    #expect(courses["a1"]?.state == .suspended && courses["a1"]?.lastSeen == 1000)
    #expect(courses["a2"]?.state == .suspended && courses["a2"]?.lastSeen == 0)
    #expect(courses["a3"]?.state == .active && courses["a3"]?.lastSeen == 2000)
    #expect(courses["a3"]?.observations == 3)
    // As of t1: a0 censored at 1000, a3 deleted at 1000.
    let early = try await input.accountCourses(asOf: 1500)
    #expect(early.first { $0.account == "a3" }?.state == .deleted)
    #expect(early.first { $0.account == "a0" }?.lastSeen == 1000)
  }

  @Test func wrongImportsAreRefusedOrCorrected() async throws {
    let files = try TestFiles()
    let input = try await Self.ring(files)
    let file = try files.write("s.csv", "account,status\na0,active\na1,suspended\n")
    _ = try await input.importSnapshot(file: file, name: "one", takenAt: 0)
    // The same content under another name would count twice.
    await #expect(throws: WorkspaceError.self) {
      _ = try await input.importSnapshot(file: file, name: "other", takenAt: 5)
    }
    await #expect(throws: WorkspaceError.self) {
      _ = try await input.importSnapshot(
        file: try files.write("t.csv", "account,status\na0,active\n"), name: "one", takenAt: 0)
    }
    // Replaced under its own name, then deleted.
    let fixed = try files.write("u.csv", "account,status\na0,active\na1,active\n")
    let outcome = try await input.importSnapshot(
      file: fixed, name: "one", takenAt: 0, replacing: true)
    #expect(outcome.replaced && outcome.countsByState == [.active: 2])
    let workspace = try #require(input.workspace)
    #expect(try workspace.snapshots().map(\.name) == ["one"])
    #expect(try workspace.deleteSnapshot("one"))
    #expect(try workspace.snapshots().isEmpty)
    await #expect(throws: AnalysisError.self) {
      _ = try await input.diffSnapshots(from: "one", to: "one")
    }
  }

  @Test func badTablesNameTheLine() throws {
    let files = try TestFiles()
    func error(_ text: String) throws -> ImportError? {
      let path = try files.write("bad.csv", text)
      do {
        _ = try SnapshotReader().read(path: path)
        return nil
      } catch {
        return error
      }
    }
    let unknown = try #require(try error("account,status\na,active\nb,banned\n"))
    #expect(unknown.location.line == 3 && unknown.message.contains("expected one of active"))
    let noStatus = try #require(try error("account,followers\na,1\n"))
    #expect(noStatus.code == .noHeader)
    let count = try #require(try error("account,status,followers\na,active,many\n"))
    #expect(count.location.line == 2 && count.location.column != nil)
    let twice = try #require(try error("account,status\na,active\na,suspended\n"))
    #expect(twice.message.contains("first on line 2"))
    #expect(try error("account,status\na,active\na,active\n") == nil)
  }

  @Test func theSampleSnapshots() async throws {
    let files = try TestFiles()
    let path = files.path("study.rnet")
    var importer = WorkspaceImporter(workspacePath: path)
    importer.edgeFiles = [SharedData.repository("Samples/recruitment/edges.csv")]
    importer.nodeFiles = [SharedData.repository("Samples/recruitment/accounts.csv")]
    _ = try await importer.run()
    let input = try NetworkInput(path: path)
    for month in ["03", "06", "09"] {
      _ = try await input.importSnapshot(
        file: SharedData.repository("Samples/recruitment/snapshots/status-2015-\(month).csv"),
        name: month, takenAt: try #require(TimestampParsing.unixSeconds("2015-\(month)-01")))
    }
    let diff = try await input.diffSnapshots(from: "03", to: "09")
    // Recomputed from the files: accounts active or protected in March, suspended in September.
    func states(_ month: String) throws -> [String: String] {
      let rows = try SnapshotReader().read(
        path: SharedData.repository("Samples/recruitment/snapshots/status-2015-\(month).csv"))
      return Dictionary(uniqueKeysWithValues: rows.map { ($0.account, $0.state.rawValue) })
    }
    let march = try states("03")
    let september = try states("09")
    let expected = march.filter { ["active", "protected"].contains($0.value) }.keys.filter {
      september[$0] == "suspended"
    }.sorted()
    #expect(diff.newlySuspended == expected)
    #expect(!expected.isEmpty)
    let courses = try await input.accountCourses(groups: .attribute("group"))
    #expect(
      courses.count == Set(march.keys).union(september.keys).union(try states("06").keys).count)
    #expect(
      courses.filter { $0.state == .suspended }.count
        == september.values.filter { $0 == "suspended" }.count)
    // Returning accounts (new in September) are outside the network: no group.
    #expect(courses.filter { $0.account.hasSuffix("_2") }.allSatisfy { $0.group == nil })
  }

  @Test func returningAccountsOfTheSample() async throws {
    let files = try TestFiles()
    let path = files.path("study.rnet")
    var importer = WorkspaceImporter(workspacePath: path)
    importer.edgeFiles = [SharedData.repository("Samples/recruitment/edges.csv")]
    _ = try await importer.run()
    let input = try NetworkInput(path: path)
    for month in ["03", "06", "09"] {
      _ = try await input.importSnapshot(
        file: SharedData.repository("Samples/recruitment/snapshots/status-2015-\(month).csv"),
        name: month, takenAt: try #require(TimestampParsing.unixSeconds("2015-\(month)-01")))
    }
    let answer = try await input.returningAccounts(ReturnsRequest())
    // The generator brings six suspended accounts back as NAME_2 in September; renamed
    // accounts (NAME_new, same user id) are no returns.
    let september = try SnapshotReader().read(
      path: SharedData.repository("Samples/recruitment/snapshots/status-2015-09.csv"))
    let returned = september.map(\.account).filter { $0.hasSuffix("_2") }.sorted()
    #expect(returned.count == 6)
    #expect(answer.links.map(\.appeared).sorted() == returned)
    #expect(answer.links.allSatisfy { $0.gone + "_2" == $0.appeared && $0.score == 1 })
    #expect(!answer.links.contains { $0.appeared.hasSuffix("_new") })
    // The old accounts were suspended by June; the new ones first seen in September.
    let june = try #require(TimestampParsing.unixSeconds("2015-06-01"))
    #expect(answer.links.allSatisfy { $0.goneAt <= june && $0.firstSeen > june })
  }

  @Test func whatIfAsOfSuspendsWhatTheSnapshotsSaw() async throws {
    let files = try TestFiles()
    let path = files.path("study.rnet")
    var importer = WorkspaceImporter(workspacePath: path)
    importer.edgeFiles = [SharedData.repository("Samples/recruitment/edges.csv")]
    _ = try await importer.run()
    let input = try NetworkInput(path: path)
    for month in ["03", "06"] {
      _ = try await input.importSnapshot(
        file: SharedData.repository("Samples/recruitment/snapshots/status-2015-\(month).csv"),
        name: month, takenAt: try #require(TimestampParsing.unixSeconds("2015-\(month)-01")))
    }
    var asOf = WhatIfRequest()
    asOf.suspendedAsOf = try #require(TimestampParsing.unixSeconds("2015-07-01"))
    let byDate = try await input.whatIf(asOf)
    // The same by hand: the accounts of the network suspended or deleted in June's look-up.
    let june = try SnapshotReader().read(
      path: SharedData.repository("Samples/recruitment/snapshots/status-2015-06.csv"))
    let graph = try await input.graph()
    var explicit = WhatIfRequest()
    explicit.suspended = june.filter {
      ($0.state == .suspended || $0.state == .deleted) && graph.names.id(for: $0.account) != nil
    }.map(\.account)
    let byList = try await input.whatIf(explicit)
    #expect(!explicit.suspended.isEmpty)
    #expect(byDate.after.giantSize == byList.after.giantSize)
    #expect(byDate.after.components == byList.after.components)
    #expect(byDate.after.score == byList.after.score)
    // Before any snapshot nobody was suspended.
    var early = WhatIfRequest()
    early.suspendedAsOf = 0
    await #expect(throws: AnalysisError.self) { _ = try await input.whatIf(early) }
  }
}
