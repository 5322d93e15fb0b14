import Foundation
import RecruitNetWorkspace

/// The workspace's result cache, keyed by a `Codable` description of everything a result
/// depends on (the measure or algorithm, the view, every parameter), encoded as JSON with sorted
/// keys: two requests share a cache entry exactly when their keys are equal.
///
/// Entries belong to a graph revision; an import that changes the graph makes them stale.
public struct ResultCache: Sendable {
  /// The `kind` column: `centrality` or `communities`.
  public let kind: String
  public let workspace: Workspace

  public init(kind: String, workspace: Workspace) {
    self.kind = kind
    self.workspace = workspace
  }

  /// The key's canonical text.
  public static func text(of key: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(key) else { return "" }
    return String(decoding: data, as: UTF8.self)
  }

  /// The stored parameters and bytes for `key`, if any.
  public func lookUp(_ key: some Encodable) throws -> (parameters: String, data: Data)? {
    try workspace.cachedResult(kind: kind, key: Self.text(of: key))
  }

  /// Stores a result (best effort: a read-only workspace just computes again next time).
  public func store(_ key: some Encodable, parameters: String, data: Data) {
    workspace.storeResult(kind: kind, key: Self.text(of: key), parameters: parameters, data: data)
  }
}

/// The parameters a result records, as JSON text in the workspace: an ordered list of
/// `[name, value]` pairs (centrality) or an object (partitions, readable from SQL with `json_extract`).
public enum ParameterText {
  /// `[[name, value], …]` in order.
  public static func pairs(_ parameters: [(name: String, value: String)]) -> String {
    let array = parameters.map { [$0.name, $0.value] }
    guard
      let data = try? JSONSerialization.data(
        withJSONObject: array, options: [.withoutEscapingSlashes])
    else {
      return "[]"
    }
    return String(decoding: data, as: UTF8.self)
  }

  /// The pairs back; an unreadable text gives none.
  public static func pairs(from json: String) -> [(name: String, value: String)] {
    guard let pairs = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String]] else {
      return []
    }
    return pairs.compactMap { $0.count == 2 ? ($0[0], $0[1]) : nil }
  }

  /// `{"name": "value", …}` with sorted keys; the first value of a repeated name wins.
  public static func object(_ parameters: [(name: String, value: String)]) -> String {
    var object: [String: String] = [:]
    for (name, value) in parameters where object[name] == nil { object[name] = value }
    guard
      let data = try? JSONSerialization.data(
        withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
    else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }

  /// The object back, sorted by name.
  public static func object(from json: String) -> [(name: String, value: String)] {
    guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String]
    else { return [] }
    return object.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
  }
}
