/// One directed edge of a coordination network.
///
/// Weights follow the coordination-network-toolkit: ``weight`` is the number of distinct
/// messages of `source` that have at least one match from `target` (a message of `target`
/// sharing an object within the window). With a symmetric window both directions exist but their
/// weights may differ (A posted three times, B once: A → B is 3, B → A is 1). ``pairs`` counts
/// every matched (message of source, message of target, object) triple, the basis of CooRTweet's
/// counts; ``meanDelta`` and ``minDelta`` summarise `|Δt|` over them.
public struct CoordinationEdge: Sendable, Equatable, Codable {
  public var source: UInt32
  public var target: UInt32
  public var weight: Int
  public var pairs: Int
  public var meanDelta: Double
  public var minDelta: Int64

  public init(
    source: UInt32, target: UInt32, weight: Int, pairs: Int, meanDelta: Double, minDelta: Int64
  ) {
    self.source = source
    self.target = target
    self.weight = weight
    self.pairs = pairs
    self.meanDelta = meanDelta
    self.minDelta = minDelta
  }
}

/// What a coordination network was computed from (recorded with saved layers and in reports).
public struct CoordinationParameters: Sendable, Equatable, Codable {
  public var trace: CoordinationTrace
  public var window: CoordinationWindow
  /// Edges with a smaller ``CoordinationEdge/weight`` are left out (the toolkit's
  /// `min_edge_weight`, compared with `>=`).
  public var minWeight: Int
  /// The most in-window event pairs the computation may examine (see
  /// ``Coordination/estimatePairs(_:window:)``).
  public var maxPairs: Int
  /// For co-similar: the least Jaccard similarity of two word sets (the toolkit's
  /// `similarity_threshold`, default 0.9).
  public var similarity: Double = 0.9

  /// The default pair budget: 2 billion pairs, a few minutes of work and no extra memory (pairs
  /// are counted, never stored).
  public static let defaultMaxPairs = 2_000_000_000

  public init(
    trace: CoordinationTrace, window: CoordinationWindow, minWeight: Int = 1,
    maxPairs: Int = defaultMaxPairs
  ) {
    self.trace = trace
    self.window = window
    self.minWeight = minWeight
    self.maxPairs = maxPairs
  }
}

/// A coordination network: its directed edges sorted by (source, target), and the work done.
public struct CoordinationNetwork: Sendable {
  public var parameters: CoordinationParameters
  public var edges: [CoordinationEdge]
  /// Events the traces gave (after the trace's filter).
  public var eventCount: Int
  /// In-window event pairs between different accounts that were examined.
  public var pairsExamined: Int

  public init(
    parameters: CoordinationParameters, edges: [CoordinationEdge], eventCount: Int,
    pairsExamined: Int
  ) {
    self.parameters = parameters
    self.edges = edges
    self.eventCount = eventCount
    self.pairsExamined = pairsExamined
  }
}

/// The cost of a coordination run before it is made: in-window event pairs (ordered, the same
/// account included), and the objects that cost the most.
public struct CoordinationPairEstimate: Sendable {
  public var totalPairs: Int
  /// The costliest objects, most pairs first: (object name, events, pairs).
  public var costliest: [(object: String, events: Int, pairs: Int)]
}

/// One matched pair of messages behind an edge: the evidence.
public struct CoordinationEvidence: Sendable, Equatable {
  public var sourceMessage: String
  public var sourceTime: Int64
  public var targetMessage: String
  public var targetTime: Int64
  public var object: String
  /// `targetTime − sourceTime`.
  public var delta: Int64 { targetTime - sourceTime }

  public init(
    sourceMessage: String, sourceTime: Int64, targetMessage: String, targetTime: Int64,
    object: String
  ) {
    self.sourceMessage = sourceMessage
    self.sourceTime = sourceTime
    self.targetMessage = targetMessage
    self.targetTime = targetTime
    self.object = object
  }
}
