/// Reads Pajek `.net` files, as Pajek, networkx (`write_pajek`), igraph and Gephi write them.
///
/// Sections: `*Vertices n` (lines `number "label" [x y [shape]] [key value …]`; vertices not
/// listed are named by their number), `*Arcs` (directed) or `*Edges` (undirected) with lines
/// `from to [weight] [l "label"] [key value …]`, and `*Arcslist` / `*Edgeslist` (`from to1 to2 …`).
/// The edge type is the arc's `l` (label) or `type` parameter, else the relation name of a
/// multi-relational section header (`*Arcs :1 "retweet"`), else `edge`. A `kind` vertex parameter
/// gives the node kind. `%` starts a comment line.
///
/// Hand-written, since no Pajek parser exists in the package mirror: the format is line-based,
/// and a tokenizer that knows Pajek's quoting (and networkx's backslash escapes) is a few lines.
public enum PajekReader {
  public static func read(bytes: [UInt8], file: String) throws(ImportError) -> InterchangeNetwork {
    // Lines and tokens are cut on bytes (all delimiters are ASCII), not on Characters, whose
    // grapheme breaking made this reader several times slower.
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    let lines = body.split(separator: 0x0A, omittingEmptySubsequences: false)
    var assembler = NetworkAssembler(file: file, isDirected: true)
    var vertexCount = 0
    var nodeByNumber: [Int: Int] = [:]
    enum Section { case none, vertices, arcs, edges, arcsList, edgesList }
    var section = Section.none
    var sectionType: String?
    var sawArcs = false
    var sawEdges = false
    var sawVertices = false
    func node(_ token: String, line: Int) throws(ImportError) -> Int {
      guard let number = Int(token), number >= 1, number <= vertexCount else {
        throw ImportError(
          .badHeader, InputLocation(file: file, line: line),
          "vertex \"\(token)\" is not a number from 1 to \(vertexCount); expected vertex numbers of the *Vertices section"
        )
      }
      if let index = nodeByNumber[number] { return index }
      let index = assembler.node(key: String(number))
      nodeByNumber[number] = index
      return index
    }
    for (offset, rawLine) in lines.enumerated() {
      let lineNumber = offset + 1
      let line = rawLine.last == 0x0D ? rawLine.dropLast() : rawLine
      let trimmed = line.drop { $0 == 0x20 || $0 == 0x09 }
      if trimmed.isEmpty || trimmed.first == UInt8(ascii: "%") { continue }
      let location = InputLocation(file: file, line: lineNumber)
      if trimmed.first == UInt8(ascii: "*") {
        let tokens = try tokenize(trimmed, location: location)
        let head = tokens[0].lowercased()
        sectionType = nil
        if tokens.count >= 3 && tokens[1].hasPrefix(":") { sectionType = tokens[2] }
        switch head {
        case "*network": section = .none
        case "*vertices":
          guard !sawVertices else {
            throw ImportError(.badHeader, location, "a second *Vertices section; expected one")
          }
          guard tokens.count >= 2, let n = Int(tokens[1]), n >= 0 else {
            throw ImportError(
              .badHeader, location, "*Vertices without a vertex count; expected *Vertices n")
          }
          vertexCount = n
          sawVertices = true
          section = .vertices
        case "*arcs", "*arcslist":
          sawArcs = true
          section = head == "*arcs" ? .arcs : .arcsList
        case "*edges", "*edgeslist":
          sawEdges = true
          section = head == "*edges" ? .edges : .edgesList
        default:
          throw ImportError(
            .badHeader, location,
            "section \(tokens[0]) is not supported; expected *Vertices, *Arcs, *Edges, *Arcslist or *Edgeslist"
          )
        }
        if section != .none && section != .vertices && !sawVertices {
          throw ImportError(
            .badHeader, location, "\(tokens[0]) before *Vertices; expected the vertices first")
        }
        if sawArcs && sawEdges {
          throw ImportError(
            .badHeader, location,
            "both *Arcs and *Edges; mixed directed and undirected networks are not supported")
        }
        continue
      }
      let tokens = try tokenize(trimmed, location: location)
      switch section {
      case .none:
        throw ImportError(
          .badHeader, location, "a line outside any section; expected *Vertices n first")
      case .vertices:
        guard let number = Int(tokens[0]), number >= 1, number <= vertexCount else {
          throw ImportError(
            .badHeader, location, "vertex number \"\(tokens[0])\" is not from 1 to \(vertexCount)")
        }
        guard nodeByNumber[number] == nil else {
          throw ImportError(.badHeader, location, "vertex \(number) is listed twice")
        }
        let name = tokens.count >= 2 ? tokens[1] : tokens[0]
        guard !name.isEmpty else {
          throw ImportError(.emptyName, location, "vertex \(number) has an empty label")
        }
        guard !assembler.hasNode(key: name) else {
          throw ImportError(
            .badHeader, location, "vertex label \"\(name)\" is used twice; expected unique labels")
        }
        let index = assembler.node(key: name)
        nodeByNumber[number] = index
        // networkx writes `x y shape` before its `key value` pairs; Pajek may write x y z.
        var rest = Array(tokens.dropFirst(2))
        var skip = 0
        if rest.count >= 2 && Double(rest[0]) != nil && Double(rest[1]) != nil {
          skip = rest.count >= 3 && Double(rest[2]) != nil ? 3 : 2
          if (rest.count - skip) % 2 == 1 { skip += 1 }  // the shape
        }
        rest.removeFirst(skip)
        var i = 0
        while i + 1 < rest.count {
          try assembler.setNodeAttribute(
            index, key: rest[i], value: .text(rest[i + 1]), at: location)
          i += 2
        }
      case .arcs, .edges:
        guard tokens.count >= 2 else {
          throw ImportError(.badHeader, location, "expected `from to [weight]`")
        }
        let source = try node(tokens[0], line: lineNumber)
        let target = try node(tokens[1], line: lineNumber)
        var attributes: [(key: String, value: AttributeValue)] = []
        var rest = tokens.dropFirst(2)
        if let first = rest.first, let weight = Double(first) {
          attributes.append(("weight", .real(weight)))
          rest = rest.dropFirst()
        }
        var type = sectionType
        var pairs = Array(rest)
        while pairs.count >= 2 {
          let key = pairs[0]
          let value = pairs[1]
          pairs.removeFirst(2)
          if key == "l" || key == "type" {
            type = value
          } else {
            attributes.append((key, AttributeValue(inferring: value)))
          }
        }
        if let type { attributes.append(("type", .text(type))) }
        try assembler.addEdge(source: source, target: target, attributes: attributes, at: location)
      case .arcsList, .edgesList:
        let source = try node(tokens[0], line: lineNumber)
        for token in tokens.dropFirst() {
          let target = try node(token, line: lineNumber)
          try assembler.addEdge(
            source: source, target: target,
            attributes: sectionType.map { [("type", .text($0))] } ?? [], at: location)
        }
      }
    }
    guard sawVertices else {
      throw ImportError(
        .emptyFile, InputLocation(file: file), "no *Vertices section; expected a Pajek network")
    }
    assembler.isDirected = !sawEdges
    // Vertices never listed nor used still exist (Pajek numbers them 1…n).
    for number in 1...max(1, vertexCount) where vertexCount > 0 && nodeByNumber[number] == nil {
      nodeByNumber[number] = assembler.node(key: String(number))
    }
    return assembler.finish()
  }

  /// Splits a line into words the way networkx's reader (Python's `shlex`) does: white space
  /// separates words, double quotes group (`"say hi"`), adjacent quoted and bare parts join
  /// (so networkx's own unescaped `"say "x""` reads as `say x`, as networkx reads it), and a
  /// backslash escapes `"` or `\\` inside quotes.
  static func tokenize(_ line: ArraySlice<UInt8>, location: @autoclosure () -> InputLocation)
    throws(ImportError)
    -> [String]
  {
    var tokens: [String] = []
    var current: [UInt8] = []
    var inWord = false
    var quoted = false
    var index = line.startIndex
    while index < line.endIndex {
      let c = line[index]
      let next = index + 1
      if quoted {
        if c == UInt8(ascii: "\\"), next < line.endIndex,
          line[next] == UInt8(ascii: "\"") || line[next] == UInt8(ascii: "\\")
        {
          current.append(line[next])
          index = next + 1
          continue
        }
        if c == UInt8(ascii: "\"") { quoted = false } else { current.append(c) }
      } else if c == 0x20 || c == 0x09 {
        if inWord { tokens.append(String(decoding: current, as: UTF8.self)) }
        current.removeAll(keepingCapacity: true)
        inWord = false
      } else if c == UInt8(ascii: "\"") {
        quoted = true
        inWord = true
      } else {
        current.append(c)
        inWord = true
      }
      index = next
    }
    guard !quoted else {
      throw ImportError(
        .badQuoting, location(), "a quoted label that is never closed; expected a closing \"")
    }
    if inWord { tokens.append(String(decoding: current, as: UTF8.self)) }
    return tokens
  }
}
