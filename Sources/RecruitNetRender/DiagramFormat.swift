/// The output formats, chosen from the output file's extension.
public enum DiagramFormat: String, Sendable, CaseIterable {
  /// Scalable vector graphics; labels stay searchable text.
  case svg
  /// A raster image (cairo).
  case png
  /// A vector document (cairo).
  case pdf
  /// The DOT source with the layout attributes (`pos`, `bb`), for editing or re-rendering.
  case dot

  /// The format for a file name by its extension (case-insensitive), or nil.
  public init?(fileName: String) {
    guard let dot = fileName.lastIndex(of: "."), fileName[dot...].count > 1 else { return nil }
    self.init(rawValue: fileName[fileName.index(after: dot)...].lowercased())
  }

  /// Graphviz's name for the output format.
  var graphvizName: String { rawValue }
}
