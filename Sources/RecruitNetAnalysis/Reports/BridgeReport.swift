import Foundation
import RecruitNetCentrality
import RecruitNetIO

/// Edge betweenness as text: the top bridges by their endpoints, with the conventions.
public struct BridgeReport: Sendable {
  public var answer: BridgeAnswer
  public var network: String
  /// Edges listed; nil: every edge.
  public var top: Int?
  public var pseudonymizer: Pseudonymizer?

  public init(answer: BridgeAnswer, network: String, top: Int?, pseudonymizer: Pseudonymizer?) {
    self.answer = answer
    self.network = network
    self.top = top
    self.pseudonymizer = pseudonymizer
  }

  var conventions: String {
    let r = answer.request
    var parts = [
      "networkx edge_betweenness_centrality: every ordered pair (s, t), endpoints included",
      answer.isDirected ? "directed edges" : "undirected (an edge sums its two directions)",
      r.isNormalized
        ? "normalized by K(n-1) with K the sources"
        : "not normalized: times n/K" + (answer.isDirected ? "" : ", halved"),
      r.length == .hops
        ? "unweighted (hops)"
        : "weighted, length = " + (r.length == .distance ? "weight" : "1/weight"),
    ]
    if let k = r.sampleSize {
      parts.append("sampled: \(k) sources (seed \(r.seed)), sums scaled by n/k")
    } else {
      parts.append("exact")
    }
    return parts.joined(separator: "; ")
  }

  public func text(_ format: ReportFormat) -> String {
    let scores = answer.scores
    let shown = PrintedNames(names: answer.names, pseudonymizer: pseudonymizer)
    let order = scores.top(top ?? scores.count)
    switch format {
    case .json:
      var parameters: [String: Any] = [:]
      for p in scores.parameters { parameters[p.name] = ParameterJSON.value(p.value) }
      let object: [String: Any] = [
        "network": network, "edge_type": answer.request.edgeType ?? "all (merged)",
        "nodes": answer.nodeCount, "edges": answer.edgeCount, "directed": answer.isDirected,
        "measure": "edge_betweenness", "parameters": parameters, "conventions": conventions,
        "bridges": order.map { i -> [String: Any] in
          [
            "source": shown(scores.sources[i]), "target": shown(scores.targets[i]),
            "edge_betweenness": scores.values[i],
          ]
        },
      ]
      return JSONText.encode(object) + "\n"
    case .csv:
      var text = CSVText.row(["source", "target", "edge_betweenness"])
      for i in order {
        text += CSVText.row([
          shown(scores.sources[i]), shown(scores.targets[i]), "\(scores.values[i])",
        ])
      }
      return text
    case .table:
      let arrow = answer.isDirected ? "->" : "--"
      let rows =
        [["rank", "edge", "edge betweenness"]]
        + order.enumerated().map { rank, i in
          [
            String(rank + 1), "\(shown(scores.sources[i])) \(arrow) \(shown(scores.targets[i]))",
            TableNumber.text(scores.values[i]),
          ]
        }
      return
        "edge betweenness on \(answer.nodeCount) nodes and \(answer.edgeCount) edges\n\(conventions)\n\n"
        + TextTable.render(rows)
    }
  }
}
