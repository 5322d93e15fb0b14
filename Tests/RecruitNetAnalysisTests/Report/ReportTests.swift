import Foundation
import RecruitNetAnalysis
import RecruitNetCentrality
import RecruitNetIO
import RecruitNetTestSupport
import RecruitNetWorkspace
import Testing

/// The analyst report (`NetworkInput.report`, `ReportHTML`): every section on the recruitment
/// sample, its table values against the library's own measures, escaping of hostile names,
/// sections left out when a network has no types or times, and pseudonyms everywhere.
@Suite struct ReportTests {
  static func sampleWorkspace(_ files: TestFiles) async throws -> NetworkInput {
    let path = files.path("study.rnet")
    var importer = WorkspaceImporter(workspacePath: path)
    importer.edgeFiles = [SharedData.repository("Samples/recruitment/edges.csv")]
    importer.nodeFiles = [SharedData.repository("Samples/recruitment/accounts.csv")]
    _ = try await importer.run()
    return try NetworkInput(path: path)
  }

  /// A small untyped, untimed edge list whose busiest account has a hostile name.
  static let hostile = "<script>alert(1)</script>"

  static func hostileEdgeList(_ files: TestFiles) throws -> NetworkInput {
    var rows = ["source,target"]
    for i in 0..<12 {
      rows.append("\"\(hostile)\",plain_\(i)")
      rows.append("plain_\(i),\"\(hostile)\"")
      rows.append("plain_\(i),plain_\((i + 1) % 12)")
    }
    rows.append("\"x\"\"&<b>y</b>\",plain_0")
    return try NetworkInput(path: files.write("hostile.csv", rows.joined(separator: "\n") + "\n"))
  }

  /// The JSON of the page's `<script type="application/json" id="manifest">` element.
  static func manifest(_ html: String) throws -> [String: Any] {
    let open = try #require(html.range(of: "<script type=\"application/json\" id=\"manifest\">"))
    let close = try #require(html.range(of: "</script>", range: open.upperBound..<html.endIndex))
    let json = Data(html[open.upperBound..<close.lowerBound].utf8)
    return try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
  }

  @Test func sampleReportHasEverySection() async throws {
    let files = try TestFiles()
    let input = try await Self.sampleWorkspace(files)
    var request = ReportRequest()
    request.toolVersion = "test"
    request.commandLine = ["recruitnet", "report", "study.rnet", "--out", "r.html"]
    let report = try await input.report(request)
    let html = try ReportHTML.render(report)
    for id in ["overview", "key-accounts", "brokers", "communities", "distributions", "method"] {
      #expect(html.contains("<section id=\"\(id)\">"), "\(id)")
    }
    // The overview: counts, per-type edges, the time span and the import ledger.
    #expect(report.summary.nodes == 600 && report.summary.edges == 4841)
    #expect(Set(report.edgeTypes.map(\.name)) == ["retweet", "mention", "follow", "reply"])
    #expect(report.edgeTypes.reduce(0) { $0 + $1.edges } == report.summary.edges)
    #expect(html.contains("Time span") && html.contains("2015-01-01T00:36:00Z"))
    #expect(html.contains("id=\"edge-types\"") && html.contains("Edge-type mix"))
    #expect(report.imports.map(\.kind) == ["edges", "nodes"])
    #expect(html.contains(report.imports[0].sha256))
    // Sortable tables, the diagram, the charts.
    #expect(html.contains("<table class=\"sortable\" id=\"key-accounts-table\">"))
    #expect(html.contains("addEventListener(\"click\""))
    #expect(report.diagramSVG?.hasPrefix("<svg") == true)
    #expect(html.components(separatedBy: "class=\"chart\"").count - 1 == 3)
    #expect(report.communityCards.count == min(report.communityCount, request.maxCommunityCards))
    #expect(report.communitySizes.reduce(0) { $0 + $1.size } == 600)
    // The diagram draws the report's own partition: its boxes are the cards.
    for card in report.communityCards {
      let label = "C\(card.index): \(card.size) account\(card.size == 1 ? "" : "s"), top: "
      #expect(report.diagramSVG?.contains(label + (card.topAccounts.first ?? "")) == true)
    }
    #expect(report.communitySizes.map(\.size) == report.communitySizes.map(\.size).sorted(by: >))
    // Self-contained: nothing is fetched.
    #expect(!html.contains("<link") && !html.contains(" src=") && !html.contains("url("))
    // The manifest parses and records how the report was made.
    let manifest = try Self.manifest(html)
    #expect(manifest["version"] as? String == "test")
    #expect(manifest["command_line"] as? [String] == request.commandLine)
    #expect((manifest["imports"] as? [[String: Any]])?.count == 2)
    #expect((manifest["parameters"] as? [String: Any])?["communities"] as? String == "leiden")
  }

  @Test func tableValuesAreTheLibrarysMeasures() async throws {
    let files = try TestFiles()
    let input = try await Self.sampleWorkspace(files)
    var request = ReportRequest()
    request.drawsDiagram = false
    let report = try await input.report(request)
    var centrality = CentralityRequest()
    centrality.measures = [.pagerank, .betweenness, .inDegree]
    centrality.usesCache = false
    let measured = try await input.centrality(centrality)
    let pagerank = measured.scores[0].values
    let betweenness = measured.scores[1].values
    #expect(report.keyAccounts.count == 20 && report.brokers.count == 20)
    for account in report.keyAccounts + report.brokers {
      let node = try #require(measured.names.id(for: account.name, kind: 0))
      #expect(account.pageRank == pagerank[Int(node)], "\(account.name)")
      #expect(account.betweenness == betweenness[Int(node)], "\(account.name)")
      #expect(Double(account.inDegree) == measured.scores[2].values[Int(node)])
    }
    // The key accounts are the 20 highest PageRanks, in order; brokers the highest betweenness.
    let best = pagerank.sorted(by: >)
    #expect(report.keyAccounts.map(\.pageRank) == Array(best.prefix(20)))
    #expect(report.brokers.map(\.betweenness) == Array(betweenness.sorted(by: >).prefix(20)))
    // The page shows those values as sort keys.
    let html = try ReportHTML.render(report)
    #expect(html.contains("data-key=\"\(report.keyAccounts[0].pageRank)\""))
    // Lowest constraint, ascending, among accounts with at least two contacts.
    let constraints = report.lowConstraint.compactMap(\.constraint)
    #expect(constraints.count == 20 && constraints == constraints.sorted())
  }

  @Test func hostileNamesShowAsText() async throws {
    let files = try TestFiles()
    let input = try Self.hostileEdgeList(files)
    var request = ReportRequest()
    // The title also lands in the manifest's <script> element, which it must not close.
    request.title = "<b>bold</b> & co </script><script>alert(2)"
    let report = try await input.report(request)
    #expect(report.keyAccounts.first?.name == Self.hostile)
    let html = try ReportHTML.render(report)
    #expect(!html.contains("<script>alert"))
    #expect(!html.contains("<b>bold") && !html.contains("<b>y"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(html.contains("&lt;b&gt;bold&lt;/b&gt; &amp; co"))
    // Exactly the page's own two script elements: the manifest and the sorter.
    #expect(html.components(separatedBy: "<script").count - 1 == 2)
    _ = try Self.manifest(html)
  }

  @Test func untypedUntimedNetworkLeavesThosePartsOut() async throws {
    let files = try TestFiles()
    let input = try Self.hostileEdgeList(files)
    var request = ReportRequest()
    request.drawsDiagram = false
    let report = try await input.report(request)
    #expect(report.edgeTypes.isEmpty && report.timeSpan == nil && report.imports.isEmpty)
    let html = try ReportHTML.render(report)
    #expect(!html.contains("Time span") && !html.contains("Edge-type mix"))
    #expect(!html.contains("id=\"edge-types\"") && !html.contains("Import ledger"))
    #expect(!html.contains("class=\"diagram\""))
    for id in ["overview", "key-accounts", "brokers", "communities", "distributions", "method"] {
      #expect(html.contains("<section id=\"\(id)\">"), "\(id)")
    }
    #expect(html.components(separatedBy: "class=\"chart\"").count - 1 == 2)
  }

  @Test func pseudonymizedReportNamesNoAccount() async throws {
    let files = try TestFiles()
    let input = try await Self.sampleWorkspace(files)
    let pseudonymizer = try Pseudonymizer(key: Array("a-test-key-of-32-bytes-0123456789".utf8))
    var request = ReportRequest()
    request.pseudonymizer = pseudonymizer
    let report = try await input.report(request)
    let html = try ReportHTML.render(report)
    // Every sample account is named acct_NNNN; none is left, the diagram included.
    #expect(!html.contains("acct_0"))
    let first = try #require(report.keyAccounts.first)
    let plain = try await input.report(ReportRequest())
    #expect(first.name == pseudonymizer.pseudonym(for: plain.keyAccounts[0].name))
    #expect(html.contains(first.name))
    // Graphviz writes a hyphen as a character reference.
    let drawn = first.name.replacingOccurrences(of: "-", with: "&#45;")
    #expect(report.diagramSVG?.contains(drawn) == true)
  }
}

/// The Markdown form of the report: the same sections, figures beside it, names escaped.
@Suite struct ReportMarkdownTests {
  @Test func markdownHasTheSectionsAndEscapesNames() async throws {
    let files = try TestFiles()
    let input = try ReportTests.hostileEdgeList(files)
    let report = try await input.report(ReportRequest())
    let (text, figures) = ReportMarkdown.render(report, figurePrefix: "brief")
    for heading in ["## Overview", "## Key accounts", "## Brokers", "## Communities", "## Method"] {
      #expect(text.contains("\n\(heading)\n"), "\(heading)")
    }
    #expect(!text.contains("<script"))
    #expect(text.contains("&lt;script&gt;alert\\(1\\)&lt;/script&gt;"))
    // A name with `|` or `*` cannot break a table row.
    #expect(ReportMarkdown.escape("a|b*c") == "a\\|b\\*c")
    #expect(figures.map(\.file) == ["brief-diagram.svg", "brief-sizes.svg", "brief-degrees.svg"])
    #expect(figures.allSatisfy { $0.svg.hasPrefix("<svg") && text.contains("](\($0.file))") })
  }
}
