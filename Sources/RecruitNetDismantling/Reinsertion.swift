import RecruitNetGraph

/// Greedy reinsertion after a dismantling attack (Braunstein, Dall'Asta, Semerjian & Zdeborová
/// 2016, "Network dismantling", PNAS 113:12368, doi:10.1073/pnas.1605083113; also Morone et al.
/// 2016, Sci. Rep. 6:30062): once the attack has brought the giant component down to at most
/// `threshold` nodes, put removed nodes back one at a time while the giant stays ≤ `threshold`.
///
/// The exact rule: the cost of a removed node is the size of the cluster it would form if put
/// back, 1 + the sizes of the distinct clusters among its present neighbours. Repeatedly put back
/// the removed node of **smallest cost** (ties: the lowest node id), as long as that cost is ≤
/// `threshold`; stop at the first node whose cost exceeds it. Costs never decrease as nodes come
/// back, so a lazy min-heap is exact: a popped node whose recomputed cost still equals its key is
/// the true minimum.
///
/// - Returns: the removed nodes that stay removed, in their original removal order.
/// - Complexity: O(Σ_{v removed} k_v · log |removed| · α(N)) plus O((N + M) α(N)) to start.
package func reinsert(into graph: SimpleGraph, removed order: [NodeID], threshold: Int) -> [NodeID]
{
  let n = graph.nodeCount
  var isRemoved = [Bool](repeating: false, count: n)
  for v in order { isRemoved[Int(v)] = true }
  var clusters = UnionFind(count: n)
  for v in 0..<n where !isRemoved[v] {
    for w in graph.neighbors(of: NodeID(truncatingIfNeeded: v))
    where Int(w) > v && !isRemoved[Int(w)] {
      clusters.union(v, Int(w))
    }
  }
  var roots: [Int] = []
  func cost(of v: NodeID) -> Int {
    roots.removeAll(keepingCapacity: true)
    var total = 1
    for w in graph.neighbors(of: v) where !isRemoved[Int(w)] {
      let root = clusters.find(Int(w))
      if !roots.contains(root) {
        roots.append(root)
        total += clusters.size(ofRoot: root)
      }
    }
    return total
  }
  // A max-heap on (−cost, −id) is a min-heap on (cost, id).
  var heap = PriorityKeyHeap(capacity: order.count)
  for v in order { heap.push(-Int64(cost(of: v)), PriorityKeyHeap.tieBreak(0, v), v) }
  while let top = heap.popMax() {
    let current = cost(of: top.node)
    if Int64(current) != -top.primary {
      heap.push(-Int64(current), top.secondary, top.node)
      continue
    }
    guard current <= threshold else { break }
    isRemoved[Int(top.node)] = false
    for w in graph.neighbors(of: top.node) where !isRemoved[Int(w)] {
      clusters.union(Int(top.node), Int(w))
    }
  }
  return order.filter { isRemoved[Int($0)] }
}
