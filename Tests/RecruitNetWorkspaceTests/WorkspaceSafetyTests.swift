import Foundation
import RecruitNetGraph
import RecruitNetTestSupport
import Testing

@testable import RecruitNetWorkspace

#if canImport(Glibc)
  import Glibc
#endif

/// Findings of the hostile-use probe (issue #16) that lost data: concurrent imports, results of
/// an old graph stored under a new revision, the file's mode and symbolic links, temporaries left
/// by a killed import. Each test failed before the workspace lock and the writer's care.
@Suite struct WorkspaceSafetyTests {
  static func importing(_ files: [String], into path: String) async throws {
    var importer = WorkspaceImporter(workspacePath: path)
    importer.edgeFiles = files
    _ = try await importer.run()
  }

  @Test func concurrentImportsKeepBothFiles() async throws {
    for trial in 0..<3 {
      let folder = try TestFiles()
      let path = folder.path("w\(trial).rnet")
      let a = try folder.write(
        "a.csv", "source,target\n" + (0..<2000).map { "a\($0),a\($0 + 1)" }.joined(separator: "\n"))
      let b = try folder.write(
        "b.csv", "source,target\n" + (0..<2000).map { "b\($0),b\($0 + 1)" }.joined(separator: "\n"))
      let c = try folder.write("c.csv", "source,target\nc0,c1\nc1,c2\n")
      try await Self.importing([a], into: path)
      try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask { try await Self.importing([b], into: path) }
        group.addTask { try await Self.importing([c], into: path) }
        try await group.waitForAll()
      }
      let workspace = try Workspace(path: path)
      #expect(try workspace.imports().count == 3, "trial \(trial)")
      #expect(try workspace.loadGraph().edgeCount == 2000 + 2000 + 2, "trial \(trial)")
    }
  }

  @Test func resultsOfAnOldGraphAreNotStoredUnderANewRevision() async throws {
    let folder = try TestFiles()
    let path = folder.path("w.rnet")
    try await Self.importing([try folder.write("a.csv", "source,target\na,b\n")], into: path)
    let before = try Workspace(path: path)
    // An import lands while a reader holds the old graph.
    try await Self.importing([try folder.write("b.csv", "source,target\nb,c\n")], into: path)
    before.storeResult(kind: "test", key: "k", parameters: "{}", data: Data([1, 2, 3]))
    before.storeSummary(key: "s", json: "{}")
    let after = try Workspace(path: path)
    #expect(try after.cachedResult(kind: "test", key: "k") == nil)
    #expect(try after.cachedSummary(key: "s") == nil)
    // Stored through a value opened at the current revision, it is kept.
    after.storeResult(kind: "test", key: "k", parameters: "{}", data: Data([1, 2, 3]))
    #expect(try after.cachedResult(kind: "test", key: "k")?.data == Data([1, 2, 3]))
  }

  @Test func modeAndSymbolicLinksSurviveAnImport() async throws {
    let folder = try TestFiles()
    let path = folder.path("w.rnet")
    try await Self.importing([try folder.write("a.csv", "source,target\na,b\n")], into: path)
    var info = stat()
    #expect(stat(path, &info) == 0 && info.st_mode & 0o777 == 0o600)
    chmod(path, 0o640)
    try await Self.importing([try folder.write("b.csv", "source,target\nb,c\n")], into: path)
    #expect(stat(path, &info) == 0 && info.st_mode & 0o777 == 0o640)
    let link = folder.path("link.rnet")
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: path)
    try await Self.importing([try folder.write("c.csv", "source,target\nc,d\n")], into: link)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == path)
    #expect(try Workspace(path: path).loadGraph().edgeCount == 3)
  }

  @Test func temporariesOfAKilledImportAreRemoved() async throws {
    let folder = try TestFiles()
    let path = folder.path("w.rnet")
    try await Self.importing([try folder.write("a.csv", "source,target\na,b\n")], into: path)
    // A PID that runs no process.
    var dead: Int32 = 999_999
    while kill(dead, 0) == 0 || errno != ESRCH { dead -= 1 }
    let stale = [path + ".tmp-\(dead)", path + ".tmp-tweets-\(dead)"]
    for file in stale { try Data(repeating: 0, count: 1024).write(to: URL(fileURLWithPath: file)) }
    // A live process's file stays.
    let live = path + ".tmp-\(getppid())"
    try Data([0]).write(to: URL(fileURLWithPath: live))
    try await Self.importing([try folder.write("b.csv", "source,target\nb,c\n")], into: path)
    for file in stale { #expect(!FileManager.default.fileExists(atPath: file), "\(file)") }
    #expect(FileManager.default.fileExists(atPath: live))
  }

  @Test func aHeldLockMakesAWriterWaitThenGiveUp() throws {
    let folder = try TestFiles()
    let path = folder.path("w.rnet")
    do {
      let held = try WorkspaceLock(workspacePath: path)
      #expect(throws: WorkspaceError.self) {
        _ = try WorkspaceLock(workspacePath: path, timeout: 0.2)
      }
      withExtendedLifetime(held) {}
    }
    // Released: the next writer gets it at once.
    _ = try WorkspaceLock(workspacePath: path, timeout: 0.2)
  }
}
