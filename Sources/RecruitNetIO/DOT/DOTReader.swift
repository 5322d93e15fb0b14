/// Reads plain Graphviz DOT graphs: `[strict] graph|digraph [name] { … }` with node statements,
/// edge statements (chains `a -> b -> c` included), `node [...]` / `edge [...]` defaults and
/// graph attributes (ignored).
///
/// Node names are IDs exactly as written (`"007"` and `007` both name `007`). Attribute values
/// written bare and numeric (`followers=12`, `score=0.5`) are numbers, everything else text; the
/// reserved attributes of ``InterchangeNetwork`` apply (`type`, `weight`, `kind`, …). Refused
/// with an error: subgraphs and clusters, ports (`a:p`), HTML strings, and a direction operator
/// that does not match the graph (`--` in a digraph).
public enum DOTReader {
  public static func read(bytes: [UInt8], file: String) throws(ImportError) -> InterchangeNetwork {
    var parser = DOTParser(tokens: DOTTokenizer(bytes: bytes, file: file), file: file)
    return try parser.parse()
  }
}

private struct DOTParser {
  var tokens: DOTTokenizer
  let file: String
  var assembler: NetworkAssembler
  var lookahead: DOTTokenizer.Token?
  var nodeDefaults: [(key: String, value: AttributeValue)] = []
  var edgeDefaults: [(key: String, value: AttributeValue)] = []
  var nodesWithDefaults = Set<Int>()

  init(tokens: DOTTokenizer, file: String) {
    self.tokens = tokens
    self.file = file
    assembler = NetworkAssembler(file: file, isDirected: true)
  }

  mutating func next() throws(ImportError) -> DOTTokenizer.Token {
    if let token = lookahead {
      lookahead = nil
      return token
    }
    return try tokens.next()
  }

  mutating func peek() throws(ImportError) -> DOTTokenizer.Token {
    if let token = lookahead { return token }
    let token = try tokens.next()
    lookahead = token
    return token
  }

  func error(_ message: String) -> ImportError { ImportError(.badHeader, tokens.location, message) }

  static func keyword(_ token: DOTTokenizer.Token, _ word: String) -> Bool {
    if case .id(let text, false) = token { return text.lowercased() == word }
    return false
  }

  mutating func parse() throws(ImportError) -> InterchangeNetwork {
    var token = try next()
    if token == .end {
      throw ImportError(
        .emptyFile, tokens.location, "no graph; expected `digraph { … }` or `graph { … }`")
    }
    if Self.keyword(token, "strict") { token = try next() }
    if Self.keyword(token, "digraph") {
      assembler.isDirected = true
    } else if Self.keyword(token, "graph") {
      assembler.isDirected = false
    } else {
      throw error("expected `graph` or `digraph` to start the file")
    }
    token = try next()
    if case .id = token { token = try next() }
    guard token == .punctuation("{") else { throw error("expected `{` after the graph header") }
    try statements()
    let rest = try next()
    guard rest == .end else {
      throw error("text after the graph's closing `}`; expected one graph per file")
    }
    return assembler.finish()
  }

  mutating func statements() throws(ImportError) {
    while true {
      let token = try next()
      switch token {
      case .punctuation("}"): return
      case .punctuation(";"), .punctuation(","): continue
      case .end: throw error("the file ends inside the graph; expected a closing `}`")
      case .punctuation("{"):
        throw error(
          "anonymous subgraphs ({ … }) are not supported; expected plain node and edge statements")
      case .id(let text, let quoted):
        if !quoted {
          switch text.lowercased() {
          case "subgraph":
            throw error("subgraphs are not supported; expected plain node and edge statements")
          case "graph":
            _ = try attributeList()
            continue
          case "node":
            nodeDefaults.append(contentsOf: try attributeList())
            continue
          case "edge":
            edgeDefaults.append(contentsOf: try attributeList())
            continue
          default: break
          }
        }
        if try peek() == .punctuation("=") {
          _ = try next()
          guard case .id = try next() else { throw error("expected a value after `\(text) =`") }
          continue  // a graph attribute
        }
        try nodeOrEdgeStatement(first: text)
      default:
        throw error("expected a node, an edge or `}`")
      }
    }
  }

  mutating func node(named name: String) throws(ImportError) -> Int {
    guard !name.isEmpty else {
      throw ImportError(.emptyName, tokens.location, "an empty node name (\"\"); expected a name")
    }
    let index = assembler.node(key: name)
    if !nodeDefaults.isEmpty && nodesWithDefaults.insert(index).inserted {
      for (key, value) in nodeDefaults {
        try assembler.setNodeAttribute(index, key: key, value: value, at: tokens.location)
      }
    }
    return index
  }

  mutating func nodeOrEdgeStatement(first: String) throws(ImportError) {
    let location = tokens.location
    if try peek() == .punctuation(":") {
      throw error("ports (node:port) are not supported; expected plain node names")
    }
    var chain = [try node(named: first)]
    while case .edgeOperator(let directed) = try peek() {
      _ = try next()
      guard directed == assembler.isDirected else {
        throw error(
          "`\(directed ? "->" : "--")` in a \(assembler.isDirected ? "digraph" : "graph"); expected `\(assembler.isDirected ? "->" : "--")`"
        )
      }
      let token = try next()
      guard case .id(let name, _) = token else {
        if token == .punctuation("{") {
          throw error("subgraphs as edge ends are not supported; expected a node name")
        }
        throw error("expected a node name after the edge operator")
      }
      if try peek() == .punctuation(":") {
        throw error("ports (node:port) are not supported; expected plain node names")
      }
      chain.append(try node(named: name))
    }
    let attributes = try peek() == .punctuation("[") ? try attributeList() : []
    if chain.count == 1 {
      for (key, value) in attributes {
        try assembler.setNodeAttribute(chain[0], key: key, value: value, at: location)
      }
      return
    }
    for i in 0..<(chain.count - 1) {
      try assembler.addEdge(
        source: chain[i], target: chain[i + 1], attributes: edgeDefaults + attributes, at: location)
    }
  }

  /// `[ a=b, c=d ][ … ]`, typed: bare numerals are numbers, other values text.
  mutating func attributeList() throws(ImportError) -> [(key: String, value: AttributeValue)] {
    var result: [(key: String, value: AttributeValue)] = []
    while try peek() == .punctuation("[") {
      _ = try next()
      while true {
        let token = try next()
        switch token {
        case .punctuation("]"): break
        case .punctuation(","), .punctuation(";"): continue
        case .id(let key, _):
          guard try next() == .punctuation("=") else {
            throw error("expected `=` after attribute \(key)")
          }
          guard case .id(let text, let quoted) = try next() else {
            throw error("expected a value for attribute \(key)")
          }
          result.append((key, quoted ? .text(text) : AttributeValue(inferring: text)))
          continue
        default:
          throw error("expected `name=value` or `]` in an attribute list")
        }
        break
      }
    }
    return result
  }
}
