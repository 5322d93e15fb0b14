import ArgumentParser
import Foundation
import RecruitNet

/// `recruitnet import` options for tweet archives.
struct TweetArguments: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Keep tweets at or after this time (ISO 8601 date or time, Unix seconds; UTC unless an offset is given).",
      valueName: "time"))
  var since: String?

  @Option(help: ArgumentHelp("Keep tweets before this time (exclusive).", valueName: "time"))
  var until: String?

  @Option(
    help: ArgumentHelp(
      "Account edge types to add, comma-separated: retweet, mention, reply, quote. Default: all four.",
      valueName: "types"))
  var edgeTypes: String?

  @Option(
    help: ArgumentHelp(
      "Context layers to add, comma-separated: hashtags (account → hashtag), domains (account → web domain). Default: none, so the network holds accounts only.",
      valueName: "layers"))
  var layers: String?

  /// The parsed window, or a usage error naming the option.
  func window() throws -> (since: Int64?, until: Int64?) {
    try Self.parseWindow(since: since, until: until)
  }

  /// `--since` and `--until` as Unix seconds, or a usage error naming the option.
  static func parseWindow(since: String?, until: String?) throws -> (since: Int64?, until: Int64?) {
    func parse(_ text: String?, _ option: String) throws -> Int64? {
      guard let text else { return nil }
      guard let value = TimestampParsing.unixSeconds(text) else {
        throw ValidationError(
          "\(option) \"\(text)\" is not a time; use e.g. 2015-11-13 or 2015-11-13T21:00:00Z.")
      }
      return value
    }
    let window = (try parse(since, "--since"), try parse(until, "--until"))
    if let s = window.0, let u = window.1, s >= u {
      throw ValidationError("--since must be before --until.")
    }
    return window
  }

  /// The edge types to import.
  func selectedTypes() throws -> Set<TweetEdgeType> {
    var types = Set(TweetEdgeType.accountTypes)
    if let edgeTypes {
      types = []
      for name in edgeTypes.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) })
      where !name.isEmpty {
        guard let type = TweetEdgeType(rawValue: name), TweetEdgeType.accountTypes.contains(type)
        else {
          throw ValidationError(
            "unknown edge type '\(name)' in --edge-types; use retweet, mention, reply, quote (layers go in --layers)."
          )
        }
        types.insert(type)
      }
      if types.isEmpty { throw ValidationError("--edge-types names no type.") }
    }
    for name in (layers ?? "").split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }
    ) where !name.isEmpty {
      switch name {
      case "hashtags", "hashtag": types.insert(.hashtag)
      case "domains", "domain": types.insert(.domain)
      default: throw ValidationError("unknown layer '\(name)' in --layers; use hashtags, domains.")
      }
    }
    return types
  }

  /// Whether any tweet option was given (they apply to tweet archives only).
  var isUsed: Bool { since != nil || until != nil || edgeTypes != nil || layers != nil }
}
