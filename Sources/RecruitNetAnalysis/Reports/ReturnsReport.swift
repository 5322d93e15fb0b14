import Foundation
import RecruitNetIO

/// Returning accounts as an analyst reads them: each link with its evidence and the followers
/// before and after, then the chains of incarnations; names pseudonymized when asked.
public struct ReturnsReport: Sendable {
  public var answer: ReturnsAnswer
  public var pseudonymizer: Pseudonymizer? = nil

  public init(answer: ReturnsAnswer) { self.answer = answer }

  func name(_ account: String) -> String { pseudonymizer?.pseudonym(for: account) ?? account }

  static let conventions =
    "candidates: an account first seen after another was first seen suspended or deleted; score: name similarity (1 - Levenshtein / longer length, lower-cased, the best of the two names and of each against the other without its trailing number), averaged with the Jaccard overlap of their neighbours when both are in the network; each new account keeps its best link"

  static func count(_ value: Int?) -> String { value.map(String.init) ?? "-" }

  public func text(_ format: ReportFormat) -> String {
    let a = answer
    switch format {
    case .json:
      return JSONText.encode([
        "threshold": a.request.threshold, "gone": a.goneCount, "appeared": a.appearedCount,
        "conventions": Self.conventions,
        "links": a.links.map { l -> [String: Any] in
          var object: [String: Any] = [
            "gone": name(l.gone), "appeared": name(l.appeared), "score": l.score,
            "name_similarity": l.nameSimilarity, "shared_neighbors": l.sharedNeighbors,
            "gone_at": ISO8601Text.text(l.goneAt), "first_seen": ISO8601Text.text(l.firstSeen),
          ]
          if let overlap = l.neighborOverlap { object["neighbor_overlap"] = overlap }
          if let f = l.followersBefore { object["followers_before"] = f }
          if let f = l.followersAfterFirst { object["followers_after_first"] = f }
          if let f = l.followersAfterLast { object["followers_after_last"] = f }
          return object
        },
        "chains": a.chains.map { chain in
          chain.map { step -> [String: Any] in
            var object: [String: Any] = ["account": name(step.name)]
            if let f = step.followers { object["followers"] = f }
            return object
          }
        },
      ]) + "\n"
    case .csv:
      var text = CSVText.row([
        "gone", "appeared", "score", "name_similarity", "neighbor_overlap", "shared_neighbors",
        "gone_at", "first_seen", "followers_before", "followers_after_first",
        "followers_after_last",
      ])
      for l in a.links {
        text += CSVText.row([
          name(l.gone), name(l.appeared), "\(l.score)", "\(l.nameSimilarity)",
          l.neighborOverlap.map { "\($0)" } ?? "", String(l.sharedNeighbors),
          ISO8601Text.text(l.goneAt), ISO8601Text.text(l.firstSeen),
          l.followersBefore.map(String.init) ?? "", l.followersAfterFirst.map(String.init) ?? "",
          l.followersAfterLast.map(String.init) ?? "",
        ])
      }
      return text
    case .table:
      var out =
        "\(a.links.count) returning account\(a.links.count == 1 ? "" : "s") (score >= \(a.request.threshold)) among \(a.appearedCount) accounts that appeared after the first snapshot; \(a.goneCount) accounts were suspended or deleted\n"
      if !a.links.isEmpty {
        out += "\n"
        out += TextTable.render(
          [
            [
              "gone", "returned as", "score", "name", "neighbours", "days later",
              "followers before -> after",
            ]
          ]
            + a.links.map { l in
              [
                name(l.gone), name(l.appeared), String(format: "%.3f", l.score),
                String(format: "%.3f", l.nameSimilarity),
                l.neighborOverlap.map { String(format: "%.3f (%d shared)", $0, l.sharedNeighbors) }
                  ?? "-",
                String(format: "%.0f", Double(l.firstSeen - l.goneAt) / 86_400),
                "\(Self.count(l.followersBefore)) -> \(Self.count(l.followersAfterFirst)) -> \(Self.count(l.followersAfterLast))",
              ]
            })
      }
      let long = a.chains.filter { $0.count > 2 }
      if !long.isEmpty {
        out += "\nchains of three or more incarnations (last followers):\n"
        for chain in long {
          out +=
            chain.map { "\(name($0.name)) (\(Self.count($0.followers)))" }.joined(
              separator: " -> ") + "\n"
        }
      }
      return out + "\n" + Self.conventions + "\n"
    }
  }
}
