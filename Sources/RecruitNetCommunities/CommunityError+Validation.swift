import RecruitNetGraph

extension CommunityError {
  /// Throws unless every edge weight is finite and non-negative (checked before any work, as
  /// igraph does).
  static func checkWeights(_ graph: Graph) throws(CommunityError) {
    for (e, w) in graph.outWeights.enumerated() where !(w >= 0 && w.isFinite) {
      let source = graph.names.name(of: graph.source(of: e))
      let target = graph.names.name(of: graph.outTargets[e])
      throw CommunityError(.badWeight(source: source, target: target, weight: w))
    }
  }
}
