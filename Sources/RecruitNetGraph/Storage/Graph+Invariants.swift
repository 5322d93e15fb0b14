extension Graph {
  /// Whether this build checks ``invariantViolations()`` whenever a graph is created.
  package static var checksInvariants: Bool {
    #if RECRUITNET_INVARIANTS
      true
    #else
      false
    #endif
  }

  /// The storage invariants every algorithm relies on, each broken one described in words;
  /// empty when the graph is sound.
  ///
  /// - Offsets start at 0, never decrease and end at the arc count, for both sides.
  /// - Targets and sources are node ids; out-edges are sorted by (target, type) within a node
  ///   and no (target, type) pair repeats; in-edges are sorted by source.
  /// - The in-adjacency mirrors the out-adjacency: in-edge `i` of `v` with source `u` names an
  ///   out-edge of `u` whose target is `v`. An undirected graph has no in-adjacency and each arc
  ///   `u → v` (u ≠ v) has its twin `v → u` of equal weight and type.
  /// - Per-edge arrays (types, timestamps) are empty or one per arc; multiplicity indices are
  ///   ascending arc indices.
  ///
  /// Built with the `RECRUITNET_INVARIANTS` compilation condition (debug builds, and so the test
  /// suite), every graph checks these when it is created; release builds skip the O(m log d)
  /// pass. The tests also call this directly.
  ///
  /// - Complexity: O(n + m log d) for largest degree d.
  package func invariantViolations() -> [String] {
    var problems: [String] = []
    let n = nodeCount
    let m = arcCount
    func checkOffsets(_ offsets: [Int], side: String, count: Int) {
      guard offsets.count == n + 1, offsets.first == 0, offsets.last == count else {
        problems.append("\(side) offsets do not span 0 … \(count) over \(n) nodes")
        return
      }
      for v in 0..<n where offsets[v] > offsets[v + 1] {
        problems.append("\(side) offsets decrease at node \(v)")
        return
      }
    }
    checkOffsets(outOffsets, side: "out", count: m)
    guard problems.isEmpty, outWeights.count == m else {
      return problems + (outWeights.count == m ? [] : ["\(outWeights.count) weights for \(m) arcs"])
    }
    if !edgeTypes.isEmpty && edgeTypes.count != m {
      problems.append("edge types are not one per arc")
    }
    if edgeTypes.contains(where: { Int($0) >= edgeTypeNames.count }) {
      problems.append("an edge type index has no name")
    }
    if firstTimes.count != lastTimes.count || !(firstTimes.isEmpty || firstTimes.count == m) {
      problems.append("timestamps are not one pair per arc")
    }
    if zip(multiEdges, multiEdges.dropFirst()).contains(where: { $0 >= $1 })
      || multiEdges.contains(where: { $0 < 0 || $0 >= m }) || multiEdges.count != multiCounts.count
    {
      problems.append("multiplicity indices are not ascending arc indices")
    }
    for v in 0..<n {
      var previous: (NodeID, Int)? = nil
      for e in outEdges(of: NodeID(truncatingIfNeeded: v)) {
        let key = (outTargets[e], edgeType(of: e))
        if Int(key.0) >= n {
          problems.append("out-edge \(e) of node \(v) targets node \(key.0) of \(n)")
          return problems
        }
        if let previous, previous >= key {
          problems.append("out-edges of node \(v) are not sorted by (target, type) without repeats")
        }
        previous = key
      }
    }
    if isDirected {
      checkOffsets(inOffsets, side: "in", count: m)
      guard problems.isEmpty, inSources.count == m, inEdges.count == m else {
        return problems + ["the in-adjacency does not have one entry per arc"]
      }
      for v in 0..<n {
        var previous: NodeID? = nil
        for i in inOffsets[v]..<inOffsets[v + 1] {
          let u = inSources[i]
          let e = Int(inEdges[i])
          if Int(u) >= n || e >= m || !outEdges(of: u).contains(e) || Int(outTargets[e]) != v {
            problems.append("in-edge \(i) of node \(v) does not mirror an out-edge")
            return problems
          }
          if let previous, previous > u { problems.append("in-edges of node \(v) are not sorted") }
          previous = u
        }
      }
    } else {
      if !inOffsets.isEmpty || !inSources.isEmpty {
        problems.append("an undirected graph has an in-adjacency")
      }
      for u in 0..<n {
        for e in outEdges(of: NodeID(truncatingIfNeeded: u)) {
          let v = outTargets[e]
          guard Int(v) != u else { continue }
          let twin = edge(from: v, to: NodeID(truncatingIfNeeded: u), type: edgeType(of: e))
          if twin == nil || outWeights[twin ?? 0] != outWeights[e] {
            problems.append("arc \(u) → \(v) has no twin of equal weight")
            return problems
          }
        }
      }
    }
    return problems
  }
}
