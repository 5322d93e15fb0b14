/// Parallel sums over nodes that come out bit-identical for any thread count: nodes are cut into
/// fixed blocks, each block's partial sum is computed by whichever thread owns it, and partial
/// sums are added in block order. Threads own contiguous runs of blocks with equal edge counts.
package struct BlockReduction {
  /// Nodes per block: fixed, so the order of the partial sums does not depend on the threads.
  package static let blockSize = 4096
  let nodeCount: Int
  let blockCount: Int
  /// The first block of each thread's run, plus the end.
  let threadStarts: [Int]

  /// Cuts `nodeCount` nodes into blocks and gives each of `threads` workers a run of blocks
  /// with nearly equal edge counts (from the CSR `offsets`).
  package init(nodeCount: Int, offsets: UnsafeBufferPointer<Int>, threads: Int) {
    self.nodeCount = nodeCount
    blockCount = (nodeCount + Self.blockSize - 1) / Self.blockSize
    let threads = max(1, min(threads, blockCount))
    var starts = [0]
    if threads > 1 {
      let total = offsets[nodeCount] + nodeCount
      var block = 0
      for t in 1..<threads {
        let goal = total * t / threads
        while block < blockCount
          && offsets[min(nodeCount, (block + 1) * Self.blockSize)]
            + min(nodeCount, (block + 1) * Self.blockSize) <= goal
        {
          block += 1
        }
        starts.append(max(block, starts[starts.count - 1]))
      }
    }
    starts.append(blockCount)
    threadStarts = starts
  }

  func nodes(ofBlock block: Int) -> Range<Int> {
    block * Self.blockSize..<min(nodeCount, (block + 1) * Self.blockSize)
  }

  /// Runs `body` on every block (in parallel across threads) and returns the ordered sum.
  package func sum(_ body: (Range<Int>) -> Double) -> Double {
    var partials = [Double](repeating: 0, count: blockCount)
    partials.withUnsafeMutableBufferPointer { partials in
      ParallelLoop.forEachWorker(threads: threadStarts.count - 1) { worker in
        for block in threadStarts[worker]..<threadStarts[worker + 1] {
          partials[block] = body(nodes(ofBlock: block))
        }
      }
    }
    var total = 0.0
    for value in partials { total += value }
    return total
  }
}
