import Foundation
import Testing

/// `recruitnet dismantle` end to end on the Krebs 9/11 sample: JSON numbers, the SVG plot, the
/// custom order, and an unknown strategy that stops with the valid names and writes no plot.
@Suite struct DismantleCommandTests {
  static let krebs = "Samples/krebs-911/edges.csv"

  @Test func jsonOutputAndPlot() throws {
    let folder = try CLI.temporaryFolder()
    let plot = folder.appendingPathComponent("curve.svg").path
    let run = try CLI.run([
      "dismantle", Self.krebs, "--undirected", "--strategy", "degree,ci:2", "--reinsert", "--until",
      "0.1", "--plot", plot, "--format", "json", "--quiet",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    #expect(object["nodes"] as? Int == 62)
    #expect(object["reinsert"] as? Bool == true)
    let strategies = try #require(object["strategies"] as? [[String: Any]])
    #expect(strategies.map { $0["strategy"] as? String } == ["degree", "ci:2"])
    for strategy in strategies {
      let giant = try #require(strategy["giant"] as? [Int])
      let order = try #require(strategy["order"] as? [String])
      #expect(giant.count == order.count + 1)
      #expect(giant.first == 62 && (giant.last ?? 99) <= 6)
      let removed = try #require(strategy["removed"] as? Int)
      let attack = try #require(strategy["attack_removals"] as? Int)
      #expect(removed == order.count && removed <= attack)
      let r = try #require(strategy["robustness"] as? Double)
      #expect(r > 0 && r < 0.5)
    }
    let svg = try String(contentsOfFile: plot, encoding: .utf8)
    #expect(svg.contains("<svg") && svg.contains("</svg>"))
    #expect(svg.components(separatedBy: "<polyline").count == 3)
    #expect(svg.contains("ci:2") && svg.contains("fraction of accounts removed"))
  }

  @Test func customOrderAndCSV() throws {
    let folder = try CLI.temporaryFolder()
    let list = folder.appendingPathComponent("suspended.txt").path
    try "Mohamed Atta\nMarwan Al-Shehhi\n".write(toFile: list, atomically: true, encoding: .utf8)
    let run = try CLI.run([
      "dismantle", Self.krebs, "--undirected", "--strategy", "custom:\(list)", "--format", "csv",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdout.split(separator: "\n")
    #expect(lines.first == "strategy,removed,fraction_removed,giant,giant_fraction")
    #expect(lines.count == 1 + 3)
  }

  @Test func unknownStrategyListsTheValidOnesAndWritesNoPlot() throws {
    let folder = try CLI.temporaryFolder()
    let plot = folder.appendingPathComponent("never.svg").path
    let run = try CLI.run([
      "dismantle", Self.krebs, "--strategy", "ci:2,collective", "--plot", plot,
    ])
    #expect(run.status == 1)
    #expect(run.stderr.contains("unknown strategy 'collective'"), "\(run.stderr)")
    #expect(run.stderr.contains("corehd") && run.stderr.contains("custom:FILE"))
    #expect(!FileManager.default.fileExists(atPath: plot))
  }
}
