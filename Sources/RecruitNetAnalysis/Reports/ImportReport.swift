import Foundation
import RecruitNetGraph
import RecruitNetIO
import RecruitNetWorkspace

extension InterchangeFormat {
  /// Splits `files` into edge lists and network files: by `forcing` when given, else detected
  /// per file (extension, then first bytes; see `InterchangeFormat.detect(path:)`).
  public static func route(_ files: [String], forcing: InterchangeFormat?) -> (
    edgeLists: [String], networks: [String]
  ) {
    var edgeLists: [String] = []
    var networks: [String] = []
    for file in files {
      let format = forcing ?? InterchangeFormat.detect(path: file)
      if format == .csv { edgeLists.append(file) } else { networks.append(file) }
    }
    return (edgeLists, networks)
  }
}

extension WorkspaceImporter.Outcome {
  /// The import report: one line per file (rows imported and rejected, the columns used),
  /// the files skipped as already imported, and the workspace's size; or all of it as JSON.
  public func text(workspace into: String, format: ReportFormat) -> String {
    let outcome = self
    let summary = outcome.graph.map { ($0.nodeCount, $0.edgeCount) }
    switch format {
    case .json:
      var files: [[String: Any]] = outcome.edgeReports.map { report in
        [
          "file": report.file, "sha256": report.sha256, "rows_read": report.rowsRead,
          "rows_imported": report.rowsImported, "rows_rejected": report.rowsRejected,
          "self_loop_rows": report.selfLoopRows, "comment_lines": report.commentLines,
          "delimiter": report.delimiter.name, "header": report.header ?? NSNull(),
          "columns": Dictionary(
            report.columns.map { ($0.role, $0.column) }, uniquingKeysWith: { a, _ in a }),
          "rejections": report.firstRejections.map(\.description),
        ]
      }
      files += outcome.nodeTables.map { table in
        [
          "file": table.file, "sha256": table.sha256, "node_rows": table.records,
          "header": table.header, "header_from_comment": table.headerFromComment,
          "comment_lines": table.commentLines, "warnings": table.warnings,
        ]
      }
      files += outcome.networkReports.map(Self.json)
      let object: [String: Any] = [
        "workspace": into, "written": outcome.wrote, "files": files,
        "skipped": outcome.skipped.map {
          ["file": $0.file, "same_content_as": $0.earlierFile, "imported_at": $0.importedAt]
        },
        "reimported": outcome.reimported.map {
          [
            "file": $0.file, "same_content_as": $0.earlierFile, "imported_at": $0.importedAt,
            "changed_options": $0.differences, "replaced": $0.replaced,
          ]
        },
        "suspicious_names": Dictionary(
          uniqueKeysWithValues: outcome.suspiciousNames.counts.map { ($0.key.rawValue, $0.value) }),
        "merged": [
          "rule": outcome.mergeRule.rawValue, "rows": outcome.merges.mergedRows,
          "edges_from_several_rows": outcome.merges.edgesFromSeveralRows,
          "edges_with_differing_weights": outcome.merges.disagreeingEdges,
        ],
        "nodes": summary?.0 ?? 0, "edges": summary?.1 ?? 0,
      ]
      return JSONText.encode(object)
    case .csv:
      var table: [[String]] = []
      for skip in outcome.skipped {
        table.append([skip.file, "", "0", "0", "0", "skipped: same content as \(skip.earlierFile)"])
      }
      let replaced = Dictionary(
        outcome.reimported.map { ($0.file, $0.replaced) }, uniquingKeysWith: { a, _ in a })
      func status(_ file: String) -> String {
        replaced[file].map { $0 ? "replaced earlier import" : "imported again" } ?? "imported"
      }
      for report in outcome.edgeReports {
        table.append([
          report.file, "edges", String(report.rowsRead), String(report.rowsImported),
          String(report.rowsRejected), status(report.file),
        ])
      }
      for node in outcome.nodeTables {
        let records = String(node.records)
        table.append([node.file, "nodes", records, records, "0", status(node.file)])
      }
      for network in outcome.networkReports {
        let edges = String(network.edges)
        table.append([network.file, network.format.rawValue, edges, edges, "0", "imported"])
      }
      return CSVText.row(["file", "kind", "rows_read", "rows_imported", "rows_rejected", "status"])
        + table.map(CSVText.row).joined()
    case .table:
      var lines: [String] = []
      for skip in outcome.skipped {
        lines.append(
          "skipped \(skip.file): the same content was already imported (as \(skip.earlierFile), \(skip.importedAt))"
        )
      }
      for report in outcome.edgeReports {
        var line = "\(report.file): \(report.rowsImported) rows imported"
        if report.rowsRejected > 0 { line += ", \(report.rowsRejected) rejected" }
        if report.selfLoopRows > 0 { line += ", \(report.selfLoopRows) self-loop rows kept" }
        if report.commentLines > 0 { line += ", \(report.commentLines) comment lines skipped" }
        line +=
          " (\(report.delimiter.name)-delimited, \(report.header == nil ? "no header" : "header"); "
        line += report.columns.map { "\($0.role)=\($0.column)" }.joined(separator: " ") + ")"
        lines.append(line)
        for rejection in report.firstRejections { lines.append("  rejected: \(rejection)") }
        if report.rowsRejected > report.firstRejections.count {
          lines.append(
            "  … and \(report.rowsRejected - report.firstRejections.count) more rejected rows")
        }
      }
      for table in outcome.nodeTables {
        var line = "\(table.file): \(table.records) node rows"
        if table.headerFromComment {
          line +=
            " (header read from the commented first line: \(table.header.joined(separator: ", ")))"
        } else if table.commentLines > 0 {
          line += ", \(table.commentLines) comment lines skipped"
        }
        lines.append(line)
        for warning in table.warnings { lines.append("  warning: \(warning)") }
      }
      lines += outcome.networkReports.map(Self.line)
      let merges = outcome.merges
      if merges.mergedRows > 0 {
        var line =
          "merged: \(merges.mergedRows) rows fell on an edge another row had made (\(merges.edgesFromSeveralRows) edges from several rows"
        line +=
          merges.disagreeingEdges > 0
          ? "; on \(merges.disagreeingEdges) of them the rows' weights differ): \(Self.ruleWords(outcome.mergeRule))"
          : ", all with equal weights): \(Self.ruleWords(outcome.mergeRule))"
        lines.append(line)
      }
      for line in outcome.suspiciousNames.lines { lines.append("warning: \(line)") }
      for again in outcome.reimported {
        let changed =
          again.differences.isEmpty ? "" : " (\(again.differences.joined(separator: "; ")))"
        lines.append(
          again.replaced
            ? "\(again.file): replaced the earlier import of the same content (\(again.earlierFile), \(again.importedAt)) with other options\(changed)"
            : "warning: \(again.file) has the same content as \(again.earlierFile) (imported \(again.importedAt)) with other options\(changed): both imports now count"
        )
      }
      if let summary {
        lines.append(
          outcome.wrote
            ? "\(into): \(summary.0) nodes, \(summary.1) edges"
            : "\(into): unchanged (\(summary.0) nodes, \(summary.1) edges)")
      }
      return lines.joined(separator: "\n")
    }
  }

  /// What a merge rule does to a weight, in words.
  static func ruleWords(_ rule: EdgeMergeRule) -> String {
    switch rule {
    case .sum: "weights summed"
    case .max: "the largest weight kept"
    case .min: "the smallest weight kept"
    case .first: "the first row's weight kept"
    case .mean: "weights averaged"
    }
  }

  static func line(_ report: WorkspaceImporter.NetworkReport) -> String {
    var line =
      "\(report.file): \(report.format.rawValue), \(report.isDirected ? "directed" : "undirected"), \(report.nodes) nodes, \(report.edges) edges"
    if !report.ignoredEdgeAttributes.isEmpty {
      line += " (edge attributes not kept: \(report.ignoredEdgeAttributes.joined(separator: ", ")))"
    }
    return line
  }

  static func json(_ report: WorkspaceImporter.NetworkReport) -> [String: Any] {
    [
      "file": report.file, "format": report.format.rawValue, "sha256": report.sha256,
      "nodes": report.nodes,
      "edges": report.edges, "directed": report.isDirected,
      "ignored_edge_attributes": report.ignoredEdgeAttributes,
    ]
  }
}

extension TweetArchiveImporter.Outcome {
  /// The import report: per archive its format, records, new tweets, what was skipped and
  /// why, and the edge rows by type; then the workspace's size; or all of it as JSON.
  public func text(workspace into: String, format: ReportFormat) -> String {
    let outcome = self
    let summary = outcome.graph.map { ($0.nodeCount, $0.edgeCount) }
    switch format {
    case .json:
      let files: [[String: Any]] = outcome.files.map { file in
        let a = file.archive
        return [
          "file": a.file, "format": a.format.rawValue, "layout": a.layout ?? NSNull(),
          "sha256": a.sha256,
          "records": a.records, "tweets_read": a.tweets, "tweets_stored": file.tweetsStored,
          "tweets_duplicate": file.duplicates, "tweets_outside_window": file.outsideWindow,
          "deleted": a.deleted, "withheld": a.withheld, "notices": a.notices,
          "api_errors": a.apiErrors,
          "unresolved_references": a.unresolvedReferences, "invalid": a.invalid,
          "invalid_first": a.firstInvalid.map(\.description),
          "truncated_last_line": a.truncatedLastLine,
          "edge_rows": Dictionary(
            uniqueKeysWithValues: file.edgeRows.map { ($0.key.rawValue, $0.value) }),
          "same_content_as": file.sameContentAs ?? NSNull(),
        ]
      }
      let object: [String: Any] = [
        "workspace": into, "written": outcome.wrote, "files": files,
        "nodes": summary?.0 ?? 0, "edges": summary?.1 ?? 0,
        "suspicious_names": Dictionary(
          uniqueKeysWithValues: outcome.suspiciousNames.counts.map { ($0.key.rawValue, $0.value) }),
      ]
      return JSONText.encode(object)
    case .csv:
      var text = CSVText.row([
        "file", "format", "records", "tweets_stored", "tweets_duplicate", "tweets_outside_window",
        "invalid", "edge_rows",
      ])
      for file in outcome.files {
        let a = file.archive
        let rows = TweetEdgeType.allCases.compactMap { type in
          file.edgeRows[type].map { "\(type.rawValue)=\($0)" }
        }
        text += CSVText.row([
          a.file, a.format.rawValue, String(a.records), String(file.tweetsStored),
          String(file.duplicates), String(file.outsideWindow), String(a.invalid),
          rows.joined(separator: ";"),
        ])
      }
      return text
    case .table:
      var lines: [String] = []
      for file in outcome.files {
        let a = file.archive
        var line = "\(a.file): \(a.format.rawValue)"
        if let layout = a.layout { line += " (\(layout))" }
        line += ", \(a.records) records, \(file.tweetsStored) new tweets"
        let skipped: [(Int, String)] = [
          (file.duplicates, "already stored"), (file.outsideWindow, "outside the time window"),
          (a.deleted, "deleted"), (a.withheld, "withheld"), (a.notices, "stream notices"),
          (a.apiErrors, "API errors"), (a.invalid, "invalid"),
        ]
        let parts = skipped.filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
        if !parts.isEmpty { line += "; skipped " + parts.joined(separator: ", ") }
        lines.append(line)
        let rows = TweetEdgeType.allCases.compactMap { type in
          file.edgeRows[type].map { "\(type.rawValue) \($0)" }
        }
        if !rows.isEmpty { lines.append("  edge rows: " + rows.joined(separator: ", ")) }
        if a.unresolvedReferences > 0 {
          lines.append(
            "  \(a.unresolvedReferences) retweets/quotes/replies name no original author (not in the archive): no edge"
          )
        }
        if let earlier = file.sameContentAs {
          lines.append(
            "  same content as \(earlier), imported before: its tweets were already stored")
        }
        for error in a.firstInvalid { lines.append("  invalid: \(error)") }
        if a.invalid > a.firstInvalid.count {
          lines.append("  … and \(a.invalid - a.firstInvalid.count) more invalid records")
        }
      }
      for line in outcome.suspiciousNames.lines { lines.append("warning: \(line)") }
      if let summary {
        lines.append(
          outcome.wrote
            ? "\(into): \(summary.0) nodes, \(summary.1) edges"
            : "\(into): unchanged (\(summary.0) nodes, \(summary.1) edges)")
      } else {
        lines.append("\(into): nothing imported (no new tweets)")
      }
      return lines.joined(separator: "\n")
    }
  }
}
