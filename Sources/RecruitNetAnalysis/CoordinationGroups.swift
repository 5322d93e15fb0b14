import Foundation
import RecruitNetCommunities
import RecruitNetCoordination
import RecruitNetGraph

/// A group of accounts that act in concert: a connected component, or a Leiden community, of the
/// coordination network seen as undirected, with what its members co-shared.
public struct CoordinationGroup: Sendable, Equatable {
  /// Members by node id, ascending.
  public var members: [UInt32]
  /// Pairs of members joined by an edge (either direction).
  public var linkedPairs: Int
  /// ``linkedPairs`` over all pairs, `k(k−1)/2` (1 for a pair).
  public var density: Double
  /// The sum of the weights of the directed edges among members.
  public var weight: Int
  /// The objects members shared with each other inside the window (retweeted tweets, texts,
  /// links, …): the name and the number of members matched on it; at most three, most members
  /// first. Empty for co-similar (its matches are between different texts).
  public var topObjects: [(name: String, accounts: Int)]
  /// The first and last time (Unix seconds) of a message matched inside the group.
  public var firstTime: Int64?
  public var lastTime: Int64?

  public static func == (a: Self, b: Self) -> Bool {
    a.members == b.members && a.linkedPairs == b.linkedPairs && a.weight == b.weight
      && a.topObjects.map(\.name) == b.topObjects.map(\.name)
      && a.topObjects.map(\.accounts) == b.topObjects.map(\.accounts)
      && a.firstTime == b.firstTime && a.lastTime == b.lastTime
  }
}

/// How the groups of a coordination network are found.
public enum CoordinationGrouping: String, Sendable, CaseIterable, Codable {
  /// Connected components of the undirected coordination network (CooRTweet's and the
  /// toolkit's users' first reading: who is linked to whom at all).
  case components
  /// Leiden communities (Traag, Waltman & van Eck 2019) of the undirected network with the
  /// edge weights summed over both directions, modularity at resolution 1, seeded: tight groups
  /// inside a large component.
  case leiden
}

extension CoordinationRequest.Result {
  /// The groups of the network with at least two members, largest first (ties by their first
  /// member). Leiden takes `seed`; the same seed gives the same groups on any thread count.
  ///
  /// O(E + V) for components; Leiden as ``Leiden``; the co-shared objects in one pass over the
  /// events, O(events).
  public func groups(by grouping: CoordinationGrouping = .components, seed: UInt64 = 0) throws
    -> [CoordinationGroup]
  {
    let edges = network.edges
    guard !edges.isEmpty else { return [] }
    // The accounts with an edge, renumbered densely for the graph.
    let accounts = Array(Set(edges.flatMap { [$0.source, $0.target] })).sorted()
    var local = [UInt32](repeating: 0, count: Int(accounts.last ?? 0) + 1)
    for (i, account) in accounts.enumerated() { local[Int(account)] = UInt32(i) }
    var builder = GraphBuilder(isDirected: false, expectedNodes: accounts.count)
    for account in accounts { _ = builder.node(named: String(account)) }
    for edge in edges {
      builder.addEdge(
        from: local[Int(edge.source)], to: local[Int(edge.target)], weight: Double(edge.weight))
    }
    let graph = try builder.build()
    var options = CommunityOptions()
    options.seed = seed
    let algorithm: CommunityAlgorithm = grouping == .components ? .wcc : .leiden
    let partition = try algorithm.detect(in: graph, options: options)
    var groupOf = [UInt32: Int]()
    var members: [[UInt32]] = partition.members.map { $0.map { accounts[Int($0)] }.sorted() }
    members = members.filter { $0.count >= 2 }
    members.sort { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
    for (g, group) in members.enumerated() { for account in group { groupOf[account] = g } }

    var linked = [Set<UInt64>](repeating: [], count: members.count)
    var weight = [Int](repeating: 0, count: members.count)
    for edge in edges {
      guard let g = groupOf[edge.source], groupOf[edge.target] == g else { continue }
      weight[g] += edge.weight
      let (a, b) = (min(edge.source, edge.target), max(edge.source, edge.target))
      linked[g].insert(UInt64(a) << 32 | UInt64(b))
    }
    let shared = sharedObjects(groupOf: groupOf, groupCount: members.count)
    return members.enumerated().map { g, group in
      let k = Double(group.count)
      return CoordinationGroup(
        members: group, linkedPairs: linked[g].count,
        density: Double(linked[g].count) / (k * (k - 1) / 2), weight: weight[g],
        topObjects: shared[g].top, firstTime: shared[g].first, lastTime: shared[g].last)
    }
  }

  /// Per group: the objects two members shared inside the window (the matches behind the
  /// group's edges; the three matched by most members), and the time span of those matches.
  ///
  /// One sort of the members' events by (object, time) and a sweep over each object's events
  /// within the window's reach: O(n log n + in-window pairs), as the network itself.
  private func sharedObjects(groupOf: [UInt32: Int], groupCount: Int) -> [(
    top: [(name: String, accounts: Int)], first: Int64?, last: Int64?
  )] {
    let window = request.parameters.window
    let (before, after) = window.reach
    let reach = Swift.max(before, after)
    var order = [Int]()
    var group = [Int](repeating: -1, count: events.count)
    for i in 0..<events.count {
      if let g = groupOf[events.accounts[i]] {
        group[i] = g
        order.append(i)
      }
    }
    order.sort {
      events.objects[$0] != events.objects[$1]
        ? events.objects[$0] < events.objects[$1] : events.times[$0] < events.times[$1]
    }
    var accountsOf: [UInt64: Set<UInt32>] = [:]
    var first = [Int64?](repeating: nil, count: groupCount)
    var last = [Int64?](repeating: nil, count: groupCount)
    var start = 0
    while start < order.count {
      let object = events.objects[order[start]]
      var end = start
      while end < order.count && events.objects[order[end]] == object { end += 1 }
      for x in start..<end {
        let i = order[x]
        var y = x + 1
        while y < end && events.times[order[y]] - events.times[i] <= reach {
          let j = order[y]
          y += 1
          guard group[i] == group[j], events.accounts[i] != events.accounts[j],
            window.matches(events.times[i], events.times[j])
              || window.matches(events.times[j], events.times[i])
          else { continue }
          let g = group[i]
          accountsOf[UInt64(g) << 32 | UInt64(object), default: []].formUnion([
            events.accounts[i], events.accounts[j],
          ])
          first[g] = Swift.min(first[g] ?? events.times[i], events.times[i])
          last[g] = Swift.max(last[g] ?? events.times[j], events.times[j])
        }
      }
      start = end
    }
    var perGroup = [[(object: UInt32, accounts: Int)]](repeating: [], count: groupCount)
    for (key, accounts) in accountsOf {
      perGroup[Int(key >> 32)].append((UInt32(truncatingIfNeeded: key), accounts.count))
    }
    return (0..<groupCount).map { g in
      let top = perGroup[g].sorted {
        $0.accounts != $1.accounts ? $0.accounts > $1.accounts : $0.object < $1.object
      }.prefix(3).map {
        (name: objectName(events.objectNames[Int($0.object)]), accounts: $0.accounts)
      }
      return (Array(top), first[g], last[g])
    }
  }

  /// Per account with an edge: its coordination degree (distinct partners, either direction)
  /// and strength (the weights of its out-edges and of its in-edges), strongest first.
  public func accountSummaries() -> [(
    account: UInt32, partners: Int, outStrength: Int, inStrength: Int
  )] {
    var partners: [UInt32: Set<UInt32>] = [:]
    var out: [UInt32: Int] = [:]
    var inward: [UInt32: Int] = [:]
    for edge in network.edges {
      partners[edge.source, default: []].insert(edge.target)
      partners[edge.target, default: []].insert(edge.source)
      out[edge.source, default: 0] += edge.weight
      inward[edge.target, default: 0] += edge.weight
    }
    return partners.map {
      (
        account: $0.key, partners: $0.value.count, outStrength: out[$0.key] ?? 0,
        inStrength: inward[$0.key] ?? 0
      )
    }.sorted {
      let (a, b) = ($0.outStrength + $0.inStrength, $1.outStrength + $1.inStrength)
      return a != b ? a > b : $0.account < $1.account
    }
  }
}
