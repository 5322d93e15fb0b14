import RecruitNetGraph

/// One value per node for one measure, with the parameters that produced it.
///
/// Every centrality kernel returns `NodeScores`, so the CLI, the workspace cache and the diagrams
/// treat all measures alike. `parameters` are recorded in the order they were given and printed
/// with results ("outputs record the parameters that produced them").
public struct NodeScores: Sendable, Equatable {
  /// The measure's command-line name (`pagerank`, `betweenness`, …).
  public var measure: String
  /// The value of each node, indexed by ``NodeID``.
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

  /// Nodes ordered by decreasing value, ties broken by name (then id), as the CLI prints them.
  /// NaN sorts last.
  public func ranking(names: NodeNames) -> [NodeID] {
    var order = Array(0 ..< NodeID(truncatingIfNeeded: values.count))
    let values = self.values
    order.sort { a, b in
      let x = values[Int(a)], y = values[Int(b)]
      if x != y {
        if x.isNaN { return false }
        if y.isNaN { return true }
        return x > y
      }
      let nameA = names.name(of: a), nameB = names.name(of: b)
      return nameA != nameB ? nameA < nameB : a < b
    }
    return order
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
      if position == 0 || !(value == previous || (value.isNaN && previous.isNaN)) { rank = position + 1 }
      ranks[Int(node)] = rank
      previous = value
    }
    return ranks
  }
}
