import RecruitNetGraph
import RecruitNetIO

extension WorkspaceImporter {
  /// A builder holding `graph` without what earlier edge-list imports added: each earlier import
  /// is read again from `file` (the same content, checked by SHA-256 before) with the options it
  /// recorded, and its merged rows are subtracted edge by edge: weight and multiplicity; an edge
  /// left with no rows is dropped. Node ids, kinds and types stay as they are. Time spans cannot
  /// be taken apart and are kept.
  ///
  /// - Complexity: O(r + m log d) for the r rows read again and the m edges of `graph`.
  static func builder(
    _ graph: Graph, without earlier: [(file: String, earlier: ImportLedger.Earlier)],
    isDirected: Bool
  ) async throws -> GraphBuilder {
    var removal = GraphBuilder(graph)
    removal.truncateRows(to: 0)
    for item in earlier {
      guard let options = EdgeListOptions(recorded: item.earlier.options) else {
        throw WorkspaceError(
          .cannotReplace, item.file,
          "cannot replace the import of \(item.earlier.file) (\(item.earlier.importedAt)): its recorded options cannot be read back"
        )
      }
      guard options.merge == .sum else {
        throw WorkspaceError(
          .cannotReplace, item.file,
          "cannot replace the import of \(item.earlier.file) (\(item.earlier.importedAt)): its rows were merged by \(options.merge.rawValue), which cannot be taken apart; rebuild the workspace instead"
        )
      }
      // Read as before (same content, same options): the rows then imported are the ones out.
      _ = try await EdgeListReader(options: options).read(path: item.file, into: &removal)
    }
    let removed = try removal.build()
    var weightTaken = [Double](repeating: 0, count: graph.arcCount)
    var rowsTaken = [Int](repeating: 0, count: graph.arcCount)
    try removed.forEachEdge { source, target, edge in
      guard
        let kept = graph.edge(from: source, to: target, type: removed.edgeType(of: edge))
      else {
        throw WorkspaceError(
          .cannotReplace, earlier.first?.file ?? "",
          "cannot replace: the earlier import's edge \(removed.names[Int(source)]) → \(removed.names[Int(target)]) is not in the workspace"
        )
      }
      weightTaken[kept] += removed.weight(of: edge)
      rowsTaken[kept] += removed.multiplicity(of: edge)
    }
    var builder = GraphBuilder(graph)
    builder.truncateRows(to: 0)
    graph.forEachEdge { source, target, edge in
      let rows = graph.multiplicity(of: edge) - rowsTaken[edge]
      guard rows > 0 else { return }
      let span = graph.timeSpan(of: edge)
      builder.addEdge(
        from: source, to: target, type: UInt16(graph.edgeType(of: edge)),
        weight: graph.weight(of: edge) - weightTaken[edge], count: rows,
        firstTime: span?.lowerBound ?? GraphBuilder.noTime,
        lastTime: span?.upperBound ?? GraphBuilder.noTime)
    }
    return builder
  }
}
