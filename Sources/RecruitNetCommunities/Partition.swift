import RecruitNetGraph

/// An assignment of every node to one community, with the parameters that produced it.
///
/// Communities are numbered from 0 by decreasing size (ties by smallest member id), so the
/// numbering is canonical: two runs that find the same groups print the same numbers.
/// ``unassigned`` marks a node outside every community (for example a node added to the graph
/// after a saved partition was computed).
public struct Partition: Sendable, Equatable {
  public static let unassigned = UInt32.max

  /// The community of each node, indexed by `NodeID`.
  public private(set) var communities: [UInt32]
  /// The number of communities.
  public private(set) var communityCount: Int
  /// The algorithm's command-line name (`leiden`, `wcc`, …).
  public var algorithm: String
  /// The parameters used, as (name, value) pairs in a stable order.
  public var parameters: [(name: String, value: String)]

  /// A partition from any labelling (labels need not be dense or ordered); renumbers canonically.
  public init(labels: [UInt32], algorithm: String, parameters: [(name: String, value: String)] = [])
  {
    self.algorithm = algorithm
    self.parameters = parameters
    (communities, communityCount) = Partition.canonical(labels)
  }

  /// The number of nodes in each community, indexed by community.
  public var sizes: [Int] {
    var sizes = [Int](repeating: 0, count: communityCount)
    for community in communities where community != Partition.unassigned {
      sizes[Int(community)] += 1
    }
    return sizes
  }

  /// The members of each community, ascending by node id.
  public var members: [[NodeID]] {
    var members = [[NodeID]](repeating: [], count: communityCount)
    for (node, community) in communities.enumerated() where community != Partition.unassigned {
      members[Int(community)].append(NodeID(node))
    }
    return members
  }

  public subscript(node: NodeID) -> UInt32 { communities[Int(node)] }

  /// Renumbers labels 0, 1, … by decreasing community size, ties by smallest member.
  ///
  /// Labels below 4n (what every algorithm here produces: node or community indices) are
  /// indexed through an array, not a dictionary: on a million nodes the two hash lookups per node
  /// cost more than the components algorithm itself.
  static func canonical(_ labels: [UInt32]) -> ([UInt32], Int) {
    var largest: UInt32 = 0
    for label in labels where label != unassigned { largest = Swift.max(largest, label) }
    if Int(largest) < Swift.max(4 * labels.count, 16) {
      return canonical(labels, slots: Int(largest) + 1)
    }
    var dense: [UInt32: UInt32] = [:]
    var compact = [UInt32](repeating: unassigned, count: labels.count)
    for (node, label) in labels.enumerated() where label != unassigned {
      if let index = dense[label] {
        compact[node] = index
      } else {
        let index = UInt32(dense.count)
        dense[label] = index
        compact[node] = index
      }
    }
    return canonical(compact, slots: dense.count)
  }

  /// ``canonical(_:)`` for labels below `slots`.
  private static func canonical(_ labels: [UInt32], slots: Int) -> ([UInt32], Int) {
    let none = Int.max
    var sizes = [Int](repeating: 0, count: slots)
    var firstMember = [Int](repeating: none, count: slots)
    var used: [Int] = []
    for (node, label) in labels.enumerated() where label != unassigned {
      let slot = Int(label)
      if firstMember[slot] == none {
        firstMember[slot] = node
        used.append(slot)
      }
      sizes[slot] += 1
    }
    used.sort { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : firstMember[$0] < firstMember[$1] }
    var number = [UInt32](repeating: unassigned, count: slots)
    for (rank, slot) in used.enumerated() { number[slot] = UInt32(rank) }
    let result = labels.map { $0 == unassigned ? unassigned : number[Int($0)] }
    return (result, used.count)
  }

  public static func == (a: Partition, b: Partition) -> Bool {
    a.communities == b.communities && a.algorithm == b.algorithm
      && a.parameters.map(\.name) == b.parameters.map(\.name)
      && a.parameters.map(\.value) == b.parameters.map(\.value)
  }
}
