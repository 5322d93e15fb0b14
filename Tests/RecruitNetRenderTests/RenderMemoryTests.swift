import Foundation
import RecruitNetGraph
import Testing

@testable import RecruitNetRender

/// Many renders in one process must not grow it: every Graphviz graph, layout and buffer is freed.
extension RenderGraphvizSuites {
  @Suite struct RenderMemoryTests {
    /// Resident set size in bytes, from /proc/self/statm (Linux).
    static func residentBytes() -> Int? {
      guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else {
        return nil
      }
      let fields = text.split(separator: " ")
      guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
      return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    @Test func twoHundredRendersGrowResidentMemoryLittle() async throws {
      guard Self.residentBytes() != nil else {
        print("skipped: /proc/self/statm is not available")
        return
      }
      let graph = try await RenderSamples.krebs()
      let communities = graph.nodes.map { UInt32($0 % 4) }
      let spec = RenderSamples.diagram(graph, communities: communities).spec(for: .svg)
      // Warm up (fonts, plugins, caches), then measure.
      for seed in 0..<20 {
        _ = try await GraphvizRenderer.shared.draw(
          spec, layout: .composed(inner: nil), format: .svg, seed: UInt64(seed))
      }
      // Six rounds of 40. The test process runs other suites at the same time, which grow the
      // same resident set; a leak in rendering grows *every* round, so the quietest round tells.
      var growths: [Int] = []
      for round in 0..<6 {
        let before = try #require(Self.residentBytes())
        for i in 0..<40 {
          let seed = round * 40 + i
          let layout: DiagramLayout = seed % 2 == 0 ? .composed(inner: nil) : .engine(.sfdp)
          let bytes = try await GraphvizRenderer.shared.draw(
            spec, layout: layout, format: .svg, seed: UInt64(seed))
          #expect(bytes.count > 1000)
        }
        growths.append(try #require(Self.residentBytes()) - before)
      }
      // Graphviz itself leaks a few KB per layout (see ../shared/notes); a leaked graph of this
      // size would be about 100 KB per render, 4 MB per round.
      let quietest = try #require(growths.min())
      #expect(
        quietest < 1 << 20, "resident memory grew in every round: \(growths.map { $0 >> 10 }) KB")
      print("render memory growth per 40 renders: \(growths.map { $0 >> 10 }) KB")
    }
  }
}
