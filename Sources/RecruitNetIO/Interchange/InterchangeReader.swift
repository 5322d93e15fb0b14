/// Reads a network file of any ``InterchangeFormat`` (except CSV, which the edge-list reader
/// handles) into an ``InterchangeNetwork``, with the content hash the workspace uses to skip a
/// file imported before.
public enum InterchangeReader {
  /// Reads `path` (plain or gzip) as `format` (detected when `nil`).
  ///
  /// - Throws: ``ImportError`` naming the file and line (or XML element) and what was expected.
  public static func read(path: String, format: InterchangeFormat? = nil) throws(ImportError)
    -> (network: InterchangeNetwork, format: InterchangeFormat, sha256: String)
  {
    let bytes = try InputFile.read(path)
    let check = ContentCheck(bytes)
    if let bad = check.firstInvalidOffset {
      let (line, column) = UTF8Validation.lineAndColumn(of: bad, in: bytes)
      throw ImportError(
        .badEncoding, InputLocation(file: path, line: line, column: column),
        "\(bytes[bad] == 0 ? "a NUL byte" : "a byte that is not valid UTF-8"); expected UTF-8 text")
    }
    let chosen = format ?? InterchangeFormat.detect(path: path, bytes: bytes)
    return (try read(bytes: bytes, file: path, format: chosen), chosen, check.sha256)
  }

  /// Parses `bytes` (decompressed UTF-8) as `format`; `file` names the input in errors.
  public static func read(bytes: [UInt8], file: String, format: InterchangeFormat)
    throws(ImportError) -> InterchangeNetwork
  {
    switch format {
    case .graphml: return try GraphMLReader.read(bytes: bytes, file: file)
    case .gexf: return try GEXFReader.read(bytes: bytes, file: file)
    case .gml: return try GMLReader.read(bytes: bytes, file: file)
    case .pajek: return try PajekReader.read(bytes: bytes, file: file)
    case .dot: return try DOTReader.read(bytes: bytes, file: file)
    case .json: return try NodeLinkJSONReader.read(bytes: bytes, file: file)
    case .csv:
      throw ImportError(
        .conflictingOptions, InputLocation(file: file),
        "a CSV edge list is read by the edge-list reader, not as a network file")
    }
  }
}
