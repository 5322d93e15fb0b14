import ArgumentParser
import Foundation
import RecruitNet

/// `recruitnet import` of tweet archives (see ``TweetArchiveImporter``).
extension ImportCommand {
  /// Whether the files are tweet archives: forced by `--format tweets-…`, or detected. Edge lists
  /// and tweet archives cannot be mixed in one import.
  func isTweetImport() throws -> Bool {
    if let declaredFormat { return declaredFormat.tweetFormat != nil }
    let detected = files.map { TweetFormat.detect(path: $0) }
    let tweetFiles = detected.filter { $0 != nil }.count
    if tweetFiles == 0 { return false }
    if tweetFiles < files.count {
      let edgeFile = zip(files, detected).first { $0.1 == nil }?.0 ?? ""
      throw UserError(
        "\(edgeFile) is not a tweet archive, but other files are; import edge lists and tweet archives separately (or give --format)"
      )
    }
    return true
  }

  func runTweets() async throws {
    if !nodeFiles.isEmpty {
      throw ValidationError(
        "--nodes cannot be combined with tweet archives; import the node table separately.")
    }
    var importer = TweetArchiveImporter(workspacePath: into)
    importer.files = files
    importer.archive = TweetArchiveOptions(
      format: declaredFormat?.tweetFormat, skipInvalid: edgeList.skipInvalid)
    importer.edgeTypes = try tweets.selectedTypes()
    (importer.since, importer.until) = try tweets.window()
    if direction.requested == false {
      throw ValidationError("tweet networks are directed; --undirected does not apply.")
    }
    let progress = Progress(quiet: common.quiet)
    var timings = Timings()
    let outcome = try await importer.run(progress: progress.reporter)
    for (phase, seconds) in outcome.timings {
      timings.addWall(phase == "load" ? "load" : "compute", seconds)
    }
    timings.addCPU(as: "import")
    var clock = PhaseClock()
    print(tweetReport(outcome))
    timings.add("output", clock.lap())
    if common.timings {
      var detailed = timings
      for (phase, seconds) in outcome.timings where phase != "load" {
        detailed.addWall("import_\(phase)", seconds)
      }
      Terminal.writeError(detailed.json + "\n")
    }
  }

  private func tweetReport(_ outcome: TweetArchiveImporter.Outcome) -> String {
    let summary = outcome.graph.map { ($0.nodeCount, $0.edgeCount) }
    switch reportStyle {
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
      ]
      return JSONText.encode(object)
    case .table, .csv:
      var lines: [String] = []
      for file in outcome.files {
        let a = file.archive
        var line = "\(a.file): \(a.format.rawValue)"
        if let layout = a.layout { line += " (\(layout))" }
        line += ", \(a.records) records, \(file.tweetsStored) new tweets"
        let skipped: [(Int, String)] = [
          (file.duplicates, "already stored"), (file.outsideWindow, "outside --since/--until"),
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
