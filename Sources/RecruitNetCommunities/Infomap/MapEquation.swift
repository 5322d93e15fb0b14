/// The two-level map equation: the expected number of bits per step to describe a random walk
/// with one codebook per module and an index codebook for moves between modules.
///
/// L(M) = plogp(Σ qᵢ↷) − Σ plogp(qᵢ↷) − Σ plogp(qᵢ↶) + Σ plogp(qᵢ↶ + pᵢ) − Σ_α plogp(p_α),
/// with qᵢ↷ the flow entering module i, qᵢ↶ the flow leaving it, pᵢ the flow through it and p_α
/// the flow through node α (logs base 2). With recorded teleportation the entry flow equals the
/// exit flow (igraph's form); otherwise the index codebook uses entry flow, as Infomap does.
///
/// Reference: M. Rosvall & C. T. Bergstrom, "Maps of random walks on complex networks reveal
/// community structure", PNAS 105(4):1118–1123 (2008), doi:10.1073/pnas.0706851105; the
/// equation's derivation: M. Rosvall, D. Axelsson & C. T. Bergstrom, "The map equation",
/// Eur. Phys. J. Special Topics 178:13–23 (2009), doi:10.1140/epjst/e2010-01179-1.
struct ModuleFlow: Sendable {
  var flow = 0.0
  var danglingFlow = 0.0
  var teleportWeight = 0.0
  var linkOut = 0.0
  var linkIn = 0.0
}

/// Turns module flows into exit and entry flows and codelength terms for one flow model.
struct MapEquation: Sendable {
  let recordsTeleportation: Bool
  let teleportation: Double
  let nodeEntropyTerm: Double

  init(_ flow: InfomapFlow) {
    recordsTeleportation = flow.recordsTeleportation
    teleportation = flow.teleportation
    nodeEntropyTerm = flow.nodeEntropyTerm
  }

  @inline(__always) func exit(_ m: ModuleFlow) -> Double {
    guard recordsTeleportation else { return m.linkOut }
    return m.linkOut + (teleportation * m.flow + (1 - teleportation) * m.danglingFlow)
      * (1 - m.teleportWeight)
  }

  @inline(__always) func enter(_ m: ModuleFlow) -> Double {
    recordsTeleportation ? exit(m) : m.linkIn
  }

  /// The running sums a codelength is made of.
  struct Terms: Sendable {
    var enterSum = 0.0
    var enterLog = 0.0
    var exitLog = 0.0
    var exitFlowLog = 0.0
  }

  /// One module's share of the codelength terms.
  struct ModuleTerms: Sendable {
    var enter = 0.0
    var enterLog = 0.0
    var exitLog = 0.0
    var exitFlowLog = 0.0
  }

  @inline(__always) func terms(of m: ModuleFlow) -> ModuleTerms {
    let q = exit(m)
    let e = enter(m)
    return ModuleTerms(
      enter: e, enterLog: plogp(e), exitLog: plogp(q), exitFlowLog: plogp(q + m.flow))
  }

  @inline(__always) func add(_ m: ModuleFlow, to terms: inout Terms, sign: Double) {
    let q = exit(m)
    let e = enter(m)
    terms.enterSum += sign * e
    terms.enterLog += sign * plogp(e)
    terms.exitLog += sign * plogp(q)
    terms.exitFlowLog += sign * plogp(q + m.flow)
  }

  func codelength(_ t: Terms) -> Double {
    plogp(t.enterSum) - t.enterLog - t.exitLog + t.exitFlowLog - nodeEntropyTerm
  }

  /// The codelength of a labelling of the flow network's nodes (labels below `moduleCount`).
  func codelength(of labels: [UInt32], moduleCount: Int, in network: InfomapFlow) -> Double {
    var modules = [ModuleFlow](repeating: ModuleFlow(), count: moduleCount)
    for (v, label) in labels.enumerated() {
      modules[Int(label)].flow += network.nodeFlow[v]
      modules[Int(label)].danglingFlow += network.danglingFlow[v]
      if !network.teleportWeight.isEmpty {
        modules[Int(label)].teleportWeight += network.teleportWeight[v]
      }
    }
    let links = network.links
    for u in 0..<labels.count {
      for e in links.outOffsets[u]..<links.outOffsets[u + 1] {
        let v = Int(links.outTargets[e])
        if labels[u] != labels[v] {
          modules[Int(labels[u])].linkOut += links.outFlow[e]
          modules[Int(labels[v])].linkIn += links.outFlow[e]
        }
      }
    }
    var terms = Terms()
    for m in modules { add(m, to: &terms, sign: 1) }
    return codelength(terms)
  }
}
