import Foundation
import RecruitNetGraph

/// Finds key players (Borgatti 2006, "Identifying sets of key players in a social network",
/// Comput Math Organiz Theor 12:21–34): the k nodes whose removal fragments the network most
/// (KPP-Neg), or that reach the rest most closely (KPP-Pos), exactly with a proof
/// (``ExactKeyPlayerSearch``) or by Borgatti's swap heuristic (``GreedySwapSearch``).
///
/// Conventions: the graph is made undirected and simple, isolates are kept (``KeyPlayerGraph``);
/// fragmentation values are given under both denominators (``FragmentationDenominator``), which
/// rank sets identically; reach divides by N − k, or, with targets, by the number of targets
/// (targets inside the set count as not reached).
public struct KeyPlayerSearch: Sendable {
  /// How to search.
  public enum Method: String, Sendable, CaseIterable, Codable {
    /// Greedy with swaps first (an incumbent), then the exact search when C(N, k) evaluations
    /// look affordable (see ``exactWorkLimit``), under the time limit.
    case auto
    /// Branch and bound, under the time limit.
    case exact
    /// Borgatti's swap heuristic with restarts.
    case greedy
  }

  public var objective: KeyPlayerObjective = .fragmentation
  /// The set size.
  public var k = 3
  public var method: Method = .auto
  /// Stop the exact search after this many seconds (nil: no limit) and report the gap.
  public var timeLimit: Double? = 10
  public var restarts = 20
  public var seed: UInt64 = 0
  /// Reach counts only these nodes (nil: every node).
  public var targets: [Int]? = nil
  /// These nodes are never chosen (for example accounts already suspended elsewhere).
  public var excluded: [Int] = []
  /// At most this many tied optimal sets are listed (the lexicographically smallest).
  public var tieLimit = 10
  public var threads = ParallelLoop.defaultThreadCount
  /// `auto` runs the exact search when its estimated work (evaluations × N + M per evaluation)
  /// is at most this.
  public var exactWorkLimit = 5e10

  public init() {}

  /// How the reported sets were found.
  public enum Status: Sendable, Equatable {
    /// The exact search finished: the sets are every optimum (up to the tie limit).
    case optimal
    /// The time limit stopped the exact search: the best cost found, a bound no unexplored set
    /// can beat (in objective units: the best value any set could still reach), and the share
    /// of the C(N, k) sets neither evaluated nor pruned.
    case timeLimited(bestPossible: Double, unexploredFraction: Double)
    /// Greedy with swaps only: no proof.
    case heuristic
  }

  /// The answer.
  public struct Result: Sendable {
    public var objective: KeyPlayerObjective
    public var k: Int
    /// The best sets (node indices, sorted), best first, ties in lexicographic order.
    public var sets: [[Int]]
    /// Their scores, in the same order.
    public var scores: [KeyPlayerScore]
    /// How many sets tie for the best value (exact search: all of them when optimal).
    public var tieCount: Int
    public var status: Status
    /// The method that produced the sets: "exact" or "greedy".
    public var method: String
    public var restarts: Int
    public var seed: UInt64
    /// The greedy result's value (when greedy ran): a check on the heuristic.
    public var greedyValue: Double?
    public var seconds: Double
  }

  /// The objective value (under the remaining-nodes denominator) of a cost.
  func value(ofCost cost: Double, graph: KeyPlayerGraph, counted: [UInt8]) -> Double {
    switch objective {
    case .fragmentation, .distanceFragmentation:
      KeyPlayerScore.share(cost, among: graph.nodeCount - k)
    case .reach:
      Double(-cost) / Double(max(1, graph.reachDenominator(targets: counted, setSize: k)))
    }
  }

  /// Searches `graph`.
  ///
  /// - Precondition: 1 ≤ k ≤ N − |excluded| (callers validate user input).
  public func run(on graph: KeyPlayerGraph) -> Result {
    let start = ContinuousClock.now
    let n = graph.nodeCount
    let counted = graph.targetMaskArray(targets)
    let excludedSet = Set(excluded.filter { $0 >= 0 && $0 < n })
    precondition(k >= 1 && k <= n - excludedSet.count, "k must be between 1 and the candidates")
    // Excluded nodes: solved on the graph where they cannot be chosen, by searching the
    // candidates only (their presence still counts in every measure).
    let exact = ExactKeyPlayerSearch.choose(n - excludedSet.count, k)
    let perEvaluation = Double(n + graph.edgeCount * 2)
    let work: Double =
      switch objective {
      case .fragmentation: ExactKeyPlayerSearch.choose(n, k - 1) * perEvaluation
      case .distanceFragmentation: exact * perEvaluation * Double(n)
      case .reach: exact * perEvaluation
      }
    var greedyBest: GreedySwapSearch.Outcome? = nil
    var greedyTies: [[Int]] = []
    if method != .exact {
      let greedy = GreedySwapSearch(
        graph: graph, objective: objective, k: k, counted: counted, excluded: excludedSet)
      let outcomes = greedy.run(restarts: restarts, seed: seed, threads: threads)
      for outcome in outcomes {
        if let best = greedyBest,
          !(outcome.cost < best.cost)
            || KeyPlayerScratch.isTie(outcome.cost, best.cost)
        {
          if KeyPlayerScratch.isTie(outcome.cost, best.cost), !greedyTies.contains(outcome.set) {
            greedyTies.append(outcome.set)
          }
          continue
        }
        greedyBest = outcome
        greedyTies = [outcome.set]
      }
    }
    let greedyValue = greedyBest.map { value(ofCost: $0.cost, graph: graph, counted: counted) }
    let runsExact = method == .exact || (method == .auto && work <= exactWorkLimit)
    var sets: [[Int]]
    var tieCount: Int
    var status: Status
    var methodName: String
    if runsExact {
      var search = ExactKeyPlayerSearch(
        graph: graph, objective: objective, k: k, counted: counted,
        excluded: excludedSet, incumbent: greedyBest?.cost ?? .infinity,
        tieLimit: max(1, tieLimit),
        deadline: timeLimit.map { start + .milliseconds(Int($0 * 1000)) })
      search.run()
      methodName = "exact"
      if search.timedOut {
        let rootBound = search.rootBound
        let unexplored = max(0, 1 - search.covered / max(1, exact))
        status = .timeLimited(
          bestPossible: value(ofCost: rootBound, graph: graph, counted: counted),
          unexploredFraction: unexplored)
        if search.bestSets.isEmpty, greedyBest != nil {
          sets = greedyTies.sorted { $0.lexicographicallyPrecedes($1) }
          tieCount = sets.count
          methodName = "greedy"
        } else {
          sets = search.bestSets
          tieCount = search.tieCount
        }
      } else {
        status = .optimal
        sets = search.bestSets
        tieCount = search.tieCount
      }
    } else {
      sets = greedyTies.sorted { $0.lexicographicallyPrecedes($1) }
      tieCount = sets.count
      status = .heuristic
      methodName = "greedy"
    }
    sets = Array(sets.prefix(max(1, tieLimit)))
    let scores = sets.map { graph.score(of: $0, targets: targets) }
    let elapsed = (ContinuousClock.now - start).components
    return Result(
      objective: objective, k: k, sets: sets, scores: scores, tieCount: tieCount, status: status,
      method: methodName, restarts: method == .exact ? 0 : max(1, restarts), seed: seed,
      greedyValue: greedyValue,
      seconds: Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18)
  }
}
