import Foundation
import RecruitNetGraph
import RecruitNetKeyPlayers

/// One key-player search (Borgatti 2006, Comput Math Organiz Theor 12:21–34): the objective,
/// k, the method and every parameter, with the accounts to exclude or to reach by name.
///
/// `Codable`, like ``CentralityRequest``, so the JSON report can carry it verbatim.
public struct KeyPlayerRequest: Sendable, Codable, Equatable {
  public var objective: KeyPlayerObjective = .fragmentation
  public var k = 3
  public var method: KeyPlayerSearch.Method = .auto
  /// Seconds the exact search may run (nil: no limit).
  public var timeLimit: Double? = 10
  public var restarts = 20
  public var seed: UInt64 = 0
  /// The denominator of the printed F and DF (both are always in the JSON).
  public var denominator: FragmentationDenominator = .remaining
  /// Only edges of this type; nil merges every type.
  public var edgeType: String? = nil
  /// Accounts never chosen.
  public var excluded: [String] = []
  /// Reach counts only these accounts (empty: every account).
  public var targets: [String] = []
  /// At most this many tied optimal sets are listed.
  public var tieLimit = 10
  public var threads: Int? = nil

  public init() {}
}

/// A key-player answer with names: the sets, their measures, how they were found, on what.
public struct KeyPlayerAnswer: Sendable {
  public var request: KeyPlayerRequest
  public var result: KeyPlayerSearch.Result
  /// The sets' account names, in the result's order (each in node order).
  public var sets: [[String]]
  public var nodeCount: Int
  public var edgeCount: Int
}

extension NetworkInput {
  /// Runs the request's key-player search on this network made undirected and simple.
  ///
  /// - Throws: ``AnalysisError`` for an unknown account (with close names) or a k that does not
  ///   fit the network, and loading errors.
  public func keyPlayers(_ request: KeyPlayerRequest) async throws -> KeyPlayerAnswer {
    let graph = try await graph(edgeType: request.edgeType)
    let simple = KeyPlayerGraph(graph)
    let excluded = try Self.resolve(request.excluded, what: "excluded account", in: graph.names)
    let targets = try Self.resolve(request.targets, what: "target account", in: graph.names)
    let candidates = simple.nodeCount - Set(excluded).count
    guard request.k >= 1, request.k <= candidates else {
      throw AnalysisError(
        .invalidRequest(
          reason:
            "the set size k must be between 1 and the \(candidates) accounts that may be chosen, got \(request.k)"
        ))
    }
    if request.objective == .reach && !request.targets.isEmpty && targets.isEmpty {
      throw AnalysisError(.invalidRequest(reason: "no target accounts"))
    }
    var search = KeyPlayerSearch()
    search.objective = request.objective
    search.k = request.k
    search.method = request.method
    search.timeLimit = request.timeLimit
    search.restarts = request.restarts
    search.seed = request.seed
    search.targets = targets.isEmpty ? nil : targets
    search.excluded = excluded
    search.tieLimit = request.tieLimit
    if let threads = request.threads { search.threads = threads }
    let result = search.run(on: simple)
    let sets = result.sets.map { set in set.map { graph.names[$0] } }
    return KeyPlayerAnswer(
      request: request, result: result, sets: sets, nodeCount: simple.nodeCount,
      edgeCount: simple.edgeCount)
  }

  /// Node indices of `names`, or an error naming the first unknown one with close matches.
  static func resolve(_ names: [String], what: String, in table: NodeNames) throws(AnalysisError)
    -> [Int]
  {
    try names.map { name throws(AnalysisError) in
      guard let id = table.id(for: name) else { throw AnalysisError.unknown(what, name, in: table) }
      return Int(id)
    }
  }
}

extension SeedList {
  /// The account names of a list file (weights ignored), or of `text` itself split at commas
  /// when no file is at that path.
  public static func names(fileOrList text: String) throws -> [String] {
    if FileManager.default.fileExists(atPath: text) {
      return try read(path: text).seeds.map(\.name)
    }
    return text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
      !$0.isEmpty
    }
  }
}
