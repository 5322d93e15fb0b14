import RecruitNetCentrality
import RecruitNetGraph
import Testing

@Suite struct SampledBetweennessTests {
  /// Within the stated bound of the exact (networkx-checked) values, for several seeds, on a
  /// directed and an undirected graph; the same seed gives the same values on 1 and 2 threads.
  @Test(arguments: ["recruitment", "lesmis", "krebs-911"])
  func estimatesStayWithinTheBound(_ name: String) throws {
    let fixture = try OracleFixture(name)
    let exact = try CentralityMeasure.betweenness.scores(on: fixture.graph)
    for seed in UInt64(1)...5 {
      var sampled = SampledBetweenness()
      sampled.epsilon = 0.03
      sampled.seed = seed
      let estimate = try sampled.scores(on: fixture.graph)
      let boundText = estimate.parameters.first { $0.name == "bound" }?.value ?? ""
      let samplesText = estimate.parameters.first { $0.name == "samples" }?.value ?? ""
      let bound = try #require(Double(boundText))
      let samples = try #require(Int(samplesText))
      #expect(samples > 1000)
      let worst = zip(estimate.values, exact.values).map { abs($0 - $1) }.max() ?? 0
      #expect(worst <= bound, "\(name) seed \(seed): error \(worst) > bound \(bound)")
      sampled.threads = 1
      let single = try sampled.scores(on: fixture.graph)
      #expect(single.values == estimate.values)
    }
    var a = SampledBetweenness()
    a.seed = 1
    var b = a
    b.seed = 2
    #expect(try a.scores(on: fixture.graph).values != b.scores(on: fixture.graph).values)
  }

  @Test func rejectsBadParameters() {
    var sampled = SampledBetweenness()
    sampled.epsilon = 0
    #expect(throws: CentralityError.self) {
      try sampled.scores(on: try OracleFixture("krebs-911").graph)
    }
  }
}
