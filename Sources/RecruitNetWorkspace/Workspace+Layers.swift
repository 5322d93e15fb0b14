import Foundation
import GRDB
import RecruitNetGraph

/// One edge of a saved layer, by node id. The optional fields are those of a coordination edge:
/// the matched message pairs behind it, their mean and least `|Δt|` in seconds, and its p-value
/// and false-discovery-rate q-value when a significance test ran.
public struct LayerEdge: Sendable, Equatable {
  public var source: NodeID
  public var target: NodeID
  public var weight: Double
  public var pairs: Int?
  public var meanDelta: Double?
  public var minDelta: Int64?
  public var pValue: Double?
  public var qValue: Double?

  public init(
    source: NodeID, target: NodeID, weight: Double, pairs: Int? = nil, meanDelta: Double? = nil,
    minDelta: Int64? = nil, pValue: Double? = nil, qValue: Double? = nil
  ) {
    self.source = source
    self.target = target
    self.weight = weight
    self.pairs = pairs
    self.meanDelta = meanDelta
    self.minDelta = minDelta
    self.pValue = pValue
    self.qValue = qValue
  }
}

/// A derived network saved in a workspace under a name (`coordination --save NAME`): edges over
/// the workspace's own nodes, kept apart from the imported edges so that no analysis of the
/// imported network ever mixes them in, and analysed by name (`--edge-type NAME`).
///
/// Several layers coexist (two windows of the same trace never overwrite each other); each
/// records the parameters that produced it and the graph revision it was computed on, and
/// survives later imports (node ids are stable).
public struct SavedLayer: Sendable, Equatable {
  public var name: String
  /// What produced it (`coordination`).
  public var kind: String
  /// JSON of the parameters that produced it (trace, window, minimum weight, time slice, …).
  public var parameters: String
  /// The graph revision it was computed on.
  public var revision: Int
  public var isDirected: Bool
  public var createdAt: String
  public var edges: [LayerEdge]

  public init(
    name: String, kind: String, parameters: String, revision: Int, isDirected: Bool,
    createdAt: String = ISO8601DateFormatter().string(from: Date()), edges: [LayerEdge]
  ) {
    self.name = name
    self.kind = kind
    self.parameters = parameters
    self.revision = revision
    self.isDirected = isDirected
    self.createdAt = createdAt
    self.edges = edges
  }

  /// The number of distinct accounts the edges touch.
  public var nodeCount: Int {
    Set(edges.lazy.flatMap { [$0.source, $0.target] }).count
  }
}

extension Workspace {
  /// Saves a layer in one transaction.
  ///
  /// - Parameter replacing: whether a layer of the same name may be replaced; without it, an
  ///   existing name is an error (``WorkspaceError/Code/nameTaken``), so that a second window
  ///   never overwrites the first by accident.
  /// - Throws: ``WorkspaceError/Code/nameTaken`` also when the name is an edge type of the
  ///   imported network (the two would be ambiguous where a network is chosen by type).
  public func saveLayer(_ layer: SavedLayer, replacing: Bool = false) throws(WorkspaceError) {
    let lock = try WorkspaceLock(workspacePath: path)
    defer { withExtendedLifetime(lock) {} }
    let types = try read { db in
      try String.fetchAll(db, sql: "SELECT name FROM edge_types")
    }
    guard !types.contains(layer.name) else {
      throw WorkspaceError(
        .nameTaken, path,
        "'\(layer.name)' is an edge type of the imported network; choose another layer name")
    }
    guard layer.name.contains(where: { !$0.isWhitespace }) else {
      throw WorkspaceError(.nameTaken, path, "a layer needs a name that is not empty")
    }
    let exists = try layerNames().contains(layer.name)
    if exists && !replacing {
      throw WorkspaceError(
        .nameTaken, path,
        "a layer named '\(layer.name)' exists (parameters: \(try layerSummaries().first { $0.name == layer.name }?.parameters ?? "?")); choose another name, or replace it"
      )
    }
    do {
      let queue = try DatabaseQueue(path: path)
      try queue.write { db in
        for statement in WorkspaceSchema.analysisTables { try db.execute(sql: statement) }
        try db.execute(sql: "DELETE FROM layer_edges WHERE layer = ?", arguments: [layer.name])
        try db.execute(
          sql: """
            INSERT OR REPLACE INTO layers(name, kind, parameters, revision, directed, node_count,
              edge_count, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """,
          arguments: [
            layer.name, layer.kind, layer.parameters, layer.revision, layer.isDirected,
            layer.nodeCount, layer.edges.count, layer.createdAt,
          ])
        let insert = try db.makeStatement(
          sql: """
            INSERT OR REPLACE INTO layer_edges(layer, source, target, weight, pairs, mean_delta,
              min_delta, p_value, q_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for edge in layer.edges {
          try insert.execute(arguments: [
            layer.name, Int64(edge.source), Int64(edge.target), edge.weight, edge.pairs,
            edge.meanDelta, edge.minDelta, edge.pValue, edge.qValue,
          ])
        }
        // Results cached for a layer of this name describe the old edges.
        try db.execute(sql: "DELETE FROM results")
        try db.execute(sql: "DELETE FROM summaries")
      }
    } catch {
      throw WorkspaceError(.failed, path, "cannot save layer '\(layer.name)'", underlying: error)
    }
  }

  /// The names of the saved layers, sorted.
  public func layerNames() throws(WorkspaceError) -> [String] {
    try read { db in
      guard try db.tableExists("layers") else { return [] }
      return try String.fetchAll(db, sql: "SELECT name FROM layers ORDER BY name")
    }
  }

  /// The saved layer `name` with its edges (sorted by source, target); nil if there is none.
  public func savedLayer(named name: String) throws(WorkspaceError) -> SavedLayer? {
    try read { db in
      guard try db.tableExists("layers"),
        let row = try Row.fetchOne(
          db,
          sql: "SELECT kind, parameters, revision, directed, created_at FROM layers WHERE name = ?",
          arguments: [name])
      else { return nil }
      var edges: [LayerEdge] = []
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT source, target, weight, pairs, mean_delta, min_delta, p_value, q_value
          FROM layer_edges WHERE layer = ? ORDER BY source, target
          """,
        arguments: [name])
      while let edge = try rows.next() {
        edges.append(
          LayerEdge(
            source: NodeID(truncatingIfNeeded: edge[0] as Int64),
            target: NodeID(truncatingIfNeeded: edge[1] as Int64), weight: edge[2],
            pairs: edge[3], meanDelta: edge[4], minDelta: edge[5], pValue: edge[6],
            qValue: edge[7]))
      }
      return SavedLayer(
        name: name, kind: row[0], parameters: row[1], revision: row[2], isDirected: row[3],
        createdAt: row[4], edges: edges)
    }
  }

  /// The layer `name` as a graph (one edge type, named after the layer) over the accounts its
  /// edges join, as networkx reads the layer's edge list (renumbered; names and kinds are the
  /// workspace's: map ids by name); nil if there is no layer of that name.
  ///
  /// - Throws: ``WorkspaceError/Code/damaged`` if an edge names a node the workspace lacks.
  public func layerGraph(named name: String) throws(WorkspaceError) -> Graph? {
    guard let layer = try savedLayer(named: name) else { return nil }
    let base = try loadGraph()
    do {
      let full = try base.replacingEdges(
        directed: layer.isDirected, typeName: name,
        edges: layer.edges.lazy.map { ($0.source, $0.target, $0.weight) })
      var joined = [Bool](repeating: false, count: full.nodeCount)
      for edge in layer.edges where Int(max(edge.source, edge.target)) < full.nodeCount {
        joined[Int(edge.source)] = true
        joined[Int(edge.target)] = true
      }
      return full.induced(on: full.nodes.lazy.filter { joined[Int($0)] }).graph
    } catch {
      throw WorkspaceError(.damaged, path, "saved layer '\(name)' is damaged", underlying: error)
    }
  }

  /// Deletes the layer `name`; false if there was none.
  @discardableResult
  public func deleteLayer(named name: String) throws(WorkspaceError) -> Bool {
    let lock = try WorkspaceLock(workspacePath: path)
    defer { withExtendedLifetime(lock) {} }
    do {
      let queue = try DatabaseQueue(path: path)
      return try queue.write { db in
        guard try db.tableExists("layers") else { return false }
        try db.execute(sql: "DELETE FROM layers WHERE name = ?", arguments: [name])
        let deleted = db.changesCount > 0
        try db.execute(sql: "DELETE FROM layer_edges WHERE layer = ?", arguments: [name])
        try db.execute(sql: "DELETE FROM results")
        try db.execute(sql: "DELETE FROM summaries")
        return deleted
      }
    } catch {
      throw WorkspaceError(.failed, path, "cannot delete layer '\(name)'", underlying: error)
    }
  }

  /// One line of the list of saved layers: everything but the edges.
  public struct LayerSummary: Sendable, Equatable {
    public var name: String
    public var kind: String
    public var parameters: String
    public var revision: Int
    public var isDirected: Bool
    public var nodeCount: Int
    public var edgeCount: Int
    public var createdAt: String
  }

  /// The saved layers, by name.
  public func layerSummaries() throws(WorkspaceError) -> [LayerSummary] {
    try read { db in
      guard try db.tableExists("layers") else { return [] }
      return try Row.fetchAll(
        db,
        sql: """
          SELECT name, kind, parameters, revision, directed, node_count, edge_count, created_at
          FROM layers ORDER BY name
          """
      ).map {
        LayerSummary(
          name: $0[0], kind: $0[1], parameters: $0[2], revision: $0[3], isDirected: $0[4],
          nodeCount: $0[5], edgeCount: $0[6], createdAt: $0[7])
      }
    }
  }
}
