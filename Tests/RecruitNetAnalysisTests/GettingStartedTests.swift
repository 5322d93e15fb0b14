import Foundation
import RecruitNetAnalysis
import RecruitNetCentrality
import RecruitNetCommunities
import RecruitNetGraph
import RecruitNetIO
import Testing

/// The "Getting started" example of the documentation, compiled and run on the recruitment
/// sample, and a check that the article and the README show exactly the code between the
/// `BEGIN getting-started` and `END getting-started` markers below.
@Suite struct GettingStartedTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  /// The files that show the example, relative to the repository root.
  static let documents = ["Sources/RecruitNet/RecruitNet.docc/GettingStarted.md", "README.md"]

  @Test func theExampleRanksAndGroupsTheSample() async throws {
    let path = Self.root.appendingPathComponent("Samples/recruitment/edges.csv").path
    // BEGIN getting-started
    let network = try NetworkInput(path: path)  // an edge list, or a workspace (.rnet)
    let graph = try await network.graph()  // edge types merged, weights summed

    var ranking = CentralityRequest()
    ranking.measures = [.pagerank]
    let pagerank = try await network.centrality(ranking).scores[0]

    var grouping = CommunityRequest()  // Leiden, modularity, resolution 1
    grouping.options.seed = 1  // the same seed gives the same communities
    let communities = try network.communities(grouping, on: graph)

    for node in pagerank.ranking(names: graph.names, limit: 10) {
      print(graph.names.name(of: node), pagerank[node], "community", communities[node])
    }
    // END getting-started

    // The sample's edge list: 596 accounts with ties, all of them ranked and grouped.
    #expect(graph.nodeCount == 596 && graph.isDirected)
    #expect(pagerank.measure == "pagerank" && pagerank.values.count == graph.nodeCount)
    #expect(communities.algorithm == "leiden" && communities.communities.count == graph.nodeCount)

    // PageRank is a probability distribution.
    let total = pagerank.values.reduce(0, +)
    #expect(abs(total - 1) < 1e-9)
    #expect(pagerank.values.allSatisfy { $0 > 0 })

    // The printed accounts: ten, the first one with the highest score, in decreasing order.
    let top = pagerank.ranking(names: graph.names, limit: 10)
    #expect(top.count == 10 && Set(top).count == 10)
    let highest = try #require(pagerank.values.max())
    #expect(pagerank[top[0]] == highest)
    #expect(zip(top, top.dropFirst()).allSatisfy { pagerank[$0] >= pagerank[$1] })
    // Nobody outside the printed ten scores above the tenth.
    let tenth = pagerank[top[9]]
    #expect(pagerank.values.filter { $0 > tenth }.count <= 9)

    // Every printed account has a community, numbered below the community count.
    for node in top {
      #expect(communities[node] != Partition.unassigned)
      #expect(Int(communities[node]) < communities.communityCount)
    }

    // The ranking's own names (loaded by `centrality`) are the graph's: the ids agree.
    let ranked = try await network.centrality(ranking)
    #expect(top.allSatisfy { ranked.names.name(of: $0) == graph.names.name(of: $0) })

    // Leiden recovers the five planted cells (Samples/recruitment/groups.csv; its four accounts
    // without ties are not in the edge list and stay unassigned).
    let groups = Self.root.appendingPathComponent("Samples/recruitment/groups.csv").path
    var planted = [UInt32](repeating: Partition.unassigned, count: graph.nodeCount)
    for row in try NodeLabelsReader().read(path: groups).rows {
      guard let node = graph.names.id(for: row.name) else { continue }
      planted[Int(node)] = try #require(UInt32(row.label))
    }
    let comparison = PartitionComparison(communities.communities, planted)
    #expect(comparison.nodeCount == graph.nodeCount && comparison.groupCounts.second == 5)
    #expect(communities.communityCount == 5 && comparison.normalizedMutualInformation > 0.99)
  }

  @Test func theArticleAndTheReadmeShowTheTestedCode() throws {
    let example = try Self.markedExample()
    #expect(example.contains("NetworkInput(path: path)"))
    for document in Self.documents {
      let url = Self.root.appendingPathComponent(document)
      let blocks = Self.swiftBlocks(in: try String(contentsOf: url, encoding: .utf8))
      #expect(
        blocks.contains(example),
        "\(document) has no ```swift block equal to the getting-started example in \(#fileID)")
    }
  }

  /// The lines between the markers in this file, with their common indentation removed.
  static func markedExample() throws -> String {
    let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    let trimmed = lines.map { $0.trimmingCharacters(in: .whitespaces) }
    let begin = try #require(trimmed.firstIndex(of: "// BEGIN getting-started"))
    let end = try #require(trimmed.firstIndex(of: "// END getting-started"))
    try #require(begin < end)
    let body = lines[(begin + 1)..<end]
    let indent =
      body.filter { !$0.allSatisfy(\.isWhitespace) }
      .map { $0.prefix { $0 == " " }.count }.min() ?? 0
    return body.map { $0.allSatisfy(\.isWhitespace) ? "" : String($0.dropFirst(indent)) }
      .joined(separator: "\n")
  }

  /// The contents of every fenced ```swift block of a Markdown text.
  static func swiftBlocks(in markdown: String) -> [String] {
    var blocks: [String] = []
    var current: [Substring]? = nil
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      if current == nil {
        if line.trimmingCharacters(in: .whitespaces) == "```swift" { current = [] }
      } else if line.trimmingCharacters(in: .whitespaces) == "```" {
        blocks.append((current ?? []).joined(separator: "\n"))
        current = nil
      } else {
        current?.append(line)
      }
    }
    return blocks
  }
}
