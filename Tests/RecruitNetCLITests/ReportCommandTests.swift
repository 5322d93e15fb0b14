import Foundation
import Testing

/// End-to-end tests of `recruitnet report`, run through the binary on the recruitment sample.
@Suite struct ReportCommandTests {
  func workspace() throws -> (folder: URL, path: String) {
    let folder = try CLI.temporaryFolder()
    let path = folder.appendingPathComponent("study.rnet").path
    let imported = try CLI.run([
      "import", "Samples/recruitment/edges.csv", "--nodes", "Samples/recruitment/accounts.csv",
      "--into", path, "--quiet",
    ])
    #expect(imported.status == 0, "\(imported.stderr)")
    return (folder, path)
  }

  @Test func writesOneSelfContainedPage() throws {
    let (folder, path) = try workspace()
    let out = folder.appendingPathComponent("report.html").path
    let result = try CLI.run([
      "report", path, "--out", out, "--top", "5", "--title", "Cell <study>", "--seed", "3",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("wrote \(out)"))
    let html = try String(contentsOfFile: out, encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<h1>Cell &lt;study&gt;</h1>"))
    // --top 5: five rows in the key-account table.
    let table = try #require(html.range(of: "id=\"key-accounts-table\""))
    let end = try #require(html.range(of: "</table>", range: table.upperBound..<html.endIndex))
    #expect(html[table.upperBound..<end.lowerBound].components(separatedBy: "<tr>").count - 2 == 5)
    // The command line and the seed are recorded.
    #expect(html.contains("<code>recruitnet report"))
    #expect(html.contains("<th>seed</th><td class=\"mono\">3</td>"))
  }

  @Test func jsonAndMarkdownFormats() throws {
    let (folder, path) = try workspace()
    let json = folder.appendingPathComponent("report.json").path
    let result = try CLI.run(["report", path, "--out", json, "--format", "json", "--no-diagram"])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try CLI.json(try String(contentsOfFile: json, encoding: .utf8))
    #expect((object["key_accounts"] as? [[String: Any]])?.count == 20)
    #expect(object["accounts"] as? Int == 600)
    let md = folder.appendingPathComponent("brief.md").path
    let markdown = try CLI.run(["report", path, "--out", md, "--format", "md", "--quiet"])
    #expect(markdown.status == 0, "\(markdown.stderr)")
    let text = try String(contentsOfFile: md, encoding: .utf8)
    #expect(text.contains("## Key accounts") && text.contains("](brief-diagram.svg)"))
    for figure in ["diagram", "sizes", "degrees", "edge-types"] {
      let file = folder.appendingPathComponent("brief-\(figure).svg").path
      #expect(FileManager.default.fileExists(atPath: file), "\(figure)")
    }
  }

  @Test func rejectsBadOptions() throws {
    let (folder, path) = try workspace()
    let out = folder.appendingPathComponent("r.html").path
    let top = try CLI.run(["report", path, "--out", out, "--top", "0"])
    #expect(top.status == 64 && top.stderr.contains("--top must be at least 1"))
    let algorithm = try CLI.run(["report", path, "--out", out, "--communities", "leidn"])
    #expect(algorithm.status == 1 && algorithm.stderr.contains("leiden"))
    let key = try CLI.run(["report", path, "--out", out, "--pseudonym-key", "k"])
    #expect(key.status == 64)
    #expect(!FileManager.default.fileExists(atPath: out))
  }
}
