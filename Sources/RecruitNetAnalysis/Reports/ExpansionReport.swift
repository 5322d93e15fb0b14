import Foundation
import RecruitNetExpansion
import RecruitNetIO

/// The conventions of an expansion, printed with every output so that a reader can recompute
/// the scores from the edge list.
enum ExpansionConventions {
  static func lines(isDirected: Bool) -> [String] {
    [
      "seed ties: distinct seeds adjacent in either direction; share: seed ties / distinct accounts adjacent (self-loops excluded)",
      isDirected
        ? "from seeds: summed weight of the edges seed -> account; to seeds: of account -> seed"
        : "from seeds: summed weight of the edges between the account and seeds (undirected)",
      "ppr: PageRank personalized on the seeds (each weight 1), edge types merged, weighted, networkx's tolerance",
      "all: reciprocal-rank fusion, sum of 1/(60 + rank) over share, from-seeds and ppr rankings",
    ]
  }
}

/// An expansion as an analyst reads it: the seed set's own ties, then the candidates best
/// first with their scores, ranks and the seed edges that put them there; names pseudonymized
/// when asked.
public struct ExpansionReport: Sendable {
  public var answer: ExpansionAnswer
  public var network: String
  public var pseudonymizer: Pseudonymizer? = nil
  /// Seeds whose edges are shown per candidate in a table (JSON and CSV list them all).
  public var evidenceShown = 3
  public var precision = TableNumber.defaultPrecision

  public init(answer: ExpansionAnswer, network: String) {
    self.answer = answer
    self.network = network
  }

  func name(_ account: String) -> String { pseudonymizer?.pseudonym(for: account) ?? account }

  public func text(_ format: ReportFormat) -> String {
    let a = answer
    let number = { TableNumber.text($0, precision: precision) }
    switch format {
    case .json:
      let object: [String: Any] = [
        "network": network, "edge_type": a.request.edgeType ?? "all (merged)",
        "directed": a.isDirected, "nodes": a.nodeCount, "edges": a.edgeCount,
        "seeds": a.seeds.map(name), "seeds_not_in_network": a.seedsNotInNetwork.map(name),
        "seed_source": a.request.seeds.description,
        "parameters": [
          "by": a.request.ranking.rawValue, "top": a.request.top,
          "min_seed_ties": a.request.minSeedTies, "damping": a.request.damping,
        ],
        "conventions": ExpansionConventions.lines(isDirected: a.isDirected),
        "seed_set": InsularityReport.object(a.seedSetTies),
        "candidate_count": a.candidateCount,
        "candidates": a.candidates.enumerated().map { index, c in
          Self.object(c, rank: index + 1, name: name)
        },
      ]
      return JSONText.encode(object) + "\n"
    case .csv:
      var text = CSVText.row(
        [
          "rank", "account", "seed_ties", "ties", "seed_share", "from_seeds", "to_seeds", "ppr",
          "share_rank", "from_seeds_rank", "ppr_rank", "evidence",
        ])
      for (index, c) in a.candidates.enumerated() {
        text += CSVText.row(
          [
            String(index + 1), name(c.name), String(c.scores.seedTies), String(c.scores.ties),
            "\(c.scores.seedShare)", "\(c.scores.fromSeeds)", "\(c.scores.toSeeds)",
            "\(c.scores.personalizedPageRank)", String(c.shareRank), String(c.fromSeedsRank),
            String(c.pageRankRank),
            Self.evidenceSummary(
              c.evidence, isDirected: a.isDirected, limit: nil, separator: " | ", name: name),
          ])
      }
      return text
    case .table:
      var out =
        "\(a.seeds.count) seed\(a.seeds.count == 1 ? "" : "s") (\(a.request.seeds.description)) in \(a.nodeCount) accounts"
      if !a.seedsNotInNetwork.isEmpty {
        out += ", \(a.seedsNotInNetwork.count) labelled accounts not in this network"
      }
      let s = a.seedSetTies
      out +=
        "; the seed set: \(s.internalTies) internal and \(s.externalTies) external ties, E-I index \(number(s.eiIndex))\n"
      out +=
        "\(a.candidateCount) candidate\(a.candidateCount == 1 ? "" : "s") with at least \(a.request.minSeedTies) seed tie\(a.request.minSeedTies == 1 ? "" : "s"), ranked by \(a.request.ranking.rawValue)"
      out +=
        a.candidates.count < a.candidateCount ? "; the first \(a.candidates.count):\n\n" : ":\n\n"
      if a.candidates.isEmpty {
        out += "(no account outside the set qualifies)\n"
      } else {
        var rows = [
          ["rank", "account", "seed ties", "share", "from seeds", "to seeds", "ppr", "evidence"]
        ]
        for (index, c) in a.candidates.enumerated() {
          let evidence = Self.evidenceSummary(
            c.evidence, isDirected: a.isDirected, limit: evidenceShown, separator: ", ",
            name: name)
          rows.append(
            [
              String(index + 1), name(c.name), "\(c.scores.seedTies)/\(c.scores.ties)",
              number(c.scores.seedShare), number(c.scores.fromSeeds), number(c.scores.toSeeds),
              number(c.scores.personalizedPageRank), evidence,
            ])
        }
        out += TextTable.render(rows)
      }
      out += "\n" + ExpansionConventions.lines(isDirected: a.isDirected).joined(separator: "\n")
      return out + "\n"
    }
  }

  /// One candidate as a JSON object.
  static func object(_ c: ExpansionCandidate, rank: Int?, name: (String) -> String)
    -> [String: Any]
  {
    var object: [String: Any] = [
      "account": name(c.name), "seed_ties": c.scores.seedTies, "ties": c.scores.ties,
      "seed_share": c.scores.seedShare, "from_seeds": c.scores.fromSeeds,
      "to_seeds": c.scores.toSeeds, "ppr": c.scores.personalizedPageRank,
      "ranks": ["share": c.shareRank, "from_seeds": c.fromSeedsRank, "ppr": c.pageRankRank],
      "evidence": c.evidence.map { e -> [String: Any] in
        var edge: [String: Any] = [
          "seed": name(e.seed), "direction": e.isFromSeed ? "from_seed" : "to_seed",
          "weight": e.weight, "rows": e.rows,
        ]
        if !e.edgeType.isEmpty { edge["type"] = e.edgeType }
        if let first = e.firstTime, let last = e.lastTime {
          edge["first_time"] = ISO8601Text.text(first)
          edge["last_time"] = ISO8601Text.text(last)
        }
        return edge
      },
    ]
    if let rank { object["rank"] = rank }
    return object
  }

  /// The evidence grouped by seed, `limit` seeds at most (nil: all), separated by `separator`:
  /// `SEED (to retweet 2, follow; from mention 5)` — the edges' direction seen from the
  /// candidate, their types and weights other than 1; `SEED (2)` for an untyped undirected
  /// edge of weight 2.
  static func evidenceSummary(
    _ evidence: [TieEvidence], isDirected: Bool, limit: Int?, separator: String,
    name: (String) -> String
  ) -> String {
    var groups: [(seed: String, to: [String], from: [String])] = []
    for e in evidence {
      if groups.last?.seed != e.seed { groups.append((e.seed, [], [])) }
      var edge = e.edgeType
      if e.weight != 1 { edge += (edge.isEmpty ? "" : " ") + TableNumber.text(e.weight) }
      if e.isFromSeed || !isDirected {
        groups[groups.count - 1].from.append(edge)
      } else {
        groups[groups.count - 1].to.append(edge)
      }
    }
    func side(_ word: String, _ edges: [String]) -> String? {
      guard !edges.isEmpty else { return nil }
      let listed = edges.filter { !$0.isEmpty }.joined(separator: ", ")
      return word.isEmpty
        ? (listed.isEmpty ? nil : listed) : (listed.isEmpty ? word : word + " " + listed)
    }
    let shown = groups.prefix(limit ?? groups.count).map { group -> String in
      let parts =
        isDirected
        ? [side("to", group.to), side("from", group.from)].compactMap { $0 }
        : [side("", group.from)].compactMap { $0 }
      return name(group.seed) + (parts.isEmpty ? "" : " (" + parts.joined(separator: "; ") + ")")
    }
    var text = shown.joined(separator: separator)
    if groups.count > shown.count { text += separator + "+\(groups.count - shown.count) more" }
    return text
  }
}

/// The explanation of one account: its scores and ranks, then every edge between it and the
/// seeds.
public struct WhyReport: Sendable {
  public var answer: WhyAnswer
  public var network: String
  public var pseudonymizer: Pseudonymizer? = nil
  public var precision = TableNumber.defaultPrecision

  public init(answer: WhyAnswer, network: String) {
    self.answer = answer
    self.network = network
  }

  func name(_ account: String) -> String { pseudonymizer?.pseudonym(for: account) ?? account }

  public func text(_ format: ReportFormat) -> String {
    let a = answer
    let c = a.candidate
    let number = { TableNumber.text($0, precision: precision) }
    switch format {
    case .json:
      var object = ExpansionReport.object(c, rank: nil, name: name)
      object["network"] = network
      object["seed_source"] = a.request.seeds.description
      object["is_seed"] = a.isSeed
      object["qualifies"] = a.qualifies
      object["candidate_count"] = a.candidateCount
      object["min_seed_ties"] = a.request.minSeedTies
      object["conventions"] = ExpansionConventions.lines(isDirected: a.isDirected)
      return JSONText.encode(object) + "\n"
    case .csv:
      var text = CSVText.row(
        ["seed", "direction", "type", "weight", "rows", "first_time", "last_time"])
      for e in c.evidence {
        text += CSVText.row(
          [
            name(e.seed), e.isFromSeed ? "from_seed" : "to_seed", e.edgeType, "\(e.weight)",
            String(e.rows), e.firstTime.map(ISO8601Text.text) ?? "",
            e.lastTime.map(ISO8601Text.text) ?? "",
          ])
      }
      return text
    case .table:
      var out = name(c.name)
      if a.isSeed {
        out += " is a seed itself (\(a.request.seeds.description)).\n"
      } else if a.qualifies {
        out +=
          " is a candidate: rank \(c.shareRank) by share, \(c.fromSeedsRank) by from-seeds, \(c.pageRankRank) by ppr, of \(a.candidateCount).\n"
      } else {
        out +=
          " is not a candidate: \(c.scores.seedTies) seed tie\(c.scores.seedTies == 1 ? "" : "s"), at least \(a.request.minSeedTies) needed.\n"
      }
      out +=
        "seed ties \(c.scores.seedTies) of \(c.scores.ties) ties (share \(number(c.scores.seedShare))), from seeds \(number(c.scores.fromSeeds)), to seeds \(number(c.scores.toSeeds)), ppr \(number(c.scores.personalizedPageRank))\n\n"
      if c.evidence.isEmpty {
        out += "(no edge between it and a seed)\n"
      } else {
        var rows = [["seed", "direction", "type", "weight", "rows", "first", "last"]]
        for e in c.evidence {
          rows.append(
            [
              name(e.seed),
              e.isFromSeed ? "seed -> account" : (a.isDirected ? "account -> seed" : "undirected"),
              e.edgeType.isEmpty ? "-" : e.edgeType, number(e.weight), String(e.rows),
              e.firstTime.map(ISO8601Text.text) ?? "-", e.lastTime.map(ISO8601Text.text) ?? "-",
            ])
        }
        out += TextTable.render(rows)
      }
      out += "\n" + ExpansionConventions.lines(isDirected: a.isDirected).joined(separator: "\n")
      return out + "\n"
    }
  }
}
