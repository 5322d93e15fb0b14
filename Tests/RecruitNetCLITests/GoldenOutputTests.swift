import Foundation
import Testing

/// `make demo`'s commands and the README's examples, run on `Samples/` by
/// `Scripts/golden/run.sh`, print and write exactly what `Fixtures/golden` recorded: a
/// re-layering of the code cannot change what a user sees. An intended change of output is
/// re-recorded with `Scripts/golden/run.sh .build/debug/recruitnet Tests/RecruitNetCLITests/Fixtures/golden`
/// and shows in the commit's diff.
@Suite struct GoldenOutputTests {
  static let golden = CLI.repositoryRoot.appendingPathComponent(
    "Tests/RecruitNetCLITests/Fixtures/golden")

  @Test func demoAndReadmeOutputsAreByteIdentical() throws {
    let folder = try CLI.temporaryFolder().appendingPathComponent("run")
    defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = [
      CLI.repositoryRoot.appendingPathComponent("Scripts/golden/run.sh").path, CLI.binary.path,
      folder.path,
    ]
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)

    let expected = try Self.files(in: Self.golden)
    let actual = try Self.files(in: folder)
    #expect(
      actual.keys.sorted() == expected.keys.sorted(), "files written differ from the golden run")
    for (name, bytes) in expected.sorted(by: { $0.key < $1.key }) {
      guard let produced = actual[name] else { continue }
      if produced != bytes {
        let want = String(decoding: bytes, as: UTF8.self).split(
          separator: "\n", omittingEmptySubsequences: false)
        let got = String(decoding: produced, as: UTF8.self).split(
          separator: "\n", omittingEmptySubsequences: false)
        let line =
          (0..<min(want.count, got.count)).first { want[$0] != got[$0] }
          ?? min(want.count, got.count)
        let wanted = line < want.count ? String(want[line]) : "<end of file>"
        let printed = line < got.count ? String(got[line]) : "<end of file>"
        Issue.record(
          "\(name):\(line + 1): expected \(wanted.debugDescription), got \(printed.debugDescription)"
        )
      }
    }
  }

  /// Every regular file under `folder`, by its relative path.
  static func files(in folder: URL) throws -> [String: Data] {
    var result: [String: Data] = [:]
    let names = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
    for name in names {
      let url = folder.appendingPathComponent(name)
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        result[name] = try Data(contentsOf: url)
      }
    }
    return result
  }
}
