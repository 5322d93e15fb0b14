import RecruitNetCentrality
import RecruitNetGraph

/// Network dismantling: remove nodes by a strategy until the giant component holds at most
/// `until · N` nodes, optionally put back the removed nodes that do not join a cluster above that
/// size, and measure the damage curve and robustness.
///
/// Conventions: the graph is made undirected and simple (``SimpleGraph``); isolates count in N;
/// the giant component after each removal comes from ``giantComponentSizes(of:removing:)``; ties
/// go to the lowest node id. The attack checks the giant on a geometric schedule (every ⌈k/16⌉
/// removals) and the order is cut at the first removal that reached the threshold, so the order is
/// exactly "until the giant is ≤ until · N". A custom order is removed in full (it ignores `until`).
///
/// R (Schneider, Moreira, Andrade, Havlin & Herrmann 2011, "Mitigation of malicious attacks on
/// networks", PNAS 108:3838, doi:10.1073/pnas.1009440108) is R = (1/N) Σ_{k=1}^{N} s(k/N) over the
/// completed sequence: after the strategy's nodes, what remains is removed by adaptive degree.
///
/// - Complexity: the strategy's own cost, plus O((N + M) α(N)) per giant check (O(log N) checks
///   with the geometric schedule), plus O((N + M) log N) for the completion.
public struct Dismantling: Sendable {
  public var strategy: DismantlingStrategy
  /// The stopping fraction: the attack stops once the giant is ≤ max(1, ⌊until · N⌋) nodes (on a
  /// network of fewer than 1/until nodes, once no edge is left, rather than removing every node).
  /// 0 runs to the end.
  public var until: Double = 0.01
  /// Whether to reinsert removed nodes after the attack (``reinsert(into:removed:threshold:)``).
  public var reinsert = false

  public init(strategy: DismantlingStrategy, until: Double = 0.01, reinsert: Bool = false) {
    self.strategy = strategy
    self.until = until
    self.reinsert = reinsert
  }

  /// Dismantles `graph` (made undirected and simple first).
  public func run(on graph: Graph) throws(DismantlingError) -> DismantlingResult {
    try run(on: SimpleGraph(graph))
  }

  package func run(on simple: SimpleGraph) throws(DismantlingError)
    -> DismantlingResult
  {
    guard until >= 0, until <= 1, until.isFinite else {
      throw DismantlingError(.untilOutOfRange(until))
    }
    let n = simple.nodeCount
    let threshold = until == 0 ? 0 : max(1, Int((until * Double(n)).rounded(.down)))
    var order: [NodeID]
    switch strategy {
    case .custom(let list):
      var seen = [Bool](repeating: false, count: n)
      for v in list {
        guard Int(v) < n else {
          throw DismantlingError(.badCustomOrder(node: Int(v), reason: "is not in the graph"))
        }
        guard !seen[Int(v)] else {
          throw DismantlingError(.badCustomOrder(node: Int(v), reason: "is listed twice"))
        }
        seen[Int(v)] = true
      }
      order = list
    case .degree:
      var attack = DegreeAttack(simple)
      order = attackOrder(simple, threshold) { attack.next() }
    case .collectiveInfluence(let radius):
      guard (1...3).contains(radius) else { throw DismantlingError(.radiusOutOfRange(radius)) }
      let attack = CollectiveInfluenceAttack(simple, radius: radius)
      order = attackOrder(simple, threshold) { attack.next() }
    case .coreHD:
      var attack = CoreHDAttack(simple)
      order = attackOrder(simple, threshold) { attack.next() }
    case .pageRank(let every):
      var attack = CentralityAttack(simple, measure: .pageRank, recomputeEvery: every)
      order = try centralityOrder(simple, threshold, &attack)
    case .betweenness(let every, let above, let epsilon, let seed):
      var attack = CentralityAttack(
        simple,
        measure: .betweenness(sampleAbove: above, epsilon: epsilon, seed: seed),
        recomputeEvery: every)
      order = try centralityOrder(simple, threshold, &attack)
    }
    let attackRemovals = order.count
    if reinsert {
      order = RecruitNetDismantling.reinsert(into: simple, removed: order, threshold: threshold)
    }
    var removed = [Bool](repeating: false, count: n)
    for v in order { removed[Int(v)] = true }
    var completion = DegreeAttack(simple, removed: removed)
    var full = order
    full.reserveCapacity(n)
    while let v = completion.next() { full.append(v) }
    let fullSizes = giantComponentSizes(of: simple, removing: full)
    var firstBelow: [Double: Double] = [:]
    for p in DismantlingResult.reportedFractions {
      let limit = p * Double(n)
      if let k = fullSizes.firstIndex(where: { Double($0) < limit }) {
        firstBelow[p] = n > 0 ? Double(k) / Double(n) : 0
      }
    }
    let robustness =
      n > 0 ? Double(fullSizes.dropFirst().reduce(0, +)) / (Double(n) * Double(n)) : 0
    var parameters: [String: String] = ["until": "\(until)"]
    for (name, value) in strategy.parameters { parameters[name] = value }
    return DismantlingResult(
      strategy: strategy.name, parameters: parameters, reinserted: reinsert, nodeCount: n,
      threshold: threshold, order: order, attackRemovals: attackRemovals,
      giantSizes: Array(fullSizes.prefix(order.count + 1)), firstBelow: firstBelow,
      robustness: robustness)
  }

  /// Pulls removals from `next` until the giant is ≤ `threshold`, checking on a geometric
  /// schedule and cutting the order at the first removal that reached the threshold.
  private func attackOrder(_ graph: SimpleGraph, _ threshold: Int, _ next: () -> NodeID?)
    -> [NodeID]
  {
    var order: [NodeID] = []
    if giantComponentSizes(of: graph, removing: [])[0] <= threshold { return order }
    var nextCheck = 1
    while let v = next() {
      order.append(v)
      if order.count >= nextCheck || order.count == graph.nodeCount {
        if let cut = cutAtThreshold(graph, order, threshold) { return cut }
        nextCheck = order.count + max(1, order.count / 16)
      }
    }
    return order
  }

  private func centralityOrder(
    _ graph: SimpleGraph, _ threshold: Int, _ attack: inout CentralityAttack
  )
    throws(DismantlingError) -> [NodeID]
  {
    var failure: CentralityError? = nil
    let order = attackOrder(graph, threshold) {
      do throws(CentralityError) { return try attack.next() } catch {
        failure = error
        return nil
      }
    }
    if let failure { throw DismantlingError(.centralityFailed(failure.message)) }
    return order
  }

  /// The shortest prefix of `order` after which the giant is ≤ `threshold`, if there is one.
  private func cutAtThreshold(_ graph: SimpleGraph, _ order: [NodeID], _ threshold: Int)
    -> [NodeID]?
  {
    let sizes = giantComponentSizes(of: graph, removing: order)
    guard let last = sizes.last, last <= threshold else { return nil }
    guard let k = sizes.firstIndex(where: { $0 <= threshold }) else { return nil }
    return Array(order.prefix(k))
  }
}
