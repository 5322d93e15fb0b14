/// One column of node data as the XML writers (GEXF, GraphML) declare it before the nodes: the
/// node kind, the labels, or a node attribute, with the id the format's values refer to it by.
///
/// Both formats declare the same columns in the same order and look each node's value up the
/// same way; only the ids and the markup around them differ.
struct NodeColumn {
  /// Where a node's value for the column comes from.
  enum Source { case kind, labels, attribute }

  /// The id the format's values refer to (GEXF `for`, GraphML `key`).
  var id: String
  /// The column's name (GEXF `title`, GraphML `attr.name`).
  var key: String
  var type: AttributeColumnType
  var source: Source

  /// The columns of `network`: `kind` and `labels` where any node uses them, then every node
  /// attribute (see ``InterchangeNetwork/nodeAttributeColumns``), its id `attributePrefix`
  /// followed by its index.
  static func columns(
    of network: InterchangeNetwork, kindID: String, labelsID: String, attributePrefix: String
  ) -> [NodeColumn] {
    var columns: [NodeColumn] = []
    if network.hasKinds {
      columns.append(NodeColumn(id: kindID, key: "kind", type: .text, source: .kind))
    }
    if network.hasLabels {
      columns.append(NodeColumn(id: labelsID, key: "labels", type: .text, source: .labels))
    }
    for (index, column) in network.nodeAttributeColumns.enumerated() {
      columns.append(
        NodeColumn(
          id: attributePrefix + String(index), key: column.key, type: column.type,
          source: .attribute))
    }
    return columns
  }

  /// The value of `node` in this column as text, or nil where it has none (labels are joined
  /// with `;`).
  func text(of node: InterchangeNetwork.Node) -> String? {
    switch source {
    case .kind: return node.kind
    case .labels: return node.labels.isEmpty ? nil : node.labels.joined(separator: ";")
    case .attribute: return node.attribute(key)?.text
    }
  }
}

extension AttributeColumnType {
  /// The type's name in GEXF and GraphML declarations (the XML Schema names both use).
  var xmlTypeName: String {
    switch self {
    case .integer: return "long"
    case .real: return "double"
    case .text: return "string"
    }
  }
}
