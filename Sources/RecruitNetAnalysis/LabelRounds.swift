import Foundation
import RecruitNetCommunities
import RecruitNetGraph
import RecruitNetIO
import RecruitNetSurvival
import RecruitNetWorkspace

/// Labelling in rounds, as the census studies did it (Berger and Morgan 2015; Benigni et al.
/// 2017): candidates are given a label in a round, a stratified sample of them is reviewed, the
/// verdicts are recorded in a later round, and the precision of each round estimates how many
/// of the candidates really belong. Every event keeps its round, source file, time and author
/// (see `LabelEvent`); nothing is overwritten.
public struct LabelRoundSummary: Sendable, Equatable {
  public var round: Int
  /// Accounts given the label in this round.
  public var labelled: Int
  /// Verdicts recorded in this round (the latest per account).
  public var confirmed: Int
  public var rejected: Int
  public var unsure: Int
  /// Distinct accounts given the label up to and including this round.
  public var candidatesSoFar: Int

  /// `confirmed / (confirmed + rejected)`; NaN without a verdict (unsure ones do not count).
  public var precision: Double {
    confirmed + rejected == 0 ? .nan : Double(confirmed) / Double(confirmed + rejected)
  }

  /// The candidates so far that really belong: candidates × precision with the Wilson 95%
  /// interval of the precision (`PrecisionEstimate`); nil without a decided verdict.
  public var population: PrecisionEstimate? {
    try? PrecisionEstimate(
      candidates: max(candidatesSoFar, confirmed + rejected), reviewed: confirmed + rejected,
      confirmed: confirmed)
  }
}

/// One row of a review sheet.
public struct ReviewSheetRow: Sendable, Equatable {
  public var account: String
  public var label: String
  public var round: Int
  public var group: String
}

/// What recording label events did.
public struct LabelRecordOutcome: Sendable, Equatable {
  public var events: Int
  public var notInNetwork: Int
  public var byVerdict: [LabelVerdict: Int]
}

extension NetworkInput {
  /// Gives `label` in `round` to every account of `file` (a list with an `account` column, such
  /// as the CSV of an expansion, or one name per line).
  ///
  /// - Throws: `ImportError` for a malformed file, `WorkspaceError` when the same content was
  ///   recorded for this round before, ``AnalysisError`` for a round below 1 or a plain file.
  public func addLabel(file: String, label: String, round: Int, by author: String) throws
    -> LabelRecordOutcome
  {
    let workspace = try requireWorkspace(for: "label rounds")
    try Self.checkRound(round, label: label)
    let bytes = try InputFile.read(file)
    // A table whose header names an account column (an expansion's CSV), else one name per
    // line: decided by the header's fields as the reader reads them, not by a substring.
    var table: [ReviewSheetReader.Row]? = nil
    do {
      table = try ReviewSheetReader().read(path: file, verdicts: false)
    } catch {
      guard error.code == .noHeader else { throw error }
    }
    let accounts = try table?.map(\.account) ?? SeedList.read(path: file).seeds.map(\.name)
    let events = accounts.map {
      LabelEvent(account: $0, label: label, round: round, source: file, recordedBy: author)
    }
    try workspace.recordLabelEvents(events, sha256: ContentCheck(bytes).sha256)
    let names = try workspace.loadNodeNames()
    return LabelRecordOutcome(
      events: events.count, notInNetwork: accounts.filter { names.id(for: $0) == nil }.count,
      byVerdict: [:])
  }

  /// Records the verdicts of a review sheet as round `round`; rows without a verdict are
  /// skipped, rows without a label take `label`.
  ///
  /// - Throws: `ImportError` for a malformed sheet (file, line, what was expected),
  ///   `WorkspaceError` when the sheet was recorded for this round before, ``AnalysisError`` for
  ///   a row without a label when none is given, or an account the label was never given to.
  public func recordVerdicts(file: String, label: String?, round: Int, by author: String) throws
    -> LabelRecordOutcome
  {
    let workspace = try requireWorkspace(for: "label rounds")
    try Self.checkRound(round, label: label ?? "")
    let rows = try ReviewSheetReader().read(path: file, verdicts: true)
    let given = Set(
      try workspace.labelEvents().filter { $0.verdict == nil }.map {
        "\($0.label)\u{1}\($0.account)"
      })
    var events: [LabelEvent] = []
    var counts: [LabelVerdict: Int] = [:]
    for row in rows {
      guard let rowLabel = row.label ?? label else {
        throw AnalysisError(
          .invalidRequest(
            reason:
              "\(file):\(row.line): no label for \(row.account); give the label the verdicts are about"
          ))
      }
      guard given.contains("\(rowLabel)\u{1}\(row.account)") else {
        throw AnalysisError(
          .invalidRequest(
            reason:
              "\(file):\(row.line): \(row.account) was never given the label '\(rowLabel)'; record the labels first"
          ))
      }
      guard let verdict = row.verdict else { continue }
      counts[verdict, default: 0] += 1
      events.append(
        LabelEvent(
          account: row.account, label: rowLabel, round: round, verdict: verdict, source: file,
          recordedBy: author))
    }
    guard !events.isEmpty else {
      throw AnalysisError(.invalidRequest(reason: "\(file) has no verdicts filled in"))
    }
    try workspace.recordLabelEvents(events, sha256: ContentCheck(try InputFile.read(file)).sha256)
    return LabelRecordOutcome(events: events.count, notInNetwork: 0, byVerdict: counts)
  }

  static func checkRound(_ round: Int, label: String) throws(AnalysisError) {
    guard round >= 1 else {
      throw AnalysisError(.invalidRequest(reason: "rounds are numbered from 1"))
    }
  }

  /// A review sheet: `n` accounts given `label` (in `round`, or in any round) and not yet
  /// reviewed, drawn at random with `seed`; with `stratify`, allocated to the groups in
  /// proportion to their sizes (largest remainders), so that every group is reviewed.
  ///
  /// - Throws: ``AnalysisError`` for a label no account has, and group-source errors.
  public func reviewSheet(
    label: String, round: Int? = nil, size n: Int, stratify: GroupSource? = nil, seed: UInt64
  ) async throws -> [ReviewSheetRow] {
    let workspace = try requireWorkspace(for: "label rounds")
    let events = try workspace.labelEvents(label: label)
    let reviewed = Set(events.filter { $0.verdict != nil }.map(\.account))
    var roundOf: [String: Int] = [:]
    for event in events where event.verdict == nil && (round == nil || event.round == round) {
      roundOf[event.account] = roundOf[event.account] ?? event.round
    }
    let pool = roundOf.keys.filter { !reviewed.contains($0) }.sorted()
    guard !events.isEmpty else {
      let known = Set(try workspace.labelEvents().map(\.label)).sorted()
      throw AnalysisError.unknown("label", label, in: known, listing: true)
    }
    var groupOf: [String: String] = [:]
    if let stratify {
      let graph = try await graph()
      let (labels, _) = try groupLabels(
        from: stratify, names: graph.names, ids: try workspaceIDs(of: graph))
      for v in graph.nodes where labels.labels[Int(v)] != Partition.unassigned {
        groupOf[graph.names.name(of: v)] = labels.groupNames[Int(labels.labels[Int(v)])]
      }
    }
    var strata: [String: [String]] = [:]
    for account in pool { strata[groupOf[account] ?? "", default: []].append(account) }
    let allocation = Self.allocate(n, sizes: strata.mapValues(\.count))
    var generator = SeededGenerator(seed: seed)
    var rows: [ReviewSheetRow] = []
    for group in strata.keys.sorted() {
      var members = strata[group] ?? []
      generator.shuffle(&members)
      for account in members.prefix(allocation[group] ?? 0).sorted() {
        rows.append(
          ReviewSheetRow(account: account, label: label, round: roundOf[account] ?? 0, group: group)
        )
      }
    }
    return rows
  }

  /// `n` places over strata of `sizes`, in proportion, by largest remainders (Hamilton's
  /// method; ties to the larger stratum, then by name), never more than a stratum holds.
  static func allocate(_ n: Int, sizes: [String: Int]) -> [String: Int] {
    let total = sizes.values.reduce(0, +)
    guard total > 0 else { return [:] }
    let places = min(n, total)
    var allocation: [String: Int] = [:]
    var remainders: [(group: String, remainder: Double)] = []
    for (group, size) in sizes {
      let quota = Double(places) * Double(size) / Double(total)
      allocation[group] = Int(quota.rounded(.down))
      remainders.append((group, quota - quota.rounded(.down)))
    }
    var left = places - allocation.values.reduce(0, +)
    for (group, _) in remainders.sorted(by: {
      $0.remainder != $1.remainder
        ? $0.remainder > $1.remainder
        : (sizes[$0.group] ?? 0, $1.group) > (sizes[$1.group] ?? 0, $0.group)
    }) where left > 0 && allocation[group, default: 0] < sizes[group, default: 0] {
      allocation[group, default: 0] += 1
      left -= 1
    }
    return allocation
  }

  /// Every round of `label`: accounts labelled, verdicts and precision, candidates so far.
  public func labelRounds(label: String) throws -> [LabelRoundSummary] {
    let workspace = try requireWorkspace(for: "label rounds")
    let events = try workspace.labelEvents(label: label)
    guard !events.isEmpty else {
      let known = Set(try workspace.labelEvents().map(\.label)).sorted()
      throw AnalysisError.unknown("label", label, in: known, listing: true)
    }
    var summaries: [LabelRoundSummary] = []
    var candidates = Set<String>()
    for round in Set(events.map(\.round)).sorted() {
      let here = events.filter { $0.round == round }
      let labelled = Set(here.filter { $0.verdict == nil }.map(\.account))
      candidates.formUnion(labelled)
      var latest: [String: LabelVerdict] = [:]
      for event in here { if let verdict = event.verdict { latest[event.account] = verdict } }
      summaries.append(
        LabelRoundSummary(
          round: round, labelled: labelled.count,
          confirmed: latest.values.filter { $0 == .confirmed }.count,
          rejected: latest.values.filter { $0 == .rejected }.count,
          unsure: latest.values.filter { $0 == .unsure }.count, candidatesSoFar: candidates.count))
    }
    return summaries
  }
}
