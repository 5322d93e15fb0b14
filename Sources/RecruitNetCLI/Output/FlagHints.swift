import RecruitNet

/// What to type instead: the command-line hint for a library error, keyed by its code. The
/// library's messages name no flag; this table is the one place that knows both.
enum FlagHints {
  static let table: [String: String] = [
    "centrality.didNotConverge": "raise --max-iterations or --tolerance",
    "centrality.weightsNotUsed": "drop --weighted",
    "centrality.nonPositiveLength": "use --unweighted",
    "centrality.weightedClusteringOnDirectedGraph": "use --unweighted or --undirected",
    "import.unrecognisedArchive": "give --format tweets-v1|tweets-v2|tweets-csv|coordination-csv",
    "import.missingKey": "pass --pseudonym-key FILE or set RECRUITNET_PSEUDONYM_KEY",
    "import.noNameColumn": "or give --node-column",
    "import.noHeader": "use --header, or a column number",
    "workspace.notAWorkspace": "create one with `recruitnet import FILE --into study.rnet`",
    "workspace.nameTaken": "give --save another name, or add --replace",
    "workspace.snapshotTaken":
      "give --name another name, or --replace that snapshot (`recruitnet snapshots list` shows them)",
    "coordination.pairBudgetExceeded":
      "narrow the window, slice with --since/--until, or raise --max-pairs",
    "analysis.needsWorkspace": "import it first (recruitnet import FILE --into study.rnet)",
  ]

  /// The hint for `error`, if its code has one; `unknown measure` errors point to `--list`.
  static func hint(for error: any RecruitNetError) -> String? {
    if let error = error as? AnalysisError, case .unknownName(let what, _, _, _) = error.code {
      switch what {
      case "measure": return "see `recruitnet centrality --list`"
      case "community algorithm": return "see `recruitnet communities --list`"
      case "saved layer", "coordination layer":
        return "see `recruitnet coordination layers NETWORK`"
      default: return nil
      }
    }
    return table[error.codeName]
  }
}
