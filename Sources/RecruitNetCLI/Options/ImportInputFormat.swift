import ArgumentParser
import RecruitNet

/// `recruitnet import --format`: what the input files are. Without it, each file is detected
/// (a tweet archive by its first record or CSV header, otherwise an edge list).
enum ImportInputFormat: String, ExpressibleByArgument, CaseIterable {
  /// An edge list (CSV, TSV, whitespace).
  case edges
  case tweetsV1 = "tweets-v1"
  case tweetsV2 = "tweets-v2"
  case tweetsCSV = "tweets-csv"

  /// The tweet format, for the tweet cases.
  var tweetFormat: TweetFormat? { TweetFormat(rawValue: rawValue) }
}
