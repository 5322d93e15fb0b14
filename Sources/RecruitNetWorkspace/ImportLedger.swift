import Foundation

/// What a workspace imported before, by content and options: a file imported again with the
/// same content and the same options is skipped (nothing counts twice); the same content with
/// other options (another name column, another edge type) is a different import, which is
/// noted and can replace the earlier one. Imports that were replaced (their ledger row's options
/// hold `replaced_by`) no longer count.
struct ImportLedger {
  /// One earlier import.
  struct Earlier {
    var id: Int64?
    var file: String
    var importedAt: String
    var kind: String
    var options: [String: String]
  }

  private var byKeyAndOptions: [String: Earlier] = [:]
  private var byContent: [String: [Earlier]] = [:]

  init() {}

  init(_ records: [Workspace.ImportRecord]) {
    for record in records {
      let options = Self.options(fromJSON: record.options)
      if options["replaced_by"] != nil { continue }
      add(
        Earlier(
          id: record.id, file: record.file, importedAt: record.importedAt, kind: record.kind,
          options: options), sha256: record.sha256)
    }
  }

  var isEmpty: Bool { byContent.isEmpty }

  /// Adds an import of this run (or a stored one).
  mutating func add(_ earlier: Earlier, sha256: String) {
    byKeyAndOptions[Self.key(sha256: sha256, kind: earlier.kind, options: earlier.options)] =
      earlier
    byContent[sha256, default: []].append(earlier)
  }

  /// The earlier import of the same content with the same options, if any.
  func same(sha256: String, kind: String, options: [String: String]) -> Earlier? {
    byKeyAndOptions[Self.key(sha256: sha256, kind: kind, options: options)]
  }

  /// The earlier imports of the same content (of any options), oldest first.
  func sameContent(sha256: String, kind: String? = nil) -> [Earlier] {
    (byContent[sha256] ?? []).filter { kind == nil || $0.kind == kind }
  }

  /// The options that decide what an import adds (not the bookkeeping `replaces`/`replaced_by`).
  static func key(sha256: String, kind: String, options: [String: String]) -> String {
    let relevant = options.filter { $0.key != "replaces" && $0.key != "replaced_by" }
    return sha256 + "|" + kind + "|"
      + relevant.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ";")
  }

  /// The options a ledger row recorded (a JSON object of strings).
  static func options(fromJSON text: String) -> [String: String] {
    guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
    else { return [:] }
    return object.mapValues { "\($0)" }
  }

  /// `key: old → new` for the options that differ, for the import report.
  static func differences(from old: [String: String], to new: [String: String]) -> [String] {
    let keys = Set(old.keys).union(new.keys).subtracting(["replaces", "replaced_by"]).sorted()
    return keys.compactMap { key in
      let a = old[key] ?? "(none)"
      let b = new[key] ?? "(none)"
      return a == b ? nil : "\(key) \(a) → \(b)"
    }
  }
}
