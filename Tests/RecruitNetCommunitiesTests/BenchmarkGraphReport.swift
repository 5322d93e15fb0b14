import Foundation
import RecruitNetCommunities
import RecruitNetGraph
import RecruitNetTestSupport
import Testing

/// Modularity and NMI of our Leiden and Louvain on the benchmark graphs that
/// `Scripts/bench/bench_communities.py --prepare-only` writes (LFR, Higgs, classic graphs), for
/// checking numbers before the `recruitnet communities` command exists. Runs only with
/// `RECRUITNET_COMMUNITY_REPORT=1` (the graphs are not in the repository, and Higgs is slow in a
/// debug build):
///
///     RECRUITNET_COMMUNITY_REPORT=1 swift test --skip-build --filter BenchmarkGraphReport
///
/// Checks what must hold on any of these graphs: Leiden's communities are connected, and on
/// LFR μ = 0.1 both algorithms recover the planted communities almost exactly (NMI ≥ 0.95).
@Suite struct BenchmarkGraphReport {
  static let folder = SharedData.repository("Scripts/bench/data/communities")

  static func load(_ name: String) throws -> (Graph, [UInt32]?)? {
    let path = folder + "/\(name).tsv"
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
    var builder = GraphBuilder(isDirected: false)
    var truth: [UInt32]?
    if let truthText = try? String(contentsOfFile: folder + "/\(name).truth", encoding: .utf8) {
      truth = truthText.split(separator: "\n").compactMap { UInt32($0) }
    }
    // Create nodes 0..<n in id order so that node ids equal the file's ids.
    var rows: [(Int, Int, Double)] = []
    var n = truth?.count ?? 0
    for line in text.split(separator: "\n").dropFirst() {
      let parts = line.split(separator: "\t")
      guard parts.count >= 3, let s = Int(parts[0]), let t = Int(parts[1]), let w = Double(parts[2])
      else { continue }
      rows.append((s, t, w))
      n = max(n, s + 1, t + 1)
    }
    let ids = (0..<n).map { builder.node(named: "\($0)") }
    for (s, t, w) in rows { builder.addEdge(from: ids[s], to: ids[t], type: 0, weight: w) }
    return (try builder.build(), truth)
  }

  @Test(arguments: [
    "lfr-10k-mu0.1", "lfr-10k-mu0.3", "lfr-10k-mu0.5", "recruitment", "higgs-mention", "karate",
    "polbooks", "football",
  ])
  func report(_ name: String) throws {
    guard ProcessInfo.processInfo.environment["RECRUITNET_COMMUNITY_REPORT"] == "1" else {
      print("skipped: set RECRUITNET_COMMUNITY_REPORT=1 to report on \(name)")
      return
    }
    guard let (graph, truth) = try Self.load(name) else {
      print(
        "skipped: \(Self.folder)/\(name).tsv is absent (bench_communities.py --prepare-only writes it)"
      )
      return
    }
    for algorithm in [CommunityAlgorithm.leiden, .louvain] {
      var modularity: [Double] = []
      var nmi: [Double] = []
      var seconds: [Double] = []
      for seed in UInt64(0)..<5 {
        var options = CommunityOptions()
        options.seed = seed
        let start = Date()
        let partition = try algorithm.detect(in: graph, options: options)
        seconds.append(Date().timeIntervalSince(start))
        modularity.append(partition.modularity(in: graph))
        if let truth { nmi.append(CommunityMeasures.nmi(partition.communities, truth)) }
        if algorithm == .leiden {
          #expect(
            CommunityMeasures.disconnectedCommunities(partition, in: graph).isEmpty,
            "\(name) seed \(seed)")
        }
      }
      func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(max(values.count, 1)) }
      print(
        "report \(name) \(algorithm.rawValue): n=\(graph.nodeCount) m=\(graph.edgeCount) modularity mean "
          + String(
            format: "%.4f (min %.4f max %.4f)", mean(modularity), modularity.min() ?? .nan,
            modularity.max() ?? .nan)
          + (nmi.isEmpty ? "" : String(format: " NMI mean %.4f", mean(nmi)))
          + String(format: " debug-build seconds %.2f", mean(seconds)))
      if name == "lfr-10k-mu0.1" { #expect(mean(nmi) >= 0.95) }
    }
  }
}
