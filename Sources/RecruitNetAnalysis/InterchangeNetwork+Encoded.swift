import RecruitNetIO

extension InterchangeNetwork {
  /// The network written in `format`: the file's text, and for CSV the node table that goes
  /// beside the edges (`EdgeTableWriter.nodeTablePath(forEdges:)`).
  ///
  /// - Throws: the writer's error when the format cannot hold the network.
  public func encoded(as format: InterchangeFormat) throws -> (text: String, nodeTable: String?) {
    switch format {
    case .graphml: return (try GraphMLWriter.write(self), nil)
    case .gexf: return (try GEXFWriter.write(self), nil)
    case .gml: return (try GMLWriter.write(self), nil)
    case .pajek: return (try PajekWriter.write(self), nil)
    case .dot: return (try DOTWriter.write(self), nil)
    case .json: return (NodeLinkJSONWriter.write(self), nil)
    case .csv:
      let tables = EdgeTableWriter.write(self)
      return (tables.edges, tables.nodes)
    }
  }
}
