import Foundation

/// The tweet-archive formats `recruitnet import` reads (`--format tweets-v1|tweets-v2|tweets-csv`
/// forces one; by default it is detected per file, see ``detect(path:)``).
public enum TweetFormat: String, Sendable, CaseIterable, Hashable {
  /// Twitter API v1.1 statuses: JSON Lines, a JSON array, or concatenated JSON.
  case v1 = "tweets-v1"
  /// Twitter/X API v2 responses (`data` + `includes`) or v2 tweet objects, per line or per file.
  case v2 = "tweets-v2"
  /// A CSV export with one tweet per row (the Kaggle "How ISIS Uses Twitter" columns).
  case csv = "tweets-csv"
  /// The coordination-network-toolkit's CSV: `message_id,user_id,username,repost_id,reply_id,
  /// message,timestamp,urls` (timestamp in seconds, urls separated by spaces).
  case coordinationCSV = "coordination-csv"

  /// Guesses the format from the start of the file (decompressed): JSON whose first record has
  /// `data`, `includes`, `errors` or `author_id` is v2; JSON with `user`, `id_str`, `delete`,
  /// `retweeted_status` or another v1.1 notice is v1.1; a CSV header naming a `username` (or
  /// `screen_name`) column and a `tweets` (or `tweet`, `text`) column is the CSV format; one with
  /// `message_id`, `user_id`, `repost_id`, `reply_id`, `message` and `timestamp` is the
  /// coordination-network-toolkit's.
  /// Returns nil for anything else (an edge list).
  public static func detect(path: String) -> TweetFormat? {
    guard let input = try? StreamingInput(path: path) else { return nil }
    var buffer: [UInt8] = []
    while buffer.count < 1 << 16, (try? input.readChunk(into: &buffer)) == true {}
    var start = 0
    if buffer.count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF {
      start = 3
    }
    while start < buffer.count && [0x20, 0x09, 0x0D, 0x0A].contains(buffer[start]) { start += 1 }
    guard start < buffer.count else { return nil }
    if buffer[start] == 0x7B || buffer[start] == 0x5B {
      return detectJSON(Array(buffer[start...]))
    }
    let firstLine = buffer[start...].prefix { $0 != 0x0A && $0 != 0x0D }
    let header = String(decoding: firstLine, as: UTF8.self).lowercased()
      .split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \"")) }
    if TweetCSVColumns.coordination.allSatisfy(header.contains) { return .coordinationCSV }
    let hasUser = header.contains { TweetCSVColumns.screenName.contains($0) }
    let hasText = header.contains { TweetCSVColumns.text.contains($0) }
    return hasUser && hasText ? .csv : nil
  }

  /// Decides between v1.1 and v2 by the keys of the first complete object.
  static func detectJSON(_ bytes: [UInt8]) -> TweetFormat? {
    var i = 0
    if bytes.first == 0x5B { i = 1 }
    while i < bytes.count && bytes[i] != 0x7B { i += 1 }
    var scan = ValueScan()
    var end = i
    while end < bytes.count {
      scan.consume(bytes[end])
      end += 1
      if scan.isComplete { break }
    }
    guard scan.isComplete else {
      // The first object is longer than the sample: look for tell-tale keys in what we have.
      let text = String(decoding: bytes, as: UTF8.self)
      if text.contains("\"author_id\"") || text.contains("\"includes\"")
        || text.hasPrefix("{\"data\"")
      {
        return .v2
      }
      if text.contains("\"id_str\"") || text.contains("\"screen_name\"") { return .v1 }
      return nil
    }
    guard
      let object = try? JSONSerialization.jsonObject(with: Data(bytes[i..<end])) as? [String: Any]
    else { return nil }
    if ["data", "includes", "errors", "author_id"].contains(where: { object[$0] != nil }) {
      return .v2
    }
    let v1Keys = [
      "user", "id_str", "delete", "retweeted_status", "status_withheld", "user_withheld", "limit",
      "scrub_geo",
    ]
    if v1Keys.contains(where: { object[$0] != nil }) { return .v1 }
    return nil
  }
}
