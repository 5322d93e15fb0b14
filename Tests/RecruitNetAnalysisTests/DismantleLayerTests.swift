import Foundation
import RecruitNetAnalysis
import RecruitNetGraph
import RecruitNetTestSupport
import RecruitNetWorkspace
import Testing

/// Dismantling one layer of a typed workspace (issue #13: "dismantle the retweet layer, the
/// mention layer, or all merged"): the layer is the edges of that type and the accounts they
/// touch, and the giant component after each removal is recomputed by brute force on it.
@Suite struct DismantleLayerTests {
  @Test(arguments: ["retweet", "mention", nil] as [String?])
  func eachLayerIsDismantledOnItsOwnAccounts(_ type: String?) async throws {
    let files = try TestFiles()
    let path = files.path("study.rnet")
    var importer = WorkspaceImporter(workspacePath: path)
    importer.edgeFiles = [SharedData.repository("Samples/recruitment/edges.csv")]
    _ = try await importer.run()
    let input = try NetworkInput(path: path)
    var request = DismantleRequest()
    request.strategies = [try DismantleRequest.parseStrategy("degree")]
    request.edgeType = type
    let outcome = try await input.dismantle(request)
    let run = try #require(outcome.runs.first)
    // The layer by hand: undirected simple pairs of the rows of that type.
    let rows = try String(
      contentsOfFile: SharedData.repository("Samples/recruitment/edges.csv"), encoding: .utf8
    ).split(separator: "\n").dropFirst().map { line -> [String] in
      // Names of the sample may be quoted and hold commas: split on commas outside quotes.
      // (RFC 4180: a doubled quote inside quotes is one quote.)
      var fields: [String] = []
      var field = ""
      var quoted = false
      var previousWasQuote = false
      for character in line {
        if character == "\"" {
          if previousWasQuote {
            // The quote that just closed the field was the first of a doubled pair.
            field.append("\"")
            quoted = true
            previousWasQuote = false
          } else {
            quoted.toggle()
            previousWasQuote = !quoted
          }
          continue
        }
        previousWasQuote = false
        if character == "," && !quoted {
          fields.append(field)
          field = ""
        } else {
          field.append(character)
        }
      }
      fields.append(field)
      return fields
    }.filter { type == nil || $0[2] == type }
    var neighbours: [String: Set<String>] = [:]
    for row in rows where row[0] != row[1] {
      neighbours[row[0], default: []].insert(row[1])
      neighbours[row[1], default: []].insert(row[0])
    }
    for row in rows where row[0] == row[1] {
      neighbours[row[0], default: []] = neighbours[row[0]] ?? []
    }
    #expect(outcome.nodeCount == neighbours.count)
    #expect(outcome.edgeCount == neighbours.values.reduce(0) { $0 + $1.count } / 2)
    func giant(removing removed: Set<String>) -> Int {
      var seen = removed
      var best = 0
      for start in neighbours.keys where !seen.contains(start) {
        var stack = [start]
        seen.insert(start)
        var size = 0
        while let v = stack.popLast() {
          size += 1
          for w in neighbours[v] ?? [] where !seen.contains(w) {
            seen.insert(w)
            stack.append(w)
          }
        }
        best = max(best, size)
      }
      return best
    }
    var removed: Set<String> = []
    #expect(run.result.giantSizes[0] == giant(removing: []))
    for (k, name) in run.removedNames.enumerated() {
      removed.insert(name)
      #expect(
        run.result.giantSizes[k + 1] == giant(removing: removed), "\(type ?? "all") after \(k + 1)")
    }
    #expect(Double(run.result.giantSizes.last ?? 0) <= max(1, 0.01 * Double(outcome.nodeCount)))
  }
}
