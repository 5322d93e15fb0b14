import RecruitNetGraph
import RecruitNetTraversal

/// One value per node for one measure, with the parameters that produced it.
///
/// Every centrality kernel returns `NodeScores`, so the CLI, the workspace cache and the diagrams
/// treat all measures alike. `parameters` are recorded in the order they were given and printed
/// with results ("outputs record the parameters that produced them").
public struct NodeScores: Sendable, Equatable {
  /// The measure's command-line name (`pagerank`, `betweenness`, …).
  public var measure: String
  /// The value of each node, indexed by `NodeID`.
  public var values: [Double]
  /// The parameters used, as (name, value) pairs in a stable order.
  public var parameters: [Parameter]

  public struct Parameter: Sendable, Equatable {
    public var name: String
    public var value: String
    public init(_ name: String, _ value: String) {
      self.name = name
      self.value = value
    }
  }

  public init(measure: String, values: [Double], parameters: [Parameter] = []) {
    self.measure = measure
    self.values = values
    self.parameters = parameters
  }

  public subscript(node: NodeID) -> Double { values[Int(node)] }

  /// Nodes ordered by decreasing value, ties broken by name (then id), as the CLI prints them;
  /// NaN sorts last. With `limit`, only the first `limit` (found in O(n log limit) before the
  /// final sort, so a top-20 query on a million nodes sorts a handful of names). `include`
  /// restricts the nodes ranked (for example to accounts).
  public func ranking(names: NodeNames, limit: Int? = nil, include: ((NodeID) -> Bool)? = nil)
    -> [NodeID]
  {
    let values = self.values
    func key(_ v: Double) -> Double { v.isNaN ? -.infinity : v }
    var candidates: [NodeID]
    if let limit, limit < values.count {
      guard limit > 0 else { return [] }
      // The limit-th largest key, with a min-heap of the best keys seen.
      var heap = MinHeap(capacity: limit)
      for v in 0..<values.count where include?(NodeID(v)) ?? true {
        let k = key(values[v])
        if heap.count < limit {
          heap.push(k, UInt32(truncatingIfNeeded: v))
        } else if let smallest = heap.min, k > smallest.key {
          heap.replaceMin(k, UInt32(truncatingIfNeeded: v))
        }
      }
      let threshold = heap.count < limit ? -Double.infinity : heap.min?.key ?? -Double.infinity
      candidates = (0..<values.count).compactMap { v in
        (include?(NodeID(v)) ?? true) && key(values[v]) >= threshold ? NodeID(v) : nil
      }
    } else {
      candidates = (0..<values.count).compactMap { v in
        (include?(NodeID(v)) ?? true) ? NodeID(v) : nil
      }
    }
    candidates.sort { a, b in
      let x = values[Int(a)]
      let y = values[Int(b)]
      if x != y && !(x.isNaN && y.isNaN) {
        if x.isNaN { return false }
        if y.isNaN { return true }
        return x > y
      }
      let nameA = names.name(of: a)
      let nameB = names.name(of: b)
      return nameA != nameB ? nameA < nameB : a < b
    }
    if let limit, candidates.count > limit { candidates.removeLast(candidates.count - limit) }
    return candidates
  }

  /// The rank of `node` (1 = highest) among the included nodes, competition style: tied values
  /// share the best rank, as `scipy.stats.rankdata(-values, method="min")`. NaN ranks last.
  public func rank(of node: NodeID, include: ((NodeID) -> Bool)? = nil) -> Int {
    let value = values[Int(node)]
    var better = 0
    for v in 0..<values.count where include?(NodeID(v)) ?? true {
      let other = values[v]
      if value.isNaN ? !other.isNaN : other > value { better += 1 }
    }
    return better + 1
  }

  /// The rank of every node (1 = highest value), competition style: tied values share the best
  /// rank ("1224"), as in `scipy.stats.rankdata(method="min")` on the negated values.
  public func ranks(names: NodeNames) -> [Int] {
    let order = ranking(names: names)
    var ranks = [Int](repeating: 0, count: values.count)
    var previous = Double.nan
    var rank = 0
    for (position, node) in order.enumerated() {
      let value = values[Int(node)]
      if position == 0 || !(value == previous || (value.isNaN && previous.isNaN)) {
        rank = position + 1
      }
      ranks[Int(node)] = rank
      previous = value
    }
    return ranks
  }
}
