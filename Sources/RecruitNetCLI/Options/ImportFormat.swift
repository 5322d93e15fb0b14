import ArgumentParser
import RecruitNet

/// `recruitnet import --format`: what the input files are, or (as before tweet archives) the
/// format of the import report. Without an input format, each file is detected: a tweet archive
/// by its first record or CSV header, otherwise an edge list.
enum ImportFormat: String, ExpressibleByArgument, CaseIterable {
  /// Report formats (the import report on stdout); `csv` prints the table form.
  case table, json, csv
  /// An edge list (CSV, TSV, whitespace).
  case edges
  case tweetsV1 = "tweets-v1"
  case tweetsV2 = "tweets-v2"
  case tweetsCSV = "tweets-csv"
  case coordinationCSV = "coordination-csv"

  /// The report format, for the report cases.
  var report: OutputFormat? { OutputFormat(rawValue: rawValue) }

  /// Whether this names the input files' format.
  var isInputFormat: Bool { report == nil }

  /// The tweet format, for the tweet cases.
  var tweetFormat: TweetFormat? { TweetFormat(rawValue: rawValue) }
}
