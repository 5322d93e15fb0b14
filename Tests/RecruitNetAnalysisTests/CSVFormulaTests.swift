import Foundation
import RecruitNetAnalysis
import RecruitNetTestSupport
import Testing

/// CSV for people is defused against formula injection (issue #16, finding 7; OWASP "CSV
/// Injection"): text that a spreadsheet would run is prefixed with `'`, numbers are not.
@Suite(.serialized) struct CSVFormulaTests {
  @Test func formulasArePrefixedAndNumbersKept() {
    #expect(CSVText.field("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"")
    #expect(CSVText.field("+cmd") == "'+cmd")
    #expect(CSVText.field("@handle") == "'@handle")
    #expect(CSVText.field("-2+3") == "'-2+3")
    #expect(CSVText.field("\tx") == "'\tx")
    #expect(CSVText.field("-0.5") == "-0.5")
    #expect(CSVText.field("+3") == "+3")
    #expect(CSVText.field("1e-5") == "1e-5")
    #expect(CSVText.field("plain, text") == "\"plain, text\"")
    #expect(CSVText.field("a=b") == "a=b")
  }

  @Test func aRankingOfHostileNamesOpensSafely() async throws {
    let files = try TestFiles()
    let path = try files.write("hostile.csv", "source,target\n=1+1,b\nb,@SUM(A1)\n-x,b\n")
    var request = CentralityRequest()
    request.measures = [.degree]
    let input = try NetworkInput(path: path)
    let result = try await input.centrality(request)
    let csv = try RankingReport(result: result, network: path, edgeType: nil).text(.csv)
    let names = csv.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[0] }
    #expect(Set(names) == ["'=1+1", "b", "'@SUM(A1)", "'-x"])
  }
}
