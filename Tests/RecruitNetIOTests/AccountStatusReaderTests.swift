import Foundation
import RecruitNetIO
import RecruitNetTestSupport
import Testing

/// Account-status tables: column names in any spelling, dates and datetimes, empty cells, and
/// every error naming file, line and what was expected.
@Suite struct AccountStatusReaderTests {
  static let header = "account,group,created,first_seen,last_seen,status\n"

  @Test func readsDatesStatusesAndGroups() throws {
    let files = try TestFiles()
    let path = try files.write(
      "status.csv",
      "Account,Group,Created,First Seen,last-seen,STATUS\n# comment\n"
        + "a,1,2015-03-02,2015-03-02T12:00:00Z,2015-03-04T12:00:00Z,suspended\n"
        + "\"b, c\",2,,2015-03-01T00:00:00+01:00,2015-06-30,Active\n")
    let table = try AccountStatusReader().read(path: path)
    #expect(table.accounts == ["a", "b, c"])
    #expect(table.groups == ["1", "2"])
    #expect(table.statuses == [.suspended, .active])
    #expect(table.created == [1_425_254_400, nil])
    #expect(table.firstSeen == [1_425_297_600, 1_425_164_400])
    #expect(table.lastSeen == [1_425_470_400, 1_435_622_400])
    #expect(table.lines == [3, 4])
  }

  @Test func groupColumnIsOptionalUnlessRequired() throws {
    let files = try TestFiles()
    let path = try files.write(
      "status.csv", "account,created,last_seen,status\na,2015-01-01,2015-01-02,deleted\n")
    #expect(try AccountStatusReader().read(path: path).groups == nil)
    let error = #expect(throws: ImportError.self) {
      try AccountStatusReader(groupColumn: "community", groupRequired: true).read(path: path)
    }
    #expect(error?.code == .unknownColumn && error?.location.line == 1)
    #expect(error?.message.contains("community") == true)
  }

  @Test(arguments: [
    ("a,1,2015-01-01,,2015-02-01,banned\n", ImportError.Code.badStatus, 2, "expected one of"),
    ("a,1,2015-13-01,,2015-02-01,active\n", .badTime, 2, "is not a date"),
    ("a,1,2015-01-01,,2015-02-01\n", .wrongFieldCount, 2, "expected 6"),
    (",1,2015-01-01,,2015-02-01,active\n", .emptyName, 2, "empty account"),
    (
      "a,1,2015-01-01,,2015-02-01,active\na,2,2015-01-01,,2015-02-01,active\n", .badHeader, 3,
      "also on line 2"
    ),
  ])
  func errorsNameTheLine(row: String, code: ImportError.Code, line: Int, text: String) throws {
    let files = try TestFiles()
    let path = try files.write("status.csv", Self.header + row)
    let error = #expect(throws: ImportError.self) { try AccountStatusReader().read(path: path) }
    #expect(error?.code == code)
    #expect(error?.location.file == path && error?.location.line == line)
    #expect(error?.message.contains(text) == true, "\(error?.message ?? "")")
  }

  @Test func missingColumnsAreNamed() throws {
    let files = try TestFiles()
    let noStatus = try files.write("a.csv", "account,created,last_seen\na,2015-01-01,2015-01-02\n")
    let first = #expect(throws: ImportError.self) { try AccountStatusReader().read(path: noStatus) }
    #expect(first?.message.contains("no column `status`") == true)
    let noDate = try files.write("b.csv", "account,last_seen,status\na,2015-01-02,active\n")
    let second = #expect(throws: ImportError.self) { try AccountStatusReader().read(path: noDate) }
    #expect(second?.message.contains("neither `created` nor `first_seen`") == true)
    let empty = try files.write("c.csv", Self.header)
    let third = #expect(throws: ImportError.self) { try AccountStatusReader().read(path: empty) }
    #expect(third?.code == .emptyFile)
  }
}
