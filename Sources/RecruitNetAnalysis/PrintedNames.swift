import RecruitNetGraph
import RecruitNetIO

/// The names a report prints for nodes: the names themselves, or when pseudonymizing the
/// accounts' keyed pseudonyms (hashtags and domains are public context and stay as they are).
/// Shared by rankings and community reports, so a ranking and a group list shared together use
/// the same pseudonym for each account.
public struct PrintedNames: Sendable {
  public let names: NodeNames
  public let pseudonymizer: Pseudonymizer?

  public init(names: NodeNames, pseudonymizer: Pseudonymizer?) {
    self.names = names
    self.pseudonymizer = pseudonymizer
  }

  /// The name printed for `node`.
  public func callAsFunction(_ node: NodeID) -> String {
    let name = names.name(of: node)
    guard let pseudonymizer, names.kindIndex(of: node) == 0 else { return name }
    return pseudonymizer.pseudonym(for: name)
  }

  /// The name printed for an account the user named on the command line.
  public func account(_ name: String) -> String { pseudonymizer?.pseudonym(for: name) ?? name }
}
