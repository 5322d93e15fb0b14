import Foundation
import RecruitNetCoordination
import RecruitNetGraph
import RecruitNetIO

/// A coordination network as printed: one row per directed edge, heaviest first in the table
/// (ties by names), in (source, target) order in CSV and JSON; the CSV header starts
/// `source,target,weight` as the coordination-network-toolkit exports it. Accounts are named as
/// imported (user ids for archives that give them), or by pseudonym.
public struct CoordinationReport: Sendable {
  public var result: CoordinationRequest.Result
  public var network: String
  /// Only the first `top` rows of the table.
  public var top: Int? = nil
  public var pseudonymizer: Pseudonymizer? = nil

  public init(result: CoordinationRequest.Result, network: String) {
    self.result = result
    self.network = network
  }

  /// How an account is printed: its user id or node name, or its pseudonym.
  public func printedName(_ node: UInt32) -> String {
    let name = result.accountName(node)
    return pseudonymizer?.pseudonym(for: name) ?? name
  }

  /// The report in `format`.
  public func text(_ format: ReportFormat) -> String {
    let names = printedName
    let edges = result.network.edges
    let parameters = result.network.parameters
    let alphas = result.backboneAlphas
    var alphaOf: [UInt64: Double] = [:]
    if !alphas.isEmpty {
      for (edge, alpha) in zip(edges, alphas) {
        alphaOf[UInt64(edge.source) << 32 | UInt64(edge.target)] = alpha
      }
    }
    let tested = result.significance
    let symmetry = result.symmetry
    let decayed = result.decayedWeights
    func extras(_ edge: CoordinationEdge) -> [String] {
      var cells: [String] = []
      if result.request.decay != nil {
        cells.append(
          decayed[UInt64(edge.source) << 32 | UInt64(edge.target)].map {
            String(format: "%.6g", $0)
          }
            ?? "")
      }
      if tested != nil {
        let test = result.significance(of: edge)
        cells += [
          test.map { String(format: "%.6g", $0.pValue) } ?? "",
          test.map { String(format: "%.6g", $0.qValue) } ?? "",
        ]
      }
      if !alphas.isEmpty {
        cells.append(
          alphaOf[UInt64(edge.source) << 32 | UInt64(edge.target)].map {
            String(format: "%.6g", $0)
          } ?? "")
      }
      return cells
    }
    func row(_ edge: CoordinationEdge) -> [String] {
      var cells = [
        names(edge.source), names(edge.target), String(edge.weight), String(edge.pairs),
        Self.fixed3(mean: edge.meanDelta, count: edge.pairs), String(edge.minDelta),
      ]
      if !symmetry.isEmpty {
        cells.append(
          symmetry[UInt64(edge.source) << 32 | UInt64(edge.target)].map(Self.fixed3) ?? "")
      }
      return cells + extras(edge)
    }
    var header = ["source", "target", "weight", "pairs", "mean_dt", "min_dt"]
    if !symmetry.isEmpty { header.append("symmetry") }
    if result.request.decay != nil { header.append("decayed_weight") }
    if tested != nil { header += ["p_value", "q_value"] }
    if !alphas.isEmpty { header.append("alpha") }
    switch format {
    case .csv:
      return edgesCSV(
        header: header,
        extras: result.request.decay != nil || tested != nil || !alphas.isEmpty ? extras : nil)
    case .json:
      var object: [String: Any] = [
        "network": network, "trace": parameters.trace.rawValue,
        "window": parameters.window.description, "min_weight": parameters.minWeight,
        "events": result.network.eventCount, "pairs_examined": result.network.pairsExamined,
        "edges": edges.map { edge -> [String: Any] in
          var object: [String: Any] = [
            "source": names(edge.source), "target": names(edge.target), "weight": edge.weight,
            "pairs": edge.pairs, "mean_dt": edge.meanDelta, "min_dt": edge.minDelta,
          ]
          if let value = symmetry[UInt64(edge.source) << 32 | UInt64(edge.target)] {
            object["symmetry"] = value
          }
          if let value = decayed[UInt64(edge.source) << 32 | UInt64(edge.target)] {
            object["decayed_weight"] = value
          }
          if let test = result.significance(of: edge) {
            object["p_value"] = test.pValue
            object["q_value"] = test.qValue
          }
          if let alpha = alphaOf[UInt64(edge.source) << 32 | UInt64(edge.target)] {
            object["alpha"] = alpha
          }
          return object
        },
      ]
      if let tested {
        object["significance"] =
          [
            "null_model": tested.parameters.nullModel.rawValue,
            "permutations": tested.parameters.permutations, "seed": tested.parameters.seed,
            "fdr_level": tested.parameters.fdrLevel, "tested_pairs": tested.testedPairs,
            "edges_tested": tested.edges.count, "survivors": tested.survivorCount,
            "smallest_possible_q": tested.smallestPossibleQValue,
          ] as [String: Any]
      }
      if let backbone = result.request.backbone {
        object["backbone"] = backbone.description
        object["edges_before_backbone"] = result.edgesBeforeBackbone
      }
      if let toolkit = parameters.trace.toolkitName { object["toolkit_name"] = toolkit }
      if parameters.trace == .coSimilar { object["similarity"] = parameters.similarity }
      if let since = result.request.since { object["since"] = since }
      if let until = result.request.until { object["until"] = until }
      return JSONText.encode(object)
    case .table:
      let accounts = Set(edges.flatMap { [$0.source, $0.target] }).count
      var lines = [
        "\(parameters.trace.rawValue) (\(parameters.trace.objectDescription) shared, \(parameters.window.description), weight ≥ \(parameters.minWeight)): \(edges.count) directed edges among \(accounts) accounts, from \(result.network.eventCount) events and \(result.network.pairsExamined) in-window pairs"
      ]
      if let tested {
        lines.append(
          "significance: \(tested.survivorCount) of \(tested.edges.count) edges have q ≤ \(tested.parameters.fdrLevel) (Benjamini–Hochberg over \(tested.testedPairs) tested pairs; \(tested.parameters.permutations) permutations, \(tested.parameters.nullModel.rawValue), seed \(tested.parameters.seed))"
        )
        if tested.smallestPossibleQValue > tested.parameters.fdrLevel {
          lines.append(
            "  with \(tested.parameters.permutations) permutations no q-value can go below \(String(format: "%.3g", tested.smallestPossibleQValue)): ask for more permutations"
          )
        }
      }
      if let backbone = result.request.backbone, let kept = result.backboneResult {
        lines.append(
          "backbone \(backbone.description): kept \(kept.edges.count) of \(result.edgesBeforeBackbone) edges"
            + (kept.weightThreshold.map { " (weight ≥ \(String(format: "%g", $0)))" } ?? ""))
      }
      let ranked = edges.sorted {
        $0.weight != $1.weight
          ? $0.weight > $1.weight
          : (names($0.source), names($0.target)) < (names($1.source), names($1.target))
      }
      let shown = top.map { Array(ranked.prefix($0)) } ?? ranked
      lines.append(TextTable.render([header] + shown.map(row)))
      if shown.count < ranked.count {
        lines.append(
          "(\(ranked.count - shown.count) more edges; all of them with the CSV or JSON format)")
      }
      return lines.joined(separator: "\n") + "\n"
    }
  }

  /// The edges as CSV, written straight into one byte buffer with each account's printed name
  /// made once: hand-written because with 10⁶ edges the generic path (an array of strings and a
  /// formatted number per row) takes seconds, several times the sweep itself.
  func edgesCSV(header: [String], extras: ((CoordinationEdge) -> [String])?) -> String {
    let edges = result.network.edges
    let symmetry = result.symmetry
    // Every printed name once, in one arena (start and end per account id).
    let accountCount = Int(edges.lazy.map { max($0.source, $0.target) }.max() ?? 0) + 1
    var start = [Int](repeating: -1, count: accountCount)
    var end = [Int](repeating: 0, count: accountCount)
    var arena: [UInt8] = []
    for edge in edges {
      for account in [edge.source, edge.target] where start[Int(account)] < 0 {
        start[Int(account)] = arena.count
        arena += CSVText.field(printedName(account)).utf8
        end[Int(account)] = arena.count
      }
    }
    var out: [UInt8] = []
    out.reserveCapacity(edges.count * 48 + 64)
    out += CSVText.row(header).utf8
    arena.withUnsafeBufferPointer { arena in
      for edge in edges {
        let (s, t) = (Int(edge.source), Int(edge.target))
        out.append(contentsOf: UnsafeBufferPointer(rebasing: arena[start[s]..<end[s]]))
        out.append(UInt8(ascii: ","))
        out.append(contentsOf: UnsafeBufferPointer(rebasing: arena[start[t]..<end[t]]))
        out.append(UInt8(ascii: ","))
        Self.appendDecimal(Int64(edge.weight), to: &out)
        out.append(UInt8(ascii: ","))
        Self.appendDecimal(Int64(edge.pairs), to: &out)
        out.append(UInt8(ascii: ","))
        out += Self.fixed3(mean: edge.meanDelta, count: edge.pairs).utf8
        out.append(UInt8(ascii: ","))
        Self.appendDecimal(edge.minDelta, to: &out)
        if !symmetry.isEmpty {
          out.append(UInt8(ascii: ","))
          if let value = symmetry[UInt64(edge.source) << 32 | UInt64(edge.target)] {
            out += Self.fixed3(value).utf8
          }
        }
        if let extras {
          for cell in extras(edge) {
            out.append(UInt8(ascii: ","))
            out += CSVText.field(cell).utf8
          }
        }
        out.append(UInt8(ascii: "\n"))
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// `value` in decimal digits.
  static func appendDecimal(_ value: Int64, to out: inout [UInt8]) {
    if value < 0 { out.append(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    let start = out.count
    repeat {
      out.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
      magnitude /= 10
    } while magnitude > 0
    out[start...].reverse()
  }

  /// A mean of whole seconds over `count` pairs with three decimals, rounded from the exact
  /// rational mean (ties to even): the total is recovered from the double exactly (its error is
  /// far below half a second for any real total), so 161/80 prints 2.012, not the 2.013 that
  /// rounding 2.0125's nearest double gives.
  static func fixed3(mean: Double, count: Int) -> String {
    let product = mean * Double(count)
    guard count > 0, mean.isFinite, mean >= 0, product < 1e12 else { return fixed3(mean) }
    let total = Int64(product.rounded())
    let (numerator, denominator) = (total * 1000, Int64(count))
    var milli = numerator / denominator
    let twice = 2 * (numerator % denominator)
    if twice > denominator || (twice == denominator && milli % 2 == 1) { milli += 1 }
    let fraction = milli % 1000
    return "\(milli / 1000)." + (fraction < 10 ? "00" : fraction < 100 ? "0" : "") + "\(fraction)"
  }

  /// `value` with three decimals (ties to even on the value × 1000), for values that are not a
  /// mean of whole seconds.
  static func fixed3(_ value: Double) -> String {
    guard value.isFinite, value >= 0, value < 1e12 else { return String(format: "%.3f", value) }
    let milli = Int64((value * 1000).rounded(.toNearestOrEven))
    let fraction = milli % 1000
    let padding = fraction < 10 ? "00" : fraction < 100 ? "0" : ""
    return "\(milli / 1000).\(padding)\(fraction)"
  }

  /// The message pairs behind `edges` (every edge when nil) as CSV: source, target, both
  /// messages and times, the shared object and Δt. With a pseudonymizer every field that names
  /// someone is covered: accounts, message ids (a tweet id names its author) and the @handles
  /// inside shared texts.
  public func evidenceCSV(edges: [CoordinationEdge]? = nil) -> String {
    let header = [
      "source", "target", "source_message", "source_time", "target_message", "target_time",
      "object", "dt",
    ]
    func message(_ id: String) -> String { pseudonymizer?.pseudonym(forMessage: id) ?? id }
    var lines = [CSVText.row(header)]
    for edge in edges ?? result.network.edges {
      let (source, target) = (printedName(edge.source), printedName(edge.target))
      for pair in result.evidence(source: edge.source, target: edge.target) {
        lines.append(
          CSVText.row([
            source, target, message(pair.sourceMessage), String(pair.sourceTime),
            message(pair.targetMessage), String(pair.targetTime),
            printedObject(pair.object, cut: .max), String(pair.delta),
          ]))
      }
    }
    return lines.joined()
  }

  /// The evidence of one edge as a table: both messages, their times (UTC), Δt and the object.
  public func evidenceTable(source: UInt32, target: UInt32) -> String {
    func message(_ id: String) -> String { pseudonymizer?.pseudonym(forMessage: id) ?? id }
    func time(_ t: Int64) -> String {
      ISO8601Text.text(t)
    }
    let pairs = result.evidence(source: source, target: target)
    let header = ["source_message", "source_time", "target_message", "target_time", "dt", "object"]
    let rows = pairs.map {
      [
        message($0.sourceMessage), time($0.sourceTime), message($0.targetMessage),
        time($0.targetTime), String($0.delta), printedObject($0.object, cut: 60),
      ]
    }
    let parameters = result.request.parameters
    return
      "\(printedName(source)) → \(printedName(target)): \(pairs.count) matched message pairs (\(parameters.trace.rawValue), \(parameters.window.description))\n"
      + (rows.isEmpty ? "" : TextTable.render([header] + rows) + "\n")
  }
}
