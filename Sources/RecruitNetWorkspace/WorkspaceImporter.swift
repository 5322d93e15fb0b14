import Foundation
import RecruitNetGraph
import RecruitNetIO

/// Imports edge lists and node tables into a workspace, all or nothing.
///
/// The existing graph (if any) is loaded, the new files are parsed and merged into it (parallel
/// edges per (source, target, type) summed), and a complete new workspace file replaces the old
/// one by rename. A file whose content (SHA-256 of the decompressed bytes) was imported before
/// with the same options is skipped and reported, so nothing is ever counted twice. The same
/// content with other options is imported and noted, or, with ``replace``, takes the earlier
/// import's place (see ``replace``).
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
  /// An edge list or node table whose content was imported before replaces every earlier import
  /// of that content (whatever its options) instead of adding to it, so that afterwards it counts
  /// once, with the options of this import: each earlier import's rows are read again with
  /// its recorded options and taken out of the graph (weights and multiplicities; an edge left
  /// with no rows goes), its attributes and labels are dropped, and the ledger records which
  /// import replaced which (`replaces` / `replaced_by` in `imports.options`). Node ids stay as
  /// they are, so saved partitions and layers keep their meaning; a node named only by the
  /// earlier import stays, without edges. Edge time spans are kept as they were.
  public var replace = false

  public init(workspacePath: String, directed: Bool? = nil) {
    self.workspacePath = workspacePath
    self.directed = directed
  }

  /// What an import did.
  public struct Outcome: Sendable {
    public var edgeReports: [EdgeListReport] = []
    /// Files skipped because the same content was imported before: file, earlier file, time.
    public var skipped: [(file: String, earlierFile: String, importedAt: String)] = []
    public var nodeTables: [NodeTableReader.Report] = []
    /// Files whose content was imported before with other options: imported again (both count)
    /// or, with ``WorkspaceImporter/replace``, in place of the earlier import.
    public var reimported: [Reimport] = []
    /// Names this import added that look like mistakes (control characters, very long).
    public var suspiciousNames = SuspiciousNames()
    /// What merging rows with the same (source, target, type) did, and by which rule.
    public var merges = MergeStatistics()
    public var mergeRule = EdgeMergeRule.sum
    public var networkReports: [NetworkReport] = []
    public var graph: Graph?
    /// Seconds per phase: load (existing workspace), parse, build, write.
    public var timings: [(phase: String, seconds: Double)] = []
    /// Whether a workspace file was written.
    public var wrote = false
  }

  /// A file whose content was imported before, with other options.
  public struct Reimport: Sendable {
    public var file: String
    public var earlierFile: String
    public var importedAt: String
    /// `option old → new` for each option that differs.
    public var differences: [String]
    /// Whether this import replaced the earlier one (else both count).
    public var replaced: Bool
  }

  public func run(progress: (@Sendable (String) -> Void)? = nil) async throws -> Outcome {
    // Held from the first read of the workspace to the rename of the new file: a second
    // import waits instead of replacing this one's file with a copy that lacks its edges.
    let lock = try WorkspaceLock(workspacePath: workspacePath)
    defer { withExtendedLifetime(lock) {} }
    WorkspaceWriter.removeStaleTemporaries(of: workspacePath)
    var outcome = Outcome()
    var clock = PhaseClock()
    let exists = FileManager.default.fileExists(atPath: workspacePath)
    var existing: Workspace? = nil
    var graph: Graph? = nil
    var ledger = ImportLedger()
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
      ledger = ImportLedger(try workspace.imports())
      revision = try workspace.revision()
      createdAt = try workspace.meta("created_at")
    }
    outcome.timings.append(("load", clock.lap()))
    let networks = try parseNetworkFiles(ledger: &ledger, outcome: &outcome, progress: progress)
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
    // Decide first what each edge list and node table is (new, a repeat, a replacement), so that
    // replaced imports come out of the graph before anything new goes in.
    let edgeOptionsRecorded = edgeOptions.recorded.merging(["directed": String(isDirected)]) { $1 }
    let nodeOptionsRecorded = nodeReader.recorded
    var planned: [(file: String, kind: String, sha256: String?, replaces: [ImportLedger.Earlier])] =
      []
    let checkFirst = !ledger.isEmpty || edgeFiles.count + nodeFiles.count + networkFiles.count > 1
    for (files, kind, options) in [
      (edgeFiles, "edges", edgeOptionsRecorded), (nodeFiles, "nodes", nodeOptionsRecorded),
    ] {
      for file in files {
        guard checkFirst || kind == "nodes" else {
          planned.append((file, kind, nil, []))
          continue
        }
        let hash = ContentCheck(try InputFile.read(file)).sha256
        // With `replace`, every stored import of this content goes (whatever its options), so
        // that afterwards the file counts once, with these options.
        let replaces =
          replace ? ledger.sameContent(sha256: hash, kind: kind).filter { $0.id != nil } : []
        if replaces.isEmpty, let earlier = ledger.same(sha256: hash, kind: kind, options: options) {
          outcome.skipped.append((file, earlier.file, earlier.importedAt))
          continue
        }
        if let earlier = replaces.last ?? ledger.sameContent(sha256: hash, kind: kind).last {
          outcome.reimported.append(
            Reimport(
              file: file, earlierFile: earlier.file, importedAt: earlier.importedAt,
              differences: ImportLedger.differences(from: earlier.options, to: options),
              replaced: !replaces.isEmpty))
        }
        ledger.add(
          ImportLedger.Earlier(
            id: nil, file: file, importedAt: "this import", kind: kind, options: options),
          sha256: hash)
        planned.append((file, kind, hash, replaces))
      }
    }
    let replacedEdgeImports = planned.filter { $0.kind == "edges" }.flatMap { item in
      item.replaces.map { (file: item.file, earlier: $0) }
    }
    if !replacedEdgeImports.isEmpty, let graph {
      progress?("taking out the imports being replaced")
      builder = try await Self.builder(
        graph, without: replacedEdgeImports, isDirected: isDirected)
    }
    try addNetworks(networks, to: &builder, entries: &entries, outcome: &outcome)
    let previousNodeCount = graph?.nodeCount ?? 0
    for item in planned where item.kind == "edges" {
      progress?("reading \(item.file)")
      let reader = EdgeListReader(options: edgeOptions)
      let report = try await reader.read(path: item.file, into: &builder)
      outcome.edgeReports.append(report)
      var options = edgeOptionsRecorded
      let replaced = item.replaces.compactMap(\.id)
      if !replaced.isEmpty {
        options["replaces"] = replaced.map(String.init).joined(separator: ",")
      }
      var entry = ImportEntry(
        file: item.file, sha256: report.sha256, kind: "edges", rowsRead: report.rowsRead,
        rowsImported: report.rowsImported, rowsRejected: report.rowsRejected, options: options)
      entry.replaces = replaced
      entries.append(entry)
    }
    for item in planned where item.kind == "nodes" {
      progress?("reading node table \(item.file)")
      let table = try nodeReader.read(path: item.file, into: &builder)
      outcome.nodeTables.append(table.report)
      var options = nodeOptionsRecorded
      let replaced = item.replaces.compactMap(\.id)
      if !replaced.isEmpty {
        options["replaces"] = replaced.map(String.init).joined(separator: ",")
      }
      var entry = ImportEntry(
        file: item.file, sha256: table.report.sha256, kind: "nodes",
        rowsRead: table.report.records, rowsImported: table.report.records,
        rowsRejected: 0, options: options)
      entry.nodeRecords = table.records
      entry.replaces = replaced
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
    builder.mergeRule = edgeOptions.merge
    let (built, merges) = try builder.buildReportingMerges()
    outcome.merges = merges
    outcome.mergeRule = edgeOptions.merge
    for id in previousNodeCount..<built.nodeCount {
      outcome.suspiciousNames.check(built.names[id])
    }
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
