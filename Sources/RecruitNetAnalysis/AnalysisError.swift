import RecruitNetGraph

/// Why a workflow could not run as asked: a name that is not in the network, a feature that
/// needs a workspace, a seed file that says nothing.
public struct AnalysisError: RecruitNetError, Equatable {
  /// The kind of problem, with its details.
  public enum Code: Sendable, Equatable {
    /// A name that is not in the network or list; `what` is "account", "measure", "saved
    /// partition", …; `suggestions` are close matches.
    case unknownName(what: String, name: String, suggestions: [String], known: [String]?)
    /// A feature that needs a workspace, asked of a plain edge-list file.
    case needsWorkspace(feature: String, path: String)
    /// A community number outside the partition.
    case noSuchCommunity(index: Int, count: Int)
    /// Names in a label file that are not nodes of the network.
    case namesNotInNetwork(file: String, names: [(line: Int, name: String)])
    /// A seed file without accounts.
    case noSeeds(file: String)
    /// A seed weight that is negative or not finite.
    case badSeedWeight(location: InputLocation, weight: Double)
    /// A direction asked for that the network cannot give; `isDirected` is the stored one.
    case directionDoesNotApply(path: String, isDirected: Bool)
    /// A file that cannot be read or written.
    case cannotAccess(path: String, reason: String)
    /// Parameters that cannot apply to this network (a key-player set larger than it, …).
    case invalidRequest(reason: String)

    public static func == (a: Code, b: Code) -> Bool {
      String(describing: a) == String(describing: b)
    }
  }

  public var code: Code

  public init(_ code: Code) { self.code = code }

  /// `unknown account 'x'; did you mean 'y'?`, with the suggestions computed from `names`.
  public static func unknown(
    _ what: String, _ name: String, in names: some Sequence<String>, listing: Bool = false
  )
    -> AnalysisError
  {
    let known = listing ? Array(names) : nil
    return AnalysisError(
      .unknownName(
        what: what, name: name, suggestions: NameSuggestions.closeMatches(to: name, in: names),
        known: known))
  }

  public var codeName: String { "analysis." + caseName(of: code) }

  public var inputLocation: InputLocation? {
    switch code {
    case .namesNotInNetwork(let file, _), .noSeeds(let file): InputLocation(file: file)
    case .badSeedWeight(let location, _): location
    case .cannotAccess(let path, _): InputLocation(file: path)
    default: nil
    }
  }

  public var message: String {
    switch code {
    case .unknownName(let what, let name, let suggestions, let known):
      let hint =
        suggestions.isEmpty
        ? "" : "; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?"
      let listed = known.map { $0.isEmpty ? "" : " (known: \($0.joined(separator: ", ")))" } ?? ""
      return "unknown \(what) '\(name)'\(hint)\(listed)"
    case .needsWorkspace(let feature, let path):
      return "\(feature) needs a workspace, and '\(path)' is an edge-list file"
    case .noSuchCommunity(let index, let count):
      return "no community \(index); the partition has communities 0 to \(count - 1)"
    case .namesNotInNetwork(_, let names):
      let shown = names.prefix(10).map { "line \($0.line): '\($0.name)'" }.joined(separator: ", ")
      let more = names.count > 10 ? " and \(names.count - 10) more" : ""
      return
        "\(names.count) \(names.count == 1 ? "name is" : "names are") not in the network: \(shown)\(more)"
    case .noSeeds: return "no seed accounts in the file"
    case .badSeedWeight(_, let weight):
      return "seed weight must be a non-negative number, got \(weight)"
    case .cannotAccess(_, let reason): return reason
    case .invalidRequest(let reason): return reason
    case .directionDoesNotApply(let path, let isDirected):
      return
        "\(path) holds \(isDirected ? "a directed" : "an undirected") network; \(isDirected ? "an undirected" : "a directed") view does not apply"
    }
  }
}
