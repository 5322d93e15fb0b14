import Foundation
import RecruitNetGraph

extension Coordination {
  /// Recency-weighted edge weights over fixed bins, after Weber & Neumann's fading window (2021,
  /// "Amplifying influence through coordinated behaviour in social networks", SNAM 11:111; their
  /// `find_hccs` combines the windows' networks as `Σᵢ αⁱ · wᵢ`, i = 0 for the latest window):
  /// each matched message of A counts `α^(b_last − b)`, where `b` is its bin (`⌊t / W⌋`) and
  /// `b_last` the latest bin of any event, so a pair that acted together recently weighs more
  /// than one that did so long ago. With α = 1 the decayed weight is the plain weight.
  ///
  /// Bins are consecutive and aligned on the epoch (`⌊t / W⌋`, as CooRnet's), where `find_hccs`
  /// starts its first window at the first tweet; the sum runs over every bin rather than the
  /// last k.
  ///
  /// - Returns: the decayed weight of each edge of `edges`, by `source << 32 | target`.
  /// - Complexity: one sweep per non-empty bin: O(n log n + P + bins · accounts).
  public static func decayedWeights(
    _ events: CoordinationEvents, parameters: CoordinationParameters, alpha: Double,
    threads: Int = ParallelLoop.defaultThreadCount
  ) throws(CoordinationError) -> [UInt64: Double] {
    guard case .bins(let width) = parameters.window else {
      throw CoordinationError(
        .badWindow("a decay needs fixed bins (a window read as consecutive bins)"))
    }
    guard alpha > 0, alpha <= 1 else {
      throw CoordinationError(
        .parameterOutOfRange(name: "the decay factor", value: alpha, allowed: "in (0, 1]"))
    }
    guard events.count > 0 else { return [:] }
    // The events of each bin, in event order (a message's events stay together).
    var byBin: [Int64: [Int]] = [:]
    for i in 0..<events.count { byBin[floorDivide(events.times[i], width), default: []].append(i) }
    let last = byBin.keys.max() ?? 0
    var all = parameters
    all.minWeight = 1
    var decayed: [UInt64: Double] = [:]
    for (bin, indices) in byBin {
      var slice = CoordinationEvents(accountCount: events.accountCount)
      for i in indices {
        slice.add(
          account: events.accounts[i], messageID: events.messageIDs[Int(events.messages[i])],
          time: events.times[i], object: events.objectNames[Int(events.objects[i])])
      }
      let factor = pow(alpha, Double(last - bin))
      for edge in try network(slice, parameters: all, threads: threads).edges {
        decayed[UInt64(edge.source) << 32 | UInt64(edge.target), default: 0] +=
          factor * Double(edge.weight)
      }
    }
    return decayed
  }
}
