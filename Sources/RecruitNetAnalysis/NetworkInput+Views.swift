import RecruitNetCommunities
import RecruitNetGraph
import RecruitNetIO
import RecruitNetWorkspace

/// Views of a workspace (a time slice, a saved layer) hold only their own accounts, renumbered,
/// so that measures count the nodes networkx would count. What the workspace stores by node id
/// (saved partitions, attributes, labels) is mapped to a view by name, here.
extension NetworkInput {
  /// Whether the network asked for is a view with its own node ids: a time slice, a saved
  /// layer, or one edge type (its edges and the nodes they touch).
  public func isView(edgeType: String?) throws -> Bool {
    isSliced || edgeType != nil
  }

  /// For each node of `graph` (a view of this input's workspace), its workspace node id; nil
  /// when the graph's ids are the workspace's (no slice, no layer) or there is no workspace.
  public func workspaceIDs(of graph: Graph) throws -> [NodeID]? {
    guard let workspace else { return nil }
    let names = try workspace.loadNodeNames()
    if graph.nodeCount == names.count && !isSliced { return nil }
    return graph.nodes.map { v in
      graph.names.withUTF8(of: v) { names.id(forUTF8: $0) } ?? NodeID.max
    }
  }

  /// A partition over the workspace's nodes (a saved one) seen on `graph`: each view node takes
  /// its account's community; `ids` from ``workspaceIDs(of:)`` (nil: the same ids).
  public static func partition(_ saved: Partition, on graph: Graph, ids: [NodeID]?) -> Partition {
    partition(saved, onCount: graph.nodeCount, ids: ids)
  }

  static func partition(_ saved: Partition, onCount count: Int, ids: [NodeID]?) -> Partition {
    guard let ids else { return saved }
    let labels = ids.map { id in
      Int(id) < saved.communities.count ? saved.communities[Int(id)] : Partition.unassigned
    }
    return Partition(labels: labels, algorithm: saved.algorithm, parameters: saved.parameters)
  }

  /// A partition of `graph` over the workspace's `nodeCount` nodes, to save it: accounts outside
  /// the view are unassigned.
  public static func workspacePartition(_ partition: Partition, ids: [NodeID]?, nodeCount: Int)
    -> Partition
  {
    guard let ids else { return partition }
    var labels = [UInt32](repeating: Partition.unassigned, count: nodeCount)
    for (v, id) in ids.enumerated() where Int(id) < nodeCount {
      labels[Int(id)] = partition.communities[v]
    }
    return Partition(
      labels: labels, algorithm: partition.algorithm, parameters: partition.parameters)
  }

  /// Values keyed by workspace node id, re-keyed to `graph`'s ids (values of accounts outside
  /// the view dropped).
  public static func rekeyed<Value>(_ values: [(node: NodeID, value: Value)], ids: [NodeID]?)
    -> [(node: NodeID, value: Value)]
  {
    guard let ids else { return values }
    var view = [NodeID: NodeID](minimumCapacity: ids.count)
    for (v, id) in ids.enumerated() { view[id] = NodeID(v) }
    return values.compactMap { pair in view[pair.node].map { ($0, pair.value) } }
  }
}

extension NetworkInput {
  /// Each account's value of the node attribute `key`, by account name: the names to print for
  /// a network whose node ids are numbers (a GraphML or netzschleuder file with a `name`).
  ///
  /// - Throws: ``AnalysisError`` for an attribute no node has (listing those there are) and for
  ///   a plain file.
  public func attributeLabels(_ key: String) throws -> [String: String] {
    let workspace = try requireWorkspace(for: "names from a node attribute")
    let values = try workspace.nodeAttribute(key)
    if values.isEmpty {
      throw AnalysisError.unknown(
        "node attribute", key, in: try workspace.nodeAttributeKeys(), listing: true)
    }
    let names = try workspace.loadNodeNames()
    var labels: [String: String] = [:]
    for (node, value) in values where Int(node) < names.count {
      labels[names.name(of: node)] = value
    }
    return labels
  }
}
