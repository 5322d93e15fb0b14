import Foundation
import RecruitNetCommunities
import RecruitNetIO
import RecruitNetWorkspace

/// Named partitions kept in a workspace: detected communities saved for later, or known groups
/// (flight groups, cells, labels) loaded from a file, to colour diagrams and to compare with.
extension Workspace {
  /// Saves (or replaces) `partition` under `name`, with its algorithm and parameters and the
  /// graph revision it belongs to.
  public func save(_ partition: Partition, as name: String) throws(WorkspaceError) {
    try savePartition(
      SavedPartition(
        name: name, algorithm: partition.algorithm,
        parameters: ParameterText.object(partition.parameters),
        revision: try revision(), createdAt: ISO8601DateFormatter().string(from: Date()),
        communities: partition.communities))
  }

  /// The partition saved as `name`, over `nodeCount` nodes (nodes added since it was saved are
  /// unassigned; default: the saved node count); nil if there is none of that name.
  public func partition(named name: String, nodeCount: Int? = nil) throws(WorkspaceError)
    -> Partition?
  {
    guard let saved = try savedPartition(named: name, nodeCount: nodeCount) else { return nil }
    let count = nodeCount ?? saved.communities.count
    return Partition(
      labels: Array(saved.communities.prefix(count)), algorithm: saved.algorithm,
      parameters: ParameterText.object(from: saved.parameters))
  }

  /// The partition saved as `name`, or an error listing the saved names with close matches.
  public func requirePartition(named name: String, nodeCount: Int? = nil) throws -> Partition {
    if let found = try partition(named: name, nodeCount: nodeCount) { return found }
    throw AnalysisError.unknown("saved partition", name, in: try partitionNames(), listing: true)
  }

  /// Saves the groups of a `name,group` file (see `NodeLabelsReader`) as the partition `name`:
  /// groups are numbered by first appearance, accounts without a row are unassigned.
  ///
  /// - Returns: the saved partition, and the rows whose names are not nodes of the network
  ///   (left out; a caller reports them).
  /// - Throws: `ImportError` for a malformed file.
  @discardableResult
  public func importPartition(from file: String, as name: String) throws -> (
    partition: Partition, namesNotInNetwork: [(line: Int, name: String)]
  ) {
    let names = try loadNodeNames()
    let labels = try GroupLabels(file: file, names: names, leavingOutUnknownNames: true)
    let partition = Partition(
      labels: labels.labels, algorithm: "file",
      parameters: [
        ("file", URL(fileURLWithPath: file).lastPathComponent),
        ("groups", String(labels.groupCount)),
      ])
    try save(partition, as: name)
    return (partition, labels.namesNotInNetwork)
  }
}

/// Group labels read from a `name,group` file onto a network's nodes.
public struct GroupLabels: Sendable {
  /// One code per node (`Partition.unassigned` without a label), codes by first appearance.
  public var labels: [UInt32]
  /// The distinct groups.
  public var groupCount: Int
  /// The groups' names, by code.
  public var groupNames: [String] = []
  /// Rows whose names are not nodes, when they were left out.
  public var namesNotInNetwork: [(line: Int, name: String)] = []

  /// Reads `file` (see `NodeLabelsReader`) onto `names`.
  ///
  /// - Throws: ``AnalysisError/Code/namesNotInNetwork(file:names:)`` naming the first ten lines
  ///   whose names are not nodes, unless `leavingOutUnknownNames` (then they are listed in
  ///   ``namesNotInNetwork``); `ImportError` for a malformed file.
  public init(file: String, names: NodeNames, leavingOutUnknownNames: Bool = false) throws {
    var codes = LabelCodes()
    labels = [UInt32](repeating: Partition.unassigned, count: names.count)
    let (rows, _) = try NodeLabelsReader().read(path: file)
    var unknown: [(line: Int, name: String)] = []
    for row in rows {
      if let node = names.id(for: row.name) {
        labels[Int(node)] = codes.code(row.label)
      } else {
        unknown.append((row.line, row.name))
      }
    }
    if !unknown.isEmpty && !leavingOutUnknownNames {
      throw AnalysisError(.namesNotInNetwork(file: file, names: unknown))
    }
    namesNotInNetwork = unknown
    groupCount = codes.count
    groupNames = codes.names
  }

  /// Labels from per-node values (a node attribute), `count` nodes.
  public init(values: [(node: NodeID, value: String)], count: Int) {
    var codes = LabelCodes()
    labels = [UInt32](repeating: Partition.unassigned, count: count)
    for (node, value) in values where Int(node) < count { labels[Int(node)] = codes.code(value) }
    groupCount = codes.count
    groupNames = codes.names
  }
}

/// Numbers strings in order of first appearance.
struct LabelCodes {
  private var codes: [String: UInt32] = [:]
  /// The labels, by code.
  private(set) var names: [String] = []
  var count: Int { codes.count }
  mutating func code(_ label: String) -> UInt32 {
    if let existing = codes[label] { return existing }
    let next = UInt32(codes.count)
    codes[label] = next
    names.append(label)
    return next
  }
}
