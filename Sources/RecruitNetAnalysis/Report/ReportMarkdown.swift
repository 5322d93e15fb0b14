import RecruitNetIO

/// An analyst report as Markdown (`recruitnet report --format md`): the page's sections and
/// tables, with the charts and the diagram as SVG files beside it, linked by name.
///
/// Every value from the data is escaped for Markdown (``escape(_:)``): HTML's `& < >` as
/// character references, Markdown's punctuation with a backslash, so a name cannot open a link,
/// an emphasis, a table cell or raw HTML.
public enum ReportMarkdown {
  /// The Markdown text and the figures it links: file names `<prefix>-<figure>.svg`.
  public static func render(_ r: AnalystReport, figurePrefix prefix: String) -> (
    text: String, figures: [(file: String, svg: String)]
  ) {
    var figures: [(file: String, svg: String)] = []
    func figure(_ name: String, _ svg: String, _ caption: String) -> String {
      let file = "\(prefix)-\(name).svg"
      figures.append((file, svg))
      return "![\(escape(caption))](\(file))\n\n"
    }
    let s = r.summary
    var out = "# \(escape(r.title))\n\n"
    out += "Network `\(code(r.network))`"
    if let at = r.generatedAt { out += " · generated \(escape(at))" }
    out += " · \(escape(r.toolName)) \(escape(r.toolVersion))\n\n"

    out += "## Overview\n\n"
    var overview: [[String]] = [
      ["Nodes", ReportHTML.count(s.nodes)], ["Edges", ReportHTML.count(s.edges)],
      ["Weight total", ReportHTML.number(s.weightTotal, digits: 8)],
      ["Directed", s.isDirected ? "yes" : "no"],
    ]
    if let span = r.timeSpan {
      overview.append([
        "Time span", "\(ISO8601Text.text(span.lowerBound)) – \(ISO8601Text.text(span.upperBound))",
      ])
    }
    if let reciprocity = s.reciprocity {
      overview.append(["Reciprocity", ReportHTML.number(reciprocity)])
    }
    overview += [
      ["Density", ReportHTML.number(s.density)],
      ["Weak components", "\(s.weakComponents) (largest \(s.largestWeakComponent))"],
    ]
    if let strong = s.strongComponents, let largest = s.largestStrongComponent {
      overview.append(["Strong components", "\(strong) (largest \(largest))"])
    }
    out += table(["", ""], overview)
    if !r.edgeTypes.isEmpty {
      out += "### Edges by type\n\n"
      out += table(
        ["type", "edges", "weight"],
        r.edgeTypes.map { [$0.name, "\($0.edges)", ReportHTML.number($0.weight, digits: 8)] })
    }
    if !r.imports.isEmpty {
      out += "### Import ledger\n\n"
      out += table(
        ["file", "kind", "SHA-256", "rows read", "imported", "rejected"],
        r.imports.map {
          [
            $0.file, $0.kind, $0.sha256, "\($0.rowsRead)", "\($0.rowsImported)",
            "\($0.rowsRejected)",
          ]
        })
    }

    let betweenness =
      r.betweennessMeasure == .betweennessApprox ? "betweenness (sampled)" : "betweenness"
    out += "## Key accounts\n\n"
    out += table(
      ["#", "account", "PageRank", "in-degree", "in-strength", betweenness, "community", "why"],
      r.keyAccounts.map {
        [
          "\($0.pageRankRank)", $0.name, ReportHTML.number($0.pageRank), "\($0.inDegree)",
          ReportHTML.number($0.inStrength), ReportHTML.number($0.betweenness),
          ReportHTML.communityName($0.community), $0.reasons.joined(separator: "; "),
        ]
      })
    func connects(_ a: AnalystReport.Account) -> String {
      ([a.community].compactMap { $0 } + a.otherCommunities).map { "C\($0)" }
        .joined(separator: ", ")
    }
    out += "## Brokers\n\n### Highest \(betweenness)\n\n"
    out += table(
      ["account", betweenness, "constraint", "effective size", "communities it connects"],
      r.brokers.map {
        [
          $0.name, ReportHTML.number($0.betweenness),
          $0.constraint.map { ReportHTML.number($0) } ?? "–",
          $0.effectiveSize.map { ReportHTML.number($0) } ?? "–", connects($0),
        ]
      })
    if !r.lowConstraint.isEmpty {
      out += "### Lowest Burt constraint\n\n"
      out += table(
        ["account", "constraint", "effective size", betweenness, "communities it connects"],
        r.lowConstraint.map {
          [
            $0.name, $0.constraint.map { ReportHTML.number($0) } ?? "–",
            $0.effectiveSize.map { ReportHTML.number($0) } ?? "–",
            ReportHTML.number($0.betweenness), connects($0),
          ]
        })
    }

    out += "## Communities\n\n"
    out +=
      "\(r.communityCount) communities by \(escape(r.communityAlgorithm)), modularity \(ReportHTML.number(r.modularity)).\n\n"
    if let svg = r.diagramSVG {
      out += figure("diagram", svg, "Community diagram")
    }
    out += figure("sizes", ReportCharts.communitySizes(r), "Community sizes")
    out += table(
      [
        "community", "size", "internal edges", "density", "conductance", "top accounts",
        "links out",
      ],
      r.communityCards.map { c in
        [
          "C\(c.index)", "\(c.size)", "\(c.internalEdges)", ReportHTML.number(c.density),
          ReportHTML.number(c.conductance), c.topAccounts.joined(separator: ", "),
          c.links.map { "C\($0.community) (\(ReportHTML.number($0.weight)))" }
            .joined(separator: ", "),
        ]
      })

    out += "## Distributions\n\n"
    out += figure("degrees", ReportCharts.degreeCCDF(r), "Degree distribution (CCDF)")
    if !r.edgeTypes.isEmpty {
      out += figure("edge-types", ReportCharts.edgeTypes(r), "Edges by type")
    }

    out += "## Method\n\n"
    out += table(
      ["measure", "definition and convention", "reference"],
      ReportMethod.definitions(r).map { [$0.name, $0.definition, $0.reference] })
    out += "### Parameters\n\n"
    out += table(["name", "value"], r.parameters.map { [$0.name, $0.value] })
    out +=
      "Made by \(escape(r.toolName)) \(escape(r.toolVersion)) with: `\(code(r.commandLine.map(ReportHTML.shellQuoted).joined(separator: " ")))`\n"
    return (out, figures)
  }

  /// A Markdown table; every cell escaped.
  static func table(_ header: [String], _ rows: [[String]]) -> String {
    func row(_ cells: [String]) -> String {
      "| " + cells.map(escape).joined(separator: " | ") + " |\n"
    }
    return row(header) + "|" + String(repeating: " --- |", count: header.count) + "\n"
      + rows.map(row).joined() + "\n"
  }

  /// `text` with `& < >` as character references and Markdown's punctuation backslash-escaped.
  public static func escape(_ text: String) -> String {
    var out = ""
    for c in text {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\n", "\r": out += " "
      case "\\", "`", "*", "_", "[", "]", "(", ")", "#", "|", "!", "{", "}", "~":
        out += "\\" + String(c)
      default: out.append(c)
      }
    }
    return out
  }

  /// Text inside a code span: backticks, which would end it, become apostrophes; newlines spaces.
  static func code(_ text: String) -> String {
    String(text.map { $0 == "`" ? "'" : ($0 == "\n" ? " " : $0) })
  }
}
