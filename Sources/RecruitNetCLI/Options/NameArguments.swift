import ArgumentParser
import RecruitNet

/// How the accounts of an answer are printed: by name, by a node attribute (`--label-by`), or
/// as keyed pseudonyms. Shared by the commands whose answers hold account names.
struct NameArguments: ParsableArguments {
  @Option(
    name: .customLong("label-by"),
    help: ArgumentHelp(
      "Print each account by this node attribute of the workspace (e.g. name) instead of its id.",
      valueName: "key"))
  var labelBy: String?

  @OptionGroup(title: "Pseudonyms")
  var pseudonyms: PseudonymOptions

  func validate() throws {
    if labelBy != nil && pseudonyms.pseudonymize {
      throw ValidationError("--label-by prints names; it cannot go with --pseudonymize.")
    }
  }

  /// The name to print for each account name, or nil to print them as they are.
  func renamer(for input: NetworkInput) throws -> ((String) -> String)? {
    if let pseudonymizer = try pseudonyms.pseudonymizer() {
      return { pseudonymizer.pseudonym(for: $0) }
    }
    if let labelBy {
      let labels = try input.attributeLabels(labelBy)
      return { labels[$0] ?? $0 }
    }
    return nil
  }
}
