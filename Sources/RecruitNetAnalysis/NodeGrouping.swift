import Foundation
import RecruitNetCommunities
import RecruitNetGraph
import RecruitNetIO

/// Where the groups of a brokerage analysis come from: a partition saved in the workspace, a node
/// attribute of the workspace, a `name,group` file, or a community algorithm run on the network.
public enum NodeGrouping: Sendable, Equatable {
  /// A saved partition (`saved:NAME`; a bare NAME that is no file and no algorithm works too).
  case saved(String)
  /// A node attribute (`attr:KEY`).
  case attribute(String)
  /// A `name,group` file.
  case file(String)
  /// Communities detected with this algorithm and its default options (`leiden`, `louvain`, …).
  case algorithm(CommunityAlgorithm)

  /// `saved:NAME`, `attr:KEY`, an algorithm name, or a file path (an existing file, or any text
  /// with a `/` or a `.`); anything else is a bare saved name.
  public init(argument: String) {
    if argument.hasPrefix("saved:") {
      self = .saved(String(argument.dropFirst(6)))
    } else if argument.hasPrefix("attr:") {
      self = .attribute(String(argument.dropFirst(5)))
    } else if let algorithm = CommunityAlgorithm(rawValue: argument) {
      self = .algorithm(algorithm)
    } else if FileManager.default.fileExists(atPath: argument) || argument.contains("/")
      || argument.contains(".")
    {
      // Something that looks like a path is a file, so that a mistyped one is reported missing.
      self = .file(argument)
    } else {
      self = .saved(argument)
    }
  }

  /// The text it was given as.
  public var argument: String {
    switch self {
    case .saved(let name): "saved:\(name)"
    case .attribute(let key): "attr:\(key)"
    case .file(let path): path
    case .algorithm(let algorithm): algorithm.rawValue
    }
  }
}

/// A group for every node of a graph: codes `0 ..< names.count`, with the name of each group.
/// Nodes the source gives no group (accounts missing from a label file or attribute) share one
/// extra group, ``NodeGroups/noGroupName``, counted in ``ungrouped``.
public struct NodeGroups: Sendable {
  /// The name of the group of nodes without one.
  public static let noGroupName = "(no group)"
  /// The group of each node.
  public var codes: [UInt32]
  /// The name of each group (attribute values, file labels, community numbers).
  public var names: [String]
  /// Nodes that had no group and were put in ``noGroupName``.
  public var ungrouped: Int

  /// Groups from per-node labels (nil: no group), numbered by first appearance in node order.
  init(labels: [String?]) {
    var index: [String: UInt32] = [:]
    var names: [String] = []
    var ungrouped = 0
    codes = labels.map { label in
      let name = label ?? Self.noGroupName
      if label == nil { ungrouped += 1 }
      if let code = index[name] { return code }
      let code = UInt32(names.count)
      index[name] = code
      names.append(name)
      return code
    }
    self.names = names
    self.ungrouped = ungrouped
  }

  /// The code of the group named `name`, or an error listing the groups.
  public func code(of name: String) throws(AnalysisError) -> Int {
    guard let code = names.firstIndex(of: name) else {
      throw AnalysisError.unknown("group", name, in: names, listing: names.count <= 30)
    }
    return code
  }
}

extension NetworkInput {
  /// The groups of `graph`'s nodes (the network as analysed: a view keeps its own ids; saved
  /// partitions and attributes are mapped to it by account).
  ///
  /// - Throws: ``AnalysisError`` for a saved partition or attribute that does not exist, a
  ///   workspace source on a plain file, or a file none of whose names are in the network.
  public func groups(_ grouping: NodeGrouping, on graph: Graph, edgeType: String?) throws
    -> NodeGroups
  {
    switch grouping {
    case .algorithm(let algorithm):
      var request = CommunityRequest()
      request.algorithm = algorithm
      request.edgeType = edgeType
      let partition = try communities(request, on: graph)
      return NodeGroups(
        labels: partition.communities.map { $0 == Partition.unassigned ? nil : String($0) })
    case .saved(let name): return try groups(.saved(name), on: graph)
    case .attribute(let key): return try groups(.attribute(key), on: graph)
    case .file(let path): return try groups(.file(path), on: graph)
    }
  }

  /// The groups of a partition, attribute or file source (see ``groupLabels(from:names:ids:)``),
  /// every node without one in ``NodeGroups/noGroupName``.
  func groups(_ source: GroupSource, on graph: Graph) throws -> NodeGroups {
    let (labels, _) = try groupLabels(
      from: source, names: graph.names, ids: try workspaceIDs(of: graph))
    return NodeGroups(
      labels: labels.labels.map {
        $0 == Partition.unassigned ? nil : labels.groupNames[Int($0)]
      })
  }
}
