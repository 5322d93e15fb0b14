import Foundation
import RecruitNetCentrality
import RecruitNetCommunities
import RecruitNetGraph
import RecruitNetIO

/// What a community report says about a partition: its quality on the graph, modularity, the
/// comparison with known groups, and the top accounts of each community by a measure.
///
/// Front ends format it (tables, JSON, CSV); the numbers are computed here once.
public struct CommunityReport: Sendable {
  /// A partition compared with known groups (`PartitionComparison`).
  public struct Comparison: Sendable {
    /// What the groups came from: `attr:KEY`, `saved:NAME` or a file path.
    public var source: String
    public var result: PartitionComparison
    /// The distinct groups.
    public var labelCount: Int
    /// Nodes without a group, left out of the comparison.
    public var nodesWithoutLabel: Int
    /// Labelled names that are not nodes of the network (another period's accounts), left out:
    /// the comparison is on the accounts both share.
    public var namesNotInNetwork: Int = 0
  }

  public var partition: Partition
  public var names: NodeNames
  public var network: String
  public var edgeType: String?
  /// The saved partition's name, when the report is of one (shown or just saved).
  public var savedName: String?
  public var comparison: Comparison? = nil
  public var quality: PartitionQuality? = nil
  public var modularity: Double? = nil
  /// Modularity at the request's resolution, when it is not 1.
  public var modularityAtResolution: (resolution: Double, value: Double)? = nil
  public var isDirected: Bool? = nil
  public var isDirectedModularity = false
  /// The scores the top accounts are ranked by.
  public var scores: NodeScores? = nil
  public var pseudonymizer: Pseudonymizer? = nil
  /// Top accounts printed per community.
  public var topCount = 5
  /// Communities listed in the table (json and csv list all).
  public var maxCommunities = 20
  /// Report these accounts' communities instead of the communities.
  public var accounts: [String] = []

  public init(
    partition: Partition, names: NodeNames, network: String, edgeType: String?, savedName: String?
  ) {
    self.partition = partition
    self.names = names
    self.network = network
    self.edgeType = edgeType
    self.savedName = savedName
  }

  /// The names to print, pseudonymized when a pseudonymizer is set.
  public var shown: PrintedNames { PrintedNames(names: names, pseudonymizer: pseudonymizer) }

  /// Measures the partition's quality and modularity on `graph` (the graph it partitions).
  ///
  /// - Complexity: O(*n* + *m*).
  public mutating func measure(
    on graph: Graph, weighted: Bool, resolution: Double, directedModularity: Bool
  ) {
    quality = PartitionQuality(partition, in: graph, weighted: weighted)
    isDirected = graph.isDirected
    isDirectedModularity = directedModularity && graph.isDirected
    modularity = partition.modularity(in: graph, directed: directedModularity, weighted: weighted)
    if resolution != 1 {
      modularityAtResolution = (
        resolution,
        partition.modularity(
          in: graph, resolution: resolution, directed: directedModularity, weighted: weighted)
      )
    }
  }

  /// Infomap's codelength, when the partition records one.
  public var codelength: Double? {
    partition.parameters.first { $0.name == "codelength" }.flatMap { Double($0.value) }
  }

  /// The `k` highest-scoring accounts of each community (ties by name), best first.
  ///
  /// - Complexity: O(*n* · *k*).
  public func topAccounts(_ k: Int) -> [[NodeID]] {
    guard let scores else { return [] }
    var top = [[NodeID]](repeating: [], count: partition.communityCount)
    func before(_ a: NodeID, _ b: NodeID) -> Bool {
      let x = scores[a]
      let y = scores[b]
      return x != y ? x > y : names.name(of: a) < names.name(of: b)
    }
    for node in 0..<partition.communities.count {
      let id = NodeID(node)
      let c = partition.communities[node]
      guard c != Partition.unassigned, names.kindIndex(of: id) == 0 else { continue }
      var list = top[Int(c)]
      if list.count == k, let last = list.last, !before(id, last) { continue }
      let position = list.firstIndex { before(id, $0) } ?? list.count
      list.insert(id, at: position)
      if list.count > k { list.removeLast() }
      top[Int(c)] = list
    }
    return top
  }
}

/// Where the known groups of a comparison come from.
public enum GroupSource: Sendable, Equatable {
  /// A node attribute of the workspace (`attr:KEY`).
  case attribute(String)
  /// A partition saved in the workspace (`saved:NAME`).
  case saved(String)
  /// A `name,group` file.
  case file(String)

  /// `attr:KEY`, `saved:NAME`, or a file path.
  public init(argument: String) {
    if argument.hasPrefix("attr:") {
      self = .attribute(String(argument.dropFirst(5)))
    } else if argument.hasPrefix("saved:") {
      self = .saved(String(argument.dropFirst(6)))
    } else {
      self = .file(argument)
    }
  }

  /// The text it was given as.
  public var argument: String {
    switch self {
    case .attribute(let key): "attr:\(key)"
    case .saved(let name): "saved:\(name)"
    case .file(let path): path
    }
  }
}

extension NetworkInput {
  /// Compares `partition` with the groups of `source`: NMI, adjusted Rand index, variation of
  /// information over the nodes that have a group.
  ///
  /// - Throws: ``AnalysisError`` for an attribute or saved partition that does not exist, for
  ///   names of the file that are not in the network, and for a workspace source on a plain file.
  ///
  /// - Parameter ids: the workspace id of each node of the analysed view (see
  ///   ``workspaceIDs(of:)``; nil when its ids are the workspace's): saved partitions and
  ///   attributes are mapped to the view by account, so that two periods compare on the
  ///   accounts they share.
  public func compare(
    _ partition: Partition, with source: GroupSource, names: NodeNames, ids: [NodeID]? = nil
  ) throws
    -> CommunityReport.Comparison
  {
    let count = partition.communities.count
    let (labels, resolved) = try groupLabels(from: source, names: names, ids: ids)
    let labelled = labels.labels.lazy.filter { $0 != Partition.unassigned }.count
    return CommunityReport.Comparison(
      source: resolved.argument,
      result: PartitionComparison(partition.communities, labels.labels),
      labelCount: labels.groupCount, nodesWithoutLabel: count - labelled,
      namesNotInNetwork: labels.namesNotInNetwork.count)
  }

  /// The groups of `source` on the nodes `names` of an analysed graph, and the source as
  /// resolved (a bare name that is no file but a saved partition is that partition, as a
  /// diagram's partition is). Names of a file that are not in the network are left out and
  /// listed, unless none is in it.
  ///
  /// - Parameter ids: the workspace id of each node (see ``workspaceIDs(of:)``).
  /// - Throws: ``AnalysisError`` for an attribute or saved partition that does not exist, a
  ///   file without a single account of the network, and a workspace source on a plain file.
  public func groupLabels(from source: GroupSource, names: NodeNames, ids: [NodeID]? = nil)
    throws -> (labels: GroupLabels, source: GroupSource)
  {
    let count = names.count
    var source = source
    if case .file(let path) = source, !FileManager.default.fileExists(atPath: path),
      let workspace, try workspace.partitionNames().contains(path)
    {
      source = .saved(path)
    }
    switch source {
    case .attribute(let key):
      let workspace = try requireWorkspace(for: "groups from a node attribute")
      let values = try workspace.nodeAttribute(key)
      if values.isEmpty {
        throw AnalysisError.unknown(
          "node attribute", key, in: try workspace.nodeAttributeKeys(), listing: true)
      }
      return (GroupLabels(values: Self.rekeyed(values, ids: ids), count: count), source)
    case .saved(let name):
      let workspace = try requireWorkspace(for: "groups from a saved partition")
      let stored = try workspace.requirePartition(
        named: name, nodeCount: ids == nil ? count : try workspace.loadNodeNames().count)
      let saved = Self.partition(stored, onCount: count, ids: ids)
      return (
        GroupLabels(
          values: saved.communities.enumerated().compactMap {
            $1 == Partition.unassigned ? nil : (NodeID($0), String($1))
          },
          count: count), source
      )
    case .file(let path):
      var read = try GroupLabels(file: path, names: names, leavingOutUnknownNames: true)
      read.labels = Array(read.labels.prefix(count))
      if !read.namesNotInNetwork.isEmpty
        && read.labels.allSatisfy({ $0 == Partition.unassigned })
      {
        // Not one account in common: nothing to compare.
        throw AnalysisError(.namesNotInNetwork(file: path, names: read.namesNotInNetwork))
      }
      return (read, source)
    }
  }
}
