import Foundation
import RecruitNetGraph
import RecruitNetIO
import RecruitNetWorkspace

/// A network a workflow runs on, opened once: a workspace file, or a plain edge list read in
/// memory when it is loaded.
///
/// Opening decides which of the two the path is: a SQLite file must be a RecruitNet workspace,
/// and a file named `*.rnet` must be SQLite, so a mistyped workspace is never read as an edge
/// list.
public struct NetworkInput: Sendable {
  /// The path as given.
  public let path: String
  /// The workspace, when the path is one.
  public let workspace: Workspace?
  /// How a plain edge list is read (ignored for a workspace).
  public var edgeListOptions: EdgeListOptions
  /// The direction asked for: `nil` keeps the stored one (edge lists: directed); `false` on a
  /// directed workspace gives its undirected projection.
  public var directed: Bool?
  /// A time slice `[since, until)` (Unix seconds): the network of the tweets posted in it,
  /// rebuilt at query time (see `Workspace.slicedGraph(since:until:)`); nil bounds are open.
  public var since: Int64? = nil
  public var until: Int64? = nil

  /// Whether a time slice is asked for.
  public var isSliced: Bool { since != nil || until != nil }

  /// Opens `path`.
  ///
  /// - Throws: `WorkspaceError` with `WorkspaceError.Code.noSuchFile` when nothing is at
  ///   `path`, and `WorkspaceError.Code.notAWorkspace` for a `*.rnet` file that is not SQLite
  ///   or a SQLite file without the workspace tables.
  public init(
    path: String, edgeListOptions: EdgeListOptions = EdgeListOptions(), directed: Bool? = nil
  ) throws {
    self.path = path
    self.edgeListOptions = edgeListOptions
    self.directed = directed
    if path != "-" && !FileManager.default.fileExists(atPath: path) {
      // Said here, before any feature asks for a workspace: a mistyped path is not "an
      // edge-list file".
      throw WorkspaceError(.noSuchFile, path, "no such file")
    }
    if Workspace.isDatabase(path)
      || (path.hasSuffix(".rnet") && FileManager.default.fileExists(atPath: path))
    {
      workspace = try Workspace(path: path)
    } else {
      workspace = nil
    }
  }

  /// Whether the network is a workspace.
  public var isWorkspace: Bool { workspace != nil }

  /// The workspace, or an error naming the feature that needs one.
  public func requireWorkspace(for feature: String) throws(AnalysisError) -> Workspace {
    guard let workspace else { throw AnalysisError(.needsWorkspace(feature: feature, path: path)) }
    return workspace
  }

  /// The graph, restricted to one edge type, or with the types merged (weights summed).
  ///
  /// - Parameter mergingTypes: with `edgeType` nil, whether to merge the edge types (every
  ///   measure and partition runs on merged types; diagrams keep them to colour edges).
  ///
  /// With `edgeType`, the graph is a view (see ``isView(edgeType:)``): the edges of that type
  /// and the nodes they touch, renumbered (networkx's `edge_subgraph`), so that an account with
  /// no edge of the type counts nowhere (not as an isolate, not as a component). In a workspace,
  /// `edgeType` may also name a saved layer (a coordination network saved under a name): the
  /// layer's edges over its own accounts. Layers are never merged into the imported network.
  public func graph(edgeType: String? = nil, mergingTypes: Bool = true) async throws -> Graph {
    let graph: Graph
    if let workspace {
      let stored: Graph
      if let edgeType, let layer = try workspace.layerGraph(named: edgeType) {
        if isSliced {
          throw AnalysisError(
            .cannotAccess(
              path: path,
              reason:
                "'\(edgeType)' is a saved layer, computed once over its own time slice; compute the coordination network of the slice instead"
            ))
        }
        stored = layer
      } else {
        stored =
          isSliced
          ? try workspace.slicedGraph(since: since, until: until) : try workspace.loadGraph()
        if let edgeType, !stored.edgeTypeNames.contains(edgeType) {
          throw GraphError(
            .unknownEdgeType(
              name: edgeType, available: stored.edgeTypeNames + (try workspace.layerNames())))
        }
      }
      switch (directed, stored.isDirected) {
      case (false?, true): graph = stored.undirected()
      case (true?, false):
        throw WorkspaceError(
          .directionMismatch, path,
          "the workspace holds an undirected network; a directed view does not apply")
      default: graph = stored
      }
    } else {
      if isSliced {
        throw WorkspaceError(
          .cannotSlice, path,
          "time slices are rebuilt from the tweets stored in a workspace, and this is an edge-list file"
        )
      }
      var builder = GraphBuilder(isDirected: directed ?? true)
      builder.mergeRule = edgeListOptions.merge
      _ = try await EdgeListReader(options: edgeListOptions).read(path: path, into: &builder)
      graph = try builder.build()
    }
    if let edgeType {
      let filtered = try graph.filtered(edgeType: edgeType)
      return filtered.touchedByEdges()
    }
    return mergingTypes ? graph.mergingEdgeTypes() : graph
  }

  /// Whether the analysed network is directed, without loading it when it is a workspace.
  public func isDirected() throws -> Bool {
    if directed == false { return false }
    return try workspace?.isDirected() ?? (directed ?? true)
  }
}
