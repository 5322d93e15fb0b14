import RecruitNetGraph

/// One flow network level of the search: the nodes (original nodes, or modules of the level
/// below) with their flows, and the flow links between them.
struct FlowLevel: Sendable {
  /// Per node: flow, dangling flow, teleport weight, and total link flow out of and into it.
  var nodes: [ModuleFlow]
  var links: FlowLinks

  init(_ network: InfomapFlow) {
    let links = network.links
    nodes = (0..<network.nodeFlow.count).map { v in
      var node = ModuleFlow()
      node.flow = network.nodeFlow[v]
      node.danglingFlow = network.danglingFlow[v]
      node.teleportWeight = network.teleportWeight.isEmpty ? 0 : network.teleportWeight[v]
      for e in links.outOffsets[v]..<links.outOffsets[v + 1] { node.linkOut += links.outFlow[e] }
      for e in links.inOffsets[v]..<links.inOffsets[v + 1] { node.linkIn += links.inFlow[e] }
      return node
    }
    self.links = links
  }

  init(nodes: [ModuleFlow], links: FlowLinks) {
    self.nodes = nodes
    self.links = links
  }

  /// The network of the modules: module ids are renumbered densely by first member, links
  /// between two modules summed and links inside one dropped.
  func aggregated(by module: [UInt32]) -> (level: FlowLevel, newIndex: [UInt32]) {
    var dense = [UInt32](repeating: UInt32.max, count: nodes.count)
    var count: UInt32 = 0
    let newIndex = module.map { m -> UInt32 in
      if dense[Int(m)] == UInt32.max {
        dense[Int(m)] = count
        count += 1
      }
      return dense[Int(m)]
    }
    var merged = [ModuleFlow](repeating: ModuleFlow(), count: Int(count))
    for (v, node) in nodes.enumerated() {
      let m = Int(newIndex[v])
      merged[m].flow += node.flow
      merged[m].danglingFlow += node.danglingFlow
      merged[m].teleportWeight += node.teleportWeight
    }
    var arcs: [(UInt32, UInt32, Double)] = []
    for u in 0..<nodes.count {
      let mu = newIndex[u]
      for e in links.outOffsets[u]..<links.outOffsets[u + 1] {
        let mv = newIndex[Int(links.outTargets[e])]
        if mu != mv {
          arcs.append((mu, mv, links.outFlow[e]))
          merged[Int(mu)].linkOut += links.outFlow[e]
          merged[Int(mv)].linkIn += links.outFlow[e]
        }
      }
    }
    return (FlowLevel(nodes: merged, links: FlowLinks(nodeCount: Int(count), arcs: arcs)), newIndex)
  }
}

/// One Infomap trial: local moving, aggregation and fine-tuning (see ``Infomap``).
struct InfomapSearch {
  let network: InfomapFlow
  let equation: MapEquation
  let maxSweeps: Int
  /// Improvements smaller than this count as none (floating-point noise).
  let minimumImprovement = 1e-10

  init(network: InfomapFlow, equation: MapEquation, maxSweeps: Int) {
    self.network = network
    self.equation = equation
    self.maxSweeps = maxSweeps
  }

  mutating func run(generator: inout SeededGenerator) -> (labels: [UInt32], codelength: Double) {
    let base = FlowLevel(network)
    let n = base.nodes.count
    var nodeModule = (0..<n).map { UInt32($0) }
    var best = equation.codelength(of: nodeModule, moduleCount: n, in: network)
    for _ in 0..<10 {
      // Fine-tune (the first round: plain local moving from singletons) on the original nodes.
      var module = nodeModule
      _ = moveNodes(on: base, module: &module, generator: &generator)
      var (level, levelOf) = base.aggregated(by: module)
      // Core loop: move modules as nodes, merge, repeat while anything merges.
      while level.nodes.count > 1 {
        var moduleOfNode = (0..<level.nodes.count).map { UInt32($0) }
        if !moveNodes(on: level, module: &moduleOfNode, generator: &generator) { break }
        let (next, map) = level.aggregated(by: moduleOfNode)
        levelOf = levelOf.map { map[Int($0)] }
        level = next
      }
      let length = equation.codelength(of: levelOf, moduleCount: level.nodes.count, in: network)
      guard length < best - minimumImprovement else { break }
      best = length
      nodeModule = levelOf
    }
    return (nodeModule, best)
  }

  /// Sweeps over the nodes of `level` in random order, moving each to the module that shortens
  /// the codelength most, until a sweep moves nothing (or `maxSweeps`). `module` holds ids below
  /// the node count. Returns whether any node moved.
  func moveNodes(on level: FlowLevel, module: inout [UInt32], generator: inout SeededGenerator)
    -> Bool
  {
    let n = level.nodes.count
    var modules = [ModuleFlow](repeating: ModuleFlow(), count: n)
    var members = [Int](repeating: 0, count: n)
    let links = level.links
    for v in 0..<n {
      let m = Int(module[v])
      members[m] += 1
      modules[m].flow += level.nodes[v].flow
      modules[m].danglingFlow += level.nodes[v].danglingFlow
      modules[m].teleportWeight += level.nodes[v].teleportWeight
      for e in links.outOffsets[v]..<links.outOffsets[v + 1]
      where module[Int(links.outTargets[e])] != module[v] {
        modules[m].linkOut += links.outFlow[e]
        modules[Int(module[Int(links.outTargets[e])])].linkIn += links.outFlow[e]
      }
    }
    var empty = (0..<n).filter { members[$0] == 0 }.map { UInt32($0) }.reversed() as [UInt32]
    var terms = MapEquation.Terms()
    for m in modules { equation.add(m, to: &terms, sign: 1) }
    // Each module's codelength terms, kept with the module: a candidate move then costs four
    // logarithms (the target's new terms and the index term) instead of thirteen, and the
    // logarithms are most of the search's time.
    var moduleTerms = modules.map { equation.terms(of: $0) }
    var indexTerm = plogp(terms.enterSum)
    var order = (0..<n).map { UInt32($0) }
    var outTo = [Double](repeating: 0, count: n)
    var inFrom = [Double](repeating: 0, count: n)
    var stamp = [Int](repeating: -1, count: n)
    var touched: [UInt32] = []
    var visit = 0
    var movedAny = false
    let eq = equation
    for _ in 0..<maxSweeps {
      generator.shuffle(&order)
      var moves = 0
      for node in order {
        let v = Int(node)
        let current = Int(module[v])
        let own = level.nodes[v]
        visit += 1
        touched.removeAll(keepingCapacity: true)
        func touch(_ m: Int) {
          if stamp[m] != visit {
            stamp[m] = visit
            outTo[m] = 0
            inFrom[m] = 0
            touched.append(UInt32(m))
          }
        }
        touch(current)
        for e in links.outOffsets[v]..<links.outOffsets[v + 1] {
          let m = Int(module[Int(links.outTargets[e])])
          touch(m)
          outTo[m] += links.outFlow[e]
        }
        for e in links.inOffsets[v]..<links.inOffsets[v + 1] {
          let m = Int(module[Int(links.inSources[e])])
          touch(m)
          inFrom[m] += links.inFlow[e]
        }
        // The current module without v.
        let a = modules[current]
        var aMinus = a
        aMinus.flow -= own.flow
        aMinus.danglingFlow -= own.danglingFlow
        aMinus.teleportWeight -= own.teleportWeight
        aMinus.linkOut = a.linkOut - (own.linkOut - outTo[current]) + inFrom[current]
        aMinus.linkIn = a.linkIn - (own.linkIn - inFrom[current]) + outTo[current]
        if members[current] == 1 { aMinus = ModuleFlow() }
        let aOld = moduleTerms[current]
        let aNew = eq.terms(of: aMinus)
        var bestDelta = -minimumImprovement
        var bestModule = -1
        var bestFlow = ModuleFlow()
        var bestTerms = MapEquation.ModuleTerms()
        func consider(
          _ b: Int, _ target: ModuleFlow, _ bOld: MapEquation.ModuleTerms, outB: Double, inB: Double
        ) {
          var bPlus = target
          bPlus.flow += own.flow
          bPlus.danglingFlow += own.danglingFlow
          bPlus.teleportWeight += own.teleportWeight
          bPlus.linkOut = target.linkOut + (own.linkOut - outB) - inB
          bPlus.linkIn = target.linkIn + (own.linkIn - inB) - outB
          let bNew = eq.terms(of: bPlus)
          let enterChange = aNew.enter - aOld.enter + bNew.enter - bOld.enter
          let delta =
            plogp(terms.enterSum + enterChange) - indexTerm
            - (aNew.enterLog - aOld.enterLog + bNew.enterLog - bOld.enterLog)
            - (aNew.exitLog - aOld.exitLog + bNew.exitLog - bOld.exitLog)
            + (aNew.exitFlowLog - aOld.exitFlowLog + bNew.exitFlowLog - bOld.exitFlowLog)
          if delta < bestDelta {
            bestDelta = delta
            bestModule = b
            bestFlow = bPlus
            bestTerms = bNew
          }
        }
        for m in touched where Int(m) != current {
          consider(
            Int(m), modules[Int(m)], moduleTerms[Int(m)], outB: outTo[Int(m)], inB: inFrom[Int(m)])
        }
        if members[current] > 1, let free = empty.last {
          consider(Int(free), ModuleFlow(), MapEquation.ModuleTerms(), outB: 0, inB: 0)
        }
        guard bestModule >= 0 else { continue }
        let bOld = moduleTerms[bestModule]
        terms.enterSum += aNew.enter - aOld.enter + bestTerms.enter - bOld.enter
        terms.enterLog += aNew.enterLog - aOld.enterLog + bestTerms.enterLog - bOld.enterLog
        terms.exitLog += aNew.exitLog - aOld.exitLog + bestTerms.exitLog - bOld.exitLog
        terms.exitFlowLog +=
          aNew.exitFlowLog - aOld.exitFlowLog + bestTerms.exitFlowLog - bOld.exitFlowLog
        indexTerm = plogp(terms.enterSum)
        moduleTerms[current] = aNew
        moduleTerms[bestModule] = bestTerms
        if members[bestModule] == 0 { empty.removeLast() }
        modules[current] = aMinus
        modules[bestModule] = bestFlow
        members[current] -= 1
        members[bestModule] += 1
        if members[current] == 0 { empty.append(UInt32(current)) }
        module[v] = UInt32(bestModule)
        moves += 1
      }
      if moves == 0 { break }
      movedAny = true
    }
    return movedAny
  }
}
