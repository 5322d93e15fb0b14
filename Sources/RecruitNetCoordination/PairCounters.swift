/// The arrays one sweep reads, as raw buffers: the hot loop runs without bounds checks or
/// reference counting (hand-written for that reason; the arrays outlive the call).
struct SweepBuffers {
  var accounts: UnsafeBufferPointer<UInt32>
  var times: UnsafeBufferPointer<Int64>
  var messages: UnsafeBufferPointer<UInt32>
  var order: UnsafeBufferPointer<UInt32>
  var rank: UnsafeBufferPointer<UInt32>
  var lower: UnsafeBufferPointer<UInt32>
  var upper: UnsafeBufferPointer<UInt32>
  var byAccount: UnsafeBufferPointer<UInt32>
  var offsets: UnsafeBufferPointer<Int>
}

extension Coordination {
  static func withBuffers<R>(
    _ events: CoordinationEvents, _ sweep: Sweep, _ byAccount: [UInt32], _ offsets: [Int],
    _ body: (SweepBuffers) -> R
  ) -> R {
    events.accounts.withUnsafeBufferPointer { accounts in
      events.times.withUnsafeBufferPointer { times in
        events.messages.withUnsafeBufferPointer { messages in
          sweep.order.withUnsafeBufferPointer { order in
            sweep.rank.withUnsafeBufferPointer { rank in
              sweep.lower.withUnsafeBufferPointer { lower in
                sweep.upper.withUnsafeBufferPointer { upper in
                  byAccount.withUnsafeBufferPointer { byAccount in
                    offsets.withUnsafeBufferPointer { offsets in
                      body(
                        SweepBuffers(
                          accounts: accounts, times: times, messages: messages, order: order,
                          rank: rank, lower: lower, upper: upper, byAccount: byAccount,
                          offsets: offsets))
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}

/// One worker's counters for the edges out of the account being swept: dense arrays indexed by
/// target account, with the list of targets touched so that a flush costs only what was used.
struct PairCounters {
  private var weight: [Int32]
  private var pairs: [Int64]
  private var deltaSum: [Int64]
  private var deltaMin: [Int64]
  /// The last message that counted toward `weight[target]` (distinct messages per target).
  private var stamp: [UInt32]
  private var touched: [UInt32] = []

  init(accountCount: Int) {
    weight = [Int32](repeating: 0, count: accountCount)
    pairs = [Int64](repeating: 0, count: accountCount)
    deltaSum = [Int64](repeating: 0, count: accountCount)
    deltaMin = [Int64](repeating: .max, count: accountCount)
    stamp = [UInt32](repeating: .max, count: accountCount)
  }

  /// Adds every in-window pair of `account`'s events with another account's; returns how many.
  mutating func sweep(account: Int, _ b: SweepBuffers) -> Int {
    var examined = 0
    let me = UInt32(account)
    weight.withUnsafeMutableBufferPointer { weight in
      pairs.withUnsafeMutableBufferPointer { pairs in
        deltaSum.withUnsafeMutableBufferPointer { deltaSum in
          deltaMin.withUnsafeMutableBufferPointer { deltaMin in
            stamp.withUnsafeMutableBufferPointer { stamp in
              for slot in b.offsets[account]..<b.offsets[account + 1] {
                let event = Int(b.byAccount[slot])
                let message = b.messages[event]
                let time = b.times[event]
                let k = Int(b.rank[event])
                for j in Int(b.lower[k])..<Int(b.upper[k]) {
                  let other = Int(b.order[j])
                  let target = b.accounts[other]
                  if target == me { continue }
                  let t = Int(target)
                  let delta = abs(b.times[other] - time)
                  if pairs[t] == 0 { touched.append(target) }
                  pairs[t] &+= 1
                  deltaSum[t] &+= delta
                  if delta < deltaMin[t] { deltaMin[t] = delta }
                  if stamp[t] != message {
                    stamp[t] = message
                    weight[t] &+= 1
                  }
                  examined &+= 1
                }
              }
            }
          }
        }
      }
    }
    return examined
  }

  /// Adds one matched pair with `target` for `message` (the general path, with checked access).
  mutating func record(target: UInt32, delta: Int64, message: UInt32) {
    let t = Int(target)
    if pairs[t] == 0 { touched.append(target) }
    pairs[t] += 1
    deltaSum[t] += delta
    if delta < deltaMin[t] { deltaMin[t] = delta }
    if stamp[t] != message {
      stamp[t] = message
      weight[t] += 1
    }
  }

  /// Emits the edges `source → t` with weight ≥ `minWeight`, in target order, and clears.
  mutating func flush(source: UInt32, minWeight: Int, into edges: inout [CoordinationEdge]) {
    guard !touched.isEmpty else { return }
    touched.sort()
    for target in touched {
      let t = Int(target)
      if Int(weight[t]) >= minWeight {
        edges.append(
          CoordinationEdge(
            source: source, target: target, weight: Int(weight[t]), pairs: Int(pairs[t]),
            meanDelta: Double(deltaSum[t]) / Double(pairs[t]), minDelta: deltaMin[t]))
      }
      weight[t] = 0
      pairs[t] = 0
      deltaSum[t] = 0
      deltaMin[t] = .max
    }
    touched.removeAll(keepingCapacity: true)
  }
}
