import Dispatch
import Foundation

/// Splits work over threads the way the graph kernels need it: a fixed number of workers, each
/// given a contiguous range or a worker index, so results can be reduced in worker order and are
/// identical for a given thread count (and, where a kernel reduces in a fixed order, for any).
///
/// `DispatchQueue.concurrentPerform` runs the workers on the global pool; with one worker the
/// body runs inline on the calling thread, so single-threaded runs pay nothing.
public enum ParallelLoop {
  /// The number of workers used when the caller does not choose: the active processor count.
  public static var defaultThreadCount: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

  /// Runs `body(worker)` for `worker` in `0 ..< threads`, concurrently, and returns when all end.
  ///
  /// Kernels pass closures over raw buffers (which are not `Sendable`): the caller guarantees
  /// that workers write disjoint memory, or synchronise, and that nothing escapes the call.
  public static func forEachWorker(threads: Int, _ body: (Int) -> Void) {
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
  public static func forEachRange(count: Int, threads: Int, _ body: (Range<Int>) -> Void) {
    let threads = max(1, min(threads, count))
    guard count > 0 else { return }
    forEachWorker(threads: threads) { worker in
      body(chunk(worker, of: threads, count: count))
    }
  }

  /// The `worker`-th of `parts` contiguous, nearly equal ranges covering `0 ..< count`.
  @inlinable public static func chunk(_ worker: Int, of parts: Int, count: Int) -> Range<Int> {
    let base = count / parts, extra = count % parts
    let start = worker * base + min(worker, extra)
    return start ..< start + base + (worker < extra ? 1 : 0)
  }
}
