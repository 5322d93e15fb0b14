extension GraphBuilder {
  /// Appends one row that already stands for `count` merged input rows, with its first and last
  /// timestamps (Unix seconds, or ``noTime``): what an interchange file (GraphML, GEXF, …)
  /// written by `recruitnet export` carries for a merged edge, so that a round trip keeps the
  /// multiplicity and the time span and not only the weight.
  public mutating func addEdge(
    from source: NodeID, to target: NodeID, type: UInt16, weight: Double, count: Int,
    firstTime: Int64, lastTime: Int64
  ) {
    if count != 1 && !hasCounts {
      counts = Array(repeating: 1, count: sources.count)
      hasCounts = true
    }
    if firstTime != Self.noTime || lastTime != Self.noTime {
      addEdge(from: source, to: target, type: type, weight: weight, time: firstTime)
      lastTimes[lastTimes.count - 1] = lastTime
    } else {
      addEdge(from: source, to: target, type: type, weight: weight)
    }
    if hasCounts { counts[counts.count - 1] = UInt32(clamping: max(1, count)) }
  }
}
