import Foundation
import RecruitNetAnalysis
import RecruitNetTestSupport
import Testing

/// The sample report in a real browser: headless Chromium (Debian's `chromium`, which
/// `Scripts/setup.sh` installs when it can) runs the page's script, a simulated click sorts the
/// key-account table, and the DOM after the scripts ran is checked. Skipped, with a message,
/// when Chromium is not installed.
@Suite struct ReportBrowserTests {
  static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  static var hasChromium: Bool {
    if chromium == nil { print("ReportBrowserTests: skipped, chromium is not installed") }
    return chromium != nil
  }

  /// Runs Chromium on `page` and returns the DOM after its scripts ran, and what it logged.
  static func dumpDOM(_ page: String, files: TestFiles) throws -> (dom: String, log: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try #require(chromium))
    process.arguments = [
      "--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0",
      "--user-data-dir=\(files.path("profile"))", "--dump-dom", "file://\(page)",
    ]
    let out = Pipe()
    // The log goes to a file, so only one pipe is read and none can fill up and stall.
    let logPath = try files.write("chromium.log", "")
    let log = try #require(FileHandle(forWritingAtPath: logPath))
    process.standardOutput = out
    process.standardError = log
    try process.run()
    let dom = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try log.close()
    let logged = try String(contentsOfFile: logPath, encoding: .utf8)
    return (String(decoding: dom, as: UTF8.self), logged)
  }

  @Test(.enabled(if: hasChromium)) func clickingAHeaderSortsTheTable() async throws {
    let files = try TestFiles()
    let input = try await ReportTests.sampleWorkspace(files)
    var request = ReportRequest()
    request.drawsDiagram = false
    let report = try await input.report(request)
    // Ranked by PageRank, the rows are not already in in-degree order.
    let served = report.keyAccounts.map { Double($0.inDegree) }
    #expect(served != served.sorted(by: >))
    let html = try ReportHTML.render(report)
    // The page plus a click on the in-degree header (the 4th column), as a user would.
    let click = """
      <script>document.querySelector("#key-accounts-table thead th:nth-child(4)").click();
      document.body.setAttribute("data-clicked", "yes");</script></body>
      """
    let page = try files.write(
      "clicked.html", html.replacingOccurrences(of: "</body>", with: click))
    let (dom, log) = try Self.dumpDOM(page, files: files)
    #expect(dom.contains("data-clicked=\"yes\""))
    #expect(!log.contains("Uncaught"), "\(log)")
    for id in ["overview", "key-accounts", "brokers", "communities", "distributions", "method"] {
      #expect(dom.contains("<section id=\"\(id)\">"), "\(id)")
    }
    // After the click the rows run by in-degree, largest first, and the header says so.
    let table = try #require(dom.range(of: "id=\"key-accounts-table\""))
    let end = try #require(dom.range(of: "</table>", range: table.upperBound..<dom.endIndex))
    let rows = dom[table.upperBound..<end.lowerBound].components(separatedBy: "<tr>").dropFirst(2)
    let degrees = rows.compactMap { row -> Double? in
      let cells = row.components(separatedBy: "data-key=\"")
      guard cells.count > 3 else { return nil }
      return Double(cells[3].prefix { $0 != "\"" })
    }
    #expect(degrees.count == 20)
    #expect(degrees == degrees.sorted(by: >))
    #expect(degrees.sorted() == served.sorted())
    #expect(dom.contains("aria-sort=\"descending\">in-degree"))
  }
}
