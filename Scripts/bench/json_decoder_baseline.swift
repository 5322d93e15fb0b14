// The baseline for the choice of a hand-written JSON reader (Sources/RecruitNetIO/Tweets/JSONScanner.swift):
// Foundation's JSONDecoder (into small Decodable structs with the fields the tweet reader uses) and
// JSONSerialization, per line, in CPU seconds. Compiled and run by Scripts/bench/tweets.sh:
//     swiftc -O Scripts/bench/json_decoder_baseline.swift -o /tmp/json_decoder_baseline
//     /tmp/json_decoder_baseline Scripts/bench/data/tweets-20000.jsonl
import Foundation
struct U: Decodable { var id_str: String?; var screen_name: String?; var name: String?; var description: String?; var followers_count: Int64?; var statuses_count: Int64?; var created_at: String? }
struct M: Decodable { var id_str: String?; var screen_name: String? }
struct E: Decodable { var user_mentions: [M]?; var hashtags: [H]?; var urls: [L]? }
struct H: Decodable { var text: String? }
struct L: Decodable { var url: String?; var expanded_url: String? }
struct Emb: Decodable { var user: U?; var entities: E? }
struct S: Decodable { var id_str: String?; var created_at: String?; var text: String?; var user: U?; var retweeted_status: Emb?; var quoted_status: Emb?; var in_reply_to_user_id_str: String?; var entities: E? }
guard CommandLine.arguments.count > 1, let text = try? String(contentsOfFile: CommandLine.arguments[1], encoding: .utf8) else {
  print("usage: json_decoder_baseline FILE.jsonl")
  exit(2)
}
let lines = text.split(separator: "\n").map { Data($0.utf8) }
let bytes = lines.reduce(0) { $0 + $1.count }
func cpu() -> Double { var ts = timespec(); clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts); return Double(ts.tv_sec) + Double(ts.tv_nsec)/1e9 }
var t0 = cpu()
var t = Date()
let d = JSONDecoder()
var n = 0
for l in lines { let s = (try? d.decode(S.self, from: l)) ?? S(); n += s.user == nil ? 0 : 1 }
var dt = cpu() - t0
print("Foundation JSONDecoder (CPU): \(lines.count) lines \(bytes/1_000_000) MB in \(dt) s = \(Double(bytes)/dt/1e6) MB/s, \(dt/Double(lines.count)*1e6) us/line")
t0 = cpu()
for l in lines { let o = (try? JSONSerialization.jsonObject(with: l)) as? [String: Any] ?? [:]; n += o["user"] == nil ? 0 : 1 }
dt = cpu() - t0
print("Foundation JSONSerialization (CPU): \(dt) s = \(Double(bytes)/dt/1e6) MB/s, \(dt/Double(lines.count)*1e6) us/line")
