import Foundation
import RecruitNetExpansion
import RecruitNetGraph

/// Where a set of accounts (seeds, a suspect set) comes from: names, or a label of the
/// workspace (the accounts an import of node labels marked with it).
public enum AccountSetSource: Sendable, Equatable, Codable {
  /// Account names.
  case names([String])
  /// Every account with this label in the workspace (`label:NAME`).
  case label(String)

  /// `label:NAME`, a file of names (one per line, see ``SeedList``), or names separated by
  /// commas.
  public init(argument: String) throws {
    if argument.hasPrefix("label:") {
      self = .label(String(argument.dropFirst(6)))
    } else {
      self = .names(try SeedList.names(fileOrList: argument))
    }
  }

  /// The text the source stands for, as outputs record it (never an account's name, which
  /// a pseudonymized output must not show).
  public var description: String {
    switch self {
    case .names(let names): names.count == 1 ? "1 named account" : "\(names.count) named accounts"
    case .label(let label): "label:\(label)"
    }
  }
}

/// A set of accounts resolved on one graph.
public struct ResolvedAccountSet: Sendable {
  public var set: SeedSet
  /// Accounts of a label that are not in the graph analysed (a view without their edges).
  public var notInNetwork: [String]
}

extension NetworkInput {
  /// Resolves `source` on `graph`.
  ///
  /// - Throws: ``AnalysisError`` for a name that is not an account of `graph` (with close
  ///   names), a label no account has (listing the labels there are), a label on a plain file,
  ///   or an empty set.
  public func resolve(_ source: AccountSetSource, on graph: Graph, what: String) throws
    -> ResolvedAccountSet
  {
    switch source {
    case .names(let names):
      let ids = try Self.resolve(names, what: what, in: graph.names)
      guard !ids.isEmpty else { throw AnalysisError(.invalidRequest(reason: "no \(what)s given")) }
      return ResolvedAccountSet(
        set: SeedSet(ids.map { NodeID(truncatingIfNeeded: $0) }, nodeCount: graph.nodeCount),
        notInNetwork: [])
    case .label(let label):
      let workspace = try requireWorkspace(for: "a set of accounts by label")
      let labels = try workspace.nodeLabels()
      let stored = try workspace.loadNodeNames()
      var members: [NodeID] = []
      var missing: [String] = []
      for (node, nodeLabels) in labels where nodeLabels.contains(label) {
        let name = stored.name(of: node)
        if let id = graph.names.id(for: name) { members.append(id) } else { missing.append(name) }
      }
      if members.isEmpty && missing.isEmpty {
        let known = Set(labels.values.joined()).sorted()
        throw AnalysisError.unknown("label", label, in: known, listing: true)
      }
      if members.isEmpty {
        throw AnalysisError(
          .invalidRequest(
            reason:
              "none of the \(missing.count) accounts labelled '\(label)' is in the network analysed"
          ))
      }
      return ResolvedAccountSet(
        set: SeedSet(members, nodeCount: graph.nodeCount), notInNetwork: missing.sorted())
    }
  }
}
