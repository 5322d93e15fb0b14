import Foundation
import RecruitNetGraph
import RecruitNetIO

/// Imports edge lists and node tables into a workspace, all or nothing.
///
/// The existing graph (if any) is loaded, the new files are parsed and merged into it (parallel
/// edges per (source, target, type) summed), and a complete new workspace file replaces the old
/// one by rename. A file whose content (SHA-256 of the decompressed bytes) was imported before is
/// skipped and reported, so nothing is ever counted twice.
public struct WorkspaceImporter: Sendable {
  public var workspacePath: String
  /// `true`/`false` to ask for a direction; `nil` keeps the workspace's (directed for a new one).
  public var directed: Bool?
  public var edgeFiles: [String] = []
  public var edgeOptions = EdgeListOptions()
  public var nodeFiles: [String] = []
  public var nodeReader = NodeTableReader()
  /// Network files (GraphML, GEXF, GML, Pajek, DOT, JSON node-link), and their format (detected
  /// per file when `nil`).
  public var networkFiles: [String] = []
  public var networkFormat: InterchangeFormat?

  public init(workspacePath: String, directed: Bool? = nil) {
    self.workspacePath = workspacePath
    self.directed = directed
  }

  /// What an import did.
  public struct Outcome: Sendable {
    public var edgeReports: [EdgeListReport] = []
    /// Files skipped because the same content was imported before: file, earlier file, time.
    public var skipped: [(file: String, earlierFile: String, importedAt: String)] = []
    public var nodeTables: [(file: String, rows: Int)] = []
    public var networkReports: [NetworkReport] = []
    public var graph: Graph?
    /// Seconds per phase: load (existing workspace), parse, build, write.
    public var timings: [(phase: String, seconds: Double)] = []
    /// Whether a workspace file was written.
    public var wrote = false
  }

  public func run(progress: (@Sendable (String) -> Void)? = nil) async throws -> Outcome {
    var outcome = Outcome()
    var clock = PhaseClock()
    let exists = FileManager.default.fileExists(atPath: workspacePath)
    var existing: Workspace? = nil
    var graph: Graph? = nil
    var knownHashes: [String: (file: String, at: String)] = [:]
    var revision = 0
    var createdAt: String? = nil
    if exists {
      let workspace = try Workspace(path: workspacePath)
      existing = workspace
      let storedDirected = try workspace.isDirected()
      if let directed, directed != storedDirected {
        throw WorkspaceError(
          .directionMismatch, workspacePath,
          "the workspace holds a \(storedDirected ? "directed" : "undirected") network; cannot import into it as \(directed ? "directed" : "undirected")"
        )
      }
      progress?("loading \(workspacePath)")
      graph = try workspace.loadGraph()
      for record in try workspace.imports() {
        knownHashes[record.sha256] = (record.file, record.importedAt)
      }
      revision = try workspace.revision()
      createdAt = try workspace.meta("created_at")
    }
    outcome.timings.append(("load", clock.lap()))
    let networks = try parseNetworkFiles(
      knownHashes: &knownHashes, outcome: &outcome, progress: progress)
    let isDirected = graph?.isDirected ?? directed ?? networks.first?.network.isDirected ?? true
    var builder: GraphBuilder
    if let graph {
      builder = GraphBuilder(graph)
    } else {
      let expectedRows = edgeFiles.reduce(0) { total, file in
        total + Int((try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0)
          / 16
      }
      builder = GraphBuilder(
        isDirected: isDirected, expectedNodes: max(1024, expectedRows / 8),
        expectedRows: expectedRows)
    }
    var entries: [ImportEntry] = []
    try addNetworks(networks, to: &builder, entries: &entries, outcome: &outcome)
    // Hash first when a duplicate is possible, so a skipped file never touches the builder.
    let checkFirst =
      !knownHashes.isEmpty || edgeFiles.count + nodeFiles.count + networkFiles.count > 1
    for file in edgeFiles {
      if checkFirst {
        let hash = ContentCheck(try InputFile.read(file)).sha256
        if let earlier = knownHashes[hash] {
          outcome.skipped.append((file, earlier.file, earlier.at))
          continue
        }
      }
      progress?("reading \(file)")
      let reader = EdgeListReader(options: edgeOptions)
      let report = try await reader.read(path: file, into: &builder)
      if let earlier = knownHashes[report.sha256] {
        // Only reachable without the pre-check, i.e. never for a first import; kept for safety.
        outcome.skipped.append((file, earlier.file, earlier.at))
        continue
      }
      knownHashes[report.sha256] = (file, "this import")
      outcome.edgeReports.append(report)
      entries.append(
        ImportEntry(
          file: file, sha256: report.sha256, kind: "edges", rowsRead: report.rowsRead,
          rowsImported: report.rowsImported, rowsRejected: report.rowsRejected,
          options: edgeOptions.recorded.merging(["directed": String(isDirected)]) { $1 }))
    }
    for file in nodeFiles {
      let bytes = try InputFile.read(file)
      let hash = ContentCheck(bytes).sha256
      if let earlier = knownHashes[hash] {
        outcome.skipped.append((file, earlier.file, earlier.at))
        continue
      }
      progress?("reading node table \(file)")
      let table = try nodeReader.read(path: file, into: &builder)
      knownHashes[hash] = (file, "this import")
      outcome.nodeTables.append((file, table.rows))
      var entry = ImportEntry(
        file: file, sha256: hash, kind: "nodes", rowsRead: table.rows, rowsImported: table.rows,
        rowsRejected: 0, options: ["name_column": nodeReader.nameColumn?.description ?? "auto"])
      entry.nodeRecords = table.records
      entries.append(entry)
    }
    outcome.timings.append(("parse", clock.lap()))
    if entries.isEmpty {
      // Nothing new: leave the workspace exactly as it is.
      outcome.graph = graph
      return outcome
    }
    guard builder.rowCount > 0 || builder.nodeCount > 0 else {
      throw WorkspaceError(
        .nothingToImport, workspacePath, "nothing to import: the files held no edges and no nodes")
    }
    progress?("building the graph")
    let built = try builder.build()
    outcome.timings.append(("build", clock.lap()))
    progress?("writing \(workspacePath)")
    try WorkspaceWriter.write(
      graph: built, to: workspacePath, previous: existing?.path, revision: revision + 1,
      createdAt: createdAt, imports: entries)
    outcome.timings.append(("write", clock.lap()))
    outcome.graph = built
    outcome.wrote = true
    return outcome
  }
}

/// Wall-clock phase timing for `--timings`.
public struct PhaseClock: Sendable {
  private var last = DispatchTime.now()

  public init() {}

  /// Seconds since the previous lap (or creation).
  public mutating func lap() -> Double {
    let now = DispatchTime.now()
    defer { last = now }
    return Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e9
  }
}
