import Foundation
import RecruitNetDismantling
import RecruitNetGraph

/// A dismantling run asked of a network: the strategies, the stop fraction, reinsertion, the
/// edge type (one layer of a typed network, or all merged) and the seed of sampled betweenness.
///
/// Strategies are named as on the command line: `degree`, `ci:1` … `ci:3` (`ci` is `ci:2`),
/// `corehd`, `pagerank`, `betweenness`, `custom:FILE` (one account name per line, read by the
/// caller of ``parseStrategy(_:customNames:)``; names are resolved when the graph is loaded).
public struct DismantleRequest: Sendable, Codable, Equatable {
  /// One strategy, by name, with the accounts of a custom order.
  public struct Strategy: Sendable, Codable, Equatable {
    public var name: String
    public var radius: Int?
    public var customNames: [String]?
    /// The label printed for it (`custom:FILE` keeps the file name).
    public var label: String

    public init(name: String, radius: Int? = nil, customNames: [String]? = nil, label: String) {
      self.name = name
      self.radius = radius
      self.customNames = customNames
      self.label = label
    }
  }

  public var strategies: [Strategy] = []
  public var until = 0.01
  public var reinsert = false
  public var edgeType: String? = nil
  public var seed: UInt64 = 0
  /// Adaptive PageRank and betweenness recompute after every this many removals.
  public var recomputeEvery = 1
  /// Betweenness is sampled (ε = 0.05) when more nodes than this remain.
  public var sampleAbove = 2_000

  public init() {}

  /// The strategy names the parser accepts (`custom:FILE` stands for any file).
  public static let strategyNames = [
    "degree", "ci:1", "ci:2", "ci:3", "corehd", "pagerank", "betweenness", "custom:FILE",
  ]

  /// A strategy from its command-line name; `custom` needs `customNames`, read from its file.
  public static func parseStrategy(_ text: String, customNames: [String]? = nil)
    throws(AnalysisError)
    -> Strategy
  {
    switch text {
    case "degree", "corehd", "pagerank", "betweenness": return Strategy(name: text, label: text)
    case "ci": return Strategy(name: "ci", radius: 2, label: "ci:2")
    case "ci:1", "ci:2", "ci:3":
      return Strategy(name: "ci", radius: Int(text.dropFirst(3)), label: text)
    default:
      if text.hasPrefix("custom:"), let customNames {
        return Strategy(name: "custom", customNames: customNames, label: text)
      }
      throw AnalysisError.unknown("strategy", text, in: strategyNames, listing: true)
    }
  }

  /// The library strategy, with custom names resolved on `graph`.
  func strategy(_ strategy: Strategy, on graph: Graph) throws -> DismantlingStrategy {
    switch strategy.name {
    case "degree": return .degree
    case "corehd": return .coreHD
    case "ci": return .collectiveInfluence(radius: strategy.radius ?? 2)
    case "pagerank": return .pageRank(recomputeEvery: recomputeEvery)
    case "betweenness":
      return .betweenness(
        recomputeEvery: recomputeEvery, sampleAbove: sampleAbove, epsilon: 0.05, seed: seed)
    default:
      var order: [NodeID] = []
      for name in strategy.customNames ?? [] {
        guard let id = graph.node(named: name) else {
          throw AnalysisError.unknown("account", name, in: [String]())
        }
        order.append(id)
      }
      return .custom(order)
    }
  }
}

/// One strategy's outcome with the names of the removed accounts.
public struct DismantleRun: Sendable {
  public var label: String
  public var result: DismantlingResult
  public var removedNames: [String]
  /// Seconds the strategy took (attack, reinsertion, curve).
  public var seconds: Double
}

/// The outcome of a ``DismantleRequest``: one run per strategy, in the order asked.
public struct DismantleOutcome: Sendable {
  public var request: DismantleRequest
  public var runs: [DismantleRun]
  public var nodeCount: Int
  public var edgeCount: Int
}

extension NetworkInput {
  /// Loads the network (one edge type, or all merged), makes it undirected and simple, and runs
  /// every strategy of `request`. `progress` hears one line per strategy.
  public func dismantle(_ request: DismantleRequest, progress: (@Sendable (String) -> Void)? = nil)
    async throws -> DismantleOutcome
  {
    progress?("loading \(path)")
    let graph = try await self.graph(edgeType: request.edgeType)
    let simple = SimpleGraph(graph)
    var runs: [DismantleRun] = []
    for strategy in request.strategies {
      progress?("dismantling with \(strategy.label)")
      let started = Date()
      let dismantling = Dismantling(
        strategy: try request.strategy(strategy, on: graph), until: request.until,
        reinsert: request.reinsert)
      let result = try dismantling.run(on: simple)
      let seconds = Date().timeIntervalSince(started)
      runs.append(
        DismantleRun(
          label: strategy.label, result: result,
          removedNames: result.order.map { graph.names.name(of: $0) }, seconds: seconds))
    }
    return DismantleOutcome(
      request: request, runs: runs, nodeCount: simple.nodeCount, edgeCount: simple.edgeCount)
  }
}
