/// Reads GML as networkx, igraph, Gephi and Cytoscape write it.
///
/// The node's name is its `label` (networkx's `read_gml` default), or its `id` (as written, never
/// renumbered) where there is no label; edges refer to node ids. Values keep their GML type:
/// integers stay integers, reals reals, quoted strings text (so `label "007"` stays `007`).
/// `directed 1` makes the graph directed; nested lists (such as `graphics [ … ]`) are skipped.
public enum GMLReader {
  public static func read(bytes: [UInt8], file: String) throws(ImportError) -> InterchangeNetwork {
    var tokens = GMLTokenizer(bytes: bytes, file: file)
    // Find `graph [` at the top level, skipping other top-level pairs (Creator, Version).
    while true {
      let token = try tokens.next()
      switch token {
      case .end:
        throw ImportError(.emptyFile, tokens.location, "no `graph [ … ]`; expected a GML graph")
      case .key(let key) where key == "graph":
        guard try tokens.next() == .open else {
          throw ImportError(.badHeader, tokens.location, "expected `[` after `graph`")
        }
        return try readGraph(&tokens, file: file)
      case .key:
        try skipValue(&tokens)
      default:
        throw ImportError(.badHeader, tokens.location, "expected a key such as `graph`")
      }
    }
  }

  typealias Pair = (key: String, value: AttributeValue, line: Int)

  private static func readGraph(_ tokens: inout GMLTokenizer, file: String) throws(ImportError)
    -> InterchangeNetwork
  {
    var assembler = NetworkAssembler(file: file, isDirected: false)
    var nodeByID: [String: Int] = [:]
    var pendingEdges: [(pairs: [Pair], line: Int)] = []
    loop: while true {
      let token = try tokens.next()
      switch token {
      case .close: break loop
      case .end:
        throw ImportError(
          .badHeader, tokens.location, "the file ends inside `graph [`; expected a closing `]`")
      case .key(let key):
        switch key {
        case "directed":
          let value = try tokens.next()
          guard case .integer(let flag, _) = value else {
            throw ImportError(.badHeader, tokens.location, "`directed` must be 0 or 1")
          }
          assembler.isDirected = flag != 0
        case "node":
          let line = tokens.line
          let pairs = try readRecord(&tokens, what: "node")
          let idPair = pairs.first { $0.key == "id" }
          let labelPair = pairs.first { $0.key == "label" }
          guard let idText = idPair?.value.text ?? labelPair?.value.text else {
            throw ImportError(
              .emptyName, InputLocation(file: file, line: line),
              "a node without `id` or `label`; expected node [ id 0 label \"name\" ]")
          }
          let name = labelPair?.value.text ?? idText
          guard !name.isEmpty else {
            throw ImportError(
              .emptyName, InputLocation(file: file, line: line), "a node with an empty label")
          }
          guard nodeByID[idText] == nil else {
            throw ImportError(
              .badHeader, InputLocation(file: file, line: idPair?.line ?? line),
              "node id \(idText) is used twice; expected unique ids")
          }
          guard !assembler.hasNode(key: name) else {
            throw ImportError(
              .badHeader, InputLocation(file: file, line: labelPair?.line ?? line),
              "node label \"\(name)\" is used twice; expected unique labels")
          }
          let node = assembler.node(key: name)
          nodeByID[idText] = node
          for pair in pairs where pair.key != "id" && pair.key != "label" {
            try assembler.setNodeAttribute(
              node, key: pair.key, value: pair.value, at: InputLocation(file: file, line: pair.line)
            )
          }
        case "edge":
          let line = tokens.line
          pendingEdges.append((try readRecord(&tokens, what: "edge"), line))
        default:
          try skipValue(&tokens)
        }
      default:
        throw ImportError(
          .badHeader, tokens.location, "expected a key (node, edge, directed, …) or `]`")
      }
    }
    for (pairs, line) in pendingEdges {
      var source: Int?
      var target: Int?
      var attributes: [(key: String, value: AttributeValue)] = []
      for pair in pairs {
        switch pair.key {
        case "source", "target":
          guard let node = nodeByID[pair.value.text] else {
            throw ImportError(
              .badHeader, InputLocation(file: file, line: pair.line),
              "edge \(pair.key) \(pair.value.text) is no node's id; expected the id of a node [ … ]"
            )
          }
          if pair.key == "source" { source = node } else { target = node }
        case "key", "id": break
        default: attributes.append((pair.key, pair.value))
        }
      }
      guard let source, let target else {
        throw ImportError(
          .badHeader, InputLocation(file: file, line: line),
          "an edge without `source` and `target`; expected edge [ source 0 target 1 ]")
      }
      try assembler.addEdge(
        source: source, target: target, attributes: attributes,
        at: InputLocation(file: file, line: line))
    }
    return assembler.finish()
  }

  /// Reads `[ key value … ]`, keeping the scalar pairs.
  private static func readRecord(_ tokens: inout GMLTokenizer, what: String) throws(ImportError)
    -> [Pair]
  {
    guard try tokens.next() == .open else {
      throw ImportError(.badHeader, tokens.location, "expected `[` after `\(what)`")
    }
    var pairs: [Pair] = []
    while true {
      let token = try tokens.next()
      switch token {
      case .close: return pairs
      case .end:
        throw ImportError(
          .badHeader, tokens.location, "the file ends inside `\(what) [`; expected a closing `]`")
      case .key(let key):
        let line = tokens.line
        let value = try tokens.next()
        switch value {
        case .integer(let v, _): pairs.append((key, .integer(v), line))
        case .real(let v, _): pairs.append((key, .real(v), line))
        case .string(let s): pairs.append((key, .text(s), line))
        case .open: try skipList(&tokens)
        default: throw ImportError(.badHeader, tokens.location, "expected a value after `\(key)`")
        }
      default:
        throw ImportError(.badHeader, tokens.location, "expected a key or `]` in `\(what) [ … ]`")
      }
    }
  }

  private static func skipValue(_ tokens: inout GMLTokenizer) throws(ImportError) {
    switch try tokens.next() {
    case .open: try skipList(&tokens)
    case .integer, .real, .string: return
    default: throw ImportError(.badHeader, tokens.location, "expected a value")
    }
  }

  private static func skipList(_ tokens: inout GMLTokenizer) throws(ImportError) {
    var depth = 1
    while depth > 0 {
      switch try tokens.next() {
      case .open: depth += 1
      case .close: depth -= 1
      case .end:
        throw ImportError(.badHeader, tokens.location, "the file ends inside a `[ … ]` list")
      default: break
      }
    }
  }
}
