import Foundation
import RecruitNetGraph
import RecruitNetIO

/// Seed accounts for personalized PageRank, with weights: one name per line, `name,weight`
/// for a weight other than 1, blank lines and `#` comments ignored.
public struct SeedList: Sendable, Equatable, Codable {
  /// One seed: the account's name and its (non-negative) weight.
  public struct Seed: Sendable, Equatable, Codable {
    public var name: String
    public var weight: Double
    public init(_ name: String, weight: Double = 1) {
      self.name = name
      self.weight = weight
    }
  }

  public var seeds: [Seed]

  public init(_ seeds: [Seed] = []) { self.seeds = seeds }

  /// The seeds in the file at `path`.
  ///
  /// - Throws: `ImportError` when the file cannot be read or is not UTF-8, and
  ///   ``AnalysisError`` for a negative weight (with its line) or a file without seeds.
  public static func read(path: String) throws -> SeedList {
    guard let text = String(bytes: try InputFile.read(path), encoding: .utf8) else {
      throw ImportError(.badEncoding, InputLocation(file: path), "not UTF-8 text")
    }
    var seeds: [Seed] = []
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
      if line.isEmpty || line.hasPrefix("#") { continue }
      if let comma = line.lastIndex(of: ","),
        let weight = Double(line[line.index(after: comma)...].trimmingCharacters(in: .whitespaces))
      {
        guard weight >= 0, weight.isFinite else {
          throw AnalysisError(
            .badSeedWeight(location: InputLocation(file: path, line: index + 1), weight: weight))
        }
        seeds.append(Seed(String(line[..<comma]), weight: weight))
      } else {
        seeds.append(Seed(line))
      }
    }
    if seeds.isEmpty { throw AnalysisError(.noSeeds(file: path)) }
    return SeedList(seeds)
  }

  /// The personalization vector on `names`: weights summed per account.
  ///
  /// - Throws: ``AnalysisError`` for a seed that is not in the network (with close matches).
  public func personalization(in names: NodeNames) throws(AnalysisError) -> [NodeID: Double] {
    var personalization: [NodeID: Double] = [:]
    for seed in seeds {
      guard let node = names.id(for: seed.name) else {
        throw AnalysisError.unknown("seed account", seed.name, in: names)
      }
      personalization[node, default: 0] += seed.weight
    }
    return personalization
  }
}
