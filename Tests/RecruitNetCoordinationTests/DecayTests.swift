import RecruitNetCoordination
import Testing

/// Recency-weighted weights over fixed bins (Weber & Neumann's fading window), worked by hand.
@Suite struct DecayTests {
  // Bins of 10 s. A and B share x in bin 0 (t = 1, 2) and y in bin 2 (t = 21, 22); A and C
  // share z in bin 1 (t = 11, 12); the latest bin is 2. With α = 0.5: A → B counts A's message
  // in bin 0 at 0.25 and its message in bin 2 at 1 (1.25); A → C counts 0.5.
  static func events() -> CoordinationEvents {
    var events = CoordinationEvents(accountCount: 3)
    events.add(account: 0, messageID: "a1", time: 1, object: "x")
    events.add(account: 1, messageID: "b1", time: 2, object: "x")
    events.add(account: 0, messageID: "a2", time: 11, object: "z")
    events.add(account: 2, messageID: "c1", time: 12, object: "z")
    events.add(account: 0, messageID: "a3", time: 21, object: "y")
    events.add(account: 1, messageID: "b2", time: 22, object: "y")
    return events
  }

  @Test func decayedByHand() throws {
    let parameters = CoordinationParameters(trace: .coRetweet, window: .bins(seconds: 10))
    let decayed = try Coordination.decayedWeights(Self.events(), parameters: parameters, alpha: 0.5)
    func key(_ source: UInt64, _ target: UInt64) -> UInt64 { source << 32 | target }
    let expected: [UInt64: Double] = [
      key(0, 1): 1.25, key(1, 0): 1.25, key(0, 2): 0.5, key(2, 0): 0.5,
    ]
    #expect(decayed == expected)
    // α = 1 is the plain weight.
    let plain = try Coordination.network(Self.events(), parameters: parameters).edges
    let undecayed = try Coordination.decayedWeights(Self.events(), parameters: parameters, alpha: 1)
    #expect(plain.count == 4)
    for edge in plain {
      #expect(undecayed[UInt64(edge.source) << 32 | UInt64(edge.target)] == Double(edge.weight))
    }
  }

  @Test func decayNeedsBinsAndAFactorInRange() {
    let sliding = CoordinationParameters(trace: .coRetweet, window: .symmetric(seconds: 10))
    #expect(throws: CoordinationError.self) {
      try Coordination.decayedWeights(Self.events(), parameters: sliding, alpha: 0.5)
    }
    let bins = CoordinationParameters(trace: .coRetweet, window: .bins(seconds: 10))
    for alpha in [0, -1, 1.5, .nan] {
      #expect(throws: CoordinationError.self) {
        try Coordination.decayedWeights(Self.events(), parameters: bins, alpha: alpha)
      }
    }
  }
}
