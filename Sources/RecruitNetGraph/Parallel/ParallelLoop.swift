import Dispatch
import Foundation

/// Splits work over threads the way the graph kernels need it: a fixed number of workers, each
/// given a contiguous range or a worker index, so results can be reduced in worker order and are
/// identical for a given thread count (and, where a kernel reduces in a fixed order, for any).
/// The one place that splits work: by worker, by equal node ranges (``chunk(_:of:count:)``), by
/// ranges of equal edge counts (`edgeBalancedRanges(offsets:parts:)`), and ordered block sums
/// (`BlockReduction`).
///
/// `DispatchQueue.concurrentPerform` runs the workers on the global pool; with one worker the
/// body runs inline on the calling thread, so single-threaded runs pay nothing.
public enum ParallelLoop {
  /// The number of workers used when the caller does not choose: the active processor count.
  public static var defaultThreadCount: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

  /// Runs `body(worker)` for `worker` in `0 ..< threads`, concurrently, and returns when all end.
  ///
  /// Kernels pass closures over raw buffers (which are not `Sendable`): the caller guarantees
  /// that workers write disjoint memory, or synchronise, and that nothing escapes the call. That
  /// guarantee cannot be stated in the type system, so this entry point is `package`: it is the
  /// kernels' tool, not public API, and the one place where a closure is treated as `@Sendable`.
  package static func forEachWorker(threads: Int, _ body: (Int) -> Void) {
    let threads = max(1, threads)
    if threads == 1 {
      body(0)
      return
    }
    withoutActuallyEscaping(body) { body in
      let unchecked = unsafeBitCast(body, to: (@Sendable (Int) -> Void).self)
      DispatchQueue.concurrentPerform(iterations: threads, execute: unchecked)
    }
  }

  /// Runs `body(range)` over `0 ..< count` split into `threads` contiguous ranges of nearly equal size.
  package static func forEachRange(count: Int, threads: Int, _ body: (Range<Int>) -> Void) {
    let threads = max(1, min(threads, count))
    guard count > 0 else { return }
    forEachWorker(threads: threads) { worker in
      body(chunk(worker, of: threads, count: count))
    }
  }

  /// The `worker`-th of `parts` contiguous, nearly equal ranges covering `0 ..< count`.
  @inlinable public static func chunk(_ worker: Int, of parts: Int, count: Int) -> Range<Int> {
    let base = count / parts
    let extra = count % parts
    let start = worker * base + min(worker, extra)
    return start..<start + base + (worker < extra ? 1 : 0)
  }

  /// Splits `0 ..< nodeCount` (`offsets.count - 1` nodes) into at most `parts` contiguous ranges
  /// holding nearly equal numbers of edges plus one per node, so that threads finish together on
  /// skewed degree distributions.
  ///
  /// - Complexity: O(parts · log n).
  package static func edgeBalancedRanges(
    offsets: UnsafeBufferPointer<Int>, parts: Int
  ) -> [Range<Int>] {
    let nodeCount = offsets.count - 1
    guard parts > 1, nodeCount > 0 else { return [0..<max(0, nodeCount)] }
    let total = offsets[nodeCount] + nodeCount
    var ranges: [Range<Int>] = []
    var start = 0
    for part in 1...parts {
      var end = nodeCount
      if part < parts {
        let goal = total * part / parts
        // Binary search the first node whose prefix (edges + nodes) reaches the goal.
        var low = start
        var high = nodeCount
        while low < high {
          let mid = (low + high) / 2
          if offsets[mid] + mid < goal { low = mid + 1 } else { high = mid }
        }
        end = low
      }
      ranges.append(start..<end)
      start = end
    }
    return ranges
  }
}
