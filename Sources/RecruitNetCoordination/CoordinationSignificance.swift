/// How a significance test of coordination edges is run (recorded with its results, so an
/// output can say how its p-values were made).
public struct CoordinationSignificanceParameters: Sendable, Equatable, Codable {
  public var nullModel: CoordinationNullModel
  /// The number of null data sets N; the smallest p-value possible is 1 / (N + 1).
  public var permutations: Int
  /// The seed; permutation i draws from `SeededGenerator(seed: seed, stream: i)`, so a seed gives
  /// the same p-values on every machine and for every thread count.
  public var seed: UInt64
  /// The false discovery rate α: edges with q ≤ α survive.
  public var fdrLevel: Double

  /// The most permutations a run may ask for (a sanity bound on user input, not a tuning knob).
  public static let maxPermutations = 1_000_000

  public init(
    nullModel: CoordinationNullModel = .shuffle, permutations: Int = 999, seed: UInt64 = 1,
    fdrLevel: Double = 0.05
  ) {
    self.nullModel = nullModel
    self.permutations = permutations
    self.seed = seed
    self.fdrLevel = fdrLevel
  }

  /// Checks the ranges: 1 ≤ permutations ≤ ``maxPermutations``, 0 < fdrLevel < 1.
  public func validate() throws(CoordinationError) {
    guard permutations >= 1, permutations <= Self.maxPermutations else {
      throw CoordinationError(
        .parameterOutOfRange(
          name: "the number of permutations", value: Double(permutations),
          allowed: "between 1 and \(Self.maxPermutations)"))
    }
    guard fdrLevel > 0, fdrLevel < 1 else {
      throw CoordinationError(
        .parameterOutOfRange(
          name: "the false discovery rate", value: fdrLevel, allowed: "between 0 and 1 (exclusive)"
        ))
    }
  }
}

/// One observed edge with its permutation test.
public struct CoordinationEdgeSignificance: Sendable, Equatable, Codable {
  public var edge: CoordinationEdge
  /// The number of null data sets in which the edge's weight was at least the observed one.
  public var exceedances: Int
  /// `(1 + exceedances) / (permutations + 1)` (Phipson & Smyth 2010).
  public var pValue: Double
  /// The Benjamini–Hochberg adjusted p-value over all ``CoordinationSignificance/testedPairs``.
  public var qValue: Double

  public init(edge: CoordinationEdge, exceedances: Int, pValue: Double, qValue: Double) {
    self.edge = edge
    self.exceedances = exceedances
    self.pValue = pValue
    self.qValue = qValue
  }
}

/// The permutation test of a coordination network: every observed edge with its p-value and
/// q-value, how many tests the false discovery rate was controlled over, and what survives.
///
/// The tests are the ordered account pairs that share at least one object (``testedPairs``):
/// exactly the pairs a null data set can link, because the null models move times and never
/// objects. The pairs with no observed edge have observed weight 0 and p = 1; they are not
/// listed but count in the Benjamini–Hochberg m. Testing only the observed edges would be
/// wrong: an edge exists because its weight was at least 1, so in sparse data almost every
/// observed edge would look significant against nulls in which the pair rarely meets. (On
/// uncoordinated test data, `SignificanceTests.falsePositiveRateAtTheLevel`, 0.065–0.094 of the
/// observed edges have p ≤ 0.05, against 0.0085–0.012 of the tested pairs.)
///
/// A minimum weight above 1 leaves out the edges below it; their pairs still count in m, as if
/// their p-value were 1, which keeps the procedure valid (only stricter).
public struct CoordinationSignificance: Sendable, Codable {
  public var parameters: CoordinationSignificanceParameters
  /// The network the observed edges come from.
  public var network: CoordinationParameters
  /// The observed edges (weight ≥ the network's minimum weight), sorted by (source, target).
  public var edges: [CoordinationEdgeSignificance]
  /// m: the ordered pairs of different accounts that share at least one object, or an upper
  /// bound of it when ``testedPairsIsExact`` is false (counting them exactly would have cost more
  /// than the network's pair budget; an upper bound keeps the procedure valid, if stricter).
  public var testedPairs: Int
  public var testedPairsIsExact: Bool

  public init(
    parameters: CoordinationSignificanceParameters, network: CoordinationParameters,
    edges: [CoordinationEdgeSignificance], testedPairs: Int, testedPairsIsExact: Bool
  ) {
    self.parameters = parameters
    self.network = network
    self.edges = edges
    self.testedPairs = testedPairs
    self.testedPairsIsExact = testedPairsIsExact
  }

  /// The edges with q ≤ the false discovery rate, sorted by (source, target).
  public var survivors: [CoordinationEdgeSignificance] {
    edges.filter { $0.qValue <= parameters.fdrLevel }
  }

  /// The number of ``survivors``.
  public var survivorCount: Int {
    edges.reduce(0) { $0 + ($1.qValue <= parameters.fdrLevel ? 1 : 0) }
  }

  /// The smallest q-value an edge could reach, `m / (E · (N + 1))` capped at 1 for E observed
  /// edges: the q-value if every observed edge had the smallest permutation p-value. When it is
  /// above the level no edge can survive, whatever the data: k edges can survive at level α only
  /// if `N + 1 ≥ m / (k · α)`, so m decides how many permutations a data set needs.
  public var smallestPossibleQValue: Double {
    min(
      1, Double(testedPairs) / (Double(max(1, edges.count)) * Double(parameters.permutations + 1)))
  }
}
