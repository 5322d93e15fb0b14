import Foundation

/// Reads networkx's node-link JSON (`nx.node_link_data`, `json_graph.node_link_graph`):
/// `{"directed", "multigraph", "graph", "nodes": [{"id": …, …}], "edges" | "links": [{"source",
/// "target", "key"?, …}]}`. networkx 3.6 writes `"edges"`; older versions and d3 write `"links"`;
/// both are read.
///
/// Node ids keep their JSON spelling: a string stays the exact string, and a number becomes its
/// decimal text (`7` → `7`, so it never merges with the string `"007"`), exactly, even beyond 64
/// bits, where a double would round two ids into one. Attribute values keep their type: integers, reals, text;
/// booleans become 1/0; arrays, objects and null are not kept. Errors name the element
/// (`nodes[3]`); syntax errors give JSONSerialization's position.
public enum NodeLinkJSONReader {
  public static func read(bytes: [UInt8], file: String) throws(ImportError) -> InterchangeNetwork {
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: Data(bytes), options: [])
    } catch {
      let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
      throw ImportError(
        .badQuoting, InputLocation(file: file),
        "not valid JSON (\(detail)); expected a node-link object")
    }
    func at(_ element: String) -> InputLocation { InputLocation(file: file + " " + element) }
    guard let root = object as? [String: Any] else {
      throw ImportError(
        .badHeader, InputLocation(file: file),
        "the JSON is not an object; expected {\"directed\": …, \"nodes\": […], \"edges\": […]}")
    }
    guard let nodes = root["nodes"] as? [Any] else {
      throw ImportError(
        .badHeader, InputLocation(file: file),
        "no \"nodes\" array; expected networkx's node-link layout")
    }
    let edgeKey = root["edges"] != nil ? "edges" : "links"
    guard let edges = (root[edgeKey] ?? []) as? [Any] else {
      throw ImportError(.badHeader, at(edgeKey), "\"\(edgeKey)\" is not an array")
    }
    let directed =
      (root["directed"] as? Bool) ?? (root["directed"] as? NSNumber)?.boolValue ?? false
    var assembler = NetworkAssembler(file: file, isDirected: directed)
    // Locations are built only for an error (autoclosures): a string per value would cost more
    // than the parse.
    func at(_ list: String, _ index: Int, _ field: String? = nil) -> InputLocation {
      at("\(list)[\(index)]" + (field.map { "." + $0 } ?? ""))
    }
    for (index, item) in nodes.enumerated() {
      guard let node = item as? [String: Any] else {
        throw ImportError(.badHeader, at("nodes", index), "not an object; expected {\"id\": …}")
      }
      guard let rawID = node["id"] else {
        throw ImportError(
          .emptyName, at("nodes", index), "no \"id\"; expected {\"id\": \"name\", …}")
      }
      let id = try name(rawID, location: at("nodes", index, "id"))
      guard !assembler.hasNode(key: id) else {
        throw ImportError(
          .badHeader, at("nodes", index, "id"),
          "id \"\(id)\" is used twice; expected unique node ids")
      }
      let nodeIndex = assembler.node(key: id)
      for key in node.keys.sorted() where key != "id" {
        if let value = try attribute(node[key], location: at("nodes", index, key)) {
          try assembler.setNodeAttribute(
            nodeIndex, key: key, value: value, at: at("nodes", index, key))
        }
      }
    }
    var attributes: [(key: String, value: AttributeValue)] = []
    for (index, item) in edges.enumerated() {
      guard let edge = item as? [String: Any] else {
        throw ImportError(
          .badHeader, at(edgeKey, index), "not an object; expected {\"source\": …, \"target\": …}")
      }
      guard let rawSource = edge["source"], let rawTarget = edge["target"] else {
        throw ImportError(
          .badHeader, at(edgeKey, index),
          "no \"source\" and \"target\"; expected {\"source\": …, \"target\": …}")
      }
      let source = try name(rawSource, location: at(edgeKey, index, "source"))
      let target = try name(rawTarget, location: at(edgeKey, index, "target"))
      if !assembler.hasNode(key: source) {
        throw ImportError(
          .badHeader, at(edgeKey, index, "source"),
          "\"\(source)\" is not the id of any node in \"nodes\"")
      }
      if !assembler.hasNode(key: target) {
        throw ImportError(
          .badHeader, at(edgeKey, index, "target"),
          "\"\(target)\" is not the id of any node in \"nodes\"")
      }
      attributes.removeAll(keepingCapacity: true)
      for (key, raw) in edge where key != "source" && key != "target" && key != "key" {
        if let value = try attribute(raw, location: at(edgeKey, index, key)) {
          attributes.append((key, value))
        }
      }
      try assembler.addEdge(
        source: assembler.node(key: source), target: assembler.node(key: target),
        attributes: attributes, at: at(edgeKey, index))
    }
    return assembler.finish()
  }

  /// A node id as text: strings exactly, numbers in their exact decimal form.
  static func name(_ value: Any, location: @autoclosure () -> InputLocation) throws(ImportError)
    -> String
  {
    if let text = value as? String {
      guard !text.isEmpty else {
        throw ImportError(.emptyName, location(), "an empty id; expected a name")
      }
      return text
    }
    if let number = value as? NSNumber, !isBoolean(number) {
      // JSONSerialization keeps integers beyond 64 bits as exact decimals: keep their digits.
      if let decimal = number as? NSDecimalNumber { return decimal.stringValue }
      if let integer = exactInteger(number) { return String(integer) }
      if UInt8(bitPattern: number.objCType.pointee) == UInt8(ascii: "Q") {
        return number.stringValue
      }
      let double = number.doubleValue
      guard double.isFinite else {
        throw ImportError(.badHeader, location(), "id \(double) is not a usable name")
      }
      return double.description
    }
    throw ImportError(
      .badHeader, location(), "an id that is neither a string nor a number; expected \"name\"")
  }

  /// An attribute value, typed; nil for values the workspace cannot keep (null, arrays, objects).
  static func attribute(_ value: Any?, location: @autoclosure () -> InputLocation)
    throws(ImportError)
    -> AttributeValue?
  {
    switch value {
    case let text as String: return .text(text)
    case let number as NSNumber:
      if isBoolean(number) { return .integer(number.boolValue ? 1 : 0) }
      if let integer = exactInteger(number) { return .integer(integer) }
      // Integers beyond 64 bits: kept exactly, as text.
      if number is NSDecimalNumber
        || UInt8(bitPattern: number.objCType.pointee) == UInt8(ascii: "Q")
      {
        return .text(number.stringValue)
      }
      return .real(number.doubleValue)
    default: return nil
    }
  }

  /// Whether JSONSerialization read `true` or `false` (it boxes them in its boolean NSNumber
  /// subclass, on Linux and on Darwin).
  static func isBoolean(_ number: NSNumber) -> Bool {
    // Plain numbers are NSNumber itself (checked first: describing a type builds a string).
    type(of: number) != NSNumber.self && String(describing: type(of: number)).contains("Boolean")
  }

  /// The number as an Int64 when JSONSerialization parsed it as an integer (its Objective-C
  /// type code is an integer one; `Q` only up to Int64.max).
  static func exactInteger(_ number: NSNumber) -> Int64? {
    switch UInt8(bitPattern: number.objCType.pointee) {
    case UInt8(ascii: "c"), UInt8(ascii: "s"), UInt8(ascii: "i"), UInt8(ascii: "l"),
      UInt8(ascii: "q"),
      UInt8(ascii: "C"), UInt8(ascii: "S"), UInt8(ascii: "I"):
      return number.int64Value
    case UInt8(ascii: "L"), UInt8(ascii: "Q"):
      return number.uint64Value <= UInt64(Int64.max) ? number.int64Value : nil
    default:
      return nil
    }
  }

}
