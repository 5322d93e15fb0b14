import Foundation
import Mustache
import RecruitNetIO
import RecruitNetRender

/// An analyst report as one self-contained HTML page: the template
/// `Resources/report.html.mustache` (swift-mustache) filled with the report's values.
///
/// The template's `{{value}}` tags escape every value from the data (Mustache's HTML content
/// type), so an account named `<script>` shows as text. The only unescaped `{{{…}}}` parts are
/// markup this module writes: the charts (``SVGChart``, labels escaped), Graphviz's diagram
/// (labels drawn as plain text) and the manifest JSON (``MarkupText/scriptJSON(_:)``).
/// Sections without data (edge types, times, a workspace's import ledger) are left out.
public enum ReportHTML {
  /// The page.
  ///
  /// - Throws: ``AnalysisError`` when the template is missing from the module's resources or
  ///   does not parse.
  public static func render(_ report: AnalystReport) throws -> String {
    try template().render(context(report))
  }

  /// The template, from the module's resource bundle: beside the executable first (where
  /// `make install` copies it, `RecruitNet_RecruitNetAnalysis.resources/`), then where SwiftPM
  /// built it (`Bundle.module`).
  static func template() throws -> MustacheTemplate {
    let name = "Resources/report.html.mustache"
    let besideExecutable = Bundle.main.executableURL.map {
      $0.deletingLastPathComponent().appendingPathComponent(
        "RecruitNet_RecruitNetAnalysis.resources/\(name)")
    }
    let url =
      besideExecutable.flatMap { FileManager.default.fileExists(atPath: $0.path) ? $0 : nil }
      ?? Bundle.module.url(
        forResource: "report.html", withExtension: "mustache", subdirectory: "Resources")
    guard let url, let text = try? String(contentsOf: url, encoding: .utf8) else {
      throw AnalysisError(
        .cannotAccess(path: "report.html.mustache", reason: "the report template is not installed"))
    }
    do {
      return try MustacheTemplate(string: text)
    } catch {
      throw AnalysisError(
        .cannotAccess(
          path: "report.html.mustache", reason: "the report template does not parse: \(error)"))
    }
  }

  /// The sections the page has, in order (also listed in the manifest).
  static func sections(_ r: AnalystReport) -> [String] {
    ["overview", "key-accounts", "brokers", "communities", "distributions", "method"]
  }

  static func number(_ x: Double, digits: Int = 4) -> String {
    x.isNaN ? "–" : TableNumber.text(x, precision: digits)
  }

  static func count(_ n: Int) -> String {
    let digits = String(abs(n))
    var out = ""
    for (i, c) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out += "\u{2009}" }
      out.append(c)
    }
    return (n < 0 ? "-" : "") + out
  }

  static func communityName(_ c: Int?) -> String { c.map { "C\($0)" } ?? "–" }

  /// A value and its sort key (the raw number, so sorting is numeric).
  static func cell(_ text: String, _ key: Double) -> [String: Any] {
    ["text": text, "key": key.isNaN ? "-1e308" : String(key)]
  }

  static func accountRow(_ a: AnalystReport.Account) -> [String: Any] {
    [
      "name": a.name,
      "pagerankRank": a.pageRankRank,
      "pagerank": cell(number(a.pageRank), a.pageRank),
      "inDegree": cell(count(a.inDegree), Double(a.inDegree)),
      "inStrength": cell(number(a.inStrength), a.inStrength),
      "betweenness": cell(number(a.betweenness), a.betweenness),
      "constraint": cell(a.constraint.map { number($0) } ?? "–", a.constraint ?? .nan),
      "effectiveSize": cell(a.effectiveSize.map { number($0) } ?? "–", a.effectiveSize ?? .nan),
      "community": communityName(a.community),
      "communityKey": a.community ?? -1,
      "connects": ([a.community].compactMap { $0 } + a.otherCommunities).map { "C\($0)" }
        .joined(separator: ", "),
      "connectsCount": Set([a.community].compactMap { $0 } + a.otherCommunities).count,
      "why": a.reasons.joined(separator: "; "),
    ]
  }

  static func context(_ r: AnalystReport) -> [String: Any] {
    let s = r.summary
    var overview: [[String: String]] = [
      ["key": "Accounts and other nodes", "value": count(s.nodes)],
      ["key": "Edges", "value": count(s.edges)],
      ["key": "Weight total", "value": number(s.weightTotal, digits: 8)],
      ["key": "Directed", "value": s.isDirected ? "yes" : "no"],
    ]
    if s.nodesByKind.count > 1 {
      overview.append([
        "key": "Nodes by kind",
        "value": s.nodesByKind.map { "\($0.name) \(count($0.count))" }.joined(separator: ", "),
      ])
    }
    if let span = r.timeSpan {
      let days = Double(span.upperBound - span.lowerBound) / 86_400
      overview.append([
        "key": "Time span",
        "value":
          "\(ISO8601Text.text(span.lowerBound)) – \(ISO8601Text.text(span.upperBound)) (\(number(days, digits: 4)) days)",
      ])
    }
    if let reciprocity = s.reciprocity {
      overview.append(["key": "Reciprocity", "value": number(reciprocity)])
    }
    overview += [
      ["key": "Density", "value": number(s.density)],
      ["key": "Self-loops", "value": count(s.selfLoops)],
      [
        "key": "Weak components",
        "value": "\(count(s.weakComponents)) (largest \(count(s.largestWeakComponent)))",
      ],
    ]
    if let strong = s.strongComponents, let largest = s.largestStrongComponent {
      overview.append([
        "key": "Strong components", "value": "\(count(strong)) (largest \(count(largest)))",
      ])
    }
    overview.append([
      "key": "Degree (min / median / max)",
      "value": "\(s.degreeMin) / \(number(s.degreeMedian)) / \(s.degreeMax)",
    ])

    let edgeTotal = max(1, r.edgeTypes.reduce(0) { $0 + $1.edges })
    let edgeTypeRows = r.edgeTypes.map { t -> [String: Any] in
      [
        "name": t.name, "edges": cell(count(t.edges), Double(t.edges)),
        "weight": cell(number(t.weight, digits: 8), t.weight),
        "share": cell(
          number(100 * Double(t.edges) / Double(edgeTotal), digits: 3) + "%",
          Double(t.edges) / Double(edgeTotal)),
      ]
    }
    let imports = r.imports.map { i -> [String: Any] in
      [
        "file": i.file, "sha256": String(i.sha256.prefix(16)), "sha256Full": i.sha256,
        "kind": i.kind, "read": count(i.rowsRead), "imported": count(i.rowsImported),
        "rejected": count(i.rowsRejected), "at": i.importedAt,
      ]
    }

    let sizeChart = ReportCharts.communitySizes(r)
    let ccdfChart = ReportCharts.degreeCCDF(r)
    let typeChart = ReportCharts.edgeTypes(r)

    let cards = r.communityCards.map { c -> [String: Any] in
      [
        "name": "C\(c.index)", "color": Palette.style(community: c.index).fill,
        "size": count(c.size), "single": c.size == 1, "singleEdge": c.internalEdges == 1,
        "edges": count(c.internalEdges), "density": number(c.density),
        "conductance": number(c.conductance), "top": c.topAccounts.joined(separator: ", "),
        "links": c.links.map { "C\($0.community) (\(number($0.weight)))" }
          .joined(separator: ", "),
        "hasLinks": !c.links.isEmpty,
      ]
    }
    let method = ReportMethod.definitions(r).map {
      ["name": $0.name, "definition": $0.definition, "reference": $0.reference]
    }
    let manifest = MarkupText.scriptJSON(JSONText.encode(ReportJSON.manifest(r)))

    var context: [String: Any] = [
      "title": r.title, "network": r.network, "overview": overview,
      "hasEdgeTypes": !r.edgeTypes.isEmpty, "edgeTypes": edgeTypeRows, "typeChart": typeChart,
      "hasImports": !r.imports.isEmpty, "imports": imports,
      "top": r.keyAccounts.count,
      "keyAccounts": r.keyAccounts.map(accountRow),
      "brokers": r.brokers.map(accountRow),
      "hasLowConstraint": !r.lowConstraint.isEmpty,
      "lowConstraint": r.lowConstraint.map(accountRow),
      "betweennessName": r.betweennessMeasure == .betweennessApprox
        ? "betweenness (sampled)" : "betweenness",
      "algorithm": r.communityAlgorithm, "communityCount": count(r.communityCount),
      "modularity": number(r.modularity),
      "cardsShown": r.communityCards.count,
      "cardsAll": r.communityCards.count == r.communityCount,
      "cards": cards, "sizeChart": sizeChart, "ccdfChart": ccdfChart,
      "hasDiagram": r.diagramSVG != nil, "diagram": r.diagramSVG ?? "",
      "diagramNote": r.diagramSummary.first { $0.key == "level" }?.value == "communities"
        ? "Community map: one node per community, sized by its members; links as wide as the weight between communities."
        : "Cluster diagram: one box per community; nodes sized by PageRank; names on the top accounts.",
      "method": method,
      "parameters": r.parameters.map { ["name": $0.name, "value": $0.value] },
      "tool": r.toolName, "version": r.toolVersion.isEmpty ? "–" : r.toolVersion,
      "commandLine": r.commandLine.isEmpty
        ? "–" : r.commandLine.map(shellQuoted).joined(separator: " "),
      "manifest": manifest,
    ]
    if let generatedAt = r.generatedAt { context["generatedAt"] = generatedAt }
    return context
  }

  /// A command-line word as a POSIX shell would need it typed.
  static func shellQuoted(_ word: String) -> String {
    let plain = word.allSatisfy { $0.isLetter || $0.isNumber || "-_./:=,@%+".contains($0) }
    return plain && !word.isEmpty
      ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
