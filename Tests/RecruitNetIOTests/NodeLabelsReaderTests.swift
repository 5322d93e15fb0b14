import Foundation
import RecruitNetIO
import RecruitNetTestSupport
import Testing

/// `node,label` files for `communities --compare`: quoting, comments, duplicates and the errors,
/// each naming file and line.
@Suite struct NodeLabelsReaderTests {
  @Test func readsRowsWithLinesAndKeepsNamesExact() throws {
    let files = try TestFiles()
    let path = try files.write(
      "labels.csv",
      "\u{FEFF}node,cell\n# a comment\n007,A\n7,B\n\"news, daily\",A\n007,A\n\nacct with space,C,extra\n"
    )
    let (rows, header) = try NodeLabelsReader().read(path: path)
    #expect(header == ["node", "cell"])
    #expect(rows.map(\.name) == ["007", "7", "news, daily", "acct with space"])
    #expect(rows.map(\.label) == ["A", "B", "A", "C"])
    #expect(rows.map(\.line) == [3, 4, 5, 8])
  }

  @Test func tabSeparatedAndGzip() throws {
    let files = try TestFiles()
    try files.write("labels.tsv", "name\tgroup\na\t1\nb\t2\n")
    let path = try files.gzip("labels.tsv")
    let (rows, _) = try NodeLabelsReader().read(path: path)
    #expect(rows.map(\.label) == ["1", "2"])
  }

  @Test(arguments: [
    ("node,label\na,1\nb\n", 3, "expected two fields"),
    ("node,label\na,1\na,2\n", 3, "has label \"2\" here and \"1\" on line 2"),
    ("node,label\na,\n", 2, "empty label"),
    ("node,label\n,1\n", 2, "empty node name"),
    ("node\na\n", 1, "two columns"),
  ])
  func errorsNameTheLine(text: String, line: Int, says: String) throws {
    let files = try TestFiles()
    let path = try files.write("labels.csv", text)
    do {
      _ = try NodeLabelsReader().read(path: path)
      Issue.record("expected an error")
    } catch {
      #expect(error.location.line == line, "\(error)")
      #expect(error.description.contains(says), "\(error)")
      #expect(error.description.hasPrefix(path + ":\(line)"))
    }
  }

  @Test func emptyAndMissingFiles() throws {
    let files = try TestFiles()
    let empty = try files.write("empty.csv", "")
    #expect(throws: ImportError.self) { try NodeLabelsReader().read(path: empty) }
    #expect(throws: ImportError.self) {
      try NodeLabelsReader().read(path: files.path("missing.csv"))
    }
  }
}
