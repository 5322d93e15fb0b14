/// A small, fast, seedable random number generator (xoshiro256**; Blackman & Vigna, "Scrambled
/// linear pseudorandom number generators", ACM TOMS 47(4), 2021, doi:10.1145/3460772), seeded
/// through SplitMix64 as its authors recommend.
///
/// Every randomized algorithm in RecruitNet takes a seed and draws only from generators made
/// here, so a seed gives the same result on every machine. Parallel kernels derive one stream per
/// *task* (not per thread) with ``init(seed:stream:)``, so results do not depend on the thread count.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
  @usableFromInline var s0: UInt64
  @usableFromInline var s1: UInt64
  @usableFromInline var s2: UInt64
  @usableFromInline var s3: UInt64

  /// A generator for `seed`; `stream` selects an independent sequence for the same seed.
  public init(seed: UInt64, stream: UInt64 = 0) {
    var x = seed &+ stream &* 0xD1B5_4A32_D192_ED03
    func splitMix() -> UInt64 {
      x &+= 0x9E37_79B9_7F4A_7C15
      var z = x
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    s0 = splitMix()
    s1 = splitMix()
    s2 = splitMix()
    s3 = splitMix()
  }

  @inlinable public mutating func next() -> UInt64 {
    let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
    let t = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = s3 << 45 | s3 >> 19
    return result
  }

  /// A uniform integer in `0 ..< bound` (Lemire's nearly divisionless method), `bound > 0`.
  @inlinable public mutating func nextInt(below bound: Int) -> Int {
    let b = UInt64(bound)
    var m = next().multipliedFullWidth(by: b)
    if m.low < b {
      let threshold = (0 &- b) % b
      while m.low < threshold { m = next().multipliedFullWidth(by: b) }
    }
    return Int(m.high)
  }

  /// A uniform double in `[0, 1)` with 53 random bits.
  @inlinable public mutating func nextUnit() -> Double {
    Double(next() >> 11) * 0x1.0p-53
  }

  /// Shuffles `values` in place (Fisher–Yates) with this generator; identical on every platform,
  /// unlike the standard library's `shuffle(using:)`, whose algorithm is unspecified.
  @inlinable public mutating func shuffle<T>(_ values: inout [T]) {
    var i = values.count
    while i > 1 {
      let j = nextInt(below: i)
      i -= 1
      values.swapAt(i, j)
    }
  }
}
