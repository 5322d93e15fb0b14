import Foundation
import Testing

/// `recruitnet keyplayers` and `recruitnet whatif` end to end on the 9/11 network of Krebs
/// (Samples/krebs-911): JSON output with both denominators and the conventions, and bad input
/// that stops with a message and exit status 1.
@Suite struct KeyPlayersCommandTests {
  static let krebs = "Samples/krebs-911/edges.csv"

  @Test func keyPlayersJSON() throws {
    let run = try CLI.run([
      "keyplayers", Self.krebs, "--k", "1", "--method", "exact", "--format", "json",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let json = try CLI.json(run.stdout)
    let method = try #require(json["method"] as? [String: Any])
    #expect(method["status"] as? String == "optimal")
    let sets = try #require(json["sets"] as? [[String: Any]])
    let first = try #require(sets.first)
    let accounts = try #require(first["accounts"] as? [String])
    #expect(accounts.count == 1)
    let fragmentation = try #require(first["fragmentation"] as? [String: Any])
    let remaining = try #require(fragmentation["remaining"] as? Double)
    let all = try #require(fragmentation["all"] as? Double)
    // 62 accounts: the same connected pairs over C(61, 2) and over C(62, 2).
    let pairs = try #require(first["connected_pairs"] as? Int)
    #expect(abs(remaining - (1 - Double(pairs) / (61 * 60 / 2))) < 1e-12)
    #expect(abs(all - (1 - Double(pairs) / (62 * 61 / 2))) < 1e-12)
    #expect(json["conventions"] is [String: Any])
    #expect(json["nodes"] as? Int == 62)
  }

  @Test func whatIfJSON() throws {
    let run = try CLI.run([
      "whatif", Self.krebs, "--suspend", "Mohamed Atta,Hani Hanjour", "--seeds",
      "Essid Sami Ben Khemais", "--format", "json",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let json = try CLI.json(run.stdout)
    let before = try #require(json["before"] as? [String: Any])
    let after = try #require(json["after"] as? [String: Any])
    #expect(before["components"] as? Int == 1)
    #expect(after["giant_size"] as? Int ?? 62 < 62)
    let cutOff = try #require(json["cut_off"] as? [String])
    #expect(!cutOff.contains("Mohamed Atta"))
    #expect((json["next_suspensions"] as? [Any])?.count == 5)
  }

  @Test func badInputStopsWithAMessage() throws {
    let unknown = try CLI.run(["keyplayers", Self.krebs, "--k", "2", "--exclude", "Mohamed Ata"])
    #expect(unknown.status == 1)
    #expect(
      unknown.stderr.contains("unknown excluded account 'Mohamed Ata'; did you mean 'Mohamed Atta'")
    )
    #expect(unknown.stdout.isEmpty)
    let tooMany = try CLI.run(["keyplayers", Self.krebs, "--k", "63"])
    #expect(tooMany.status == 1)
    #expect(tooMany.stderr.contains("k must be between 1 and the 62 accounts"))
    let suspend = try CLI.run(["whatif", Self.krebs, "--suspend", "Nobody Here"])
    #expect(suspend.status == 1)
    #expect(suspend.stderr.contains("unknown suspended account 'Nobody Here'"))
  }
}
