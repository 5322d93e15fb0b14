import ArgumentParser
import RecruitNet

/// `--pseudonymize` and its key: shared by every command that writes account names for others
/// (export, render).
struct PseudonymOptions: ParsableArguments {
  @Flag(
    help:
      "Replace account names with stable keyed pseudonyms (HMAC-SHA256). Needs a key: --pseudonym-key FILE or the environment variable RECRUITNET_PSEUDONYM_KEY (at least 16 bytes)."
  )
  var pseudonymize = false

  @Option(
    help: ArgumentHelp(
      "File holding the pseudonym key (at least 16 bytes; e.g. made with `head -c 32 /dev/urandom > key`).",
      valueName: "file"))
  var pseudonymKey: String?

  /// The pseudonymizer, or nil when names are shown as they are.
  func pseudonymizer() throws -> Pseudonymizer? {
    guard pseudonymize else {
      if pseudonymKey != nil { throw ValidationError("--pseudonym-key needs --pseudonymize.") }
      return nil
    }
    return try Pseudonymizer(key: Pseudonymizer.loadKey(file: pseudonymKey))
  }
}
