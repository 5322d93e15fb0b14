import RecruitNet

/// The names a command prints for nodes: the names themselves, or with `--pseudonymize` the
/// accounts' keyed pseudonyms (hashtags and domains are public context and stay as they are).
/// Shared by `centrality` and `communities`, so a ranking and a group list shared together use
/// the same pseudonym for each account.
struct PrintedNames {
  let names: NodeNames
  let pseudonymizer: Pseudonymizer?

  /// The name printed for `node`.
  func callAsFunction(_ node: NodeID) -> String {
    let name = names.name(of: node)
    guard let pseudonymizer, names.kindIndex(of: node) == 0 else { return name }
    return pseudonymizer.pseudonym(for: name)
  }

  /// The name printed for an account the user named on the command line.
  func account(_ name: String) -> String { pseudonymizer?.pseudonym(for: name) ?? name }
}
