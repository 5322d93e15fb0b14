import RecruitNetGraph

/// What every interchange reader shares: nodes looked up by their key in the file, the reserved
/// attributes (`kind`, `labels`; `weight`, `type`, `count`, `first_time`, `last_time`) turned into
/// the network's fields with their values checked, and located errors.
///
/// Readers feed it in file order and call ``finish()``; names are never converted to numbers.
struct NetworkAssembler {
  let file: String
  private(set) var network: InterchangeNetwork
  private var indexByKey: [String: Int] = [:]

  init(file: String, isDirected: Bool) {
    self.file = file
    network = InterchangeNetwork(isDirected: isDirected)
  }

  var isDirected: Bool {
    get { network.isDirected }
    set { network.isDirected = newValue }
  }

  /// The index of the node with key `key`, added (as an account, without attributes) if new.
  mutating func node(key: String) -> Int {
    if let index = indexByKey[key] { return index }
    network.nodes.append(InterchangeNetwork.Node(name: key))
    indexByKey[key] = network.nodes.count - 1
    return network.nodes.count - 1
  }

  /// Whether a node with this key was seen.
  func hasNode(key: String) -> Bool { indexByKey[key] != nil }

  /// Sets a node attribute; `kind` and `labels` become the node's kind and labels.
  mutating func setNodeAttribute(
    _ node: Int, key: String, value: AttributeValue, at location: @autoclosure () -> InputLocation
  ) throws(ImportError) {
    switch key {
    case "kind":
      let kind = value.text
      guard !kind.isEmpty else {
        throw ImportError(
          .badHeader, location(),
          "empty node kind; expected a kind such as account, hashtag or domain")
      }
      network.nodes[node].kind = kind
    case "labels":
      network.nodes[node].labels = value.text.split(separator: ";").map {
        String($0).trimmingSpaces()
      }.filter { !$0.isEmpty }
    default:
      if let existing = network.nodes[node].attributes.firstIndex(where: { $0.key == key }) {
        network.nodes[node].attributes[existing].value = value
      } else {
        network.nodes[node].attributes.append(NodeAttribute(key, value))
      }
    }
  }

  /// Adds an edge with its attributes; the reserved ones are checked and kept, the others listed
  /// as ignored.
  mutating func addEdge(
    source: Int, target: Int, attributes: [(key: String, value: AttributeValue)],
    at location: @autoclosure () -> InputLocation
  ) throws(ImportError) {
    var edge = InterchangeNetwork.Edge(source: source, target: target)
    for (key, value) in attributes {
      switch key {
      case "weight":
        let weight: Double
        switch value {
        case .integer(let v): weight = Double(v)
        case .real(let v): weight = v
        case .text(let text):
          guard let v = Double(text.trimmingSpaces()) else {
            throw ImportError(
              .badWeight, location(),
              "edge weight \"\(text)\" is not a number; expected a finite non-negative number")
          }
          weight = v
        }
        guard weight.isFinite && weight >= 0 else {
          throw ImportError(
            .badWeight, location(),
            "edge weight \(value.text) is not allowed; expected a finite non-negative number")
        }
        edge.weight = weight
      case "type":
        let type = value.text
        guard !type.isEmpty else {
          throw ImportError(
            .badHeader, location(), "empty edge type; expected a name such as retweet or mention")
        }
        edge.type = type
      case "count":
        guard case .integer(let count) = value, count >= 1, count <= Int64(UInt32.max) else {
          throw ImportError(
            .badWeight, location(),
            "edge count \(value.text) is not allowed; expected a whole number of rows, at least 1")
        }
        edge.count = Int(count)
      case "first_time", "last_time":
        let seconds: Int64
        switch value {
        case .integer(let v): seconds = v
        case .real(let v) where v.isFinite && v == v.rounded() && abs(v) < 9e15: seconds = Int64(v)
        default:
          guard let parsed = TimestampParsing.unixSeconds(value.text.trimmingSpaces()) else {
            throw ImportError(
              .badTime, location(),
              "edge \(key) \"\(value.text)\" is not a time; expected Unix seconds or ISO 8601")
          }
          seconds = parsed
        }
        if key == "first_time" { edge.firstTime = seconds } else { edge.lastTime = seconds }
      default:
        network.ignoredEdgeAttributes.insert(key)
      }
    }
    if edge.firstTime == nil, let last = edge.lastTime { edge.firstTime = last }
    if edge.lastTime == nil, let first = edge.firstTime { edge.lastTime = first }
    network.edges.append(edge)
  }

  /// The network, with the `kind:` prefix taken off the keys of nodes that are not accounts.
  func finish() -> InterchangeNetwork {
    var result = network
    for index in result.nodes.indices
    where result.nodes[index].kind != InterchangeNetwork.accountKind {
      let prefix = result.nodes[index].kind + ":"
      if result.nodes[index].name.hasPrefix(prefix) && result.nodes[index].name.count > prefix.count
      {
        result.nodes[index].name.removeFirst(prefix.count)
      }
    }
    return result
  }
}

extension AttributeValue {
  /// A boolean as the workspace stores it (INTEGER 1 or 0; SQLite has no boolean).
  static func boolean(_ text: String) -> AttributeValue? {
    switch text.trimmingSpaces().lowercased() {
    case "true", "1": return .integer(1)
    case "false", "0": return .integer(0)
    default: return nil
    }
  }
}

extension InterchangeNetwork {
  /// Adds the network's nodes and edges to `builder` and returns the node records (attributes,
  /// labels) for the workspace's tables.
  ///
  /// - Throws: ``ImportError`` (at `file`) if the direction differs from the builder's, or the
  ///   graph's limits (node kinds, edge types) are exceeded.
  public func add(to builder: inout GraphBuilder, file: String) throws(ImportError) -> [NodeRecord]
  {
    guard isDirected == builder.isDirected else {
      throw ImportError(
        .conflictingOptions, InputLocation(file: file),
        "the file holds \(isDirected ? "a directed" : "an undirected") network, the workspace \(builder.isDirected ? "a directed" : "an undirected") one; import it into a workspace of the same direction"
      )
    }
    var ids: [NodeID] = []
    ids.reserveCapacity(nodes.count)
    var records: [NodeRecord] = []
    do throws(GraphError) {
      for node in nodes {
        let kind = try builder.nodeKind(named: node.kind)
        let id = builder.node(named: node.name, kind: kind)
        ids.append(id)
        if !node.attributes.isEmpty || !node.labels.isEmpty {
          records.append(
            NodeRecord(
              node: id, attributes: node.attributes.map { ($0.key, $0.value) }, labels: node.labels)
          )
        }
      }
      builder.reserveRows(edges.count)
      for edge in edges {
        let type = try builder.edgeType(named: edge.type)
        builder.addEdge(
          from: ids[edge.source], to: ids[edge.target], type: type, weight: edge.weight,
          count: edge.count,
          firstTime: edge.firstTime ?? GraphBuilder.noTime,
          lastTime: edge.lastTime ?? GraphBuilder.noTime)
      }
    } catch {
      throw ImportError(.tooLarge, InputLocation(file: file), error.message)
    }
    return records
  }
}
