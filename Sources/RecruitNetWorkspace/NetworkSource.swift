import RecruitNetGraph
import RecruitNetIO

/// Where a command's network comes from: a workspace file, or a plain edge list imported in memory.
public enum NetworkSource {
  /// Loads the network at `path`: a workspace is loaded from its packed adjacency; any other file
  /// is read as an edge list with `options` (and nothing is written).
  ///
  /// - Parameter directed: for an edge list, the direction (default directed); for a directed
  ///   workspace, `false` gives its undirected projection; `true` on an undirected one is an error.
  public static func load(
    _ path: String, options: EdgeListOptions = EdgeListOptions(), directed: Bool? = nil
  )
    async throws -> (graph: Graph, workspace: Workspace?)
  {
    if Workspace.isDatabase(path) {
      let workspace = try Workspace(path: path)
      let graph = try workspace.loadGraph()
      switch (directed, graph.isDirected) {
      case (false?, true): return (graph.undirected(), workspace)
      case (true?, false):
        throw WorkspaceError(
          .directionMismatch, path,
          "the workspace holds an undirected network; a directed view does not apply")
      default: return (graph, workspace)
      }
    }
    var builder = GraphBuilder(isDirected: directed ?? true)
    builder.mergeRule = options.merge
    _ = try await EdgeListReader(options: options).read(path: path, into: &builder)
    return (try builder.build(), nil)
  }
}
