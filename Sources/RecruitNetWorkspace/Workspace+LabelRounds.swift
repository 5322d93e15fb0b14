import Foundation
import GRDB
import RecruitNetIO

/// One event of a label's history: an account given the label in a round (a candidate), or a
/// reviewer's verdict on it. Events are never changed or deleted, so the history of every
/// account can be read back in the order it was made (who, when, from which file).
public struct LabelEvent: Sendable, Equatable {
  public typealias Verdict = LabelVerdict

  public var id: Int64? = nil
  public var account: String
  public var label: String
  public var round: Int
  /// nil when the event gives the label.
  public var verdict: Verdict?
  /// The file the event came from (or what made it).
  public var source: String
  public var recordedAt: String
  public var recordedBy: String

  public init(
    account: String, label: String, round: Int, verdict: Verdict? = nil, source: String,
    recordedAt: String = ISO8601DateFormatter().string(from: Date()), recordedBy: String
  ) {
    self.account = account
    self.label = label
    self.round = round
    self.verdict = verdict
    self.source = source
    self.recordedAt = recordedAt
    self.recordedBy = recordedBy
  }
}

extension Workspace {
  /// Records `events` in one transaction, made from content whose SHA-256 is `sha256`.
  ///
  /// - Throws: ``WorkspaceError/Code/alreadyRecorded`` when the same content was recorded for
  ///   the same round before (recording it again would count its verdicts twice).
  public func recordLabelEvents(_ events: [LabelEvent], sha256: String) throws(WorkspaceError) {
    let lock = try WorkspaceLock(workspacePath: path)
    defer { withExtendedLifetime(lock) {} }
    let rounds = Set(events.map(\.round))
    let earlier: [(round: Int, source: String)] = try read { db in
      guard try db.tableExists("label_events") else { return [] }
      return try Row.fetchAll(
        db, sql: "SELECT DISTINCT round, source FROM label_events WHERE source_sha256 = ?",
        arguments: [sha256]
      ).map { ($0[0], $0[1]) }
    }
    if let same = earlier.first(where: { rounds.contains($0.round) }) {
      throw WorkspaceError(
        .alreadyRecorded, path,
        "this content was recorded for round \(same.round) from \(same.source); recording it again would count it twice"
      )
    }
    do {
      let queue = try DatabaseQueue(path: path)
      try queue.write { db in
        for statement in WorkspaceSchema.analysisTables { try db.execute(sql: statement) }
        let insert = try db.makeStatement(
          sql: """
            INSERT INTO label_events(account, label, round, verdict, source, source_sha256,
              recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for event in events {
          try insert.execute(arguments: [
            event.account, event.label, event.round, event.verdict?.rawValue, event.source,
            sha256, event.recordedAt, event.recordedBy,
          ])
        }
      }
    } catch {
      throw WorkspaceError(.failed, path, "cannot record the label events", underlying: error)
    }
  }

  /// The events of one account, or of one label, or all, in the order recorded.
  public func labelEvents(account: String? = nil, label: String? = nil) throws(WorkspaceError)
    -> [LabelEvent]
  {
    try read { db in
      guard try db.tableExists("label_events") else { return [] }
      var conditions: [String] = []
      var arguments: [DatabaseValueConvertible] = []
      if let account {
        conditions.append("account = ?")
        arguments.append(account)
      }
      if let label {
        conditions.append("label = ?")
        arguments.append(label)
      }
      let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
      return try Row.fetchAll(
        db,
        sql: """
          SELECT id, account, label, round, verdict, source, recorded_at, recorded_by
          FROM label_events\(filter) ORDER BY id
          """, arguments: StatementArguments(arguments)
      ).map { row in
        var event = LabelEvent(
          account: row[1], label: row[2], round: row[3],
          verdict: (row[4] as String?).flatMap(LabelEvent.Verdict.init(rawValue:)), source: row[5],
          recordedAt: row[6], recordedBy: row[7])
        event.id = row[0]
        return event
      }
    }
  }
}
