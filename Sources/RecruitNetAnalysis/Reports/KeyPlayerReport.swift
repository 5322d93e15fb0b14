import Foundation
import RecruitNetKeyPlayers

/// The conventions every key-player and what-if output states, so that a reader can recompute
/// the numbers (Borgatti 2006, Comput Math Organiz Theor 12:21–34).
enum KeyPlayerConventions {
  static func object(denominator: FragmentationDenominator?) -> [String: Any] {
    var object: [String: Any] = [
      "graph":
        "made undirected and simple (edge directions, weights, repeats and self-loops ignored)",
      "isolates": "kept",
      "fragmentation":
        "F = 1 - sum_k s_k(s_k-1) / (n(n-1)) over components after removal (Borgatti eq. 4)",
      "distance_fragmentation":
        "DF = 1 - 2 sum_{i<j} (1/d_ij) / (n(n-1)), 1/d = 0 between components (eq. 9)",
      "denominators":
        "remaining: n = N - k (the graph after deletion, Borgatti); all: n = N, removed nodes as isolates",
      "reach":
        "sum over j outside S of 1/d(S,j), divided by N - |S| (with targets: by the number of targets; targets in S count 0)",
    ]
    if let denominator { object["printed_denominator"] = denominator.rawValue }
    return object
  }

  static func line(denominator: FragmentationDenominator) -> String {
    "graph made undirected and simple, isolates kept; F and DF divide by the pairs among "
      + (denominator == .remaining ? "the N - k remaining nodes" : "all N nodes")
  }

  static func scoreObject(_ score: KeyPlayerScore) -> [String: Any] {
    [
      "fragmentation": ["remaining": score.fragmentationRemaining, "all": score.fragmentationAll],
      "distance_fragmentation": [
        "remaining": score.distanceFragmentationRemaining, "all": score.distanceFragmentationAll,
      ],
      "connected_pairs": score.connectedPairs, "inverse_distance_sum": score.inverseDistanceSum,
      "reach": score.reach, "m_reach": score.mReach, "m": score.reachDistance,
    ]
  }

  static func rounded(_ value: Double) -> String { String(format: "%.4f", value) }
}

/// A key-player answer as text: the sets with F, DF and reach, the method and the conventions.
public struct KeyPlayerReport: Sendable {
  public var answer: KeyPlayerAnswer
  public var network: String

  public init(answer: KeyPlayerAnswer, network: String) {
    self.answer = answer
    self.network = network
  }

  var statusText: String {
    switch answer.result.status {
    case .optimal: "optimal"
    case .timeLimited: "time-limited"
    case .heuristic: "greedy"
    }
  }

  public func text(_ format: ReportFormat) -> String {
    let result = answer.result
    let denominator = answer.request.denominator
    switch format {
    case .json:
      var method: [String: Any] = [
        "search": result.method, "status": statusText, "seconds": result.seconds,
        "tie_count": result.tieCount,
      ]
      if result.method == "greedy" || answer.request.method != .exact {
        method["restarts"] = result.restarts
        method["seed"] = result.seed
      }
      if let greedy = result.greedyValue { method["greedy_value"] = greedy }
      if case .timeLimited(let bestPossible, let unexplored) = result.status {
        method["best_possible"] = bestPossible
        method["gap"] = abs(
          bestPossible - (result.scores.first?.value(result.objective, .remaining) ?? 0))
        method["unexplored_fraction"] = unexplored
      }
      let sets: [[String: Any]] = zip(answer.sets, result.scores).map { names, score in
        var object = KeyPlayerConventions.scoreObject(score)
        object["accounts"] = names
        object["value"] = score.value(result.objective, denominator)
        return object
      }
      var parameters: [String: Any] = [
        "objective": result.objective.rawValue, "k": result.k,
        "method": answer.request.method.rawValue, "denominator": denominator.rawValue,
        "restarts": answer.request.restarts, "seed": answer.request.seed,
        "tie_limit": answer.request.tieLimit,
      ]
      if let limit = answer.request.timeLimit { parameters["time_limit"] = limit }
      if !answer.request.excluded.isEmpty { parameters["excluded"] = answer.request.excluded }
      if !answer.request.targets.isEmpty { parameters["targets"] = answer.request.targets }
      let object: [String: Any] = [
        "network": network, "edge_type": answer.request.edgeType ?? "all (merged)",
        "nodes": answer.nodeCount, "edges": answer.edgeCount, "parameters": parameters,
        "conventions": KeyPlayerConventions.object(denominator: denominator),
        "method": method, "sets": sets,
      ]
      return JSONText.encode(object) + "\n"
    case .csv:
      var text = CSVText.row([
        "set", "accounts", "value", "fragmentation_remaining", "fragmentation_all",
        "distance_fragmentation_remaining", "distance_fragmentation_all", "reach",
      ])
      for (index, (names, score)) in zip(answer.sets, result.scores).enumerated() {
        text += CSVText.row(
          [String(index + 1), names.joined(separator: ";")]
            + [
              score.value(result.objective, denominator), score.fragmentationRemaining,
              score.fragmentationAll, score.distanceFragmentationRemaining,
              score.distanceFragmentationAll, score.reach,
            ].map { "\($0)" })
      }
      return text
    case .table:
      let rows =
        [["set", "accounts", "F", "DF", "reach"]]
        + zip(answer.sets, result.scores).enumerated().map { index, pair in
          [
            String(index + 1), pair.0.joined(separator: ", "),
            KeyPlayerConventions.rounded(pair.1.fragmentation(denominator)),
            KeyPlayerConventions.rounded(pair.1.distanceFragmentation(denominator)),
            KeyPlayerConventions.rounded(pair.1.reach),
          ]
        }
      var lines = [
        "\(result.objective.rawValue), k = \(result.k), on \(answer.nodeCount) nodes and \(answer.edgeCount) edges"
      ]
      switch result.status {
      case .optimal:
        lines.append(
          "method: exact, optimal (\(result.tieCount) optimal set\(result.tieCount == 1 ? "" : "s"))"
        )
      case .timeLimited(let bestPossible, let unexplored):
        lines.append(
          "method: exact, stopped by the time limit: best possible \(KeyPlayerConventions.rounded(bestPossible)), \(String(format: "%.1f", unexplored * 100))% of the sets unexplored"
        )
      case .heuristic:
        lines.append("method: greedy with swaps, \(result.restarts) restarts, seed \(result.seed)")
      }
      lines.append(KeyPlayerConventions.line(denominator: denominator))
      return lines.joined(separator: "\n") + "\n\n" + TextTable.render(rows)
    }
  }
}

/// A what-if answer as text: before and after, accounts cut off, PageRank rank changes and the
/// next best suspensions.
public struct WhatIfReport: Sendable {
  public var answer: WhatIfAnswer
  public var network: String

  public init(answer: WhatIfAnswer, network: String) {
    self.answer = answer
    self.network = network
  }

  func sideObject(_ side: WhatIfSide) -> [String: Any] {
    var object: [String: Any] = [
      "components": side.components, "giant_size": side.giantSize,
      "fragmentation": [
        "remaining": side.score.fragmentationRemaining, "all": side.score.fragmentationAll,
      ],
      "distance_fragmentation": [
        "remaining": side.score.distanceFragmentationRemaining,
        "all": side.score.distanceFragmentationAll,
      ],
    ]
    if let reach = side.seedReach { object["seed_reach"] = reach }
    if let reached = side.reachedBySeeds { object["reached_by_seeds"] = reached }
    return object
  }

  public func text(_ format: ReportFormat) -> String {
    let a = answer
    switch format {
    case .json:
      let object: [String: Any] = [
        "network": network, "edge_type": a.request.edgeType ?? "all (merged)",
        "nodes": a.nodeCount, "edges": a.edgeCount, "suspended": a.request.suspended,
        "seeds": a.request.seeds,
        "conventions": KeyPlayerConventions.object(denominator: nil)
          .merging([
            "pagerank":
              "networkx pagerank defaults on the network as stored (all types merged, its own direction); after: on the accounts left"
          ]) { $1 },
        "before": sideObject(a.before), "after": sideObject(a.after), "cut_off": a.cutOff,
        "rank_changes": a.rankChanges.map { change -> [String: Any] in
          [
            "account": change.name, "rank_before": change.rankBefore,
            "rank_after": change.rankAfter.map { $0 as Any } ?? NSNull(),
            "pagerank_before": change.pagerankBefore,
            "pagerank_after": change.pagerankAfter.map { $0 as Any } ?? NSNull(),
          ]
        },
        "next_suspensions": a.nextSuspensions.map { next -> [String: Any] in
          [
            "account": next.name, "connected_pairs": next.connectedPairs,
            "fragmentation": [
              "remaining": next.fragmentationRemaining, "all": next.fragmentationAll,
            ],
          ]
        },
      ]
      return JSONText.encode(object) + "\n"
    case .csv:
      var text = CSVText.row(["measure", "before", "after"])
      for (name, b, c) in measureRows() { text += CSVText.row([name, b, c]) }
      return text
    case .table:
      var out =
        "suspending \(a.request.suspended.count) account\(a.request.suspended.count == 1 ? "" : "s") of \(a.nodeCount); "
      out += KeyPlayerConventions.line(denominator: .remaining) + "\n\n"
      out += TextTable.render(
        [["measure", "before", "after"]] + measureRows().map { [$0.0, $0.1, $0.2] })
      if !a.request.seeds.isEmpty {
        out +=
          "\ncut off from every seed: \(a.cutOff.isEmpty ? "none" : a.cutOff.joined(separator: ", "))\n"
      }
      if !a.rankChanges.isEmpty {
        out += "\nPageRank rank changes (top \(a.request.top) before or after):\n"
        out += TextTable.render(
          [["account", "rank before", "rank after"]]
            + a.rankChanges.map {
              [$0.name, String($0.rankBefore), $0.rankAfter.map(String.init) ?? "suspended"]
            })
      }
      if !a.nextSuspensions.isEmpty {
        out += "\nnext best suspensions (one more each, by F):\n"
        out += TextTable.render(
          [["account", "F after", "connected pairs"]]
            + a.nextSuspensions.map {
              [
                $0.name, KeyPlayerConventions.rounded($0.fragmentationRemaining),
                String($0.connectedPairs),
              ]
            })
      }
      return out
    }
  }

  /// The before/after rows (rounded), shared by the table and CSV.
  func measureRows() -> [(String, String, String)] {
    let (b, c) = (answer.before, answer.after)
    let r = KeyPlayerConventions.rounded
    var rows = [
      ("components", String(b.components), String(c.components)),
      ("giant component", String(b.giantSize), String(c.giantSize)),
      ("F (remaining)", r(b.score.fragmentationRemaining), r(c.score.fragmentationRemaining)),
      ("F (all N)", r(b.score.fragmentationAll), r(c.score.fragmentationAll)),
      (
        "DF (remaining)", r(b.score.distanceFragmentationRemaining),
        r(c.score.distanceFragmentationRemaining)
      ),
      ("DF (all N)", r(b.score.distanceFragmentationAll), r(c.score.distanceFragmentationAll)),
    ]
    if let x = b.seedReach, let y = c.seedReach { rows.append(("seed reach", r(x), r(y))) }
    if let x = b.reachedBySeeds, let y = c.reachedBySeeds {
      rows.append(("reached by seeds", String(x), String(y)))
    }
    return rows
  }
}
