import ArgumentParser
import Foundation
import RecruitNet

/// `recruitnet partitions`: the named partitions of a workspace — detected communities saved
/// with `communities --save`, or known groups loaded from a file — to colour diagrams and to
/// compare with.
struct PartitionsCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "partitions",
    abstract: "Load, list, show, export and delete the named partitions of a workspace.",
    discussion: """
      A partition gives each account a group: communities saved by `recruitnet communities --save NAME`, or groups the analyst already knows (flight groups, cells, labels) loaded with `partitions import`. Diagrams draw one with `render --partition NAME`; `communities --compare saved:NAME` compares with one.

      Examples:
        recruitnet partitions import study.rnet Samples/recruitment/groups.csv --name planted
        recruitnet partitions list study.rnet
        recruitnet partitions show study.rnet planted
        recruitnet partitions export study.rnet planted --out planted.csv --pseudonymize
        recruitnet partitions delete study.rnet planted
      """,
    subcommands: [Import.self, List.self, Show.self, Export.self, Delete.self])

  /// `partitions import WORKSPACE FILE --name NAME`.
  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Save the groups of a name,group file as a named partition.",
      discussion: """
        FILE has a header row naming an account column (name, node, id, …) and a group column (group, label, community, …); groups may be any text and are numbered by first appearance. Names that are not accounts of the workspace are left out and listed; accounts without a row have no group. An existing partition of the same name is replaced.
        """)
    @Argument(help: "The workspace.") var workspace: String
    @Argument(help: "A name,group file.") var file: String
    @Option(help: "The partition's name.") var name: String

    func validate() throws {
      if name.isEmpty { throw ValidationError("--name needs a non-empty name.") }
    }

    func run() throws {
      let (partition, unknown) = try Workspace(path: workspace).importPartition(
        from: file, as: name)
      let assigned = partition.communities.lazy.filter { $0 != Partition.unassigned }.count
      var line =
        "\(workspace): saved partition '\(name)' (\(partition.communityCount) \(partition.communityCount == 1 ? "group" : "groups"), \(assigned) of \(partition.communities.count) nodes assigned)"
      if !unknown.isEmpty {
        let shown = unknown.prefix(5).map { "\(file):\($0.line): '\($0.name)'" }.joined(
          separator: ", ")
        line +=
          "; \(unknown.count) \(unknown.count == 1 ? "name is" : "names are") not in the network and left out: \(shown)\(unknown.count > 5 ? ", …" : "")"
      }
      Terminal.write(line + "\n")
    }
  }

  /// `partitions list WORKSPACE`.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the saved partitions.")
    @Argument(help: "The workspace.") var workspace: String
    @Option(help: "Output format.") var format: OutputFormat = .table

    func run() throws {
      let summaries = try Workspace(path: workspace).partitionSummaries()
      let header = ["name", "algorithm", "communities", "nodes", "revision", "created"]
      let rows = summaries.map {
        [
          $0.name, $0.algorithm, String($0.communityCount), String($0.nodeCount),
          String($0.revision), $0.createdAt,
        ]
      }
      switch format {
      case .table:
        Terminal.write(
          rows.isEmpty ? "\(workspace): no saved partitions\n" : TextTable.render([header] + rows))
      case .csv: Terminal.write(([header] + rows).map(CSVText.row).joined())
      case .json:
        Terminal.write(
          JSONText.encode(
            summaries.map {
              [
                "name": $0.name, "algorithm": $0.algorithm, "communities": $0.communityCount,
                "nodes": $0.nodeCount,
                "revision": $0.revision, "created_at": $0.createdAt,
                "parameters": ParameterText.object(from: $0.parameters).reduce(
                  into: [String: String]()
                ) {
                  $0[$1.name] = $1.value
                },
              ] as [String: Any]
            }) + "\n")
      }
    }
  }

  /// `partitions show WORKSPACE NAME`.
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print a saved partition's parameters and community sizes.",
      discussion:
        "For its quality, top accounts and comparisons, use `recruitnet communities WORKSPACE --show NAME`."
    )
    @Argument(help: "The workspace.") var workspace: String
    @Argument(help: "The partition's name.") var name: String

    func run() throws {
      let partition = try Workspace(path: workspace).requirePartition(named: name)
      let sizes = partition.sizes
      var rows = [["name:", name], ["algorithm:", partition.algorithm]]
      rows += partition.parameters.map { [$0.name + ":", $0.value] }
      rows.append(["communities:", String(partition.communityCount)])
      let unassigned = partition.communities.lazy.filter { $0 == Partition.unassigned }.count
      rows.append(["unassigned nodes:", String(unassigned)])
      let shown = sizes.prefix(20).enumerated().map { [String($0.offset), String($0.element)] }
      var text = TextTable.render(rows) + "\n" + TextTable.render([["community", "size"]] + shown)
      if sizes.count > 20 {
        text += "… \(sizes.count - 20) smaller communities not shown (see `partitions export`)\n"
      }
      Terminal.write(text)
    }
  }

  /// `partitions export WORKSPACE NAME`.
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "Write a saved partition as node,community CSV (unassigned nodes have an empty community).")
    @Argument(help: "The workspace.") var workspace: String
    @Argument(help: "The partition's name.") var name: String
    @Option(
      help: ArgumentHelp("Write to this file (atomically) instead of stdout.", valueName: "file"))
    var out: String?
    @OptionGroup(title: "Pseudonyms") var pseudonyms: PseudonymOptions

    func run() throws {
      let opened = try Workspace(path: workspace)
      let partition = try opened.requirePartition(named: name)
      let names = try opened.loadNodeNames(indexed: false)
      let shown = PrintedNames(names: names, pseudonymizer: try pseudonyms.pseudonymizer())
      var text = "node,community\n"
      for (node, c) in partition.communities.enumerated() where node < names.count {
        text +=
          CSVText.field(shown(NodeID(node))) + "," + (c == Partition.unassigned ? "" : String(c))
          + "\n"
      }
      try OutputFile.write(text, to: out)
    }
  }

  /// `partitions delete WORKSPACE NAME`.
  struct Delete: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Delete a saved partition.")
    @Argument(help: "The workspace.") var workspace: String
    @Argument(help: "The partition's name.") var name: String

    func run() throws {
      let opened = try Workspace(path: workspace)
      guard try opened.deletePartition(named: name) else {
        throw AnalysisError.unknown(
          "saved partition", name, in: try opened.partitionNames(), listing: true)
      }
      Terminal.write("\(workspace): deleted partition '\(name)'\n")
    }
  }
}
