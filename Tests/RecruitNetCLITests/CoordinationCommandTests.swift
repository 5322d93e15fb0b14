import Foundation
import Testing

/// `recruitnet coordination` end to end: saved layers analysed by the other commands, the
/// evidence of one edge, the groups, pseudonyms in every field, and bad input that stops with a
/// message and writes nothing. Data: the generated set with three planted groups of six
/// accounts (u150–u167) in the coordination-network-toolkit's CSV format.
@Suite struct CoordinationCommandTests {
  static let tweets = "Tests/RecruitNetCoordinationTests/Fixtures/coordination/tweets.csv"

  func workspace(_ folder: URL) throws -> String {
    let path = folder.appendingPathComponent("planted.rnet").path
    let imported = try CLI.run(["import", Self.tweets, "--into", path, "--quiet"])
    #expect(imported.status == 0, "\(imported.stderr)")
    return path
  }

  func keyFile(_ folder: URL) throws -> String {
    let path = folder.appendingPathComponent("key").path
    try "a key for the tests, long enough".write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test func savedLayerRunsInTheOtherCommands() throws {
    let folder = try CLI.temporaryFolder()
    let path = try workspace(folder)
    let saved = try CLI.run([
      "coordination", path, "--by", "co-retweet", "--window", "60", "--min-weight", "2", "--save",
      "rt60", "--format", "csv",
    ])
    #expect(saved.status == 0, "\(saved.stderr)")
    #expect(saved.stderr.contains("saved layer 'rt60' (90 edges)"))
    #expect(saved.stdout.hasPrefix("source,target,weight,"))
    #expect(saved.stdout.split(separator: "\n").count == 91)

    let ranks = try CLI.run([
      "centrality", path, "--edge-type", "rt60", "--measure", "degree", "--format", "csv",
    ])
    #expect(ranks.status == 0, "\(ranks.stderr)")
    let ranked = ranks.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",") }
    let nonzero = ranked.filter { Double($0.last ?? "") ?? 0 > 0 }.map { String($0[0]) }
    #expect(Set(nonzero) == Set((150..<168).map { "u\($0)" }))

    let communities = try CLI.run([
      "communities", path, "--edge-type", "rt60", "--algorithm", "wcc", "--format", "json",
    ])
    #expect(communities.status == 0, "\(communities.stderr)")
    let info = try CLI.run(["info", path, "--edge-type", "rt60"])
    #expect(info.stdout.contains("rt60=90"), "\(info.stdout)")
    let svg = folder.appendingPathComponent("rt60.svg").path
    let drawn = try CLI.run(["render", path, "--edge-type", "rt60", "--out", svg, "--quiet"])
    #expect(drawn.status == 0, "\(drawn.stderr)")
    #expect(try String(contentsOfFile: svg, encoding: .utf8).contains("<svg"))
    let exported = folder.appendingPathComponent("rt60.csv").path
    let export = try CLI.run([
      "export", path, "--edge-type", "rt60", "--format", "csv", "--out", exported, "--quiet",
    ])
    #expect(export.status == 0, "\(export.stderr)")
    #expect(
      try String(contentsOfFile: exported, encoding: .utf8).split(separator: "\n").count == 91)

    // A second save under the same name stops before computing and changes nothing.
    let again = try CLI.run([
      "coordination", path, "--by", "co-tweet", "--window", "60", "--save", "rt60",
    ])
    #expect(again.status == 1)
    #expect(again.stderr.contains("a layer named 'rt60' exists"))
    #expect(again.stderr.contains("--replace"))
    let listed = try CLI.run(["coordination", "layers", path, "--format", "csv"])
    #expect(listed.stdout.contains("rt60,coordination,18,90,yes"), "\(listed.stdout)")
    #expect(listed.stdout.contains("co-retweet"))
    let replaced = try CLI.run([
      "coordination", path, "--by", "co-tweet", "--window", "60", "--save", "rt60", "--replace",
      "--quiet",
    ])
    #expect(replaced.status == 0, "\(replaced.stderr)")
    #expect(try CLI.run(["coordination", "layers", path]).stdout.contains("co-tweet"))
    let deleted = try CLI.run(["coordination", "layers", path, "--delete", "rt60"])
    #expect(deleted.status == 0)
    let unknown = try CLI.run(["centrality", path, "--edge-type", "rt60", "--measure", "degree"])
    #expect(unknown.status == 1)
    #expect(unknown.stderr.contains("no edge type \"rt60\""))
  }

  @Test func evidenceTracesAnEdgeToItsTweets() throws {
    let folder = try CLI.temporaryFolder()
    let path = try workspace(folder)
    let saved = try CLI.run([
      "coordination", path, "--by", "co-link", "--window", "60", "--min-weight", "2", "--save",
      "links", "--format", "csv", "--quiet",
    ])
    #expect(saved.status == 0, "\(saved.stderr)")
    let edge = try #require(
      saved.stdout.split(separator: "\n").dropFirst().first?.split(separator: ","))
    let (source, target, weight) = (String(edge[0]), String(edge[1]), Int(edge[2]) ?? 0)
    let evidence = try CLI.run([
      "coordination", "evidence", path, source, target, "--layer", "links", "--format", "csv",
    ])
    #expect(evidence.status == 0, "\(evidence.stderr)")
    let rows = evidence.stdout.split(separator: "\n").dropFirst().map {
      $0.split(separator: ",", omittingEmptySubsequences: false)
    }
    #expect(!rows.isEmpty)
    #expect(Set(rows.map { $0[2] }).count == weight, "distinct messages of the source")
    #expect(rows.allSatisfy { abs(Int($0[7]) ?? 99) <= 60 && $0[6].hasPrefix("http") })
    let table = try CLI.run(["coordination", "evidence", path, source, target, "--layer", "links"])
    #expect(table.stdout.contains("\(source) → \(target): \(rows.count) matched message pairs"))

    // Pseudonyms cover the accounts and the message ids.
    let key = try keyFile(folder)
    let hidden = try CLI.run([
      "coordination", "evidence", path, source, target, "--layer", "links", "--format", "csv",
      "--pseudonymize", "--pseudonym-key", key,
    ])
    #expect(hidden.status == 0, "\(hidden.stderr)")
    #expect(!hidden.stdout.contains(source) && !hidden.stdout.contains(String(rows[0][2])))
    #expect(hidden.stdout.contains("message-"))

    // co-tweet matches on stored text hashes; its evidence prints the texts.
    let texts = try CLI.run([
      "coordination", path, "--by", "co-tweet", "--window", "60", "--min-weight", "2", "--save",
      "texts", "--format", "csv", "--quiet",
    ])
    let pair = try #require(
      texts.stdout.split(separator: "\n").dropFirst().first?.split(separator: ","))
    let textEvidence = try CLI.run([
      "coordination", "evidence", path, String(pair[0]), String(pair[1]), "--layer", "texts",
      "--format", "csv",
    ])
    #expect(textEvidence.status == 0, "\(textEvidence.stderr)")
    #expect(textEvidence.stdout.contains("agreed") && textEvidence.stdout.contains("#op"))

    let missing = try CLI.run([
      "coordination", "evidence", path, source, "u9999", "--layer", "links",
    ])
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("unknown account 'u9999'"))
    let noLayer = try CLI.run(["coordination", "evidence", path, source, target, "--layer", "x"])
    #expect(noLayer.status == 1)
    #expect(noLayer.stderr.contains("unknown saved layer 'x'") && noLayer.stderr.contains("links"))
  }

  @Test func groupsAndAccountsReports() throws {
    let folder = try CLI.temporaryFolder()
    let path = try workspace(folder)
    let groups = try CLI.run([
      "coordination", path, "--by", "co-retweet", "--window", "60", "--min-weight", "2",
      "--report", "groups", "--format", "json",
    ])
    #expect(groups.status == 0, "\(groups.stderr)")
    let found = try CLI.json(groups.stdout)["groups"] as? [[String: Any]] ?? []
    #expect(found.count == 3)
    #expect(found.allSatisfy { ($0["size"] as? Int) == 6 && ($0["density"] as? Double) == 1 })
    let members = Set(found.flatMap { $0["members"] as? [String] ?? [] })
    #expect(members == Set((150..<168).map { "u\($0)" }))

    let key = try keyFile(folder)
    let hidden = try CLI.run([
      "coordination", path, "--by", "co-tweet", "--window", "60", "--min-weight", "2", "--report",
      "groups", "--format", "csv", "--pseudonymize", "--pseudonym-key", key,
    ])
    #expect(hidden.status == 0, "\(hidden.stderr)")
    // The planted texts mention @User1: the handle inside the shared text is pseudonymised too.
    #expect(!hidden.stdout.contains("u15") && !hidden.stdout.contains("@User1"))
    #expect(hidden.stdout.contains("agreed"))

    let accounts = try CLI.run([
      "coordination", path, "--by", "co-retweet", "--window", "60", "--min-weight", "2",
      "--report", "accounts", "--format", "csv",
    ])
    #expect(accounts.stdout.hasPrefix("account,partners,out_strength,in_strength\n"))
    #expect(accounts.stdout.split(separator: "\n").count == 19)
  }

  @Test func permutationTestKeepsThePlantedEdges() throws {
    let folder = try CLI.temporaryFolder()
    let path = try workspace(folder)
    let arguments = [
      "coordination", path, "--by", "co-retweet", "--window", "60", "--permutations", "999",
      "--seed", "1", "--format", "csv", "--quiet",
    ]
    let run = try CLI.run(arguments)
    #expect(run.status == 0, "\(run.stderr)")
    let rows = run.stdout.split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
    #expect(
      rows.first == [
        "source", "target", "weight", "pairs", "mean_dt", "min_dt", "symmetry", "p_value",
        "q_value",
      ])
    let planted = Set((150..<168).map { "u\($0)" })
    let survivors = rows.dropFirst().filter { (Double($0[8]) ?? 1) <= 0.05 }
    let plantedSurvivors = survivors.filter { planted.contains($0[0]) && planted.contains($0[1]) }
    #expect(plantedSurvivors.count == 90, "every planted directed edge (3 groups × 30)")
    #expect(survivors.count - plantedSurvivors.count <= survivors.count / 10)
    // Seeded: the same on one thread and on two.
    let again = try CLI.run(arguments + ["--threads", "1"])
    #expect(again.stdout == run.stdout)
    let other = try CLI.run(
      Array(arguments.dropLast(4)) + ["--seed", "2", "--format", "csv", "--quiet"])
    #expect(other.stdout != run.stdout)
    let table = try CLI.run(Array(arguments.dropLast(3)) + ["--top", "3"])
    #expect(table.stdout.contains("edges have q ≤ 0.05"), "\(table.stdout)")
    let tooFew = try CLI.run(Array(arguments.prefix(6)) + ["--permutations", "19"])
    #expect(tooFew.stdout.contains("ask for more permutations"))
  }

  @Test func backboneKeepsTheStrongEdges() throws {
    let folder = try CLI.temporaryFolder()
    let path = try workspace(folder)
    let base = ["coordination", path, "--by", "co-link", "--window", "60", "--format", "csv"]
    let all = try CLI.run(base).stdout.split(separator: "\n").dropFirst().map {
      $0.split(separator: ",").map(String.init)
    }
    let heaviest = all.map { Int($0[2]) ?? 0 }.max() ?? 0
    let top = try CLI.run(base + ["--backbone", "percentile:100"])
    #expect(top.status == 0, "\(top.stderr)")
    let kept = top.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",") }
    #expect(!kept.isEmpty && kept.allSatisfy { Int($0[2]) == heaviest })
    #expect(kept.count == all.filter { Int($0[2]) == heaviest }.count)
    let disparity = try CLI.run(base + ["--backbone", "disparity:0.5"])
    let lines = disparity.stdout.split(separator: "\n")
    #expect(lines.first?.hasSuffix(",alpha") == true)
    #expect(
      lines.dropFirst().allSatisfy { (Double($0.split(separator: ",").last ?? "") ?? 1) < 0.5 })
    let bad = try CLI.run(base + ["--backbone", "median"])
    #expect(bad.status != 0 && bad.stderr.contains("percentile:90, top:3 or disparity:0.05"))
  }

  @Test func badInputStopsAndWritesNothing() throws {
    let folder = try CLI.temporaryFolder()
    let path = try workspace(folder)
    let out = folder.appendingPathComponent("out.csv").path
    let cases: [([String], String)] = [
      (["--by", "co-retweet", "--window", "0"], "window"),
      (["--by", "co-retweet", "--window", "soon"], "window"),
      (["--by", "co-nothing", "--window", "60"], "co-nothing"),
      (["--by", "co-retweet", "--lead", "10"], "--lag"),
      (
        ["--by", "co-retweet", "--window", "60", "--since", "2015-02-01", "--until", "2015-01-01"],
        "since"
      ),
      (["--by", "co-post", "--window", "3600", "--max-pairs", "1000"], "pairs"),
      (["--by", "co-retweet", "--window", "60", "--min-weight", "0"], "--min-weight"),
      (["--by", "co-similar", "--window", "60", "--similarity", "1.5"], "--similarity"),
      (["--by", "co-retweet", "--window", "60", "--replace"], "--save"),
      (["--by", "co-retweet", "--window", "60", "--decay", "0.5"], "--bins"),
      (["--by", "co-retweet", "--window", "60", "--bins", "--decay", "2"], "(0, 1]"),
    ]
    for (arguments, expected) in cases {
      let result = try CLI.run(["coordination", path] + arguments + ["--out", out])
      #expect(result.status != 0, "\(arguments)")
      #expect(result.stderr.contains(expected), "\(arguments): \(result.stderr)")
      #expect(!result.stderr.contains("Fatal error"))
      #expect(!FileManager.default.fileExists(atPath: out), "\(arguments)")
    }
    // A network without tweets says what it lacks and how to get it.
    let plain = try CLI.run([
      "coordination", "Samples/krebs-911/edges.csv", "--by", "co-retweet", "--window", "60",
    ])
    #expect(plain.status == 1)
    #expect(plain.stderr.contains("needs a workspace"))
    let noTweets = folder.appendingPathComponent("plain.rnet").path
    _ = try CLI.run(["import", "Samples/krebs-911/edges.csv", "--into", noTweets, "--quiet"])
    let empty = try CLI.run(["coordination", noTweets, "--by", "co-link", "--window", "60"])
    #expect(empty.status == 1)
    #expect(empty.stderr.contains("no tweet archive"), "\(empty.stderr)")
  }

  @Test func exportLeavesFreeTextOutUnlessAsked() throws {
    let folder = try CLI.temporaryFolder()
    let path = folder.appendingPathComponent("tweets.rnet").path
    let imported = try CLI.run(["import", "Samples/tweets/tweets.jsonl", "--into", path, "--quiet"])
    #expect(imported.status == 0, "\(imported.stderr)")
    let out = folder.appendingPathComponent("net.csv").path
    let plain = try CLI.run(["export", path, "--format", "csv", "--out", out])
    #expect(plain.status == 0, "\(plain.stderr)")
    #expect(plain.stdout.contains("left out attributes description"))
    let header = { () throws -> String in
      String(
        try String(
          contentsOfFile: out.replacingOccurrences(of: ".csv", with: ".nodes.csv"), encoding: .utf8
        ).prefix { $0 != "\n" })
    }
    #expect(!(try header()).contains("description"))
    #expect(try header().contains("followers"))
    _ = try CLI.run(["export", path, "--format", "csv", "--out", out, "--include-text", "--quiet"])
    #expect(try header().contains("description"))
    _ = try CLI.run([
      "export", path, "--format", "csv", "--out", out, "--keep-attributes", "followers,description",
      "--quiet",
    ])
    let kept = try header().split(separator: ",").map(String.init)
    #expect(kept == ["name", "kind", "labels", "description", "followers"], "\(kept)")
    _ = try CLI.run([
      "export", path, "--format", "csv", "--out", out, "--drop-attributes", "followers", "--quiet",
    ])
    #expect(!(try header()).contains("followers"))
  }
}

/// `--since` / `--until` on the analysis commands: the network of the tweets of a period,
/// rebuilt at query time, equal to importing that period alone; periods compare on the accounts
/// they share.
@Suite struct TimeSliceCommandTests {
  @Test func sliceMatchesAnImportOfThePeriod() throws {
    let folder = try CLI.temporaryFolder()
    let whole = folder.appendingPathComponent("whole.rnet").path
    let period = folder.appendingPathComponent("period.rnet").path
    let tweets = "Tests/RecruitNetIOTests/Fixtures/tweets/v1.jsonl"
    #expect(try CLI.run(["import", tweets, "--into", whole, "--quiet"]).status == 0)
    let imported = try CLI.run([
      "import", tweets, "--into", period, "--since", "2015-11-14", "--until", "2015-11-16",
      "--quiet",
    ])
    #expect(imported.status == 0, "\(imported.stderr)")
    let slice = ["--since", "2015-11-14", "--until", "2015-11-16"]
    for measure in ["pagerank", "betweenness", "degree"] {
      let sliced = try CLI.run(
        ["centrality", whole, "--measure", measure, "--format", "csv"] + slice)
      let alone = try CLI.run(["centrality", period, "--measure", measure, "--format", "csv"])
      #expect(sliced.status == 0, "\(sliced.stderr)")
      #expect(
        Set(sliced.stdout.split(separator: "\n")) == Set(alone.stdout.split(separator: "\n")),
        "\(measure)")
    }
    let info = try CLI.run(["info", whole, "--format", "json"] + slice)
    let aloneInfo = try CLI.run(["info", period, "--format", "json"])
    let (a, b) = (try CLI.json(info.stdout), try CLI.json(aloneInfo.stdout))
    for key in ["nodes", "edges", "density", "reciprocity"] {
      #expect("\(a[key] ?? "")" == "\(b[key] ?? "")", "\(key)")
    }
    // A second run answers from the cache of that slice, and another slice is not confused with it.
    let again = try CLI.run(["info", whole, "--format", "json"] + slice)
    #expect(again.stdout == info.stdout)
    let other = try CLI.run(["info", whole, "--format", "json", "--since", "2015-11-16"])
    #expect(other.stdout != info.stdout)

    // Communities of one period saved, compared with another period: on the shared accounts.
    let saved = try CLI.run(
      ["communities", whole, "--algorithm", "wcc", "--save", "early", "--quiet"] + slice)
    #expect(saved.status == 0, "\(saved.stderr)")
    let compared = try CLI.run([
      "communities", whole, "--algorithm", "wcc", "--compare", "saved:early", "--since",
      "2015-11-15", "--format", "json",
    ])
    #expect(compared.status == 0, "\(compared.stderr)")
    let comparison = try CLI.json(compared.stdout)["comparison"] as? [String: Any]
    #expect((comparison?["nodes_compared"] as? Int ?? 0) > 0)

    let svg = folder.appendingPathComponent("slice.svg").path
    let drawn = try CLI.run(["render", whole, "--out", svg, "--quiet"] + slice)
    #expect(drawn.status == 0, "\(drawn.stderr)")
    let csv = folder.appendingPathComponent("slice.csv").path
    let exported = try CLI.run(
      ["export", whole, "--format", "csv", "--out", csv, "--quiet"] + slice)
    #expect(exported.status == 0, "\(exported.stderr)")

    // Bad slices: a clear message, exit 1.
    let backwards = try CLI.run(
      ["info", whole, "--since", "2015-11-16", "--until", "2015-11-14"])
    #expect(backwards.status != 0 && backwards.stderr.contains("--since must be before --until"))
    let plain = try CLI.run(["info", "Samples/krebs-911/edges.csv", "--since", "2015-11-14"])
    #expect(plain.status == 1 && plain.stderr.contains("edge-list file"), "\(plain.stderr)")
  }
}
