import Crypto
import Foundation

/// Column names the CSV tweet reader recognises (compared lower-case). The Kaggle "How ISIS Uses
/// Twitter" set has name, username, description, location, followers, numberstatuses, time, tweets.
enum TweetCSVColumns {
  static let screenName = ["username", "screen_name", "user_screen_name", "screenname"]
  static let text = ["tweets", "tweet", "text", "full_text"]
  static let displayName = ["name", "user_name", "display_name"]
  static let description = ["description", "user_description"]
  static let location = ["location", "user_location"]
  static let followers = ["followers", "followers_count", "user_followers_count"]
  static let statuses = ["numberstatuses", "statuses_count", "user_statuses_count"]
  static let time = ["time", "created_at", "date", "timestamp"]
  static let tweetID = ["tweetid", "tweet_id", "id", "id_str"]
  static let userID = ["userid", "user_id", "user_id_str"]
  /// The coordination-network-toolkit's columns (its `urls` column may be absent).
  static let coordination = [
    "message_id", "user_id", "repost_id", "reply_id", "message", "timestamp",
  ]
}

/// Reads a CSV tweet export row by row from a stream (RFC 4180: quoted fields may hold commas,
/// line ends and `""`), so that a file larger than memory is never loaded whole.
///
/// Each row is one tweet by `username`. Its edges come from the text only (see ``TweetText``): a
/// leading `RT @name:` makes it a retweet of `name`, and `@mentions` are mentions; the format has
/// no reply or quote information. Without a tweet-id column, the id is `csv:` followed by the
/// first 16 bytes (hex) of the SHA-256 of `lower(username) LF time LF text`: the same row in two
/// files is the same tweet. `followers` and `numberstatuses` are taken as seen at the row's time.
final class TweetCSVReader {
  private let input: StreamingInput
  private var buffer: [UInt8] = []
  private var position = 0
  private var atEnd = false
  private(set) var line = 1
  private var columns: [String: Int] = [:]
  private(set) var fieldCount = 0

  /// Whether the file has the coordination-network-toolkit's columns (read by
  /// ``coordinationTweet(from:)``).
  private(set) var isCoordinationLayout = false

  init(input: StreamingInput) { self.input = input }

  /// One row: its fields and the line it starts on.
  struct Row {
    var fields: [String]
    var line: Int
  }

  /// Reads more input; returns `false` at the end of the file.
  private func refill() throws(ImportError) -> Bool {
    try input.refill(&buffer, position: &position, atEnd: &atEnd)
  }

  /// The next record, or nil at the end of the file; blank lines are skipped.
  func nextRow() throws(ImportError) -> Row? {
    var fields: [String] = []
    var field: [UInt8] = []
    var quoted = false
    var fieldStarted = false
    var startLine = line
    var any = false
    if position == 0 && line == 1 && buffer.isEmpty {
      _ = try refill()
      if buffer.count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF {
        position = 3
      }
    }
    while true {
      if position >= buffer.count {
        if try !refill() {
          if quoted {
            throw ImportError(
              .badQuoting, InputLocation(file: input.path, line: startLine),
              "a quoted field that starts on this line is never closed (truncated file?)")
          }
          if any || !field.isEmpty {
            fields.append(String(decoding: field, as: UTF8.self))
            return Row(fields: fields, line: startLine)
          }
          return nil
        }
        continue
      }
      let b = buffer[position]
      position += 1
      if quoted {
        if b == 0x22 {
          if position >= buffer.count { _ = try refill() }
          if position < buffer.count && buffer[position] == 0x22 {
            field.append(0x22)
            position += 1
          } else {
            quoted = false
          }
        } else {
          if b == 0x0A { line += 1 }
          field.append(b)
        }
        continue
      }
      switch b {
      case 0x22 where !fieldStarted:
        quoted = true
        fieldStarted = true
        any = true
      case 0x2C:
        fields.append(String(decoding: field, as: UTF8.self))
        field.removeAll(keepingCapacity: true)
        fieldStarted = false
        any = true
      case 0x0A:
        line += 1
        if field.last == 0x0D { field.removeLast() }
        if !any && field.isEmpty {
          // A blank line.
          startLine = line
          continue
        }
        fields.append(String(decoding: field, as: UTF8.self))
        return Row(fields: fields, line: startLine)
      default:
        field.append(b)
        fieldStarted = true
        any = true
      }
    }
  }

  /// Reads the header and finds the columns.
  func readHeader() throws(ImportError) {
    guard let header = try nextRow() else {
      throw ImportError(
        .emptyFile, InputLocation(file: input.path), "file is empty; expected a CSV header")
    }
    fieldCount = header.fields.count
    for (index, name) in header.fields.enumerated() {
      let key = name.trimmingCharacters(in: .whitespaces).lowercased()
      if columns[key] == nil { columns[key] = index }
    }
    if TweetCSVColumns.coordination.allSatisfy({ columns[$0] != nil }) {
      isCoordinationLayout = true
      return
    }
    guard column(TweetCSVColumns.screenName) != nil, column(TweetCSVColumns.text) != nil else {
      throw ImportError(
        .unknownColumn, InputLocation(file: input.path, line: header.line),
        "a tweet CSV needs a 'username' (or 'screen_name') column and a 'tweets' (or 'text') column; the header has \(header.fields.joined(separator: ", "))"
      )
    }
  }

  private func column(_ names: [String]) -> Int? {
    for name in names { if let index = columns[name] { return index } }
    return nil
  }

  /// The tweet in `row`, or an error message naming what is wrong with it.
  func tweet(from row: Row) -> Result<Tweet, ImportError> {
    let location = InputLocation(file: input.path, line: row.line)
    guard row.fields.count == fieldCount else {
      return .failure(
        ImportError(
          .wrongFieldCount, location,
          "expected \(fieldCount) fields as in the header, found \(row.fields.count)"))
    }
    if isCoordinationLayout { return coordinationTweet(from: row, at: location) }
    func value(_ names: [String]) -> String? {
      guard let index = column(names) else { return nil }
      let text = row.fields[index]
      return text.isEmpty ? nil : text
    }
    guard let screenName = value(TweetCSVColumns.screenName)?.trimmingCharacters(in: .whitespaces),
      !screenName.isEmpty
    else {
      return .failure(ImportError(.emptyName, location, "the username field is empty"))
    }
    let text = value(TweetCSVColumns.text) ?? ""
    let timeText = value(TweetCSVColumns.time)
    var time: Int64? = nil
    if let timeText {
      guard let parsed = TimestampParsing.unixSeconds(timeText) else {
        return .failure(
          ImportError(
            .badTime, location,
            "time \"\(timeText)\" is not a timestamp (M/D/YYYY H:MM, ISO 8601, Unix seconds or Twitter's created_at)"
          ))
      }
      time = parsed
    }
    func integer(_ names: [String]) -> Int64? {
      value(names).flatMap { Int64($0.trimmingCharacters(in: .whitespaces)) }
    }
    let id =
      value(TweetCSVColumns.tweetID)
      ?? Self.syntheticID(screenName: screenName, time: timeText ?? "", text: text)
    let author = AccountReference(userID: value(TweetCSVColumns.userID), screenName: screenName)
    var tweet = Tweet(id: id, author: author, time: time)
    tweet.profile = AccountProfile(
      screenName: screenName, displayName: value(TweetCSVColumns.displayName),
      description: value(TweetCSVColumns.description), location: value(TweetCSVColumns.location),
      followers: integer(TweetCSVColumns.followers), statuses: integer(TweetCSVColumns.statuses))
    let mentions = TweetText.mentions(text).map { AccountReference(screenName: $0) }
    if let prefix = TweetText.retweetPrefix(text) {
      tweet.retweetOf = AccountReference(screenName: prefix)
      tweet.retweetedID = TweetText.derivedRetweetID(handle: prefix, text: text)
    }
    tweet.text = text
    tweet.mentions = mentions
    tweet.hashtags = TweetText.hashtags(text)
    tweet.urls = TweetText.links(text)
    return .success(tweet)
  }

  /// A row of the coordination-network-toolkit's CSV, read as the toolkit reads it: `message_id`
  /// is the tweet id, `user_id` the author (named by `username`), a non-empty `repost_id` makes
  /// it a retweet of that tweet and `reply_id` a reply to that tweet (their authors are found
  /// among the imported tweets by id, see `TweetArchiveImporter`), `timestamp` is in seconds
  /// (a fraction is dropped: the workspace keeps whole seconds), and `urls` holds links
  /// separated by spaces. Mentions and hashtags come from the message text.
  private func coordinationTweet(from row: Row, at location: InputLocation) -> Result<
    Tweet, ImportError
  > {
    func value(_ name: String) -> String? {
      guard let index = columns[name] else { return nil }
      let text = Self.trimmingWhitespace(row.fields[index])
      return text.isEmpty ? nil : text
    }
    guard let id = value("message_id") else {
      return .failure(ImportError(.emptyName, location, "the message_id field is empty"))
    }
    guard let userID = value("user_id") else {
      return .failure(ImportError(.emptyName, location, "the user_id field is empty"))
    }
    guard let timeText = value("timestamp"), let seconds = Double(timeText), seconds.isFinite,
      abs(seconds) < 1e15
    else {
      return .failure(
        ImportError(
          .badTime, location,
          "timestamp \"\(value("timestamp") ?? "")\" is not a number of seconds (the coordination CSV's timestamp column)"
        ))
    }
    let text = columns["message"].map { row.fields[$0] } ?? ""
    var tweet = Tweet(
      id: id, author: AccountReference(userID: userID, screenName: value("username")),
      time: Int64(seconds.rounded(.down)))
    tweet.text = text
    tweet.retweetedID = value("repost_id")
    if tweet.retweetedID == nil { tweet.repliedToID = value("reply_id") }
    tweet.mentions = TweetText.mentions(text).map { AccountReference(screenName: $0) }
    tweet.hashtags = TweetText.hashtags(text)
    tweet.urls = (value("urls") ?? "").split(separator: " ").map(String.init)
    return .success(tweet)
  }

  /// `text` without white space (`CharacterSet.whitespaces`) at either end; a field that starts
  /// and ends with a visible ASCII character is returned as is, without Foundation's bridging
  /// (that call was a fifth of a coordination-CSV import's time).
  static func trimmingWhitespace(_ text: String) -> String {
    if let first = text.utf8.first, let last = text.utf8.last, first > 0x20, first < 0x7F,
      last > 0x20, last < 0x7F
    {
      return text
    }
    return text.trimmingCharacters(in: .whitespaces)
  }

  /// `csv:` + 32 hex digits of SHA-256(lower(username) LF time LF text).
  static func syntheticID(screenName: String, time: String, text: String) -> String {
    let digest = SHA256.hash(data: Data((screenName.lowercased() + "\n" + time + "\n" + text).utf8))
    return "csv:" + digest.prefix(16).map { String(format: "%02x", $0) }.joined()
  }
}
