import Testing

@testable import RecruitNetCoordination

/// The sweep against hand-computed networks: the toolkit's weight (distinct messages), window
/// boundaries, lead/lag, bins, minimum weight, the pair budget, evidence, and the same result
/// for any thread count.
@Suite struct CoordinationTests {
  /// Events as (account, message, time, object).
  static func events(_ rows: [(UInt32, String, Int64, String)]) -> CoordinationEvents {
    var events = CoordinationEvents(accountCount: 0)
    for (account, message, time, object) in rows {
      events.add(account: account, messageID: message, time: time, object: object)
    }
    return events
  }

  static func edges(
    _ events: CoordinationEvents, _ window: CoordinationWindow, minWeight: Int = 1, threads: Int = 2
  ) throws -> [String: (Int, Int)] {
    let network = try Coordination.network(
      events,
      parameters: CoordinationParameters(trace: .coRetweet, window: window, minWeight: minWeight),
      threads: threads)
    var out: [String: (Int, Int)] = [:]
    for edge in network.edges { out["\(edge.source)>\(edge.target)"] = (edge.weight, edge.pairs) }
    return out
  }

  /// A retweets x three times (t 0, 10, 20), B once (t 15): A → B counts A's 3 messages, B → A
  /// counts B's one; C at t 100 is outside a 60 s window of everything but itself.
  @Test func weightCountsDistinctMessagesPerDirection() throws {
    let e = Self.events([
      (0, "a1", 0, "x"), (0, "a2", 10, "x"), (0, "a3", 20, "x"), (1, "b1", 15, "x"),
      (2, "c1", 100, "x"),
    ])
    let got = try Self.edges(e, .symmetric(seconds: 60))
    #expect(got.count == 2)
    #expect(got["0>1"]! == (3, 3))
    #expect(got["1>0"]! == (1, 3))
    #expect(got["0>2"] == nil)
  }

  /// `|Δt| ≤ W` is inclusive: Δt = W matches, Δt = W + 1 does not.
  @Test func windowBoundaryIsInclusive() throws {
    let e = Self.events([(0, "a", 0, "x"), (1, "b", 60, "x"), (2, "c", 121, "x")])
    let got = try Self.edges(e, .symmetric(seconds: 60))
    #expect(Set(got.keys) == ["0>1", "1>0"])
  }

  /// Lead 0, lag 30: A → B only when B comes 0…30 s after A.
  @Test func leadLagIsDirected() throws {
    let e = Self.events([(0, "a", 100, "x"), (1, "b", 120, "x"), (2, "c", 90, "x")])
    let got = try Self.edges(e, .leadLag(lead: 0, lag: 30))
    // b after a (20 s): a → b; a after c (10 s): c → a; b after c (30 s): c → b.
    #expect(Set(got.keys) == ["0>1", "2>0", "2>1"])
  }

  /// Bins: the same ⌊t / W⌋, wherever in the bin (59 and 60 are in different 60 s bins).
  @Test func binsCompareBinNumbers() throws {
    let e = Self.events([(0, "a", 0, "x"), (1, "b", 59, "x"), (2, "c", 60, "x"), (3, "d", -1, "x")])
    let got = try Self.edges(e, .bins(seconds: 60))
    #expect(Set(got.keys) == ["0>1", "1>0"])
  }

  /// Different objects never match, and the same account never pairs with itself.
  @Test func objectsAndSelfPairs() throws {
    let e = Self.events([(0, "a1", 0, "x"), (0, "a2", 1, "x"), (1, "b", 0, "y")])
    #expect(try Self.edges(e, .symmetric(seconds: 60)).isEmpty)
  }

  /// A message sharing two objects with B (two links) counts once in the weight, twice in pairs.
  @Test func messageWithTwoObjectsCountsOnce() throws {
    let e = Self.events([
      (0, "a", 0, "u1"), (0, "a", 0, "u2"), (1, "b", 5, "u1"), (1, "b", 5, "u2"),
    ])
    let got = try Self.edges(e, .symmetric(seconds: 60))
    #expect(got["0>1"]! == (1, 2))
  }

  @Test func minimumWeightFilters() throws {
    let e = Self.events([
      (0, "a1", 0, "x"), (0, "a2", 10, "x"), (1, "b1", 15, "x"),
    ])
    let got = try Self.edges(e, .symmetric(seconds: 60), minWeight: 2)
    #expect(Set(got.keys) == ["0>1"])
  }

  /// The budget is checked before the sweep, and the message names the costly object.
  @Test func pairBudgetStopsWithTheObject() throws {
    var rows: [(UInt32, String, Int64, String)] = []
    for i in 0..<50 { rows.append((UInt32(i), "m\(i)", Int64(i), "viral")) }
    rows.append((0, "q", 0, "quiet"))
    let e = Self.events(rows)
    #expect(Coordination.estimatePairs(e, window: .symmetric(seconds: 100)).totalPairs == 50 * 49)
    do {
      _ = try Coordination.network(
        e,
        parameters: CoordinationParameters(
          trace: .coRetweet, window: .symmetric(seconds: 100), maxPairs: 1000))
      Issue.record("expected the pair budget to stop the run")
    } catch {
      #expect(error.codeName == "coordination.pairBudgetExceeded")
      #expect(error.message.contains("\"viral\" (50 events, 2450 pairs)"))
    }
  }

  @Test func badWindowsAreRefused() {
    #expect(throws: CoordinationError.self) { try Coordination.validate(.symmetric(seconds: 0)) }
    #expect(throws: CoordinationError.self) { try Coordination.validate(.leadLag(lead: 0, lag: 0)) }
    #expect(throws: CoordinationError.self) {
      try Coordination.validate(.leadLag(lead: -1, lag: 5))
    }
  }

  /// The evidence lists exactly the pairs counted in `pairs`, with Δt.
  @Test func evidenceMatchesPairs() throws {
    let e = Self.events([
      (0, "a1", 0, "x"), (0, "a2", 10, "x"), (1, "b1", 15, "x"), (1, "b2", 500, "x"),
    ])
    let evidence = Coordination.evidence(e, window: .symmetric(seconds: 60), source: 0, target: 1)
    #expect(evidence.map(\.sourceMessage) == ["a1", "a2"])
    #expect(evidence.map(\.delta) == [15, 5])
    #expect(try Self.edges(e, .symmetric(seconds: 60))["0>1"]!.1 == evidence.count)
  }

  /// One, two and seven workers give identical edges on a random trace.
  @Test func sameResultForAnyThreadCount() throws {
    var generator = SplitMix(seed: 7)
    var rows: [(UInt32, String, Int64, String)] = []
    for i in 0..<5000 {
      rows.append(
        (
          UInt32(generator.next() % 300), "m\(i)", Int64(generator.next() % 20000),
          "o\(generator.next() % 200)"
        ))
    }
    let e = Self.events(rows)
    let parameters = CoordinationParameters(trace: .coRetweet, window: .symmetric(seconds: 300))
    let one = try Coordination.network(e, parameters: parameters, threads: 1).edges
    #expect(!one.isEmpty)
    for threads in [2, 7] {
      #expect(try Coordination.network(e, parameters: parameters, threads: threads).edges == one)
    }
  }
}

/// The sweep against a brute force over all event pairs, for each window kind.
@Suite struct CoordinationBruteForceTests {
  static func bruteForce(_ e: CoordinationEvents, _ window: CoordinationWindow) -> [String: (
    Int, Int
  )] {
    var messages: [String: Set<UInt32>] = [:]
    var pairs: [String: Int] = [:]
    for i in 0..<e.count {
      for j in 0..<e.count where e.accounts[i] != e.accounts[j] && e.objects[i] == e.objects[j] {
        let d = e.times[j] - e.times[i]
        let inside: Bool
        switch window {
        case .symmetric(let w): inside = abs(d) <= w
        case .leadLag(let lead, let lag): inside = d >= -lead && d <= lag
        case .bins(let w):
          inside =
            Coordination.floorDivide(e.times[i], w) == Coordination.floorDivide(e.times[j], w)
        }
        guard inside else { continue }
        let key = "\(e.accounts[i])>\(e.accounts[j])"
        messages[key, default: []].insert(e.messages[i])
        pairs[key, default: 0] += 1
      }
    }
    return messages.mapValues { $0.count }.reduce(into: [:]) {
      $0[$1.key] = ($1.value, pairs[$1.key]!)
    }
  }

  @Test(arguments: [
    CoordinationWindow.symmetric(seconds: 40), .leadLag(lead: 5, lag: 60), .bins(seconds: 100),
  ])
  func sweepEqualsBruteForce(window: CoordinationWindow) throws {
    var generator = SplitMix(seed: 11)
    var rows: [(UInt32, String, Int64, String)] = []
    for i in 0..<800 {
      let message = "m\(i)"
      let account = UInt32(generator.next() % 40)
      let time = Int64(generator.next() % 3000)
      // Some messages share two objects, as a tweet with two links does.
      for _ in 0..<(1 + Int(generator.next() % 2)) {
        rows.append((account, message, time, "o\(generator.next() % 15)"))
      }
    }
    let e = CoordinationTests.events(rows)
    let expected = Self.bruteForce(e, window)
    let got = try CoordinationTests.edges(e, window)
    #expect(got.count == expected.count)
    for (key, value) in expected { #expect(got[key].map { $0 == value } == true, "\(key)") }
  }
}

/// A small seeded generator for test data.
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
