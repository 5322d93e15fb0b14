extension WeightedNetwork {
  /// Raw views of the adjacency for the optimisers' inner loops (no bounds checks, no
  /// retain/release per access). Valid only inside `body`.
  struct UnsafeBuffers {
    let offsets: UnsafeBufferPointer<Int>
    let neighbors: UnsafeBufferPointer<UInt32>
    let weights: UnsafeBufferPointer<Double>
    let outMass: UnsafeBufferPointer<Double>
    let inMass: UnsafeBufferPointer<Double>
  }

  /// Calls `body` with raw views of the adjacency and masses.
  func withUnsafeBuffers<R>(_ body: (UnsafeBuffers) throws -> R) rethrows -> R {
    try offsets.withUnsafeBufferPointer { offsets in
      try neighbors.withUnsafeBufferPointer { neighbors in
        try weights.withUnsafeBufferPointer { weights in
          try outMass.withUnsafeBufferPointer { outMass in
            try inMass.withUnsafeBufferPointer { inMass in
              try body(
                UnsafeBuffers(
                  offsets: offsets, neighbors: neighbors, weights: weights, outMass: outMass,
                  inMass: inMass))
            }
          }
        }
      }
    }
  }
}
