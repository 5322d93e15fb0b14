/// A node's dense index in a ``Graph``: `0 ..< graph.nodeCount`.
///
/// Ids are 32-bit so that adjacency arrays take four bytes per entry; a graph holds at most
/// `UInt32.max - 1` nodes (`UInt32.max` marks "no node" in internal tables).
public typealias NodeID = UInt32

/// A directed edge's index in a ``Graph``'s out-adjacency (its position in the CSR arrays).
///
/// In an undirected graph every edge `{u, v}` with `u != v` is stored as two arcs, `u → v` and
/// `v → u`, each with its own index; a self-loop is stored once.
public typealias EdgeIndex = Int
