import ArgumentParser
import RecruitNet

/// Where and how a command prints its report: the format and the output file. Shared by the
/// commands that print one report.
struct OutputArguments: ParsableArguments {
  @Option(help: "Output format.")
  var format: OutputFormat = .table

  @Option(
    help: ArgumentHelp(
      "Write the output to this file (atomically) instead of stdout.", valueName: "file"))
  var out: String?

  /// Writes `text` to the output file or stdout.
  func write(_ text: String) throws { try OutputFile.write(text, to: out) }
}

/// The digits of a table's fractions, for the reports that print them.
struct PrecisionArguments: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Significant digits of fractions in a table (csv and json keep every digit).",
      valueName: "digits"))
  var precision = TableNumber.defaultPrecision

  func validate() throws {
    if !(1...17).contains(precision) { throw ValidationError("--precision must be 1 to 17.") }
  }
}
