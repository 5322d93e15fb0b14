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
    let report = outcome.text(workspace: into, format: reportStyle)
    Terminal.write(report.hasSuffix("\n") ? report : report + "\n")
    timings.add("output", clock.lap())
    if common.timings {
      var detailed = timings
      for (phase, seconds) in outcome.timings where phase != "load" {
        detailed.addWall("import_\(phase)", seconds)
      }
      Terminal.writeError(detailed.json + "\n")
    }
  }
}
