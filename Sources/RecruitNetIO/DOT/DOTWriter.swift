/// Writes Graphviz DOT: `digraph` or `graph`, one statement per node with its attributes and one
/// per edge with `type`, `weight` and, where present, `count`, `first_time` and `last_time`.
///
/// Text values are quoted and numbers bare, so ``DOTReader`` reads back the same types (DOT
/// numerals have no exponent, so `1e-07` is written `0.0000001`; NaN and infinities are quoted).
/// Names are always quoted; only `"` needs an escape in DOT. For drawing, prefer
/// `recruitnet render`; this is for tools that read DOT as data (networkx with pydot, Gephi).
public enum DOTWriter {
  public static func write(_ network: InterchangeNetwork) throws(ImportError) -> String {
    var out = network.isDirected ? "digraph \"recruitnet\" {\n" : "graph \"recruitnet\" {\n"
    let arrow = network.isDirected ? " -> " : " -- "
    var keys: [String] = []
    keys.reserveCapacity(network.nodes.count)
    for node in network.nodes {
      let key = try quoted(node.key)
      keys.append(key)
      var attributes: [String] = []
      if node.kind != InterchangeNetwork.accountKind {
        attributes.append("kind=\(try quoted(node.kind))")
      }
      if !node.labels.isEmpty {
        attributes.append("labels=\(try quoted(node.labels.joined(separator: ";")))")
      }
      for attribute in node.attributes {
        attributes.append("\(try quoted(attribute.key))=\(try value(attribute.value))")
      }
      out +=
        "  " + key + (attributes.isEmpty ? "" : " [" + attributes.joined(separator: ", ") + "]")
        + ";\n"
    }
    let hasCounts = network.hasCounts
    for edge in network.edges {
      var attributes = ["type=\(try quoted(edge.type))", "weight=\(try value(.real(edge.weight)))"]
      if hasCounts { attributes.append("count=\(edge.count)") }
      if let first = edge.firstTime { attributes.append("first_time=\(first)") }
      if let last = edge.lastTime { attributes.append("last_time=\(last)") }
      out +=
        "  " + keys[edge.source] + arrow + keys[edge.target] + " ["
        + attributes.joined(separator: ", ") + "];\n"
    }
    out += "}\n"
    return out
  }

  static func value(_ value: AttributeValue) throws(ImportError) -> String {
    switch value {
    case .integer(let v): return String(v)
    case .real(let v):
      guard v.isFinite else { return try quoted(InterchangeNetwork.realText(v)) }
      return plainDecimal(InterchangeNetwork.realText(v))
    case .text(let s): return try quoted(s)
    }
  }

  /// Swift's shortest form of a double with any exponent moved into the digits (`1e-07` →
  /// `0.0000001`): the same decimal value, so it reads back as the same double, in the only
  /// spelling DOT numerals allow.
  static func plainDecimal(_ text: String) -> String {
    guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }),
      let exponent = Int(text[text.index(after: e)...])
    else { return text }
    var mantissa = String(text[..<e])
    let negative = mantissa.hasPrefix("-")
    if negative { mantissa.removeFirst() }
    let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
    let whole = String(parts[0])
    let fraction = parts.count > 1 ? String(parts[1]) : ""
    var digits = whole + fraction
    var point = whole.count + exponent
    if point <= 0 {
      digits = String(repeating: "0", count: 1 - point) + digits
      point = 1
    } else if point > digits.count {
      digits += String(repeating: "0", count: point - digits.count)
    }
    var integerPart = String(digits.prefix(point))
    var fractionPart = String(digits.dropFirst(point))
    while integerPart.count > 1 && integerPart.hasPrefix("0") { integerPart.removeFirst() }
    while fractionPart.hasSuffix("0") { fractionPart.removeLast() }
    return (negative ? "-" : "") + integerPart + "." + (fractionPart.isEmpty ? "0" : fractionPart)
  }

  static func quoted(_ text: String) throws(ImportError) -> String {
    if text.hasSuffix("\\") {
      throw ImportError(
        .badHeader, InputLocation(file: "export"),
        "\"\(text)\" ends with a backslash, which a DOT string cannot hold; export as GraphML or JSON instead"
      )
    }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }
}
