import ArgumentParser
import RecruitNet

/// The network a command reads, and how: the path (a workspace, or an edge list read in
/// memory), the direction asked for, and the edge-list columns. Shared by the commands that
/// analyse one network.
struct NetworkArguments: ParsableArguments {
  @Argument(
    help: ArgumentHelp(
      "A workspace file, or an edge-list file read in memory.", valueName: "network"))
  var network: String

  @OptionGroup(title: "Direction")
  var direction: DirectionArguments

  @OptionGroup(title: "Edge list (when NETWORK is a plain file)")
  var edgeList: EdgeListArguments

  /// The network, opened.
  func input() throws -> NetworkInput {
    try NetworkInput(
      path: network, edgeListOptions: edgeList.options(), directed: direction.requested)
  }
}
