import Foundation

/// The file formats `recruitnet import` reads and `recruitnet export` writes besides plain edge
/// lists, detected by file extension and, failing that, by the first bytes.
public enum InterchangeFormat: String, Sendable, CaseIterable {
  case graphml, gexf, gml, pajek, dot, json
  /// A delimited edge list (CSV, TSV, whitespace) and, on export, a node table beside it.
  case csv

  /// Extensions (after removing `.gz`) that name each format.
  public var extensions: [String] {
    switch self {
    case .graphml: return ["graphml"]
    case .gexf: return ["gexf"]
    case .gml: return ["gml"]
    case .pajek: return ["net", "paj"]
    case .dot: return ["dot", "gv"]
    case .json: return ["json"]
    case .csv: return ["csv", "tsv", "txt", "edges", "edgelist"]
    }
  }

  /// The extension `export` gives a file of this format.
  public var preferredExtension: String { extensions[0] }

  /// The format of `path` by its extension (a trailing `.gz` is ignored), if it names one.
  public static func byExtension(_ path: String) -> InterchangeFormat? {
    var name = Substring(path.lowercased())
    if name.hasSuffix(".gz") { name = name.dropLast(3) }
    guard let dot = name.lastIndex(of: "."), !name[dot...].contains("/") else { return nil }
    let ext = String(name[name.index(after: dot)...])
    return allCases.first { $0.extensions.contains(ext) }
  }

  /// The format of a file by its first bytes (after a UTF-8 byte order mark and white space):
  /// XML with a `<graphml` or `<gexf` root, a JSON object, a Pajek `*Vertices`/`*Network`
  /// line, a DOT `graph`/`digraph`/`strict` header, or a GML `graph [` / `Creator` start.
  /// `nil` means none of these: an edge list.
  public static func sniff(_ bytes: [UInt8]) -> InterchangeFormat? {
    var start = 0
    if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { start = 3 }
    let head = String(decoding: bytes[start..<min(bytes.count, start + 4096)], as: UTF8.self)
    let trimmed = Substring(head).drop { $0.isWhitespace }
    if trimmed.hasPrefix("<") {
      if head.contains("<graphml") { return .graphml }
      if head.contains("<gexf") { return .gexf }
      return nil
    }
    if trimmed.hasPrefix("{") { return .json }
    // Skip comment lines of the text formats (`%` Pajek, `#` GML, `//` DOT).
    let lines = trimmed.split(whereSeparator: { $0 == "\n" || $0 == "\r" })
    guard
      let first = lines.first(where: { line in
        let t = line.drop { $0 == " " || $0 == "\t" }
        return !t.isEmpty && !t.hasPrefix("%") && !t.hasPrefix("#") && !t.hasPrefix("//")
      })
    else { return nil }
    let line = first.drop { $0 == " " || $0 == "\t" }.lowercased()
    if line.hasPrefix("*vertices") || line.hasPrefix("*network") { return .pajek }
    let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "{" || $0 == "[" })
    if line.hasPrefix("digraph") || line.hasPrefix("strict ")
      || (words.first == "graph" && line.contains("{"))
    {
      return .dot
    }
    if words.first == "graph" || words.first == "creator" || line.hasPrefix("graph[") {
      return .gml
    }
    return nil
  }

  /// The format of the file at `path`: by extension where it names a network format, else by
  /// sniffing the bytes. `.csv` means a plain edge list.
  public static func detect(path: String, bytes: [UInt8]) -> InterchangeFormat {
    if let format = byExtension(path), format != .csv { return format }
    return sniff(bytes) ?? .csv
  }

  /// Like ``detect(path:bytes:)``, for a file not yet read: a network extension decides; an
  /// edge-list extension (`.csv`, `.tsv`, …) is an edge list without reading anything; otherwise
  /// the first 4 KiB are sniffed (a gzip file is decompressed whole, as the import will do anyway).
  /// Unreadable files are reported as `.csv`, so the edge-list reader gives its usual error.
  public static func detect(path: String) -> InterchangeFormat {
    if let format = byExtension(path) { return format }
    guard let handle = FileHandle(forReadingAtPath: path) else { return .csv }
    defer { try? handle.close() }
    let prefix = Array((try? handle.read(upToCount: 4096)) ?? Data())
    if InputFile.isGzip(prefix) {
      guard let bytes = try? InputFile.read(path) else { return .csv }
      return sniff(bytes) ?? .csv
    }
    return sniff(prefix) ?? .csv
  }
}
