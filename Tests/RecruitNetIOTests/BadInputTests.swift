import Foundation
import RecruitNetGraph
import RecruitNetTestSupport
import Testing

@testable import RecruitNetIO

/// One test per row of the bad-input table: each error names the file, the line (and column
/// where it applies) and what was expected, and leaves the builder without the file's rows.
@Suite struct BadInputTests {
  func failure(
    _ text: String? = nil, bytes: [UInt8]? = nil, name: String = "edges.csv",
    options: EdgeListOptions = EdgeListOptions()
  )
    async throws -> ImportError
  {
    let files = try TestFiles()
    let path =
      bytes.map { try? files.write(name, bytes: $0) } ?? text.map { try? files.write(name, $0) }
      ?? files.path(name)
    var builder = GraphBuilder(isDirected: true)
    do {
      _ = try await EdgeListReader(options: options).read(path: path ?? name, into: &builder)
    } catch {
      #expect(builder.rowCount == 0)
      #expect(error.location.file.hasSuffix(name))
      return error
    }
    Issue.record("expected an error")
    return ImportError(.unreadable, InputLocation(file: ""), "")
  }

  @Test func wrongFieldCount() async throws {
    let error = try await failure("source,target,weight\na,b,1\na,b\n")
    #expect(error.code == .wrongFieldCount)
    #expect(error.location.line == 3)
    #expect(error.description.contains("expected 3 fields"))
  }

  @Test(arguments: [
    ("abc", "is not a number"), ("NaN", "finite"), ("inf", "finite"), ("-1", "non-negative"),
    ("", "empty weight"),
  ])
  func badWeights(value: String, says: String) async throws {
    let error = try await failure("source,target,weight\na,b,1\nc,d,\(value)\n")
    #expect(error.code == .badWeight)
    #expect(error.location.line == 3)
    #expect(error.location.column == 5)
    #expect(error.message.contains(says))
    #expect(error.message.contains("column \"weight\""))
  }

  @Test func emptyName() async throws {
    let error = try await failure("source,target\na,b\n,b\n")
    #expect(error.code == .emptyName)
    #expect(
      error.description.hasSuffix("edges.csv:3:1: error: empty source name (column \"source\")"))
  }

  @Test func unknownColumnSuggestsAName() async throws {
    var options = EdgeListOptions()
    options.weight = .column(.name("wieght"))
    let error = try await failure("source,target,weight\na,b,1\n", options: options)
    #expect(error.code == .unknownColumn)
    #expect(error.message.contains("did you mean \"weight\""))
  }

  @Test func emptyFileAndCommentsOnly() async throws {
    #expect(try await failure("").code == .emptyFile)
    #expect(try await failure("# nothing here\n\n").code == .emptyFile)
    #expect(try await failure("source,target\n").code == .emptyFile)
  }

  @Test func binaryAndBadEncoding() async throws {
    #expect(try await failure(bytes: [0x50, 0x4B, 0x03, 0x04, 0, 0, 0x14, 0]).code == .binaryFile)
    let latin1: [UInt8] = Array("source,target\na,b\nJos".utf8) + [0xE9] + Array(",b\n".utf8)
    let error = try await failure(bytes: latin1)
    #expect(error.code == .badEncoding)
    #expect(error.location.line == 3)
    #expect(error.location.column == 4)
  }

  @Test func missingFileAndDirectory() async throws {
    #expect(try await failure(name: "nowhere.csv").code == .missingFile)
    let files = try TestFiles()
    var builder = GraphBuilder(isDirected: true)
    await #expect(throws: ImportError.self) {
      _ = try await EdgeListReader().read(path: files.folder.path, into: &builder)
    }
  }

  @Test func unclosedQuoteAndCorruptGzip() async throws {
    let error = try await failure("source,target\n\"a,b\nc,d\n")
    #expect(error.code == .badQuoting)
    #expect(error.location.line == 2)
    #expect(
      try await failure(bytes: [0x1F, 0x8B, 0x08, 0x00, 0x01, 0x02], name: "e.csv.gz").code
        == .badGzip)
  }
}
