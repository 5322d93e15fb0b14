import GRDB
import RecruitNetGraph

extension Workspace {
  /// Only the node names and kinds (not the adjacency): what a query answered from the result
  /// cache needs to print names, loaded in a fraction of the time of the whole graph.
  ///
  /// - Parameter indexed: build the name → id index (needed to look accounts up by name).
  public func loadNodeNames(indexed: Bool = true) throws(WorkspaceError) -> NodeNames {
    let names: NodeNames? = try read { db in
      guard let arena = try PackedParts.read(UInt8.self, part: "names.arena", db: db),
        let offsets = try PackedParts.read(Int.self, part: "names.offsets", db: db)
      else { return nil }
      return NodeNames.unpacked(arena: arena, offsets: offsets, indexed: indexed)
    }
    guard let names else {
      throw WorkspaceError(.damaged, path, "the workspace's name table is missing or damaged")
    }
    return names
  }
}
