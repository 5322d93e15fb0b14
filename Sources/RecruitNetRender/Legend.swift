/// The key drawn under a diagram: community colours, the size scale, edge types and widths.
///
/// It is one HTML-like table set as the graph label, so every layout engine places it (below the
/// drawing) and it needs no extra nodes or clusters (the SVG's `class="cluster"` groups stay the
/// communities). Every piece of text in it is entity-escaped with ``GraphvizText/html(_:)``; no
/// input ever reaches Graphviz as markup.
public struct Legend: Sendable {
  /// One community row: its number, style, size and top account.
  public struct Community: Sendable {
    public var number: Int
    public var members: Int
    public var topAccount: String?
    public init(number: Int, members: Int, topAccount: String?) {
      self.number = number
      self.members = members
      self.topAccount = topAccount
    }
  }

  public var title: String
  public var communities: [Community] = []
  /// Communities drawn but not listed (the legend lists at most ``maxCommunityRows``).
  public var maxCommunityRows = 14
  /// "node area ∝ pagerank (0.0012 to 0.031)".
  public var sizeNote: String?
  /// Edge types drawn, by global type index.
  public var edgeTypes: [(index: Int, name: String)] = []
  /// "edge width ∝ log(1 + weight), weights 1 to 40".
  public var widthNote: String?
  /// Extra lines (the highlighted ego, outside contacts).
  public var notes: [String] = []

  public init(title: String) { self.title = title }

  /// "1 account", "120 accounts".
  public static func accounts(_ count: Int) -> String {
    count == 1 ? "1 account" : "\(count) accounts"
  }

  /// The HTML-like label. `forSVG` guards `&` that would read as entities in Graphviz's SVG
  /// writer (see ``GraphvizText``).
  public func html(forSVG: Bool) -> String {
    func text(_ s: String) -> String {
      GraphvizText.html(forSVG ? GraphvizText.entityGuarded(s) : s)
    }
    var rows: [String] = []
    rows.append("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>\(text(title))</B></TD></TR>")
    for community in communities.prefix(maxCommunityRows) {
      let style = Palette.style(community: community.number)
      var line = "C\(community.number): " + Self.accounts(community.members)
      if let top = community.topAccount { line += ", top: " + GraphvizText.shortened(top) }
      if community.number >= Palette.okabeIto.count { line += " (\(style.shape))" }
      rows.append(
        "<TR><TD BGCOLOR=\"\(style.fill)\" WIDTH=\"18\" HEIGHT=\"12\"> </TD><TD ALIGN=\"LEFT\">\(text(line))</TD></TR>"
      )
    }
    if communities.count > maxCommunityRows {
      rows.append(
        "<TR><TD> </TD><TD ALIGN=\"LEFT\">\(text("… and \(communities.count - maxCommunityRows) more communities"))</TD></TR>"
      )
    }
    if let sizeNote {
      rows.append("<TR><TD>●</TD><TD ALIGN=\"LEFT\">\(text(sizeNote))</TD></TR>")
    }
    for type in edgeTypes {
      let style = Palette.edgeStyle(type: type.index)
      let color = String(style.color.prefix(7))
      rows.append(
        "<TR><TD BGCOLOR=\"\(color)\" WIDTH=\"18\" HEIGHT=\"4\"> </TD><TD ALIGN=\"LEFT\">\(text(type.name + " edges (" + style.style + ")"))</TD></TR>"
      )
    }
    if let widthNote {
      rows.append("<TR><TD>—</TD><TD ALIGN=\"LEFT\">\(text(widthNote))</TD></TR>")
    }
    for note in notes {
      rows.append("<TR><TD> </TD><TD ALIGN=\"LEFT\">\(text(note))</TD></TR>")
    }
    return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">"
      + rows.joined() + "</TABLE>"
  }
}
