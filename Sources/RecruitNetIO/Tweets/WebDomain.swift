/// The web domain of a shared link, for the account → domain context layer, and the one table of
/// known aliases.
///
/// Rules, in order: take the host of the URL (the part after `scheme://`, before any `/`, `?`,
/// `#`, `:port` or after `user@`); lower-case it; drop a trailing `.` and a leading `www.`; fold
/// it through ``aliases``. A link without a scheme is read as `http://`. Links to `t.co` (Twitter's
/// own wrapper) are skipped: the archive gives no expanded URL for them, so their site is unknown.
///
/// Shorteners that can point anywhere (`bit.ly`, `goo.gl`, `ow.ly`, `tinyurl.com`, `wp.me`, …) are
/// kept as they are: the archive does not say where they lead, and guessing would invent data.
public enum WebDomain {
  /// Known aliases of the same site: host → canonical host. Only hosts that always mean the same
  /// site are folded; `t.me` (Telegram) stays `t.me`, and `telegram.me` folds into it.
  public static let aliases: [String: String] = [
    "youtu.be": "youtube.com",
    "m.youtube.com": "youtube.com",
    "youtube-nocookie.com": "youtube.com",
    "fb.me": "facebook.com",
    "fb.com": "facebook.com",
    "m.facebook.com": "facebook.com",
    "mobile.twitter.com": "twitter.com",
    "x.com": "twitter.com",
    "instagr.am": "instagram.com",
    "telegram.me": "t.me",
    "amzn.to": "amazon.com",
    "redd.it": "reddit.com",
    "old.reddit.com": "reddit.com",
  ]

  /// Hosts whose links are skipped because the real destination is unknown.
  public static let skipped: Set<String> = ["t.co"]

  /// The canonical domain of `url`, or nil if it has no host or is a bare `t.co` link.
  public static func domain(ofURL url: String) -> String? {
    var rest = Substring(url.trimmingSpaces())
    if let scheme = rest.range(of: "://") {
      rest = rest[scheme.upperBound...]
    }
    if let end = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) {
      rest = rest[..<end]
    }
    if let at = rest.lastIndex(of: "@") { rest = rest[rest.index(after: at)...] }
    if let colon = rest.lastIndex(of: ":") { rest = rest[..<colon] }
    var host = rest.lowercased()
    while host.hasSuffix(".") { host.removeLast() }
    if host.hasPrefix("www.") { host.removeFirst(4) }
    guard !host.isEmpty, host.contains("."), !host.contains(where: { $0 == " " || $0 == "\t" })
    else { return nil }
    if skipped.contains(host) { return nil }
    return aliases[host] ?? host
  }
}
