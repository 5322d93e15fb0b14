/// A backbone filter for a coordination network: which edges to keep so that its structure shows
/// through the noise of incidental co-activity.
///
/// Coordination networks are dense with weak ties (two accounts that once retweeted the same viral
/// post), so a report or a diagram needs a sparser network. Three filters:
///
/// - ``Filter/percentile(_:)``: a global weight threshold, the `p`-th percentile of the edge
///   weights (numpy's default, linear interpolation). Keeps the heaviest edges of the network, and
///   with them only the busiest accounts.
/// - ``Filter/topK(_:)``: each account keeps its `k` heaviest edges. Every account with an edge
///   stays, whatever its activity.
/// - ``Filter/disparity(alpha:)``: the disparity filter of Serrano, Boguñá & Vespignani (2009):
///   an edge is kept when its weight is an unusually large share of an endpoint's strength under a
///   null model of uniformly random shares. Local like top-k, but adaptive: a hub keeps many
///   edges only if its weight is spread unevenly.
///
/// ```swift
/// let backbone = CoordinationBackbone(.disparity(alpha: 0.05))
/// let result = try backbone.extract(from: network.edges, accountCount: accounts.count)
/// for (index, edge) in zip(result.keptIndices, result.edges) {
///   print(edge.source, edge.target, edge.weight, result.alphas[index])
/// }
/// ```
///
/// ## Direction
/// With ``isDirected`` false (the default, and netbone's reading), each pair of accounts is one
/// undirected edge whose weight is the sum of its two directions (a missing direction counts 0);
/// both directed edges of a kept pair are kept, and both carry the pair's α. With ``isDirected``
/// true, every directed edge is judged on its own (see each filter).
///
/// The input is a list of directed edges with distinct `(source, target)` pairs, as a
/// ``CoordinationNetwork``'s are; its order does not matter, and the result keeps it.
///
/// - Reference: M. Á. Serrano, M. Boguñá, A. Vespignani, "Extracting the multiscale backbone of
///   complex weighted networks", PNAS 106(16):6483–6488 (2009), doi:10.1073/pnas.0808904106.
public struct CoordinationBackbone: Sendable, Equatable {
  /// The rule that decides which edges stay.
  public enum Filter: Sendable, Equatable {
    /// Keep the edges whose weight is at least the `p`-th percentile (`0...100`) of the edge
    /// weights (one value per pair of accounts when undirected, per directed edge otherwise).
    ///
    /// The percentile is numpy's default (`numpy.percentile(weights, p)`, method `"linear"`):
    /// with the `n` weights sorted, `h = (n − 1)·p/100`, and the value is `x[⌊h⌋]` plus the
    /// fraction `h − ⌊h⌋` of the way to `x[⌊h⌋ + 1]` (`x[n − 1]` when `h ≥ n − 1`), computed
    /// with numpy's own rounding. `p = 0` keeps every edge, `p = 100` the heaviest ones.
    case percentile(Double)
    /// Keep, for each account, its `k` (at least 1) heaviest edges: its out-edges when
    /// directed, its incident pairs when undirected (a pair stays if it is among the `k`
    /// heaviest of either account).
    ///
    /// Ties: every edge that weighs as much as the account's `k`-th heaviest stays, so an
    /// account may keep more than `k` edges. The result never depends on how accounts are
    /// numbered. An account with `k` edges or fewer keeps them all.
    case topK(Int)
    /// Keep the edges whose disparity α is below `alpha` (in `(0, 1]`); the strict `<` is
    /// netbone's `threshold_filter`.
    ///
    /// For an account `i` with degree `k` and strength `s`, an edge of weight `w` has
    /// `α_i = (1 − w/s)^(k − 1)`, the probability that a uniformly random split of `s` into `k`
    /// shares gives this edge at least `w`. An edge's α is the smaller of its two endpoints'
    /// (kept when significant for either). Undirected: degree and strength count pairs and their
    /// summed weights. Directed (Serrano et al.'s directed variant): the source's α over its
    /// out-degree and out-strength, the target's over its in-degree and in-strength.
    ///
    /// An endpoint of degree 1 gives `α = 1` (the formula's `(1 − 1)^0`), so the edge is judged
    /// by the other endpoint alone. netbone 0.2.3 skips degree-1 nodes, which is the same except
    /// for an edge whose two endpoints both have degree 1: netbone leaves its p-value undefined
    /// (NaN) and never keeps it; here its α is 1, and it is never kept either.
    case disparity(alpha: Double)
  }

  /// The rule that decides which edges stay.
  public var filter: Filter
  /// Whether each directed edge is judged on its own (`true`) or each pair of accounts as one
  /// undirected edge weighing the sum of both directions (`false`).
  public var isDirected: Bool

  /// A backbone filter; undirected unless `isDirected` is set.
  public init(_ filter: Filter, isDirected: Bool = false) {
    self.filter = filter
    self.isDirected = isDirected
  }

  /// Checks the filter's parameter.
  ///
  /// - Throws: ``CoordinationError/Code/parameterOutOfRange(name:value:allowed:)`` for a
  ///   percentile outside `[0, 100]`, `k < 1`, or `alpha` outside `(0, 1]` (NaN included).
  public func validate() throws(CoordinationError) {
    switch filter {
    case .percentile(let p):
      guard p >= 0 && p <= 100 else {
        throw CoordinationError(
          .parameterOutOfRange(name: "percentile", value: p, allowed: "between 0 and 100"))
      }
    case .topK(let k):
      guard k >= 1 else {
        throw CoordinationError(
          .parameterOutOfRange(name: "k", value: Double(k), allowed: "at least 1"))
      }
    case .disparity(let alpha):
      guard alpha > 0 && alpha <= 1 else {
        throw CoordinationError(
          .parameterOutOfRange(
            name: "alpha", value: alpha, allowed: "above 0 and at most 1"))
      }
    }
  }

  /// The backbone of a coordination network: the edges the filter keeps, in their input order.
  ///
  /// - Parameters:
  ///   - edges: directed edges with distinct `(source, target)` pairs, in any order.
  ///   - accountCount: the number of accounts; every endpoint must be below it.
  /// - Returns: the kept edges, their indices in `edges`, and for the disparity filter every
  ///   edge's α (for the percentile filter, the weight threshold).
  /// - Throws: ``CoordinationError/Code/parameterOutOfRange(name:value:allowed:)`` for a bad
  ///   parameter (see ``validate()``), an endpoint not below `accountCount`, a weight below 1,
  ///   or a self-loop; nothing is computed then.
  /// - Complexity: for E edges and n accounts, O(E + n) for the disparity filter, O(E log E + n)
  ///   for the percentile (sorting the weights) and top-k (sorting each account's weights);
  ///   memory O(E + n) in flat arrays.
  public func extract(
    from edges: [CoordinationEdge], accountCount: Int
  ) throws(CoordinationError) -> CoordinationBackboneResult {
    try validate()
    try Self.check(edges, accountCount: accountCount)
    let units = BackboneUnits(edges, isDirected: isDirected, accountCount: accountCount)
    let keptUnits: [Bool]
    let alphas: [Double]
    let threshold: Double?
    switch filter {
    case .percentile(let p):
      threshold = Self.percentile(of: units.weight.sorted(), p)
      keptUnits = units.weight.map { $0 >= threshold ?? .infinity }
      alphas = []
    case .topK(let k):
      keptUnits = units.topK(k, accountCount: accountCount)
      alphas = []
      threshold = nil
    case .disparity(let alpha):
      let unitAlphas = units.disparityAlphas(accountCount: accountCount)
      keptUnits = unitAlphas.map { $0 < alpha }
      alphas = units.unitOfEdge.map { unitAlphas[Int($0)] }
      threshold = nil
    }
    var keptIndices: [Int] = []
    for (index, unit) in units.unitOfEdge.enumerated() where keptUnits[Int(unit)] {
      keptIndices.append(index)
    }
    return CoordinationBackboneResult(
      backbone: self, keptIndices: keptIndices, edges: keptIndices.map { edges[$0] },
      alphas: alphas, weightThreshold: threshold)
  }

  /// Every edge's disparity α (see ``Filter/disparity(alpha:)``), in the order of `edges`,
  /// without filtering: what a report prints beside each edge, or the input of a scan over α.
  ///
  /// - Throws: ``CoordinationError/Code/parameterOutOfRange(name:value:allowed:)`` as
  ///   ``extract(from:accountCount:)`` does for the edges.
  /// - Complexity: O(E + n) for E edges and n accounts.
  public static func disparityAlphas(
    of edges: [CoordinationEdge], accountCount: Int, isDirected: Bool = false
  ) throws(CoordinationError) -> [Double] {
    try check(edges, accountCount: accountCount)
    let units = BackboneUnits(edges, isDirected: isDirected, accountCount: accountCount)
    let unitAlphas = units.disparityAlphas(accountCount: accountCount)
    return units.unitOfEdge.map { unitAlphas[Int($0)] }
  }

  /// numpy's default percentile (`method="linear"`) of ascending `sorted` values, `p` in
  /// `[0, 100]`; nil when there are none. The same floating-point steps as numpy 2.4: `q = p/100`,
  /// `h = (n − 1)·q`, `γ = h − ⌊h⌋`, then `a + (b − a)·γ` for `γ < 0.5` and `b − (b − a)·(1 − γ)`
  /// otherwise, so thresholds that fall on a weight match it exactly.
  static func percentile(of sorted: [Double], _ p: Double) -> Double? {
    guard let last = sorted.last else { return nil }
    let h = Double(sorted.count - 1) * (p / 100)
    if h >= Double(sorted.count - 1) { return last }
    let below = h.rounded(.down)
    let gamma = h - below
    let a = sorted[Int(below)]
    let b = sorted[Int(below) + 1]
    let difference = b - a
    return gamma >= 0.5 ? b - difference * (1 - gamma) : a + difference * gamma
  }

  /// Rejects edges the filters cannot judge: an endpoint not below `accountCount`, a weight below
  /// 1, a self-loop.
  static func check(_ edges: [CoordinationEdge], accountCount: Int) throws(CoordinationError) {
    guard accountCount >= 0 else {
      throw CoordinationError(
        .parameterOutOfRange(
          name: "account count", value: Double(accountCount), allowed: "at least 0"))
    }
    for edge in edges {
      let largest = max(edge.source, edge.target)
      guard Int(largest) < accountCount else {
        throw CoordinationError(
          .parameterOutOfRange(
            name: "edge endpoint", value: Double(largest),
            allowed: "below the account count \(accountCount)"))
      }
      guard edge.weight >= 1 else {
        throw CoordinationError(
          .parameterOutOfRange(
            name: "edge weight", value: Double(edge.weight), allowed: "at least 1"))
      }
      guard edge.source != edge.target else {
        throw CoordinationError(
          .parameterOutOfRange(
            name: "self-loop at account", value: Double(edge.source),
            allowed: "absent (a backbone edge joins two different accounts)"))
      }
    }
  }
}

/// What a backbone filter kept.
public struct CoordinationBackboneResult: Sendable {
  /// The filter that made it.
  public var backbone: CoordinationBackbone
  /// The indices of the kept edges in the input, ascending.
  public var keptIndices: [Int]
  /// The kept edges, in input order (`edges[i]` is input edge `keptIndices[i]`).
  public var edges: [CoordinationEdge]
  /// For the disparity filter, every input edge's α (kept or not), in input order; empty for the
  /// other filters.
  public var alphas: [Double]
  /// For the percentile filter, the weight an edge needed (nil when there were no edges); nil
  /// for the other filters.
  public var weightThreshold: Double?

  /// A result, as ``CoordinationBackbone/extract(from:accountCount:)`` makes it.
  public init(
    backbone: CoordinationBackbone, keptIndices: [Int], edges: [CoordinationEdge],
    alphas: [Double], weightThreshold: Double?
  ) {
    self.backbone = backbone
    self.keptIndices = keptIndices
    self.edges = edges
    self.alphas = alphas
    self.weightThreshold = weightThreshold
  }
}
