import Foundation

/// How to read a tweet archive.
public struct TweetArchiveOptions: Sendable, Equatable {
  /// The format, or nil to detect it (``TweetFormat/detect(path:)``).
  public var format: TweetFormat?
  /// Skip malformed records (counting them and keeping the first few) instead of stopping.
  public var skipInvalid = false
  /// Decode JSON with Foundation's `JSONDecoder` instead of `JSONScanner`: the reference path,
  /// for tests that check both give the same tweets.
  var usesJSONDecoder = false

  public init(format: TweetFormat? = nil, skipInvalid: Bool = false) {
    self.format = format
    self.skipInvalid = skipInvalid
  }
}

/// What reading one tweet archive found.
public struct TweetArchiveReport: Sendable {
  public var file: String
  public var format: TweetFormat
  /// How a JSON file was laid out (`json-lines`, `array`, `concatenated`); nil for CSV.
  public var layout: String?
  /// SHA-256 of the decompressed content.
  public var sha256 = ""
  /// Records read (lines, array elements, responses or CSV rows).
  public var records = 0
  /// Tweets handed on (before the workspace's duplicate check).
  public var tweets = 0
  /// `{"delete": ...}` notices.
  public var deleted = 0
  /// Withheld tweets and accounts (`withheld_in_countries`, `status_withheld`, v2 `withheld`).
  public var withheld = 0
  /// Other stream notices (`limit`, `scrub_geo`, `warning`, `disconnect`).
  public var notices = 0
  /// Entries of v2 `errors` arrays (referenced tweets deleted or withheld, users missing).
  public var apiErrors = 0
  /// Retweets, quotes or replies whose original author the archive does not give.
  public var unresolvedReferences = 0
  /// Malformed records skipped with `--skip-invalid`.
  public var invalid = 0
  /// The first few of them.
  public var firstInvalid: [ImportError] = []
  /// Whether the last line was cut off (and skipped with `--skip-invalid`).
  public var truncatedLastLine = false

  public init(file: String, format: TweetFormat) {
    self.file = file
    self.format = format
  }
}

/// Reads a tweet archive (v1.1 or v2 JSON, or CSV; plain or gzip) as a stream of ``Tweet``s.
///
/// The file is never loaded whole: JSON is split into records by ``JSONRecordReader`` and CSV is
/// read row by row, so memory holds one chunk and one record.
///
/// **JSON.** Each record is read by `JSONScanner`, a byte-level reader that validates the record
/// and builds only the fields used (`TweetV1`, `TweetV2`): Foundation's `JSONDecoder` was
/// measured slower than Python's `json.loads` per line (see `JSONScanner` for the figures). The
/// `JSONDecoder` path stays as the reference (`usesJSONDecoder`), and tests compare the two.
///
/// **Errors.** A record that is not valid JSON, or not a tweet of the format, stops the read with
/// `file:line: error: …` (nothing is imported); a last line without line end that fails is
/// reported as truncated. With ``TweetArchiveOptions/skipInvalid`` such records are counted and
/// the first five kept. Deleted and withheld tweets and stream notices are skipped and counted.
public struct TweetArchiveReader {
  public var options: TweetArchiveOptions
  /// How many malformed records a report keeps.
  public static let keptInvalid = 5

  public init(options: TweetArchiveOptions = TweetArchiveOptions()) {
    self.options = options
  }

  /// Reads `path`, calling `body` with each tweet in file order.
  ///
  /// - Parameter progress: called about every 8 MiB read with a short message.
  /// - Throws: ``ImportError``, or whatever `body` throws.
  public func read(
    path: String, progress: ((String) -> Void)? = nil, _ body: (Tweet) throws -> Void
  ) throws -> TweetArchiveReport {
    guard let format = options.format ?? TweetFormat.detect(path: path) else {
      throw ImportError(
        .unrecognisedArchive, InputLocation(file: path),
        "not a recognised tweet archive (v1.1 or v2 JSON, or a CSV with username and tweets columns)"
      )
    }
    let input = try StreamingInput(path: path)
    var report = TweetArchiveReport(file: path, format: format)
    var nextProgress = 8 << 20
    func tick() {
      if let progress, input.bytesDelivered >= nextProgress {
        nextProgress = input.bytesDelivered + (8 << 20)
        progress("reading \(path): \(input.bytesDelivered >> 20) MiB, \(report.tweets) tweets")
      }
    }
    func reject(_ error: ImportError) throws(ImportError) {
      guard options.skipInvalid else { throw error }
      report.invalid += 1
      if report.firstInvalid.count < Self.keptInvalid { report.firstInvalid.append(error) }
    }
    /// A JSON record that is the file's last line, has no line end and does not read as a whole
    /// value: the file was most likely cut off while being written.
    func rejectTruncatedLastLine(at location: InputLocation) throws(ImportError) {
      report.truncatedLastLine = true
      try reject(
        ImportError(
          .truncated, location,
          "the last line is cut off (no line end, and not a complete JSON value): truncated file?"))
    }
    switch format {
    case .csv, .coordinationCSV:
      let reader = TweetCSVReader(input: input)
      try reader.readHeader()
      while let row = try reader.nextRow() {
        report.records += 1
        switch reader.tweet(from: row) {
        case .success(let tweet):
          report.tweets += 1
          try body(tweet)
        case .failure(let error): try reject(error)
        }
        tick()
      }
    case .v1, .v2:
      let reader = JSONRecordReader(input: input)
      let decoder = JSONDecoder()
      while let record = try reader.next() {
        report.records += 1
        let location = InputLocation(file: path, line: record.line)
        do {
          if format == .v1 {
            let decoded =
              try options.usesJSONDecoder
              ? TweetV1.decode(record.bytes, decoder: decoder) : TweetV1.scan(record.bytes)
            switch decoded {
            case .tweet(let tweet):
              report.tweets += 1
              try body(tweet)
            case .deleted: report.deleted += 1
            case .withheld: report.withheld += 1
            case .notice: report.notices += 1
            case .invalid(let message): try reject(ImportError(.notATweet, location, message))
            }
          } else {
            let decoded =
              try options.usesJSONDecoder
              ? TweetV2.decode(record.bytes, decoder: decoder) : TweetV2.scan(record.bytes)
            report.withheld += decoded.withheld
            report.apiErrors += decoded.apiErrors
            report.unresolvedReferences += decoded.unresolved
            for message in decoded.invalid {
              try reject(ImportError(.notATweet, location, message))
            }
            for tweet in decoded.tweets {
              report.tweets += 1
              try body(tweet)
            }
          }
        } catch let error as JSONScanner.Failure {
          if record.isUnterminatedLastLine && error.atEnd {
            try rejectTruncatedLastLine(at: location)
          } else {
            var at = location
            if reader.layout == .jsonLines { at.column = error.offset + 1 }
            try reject(ImportError(.badJSON, at, error.message))
          }
        } catch let error as DecodingError {
          if record.isUnterminatedLastLine {
            try rejectTruncatedLastLine(at: location)
          } else {
            var message = Self.describe(error)
            if case .dataCorrupted(let context) = error, context.codingPath.isEmpty {
              message = Self.syntaxError(in: record.bytes)
            }
            try reject(ImportError(.badJSON, location, message))
          }
        }
        tick()
      }
      report.layout = reader.layout.rawValue
    }
    report.sha256 = input.finishHash()
    return report
  }

  /// A one-line description of a decoding failure: where in the record and what was expected.
  static func describe(_ error: DecodingError) -> String {
    func path(_ context: DecodingError.Context) -> String {
      let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }
        .joined()
      return keys.isEmpty ? "" : " at \(keys.hasPrefix(".") ? String(keys.dropFirst()) : keys)"
    }
    switch error {
    case .dataCorrupted(let context):
      if context.codingPath.isEmpty {
        let detail =
          (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
        return "not valid JSON" + (detail.map { " (\($0))" } ?? "")
      }
      return "unexpected value\(path(context)): \(context.debugDescription)"
    case .typeMismatch(let type, let context):
      return "wrong type\(path(context)): expected \(Self.name(of: type))"
    case .valueNotFound(let type, let context):
      return "missing value\(path(context)): expected \(Self.name(of: type))"
    case .keyNotFound(let key, let context):
      return "missing key \"\(key.stringValue)\"\(path(context))"
    @unknown default:
      return "not a valid record: \(error)"
    }
  }

  /// What is wrong with text that `JSONDecoder` refused as JSON. Foundation's decoder on Linux
  /// gives no detail, so the record is parsed again with `JSONSerialization` (only on this error
  /// path), whose message names the offending character.
  static func syntaxError(in bytes: Data) -> String {
    do {
      _ = try JSONSerialization.jsonObject(with: bytes, options: [.fragmentsAllowed])
      return "not a JSON object"
    } catch {
      let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
      return "not valid JSON"
        + (detail.map { ": " + $0.trimmingCharacters(in: CharacterSet(charactersIn: ".")) } ?? "")
    }
  }

  static func name(of type: Any.Type) -> String {
    switch type {
    case is String.Type: "a string"
    case is Int64.Type, is UInt64.Type, is Int.Type, is Double.Type: "a number"
    case is [Any].Type: "an array"
    default: "\(type)"
    }
  }
}
