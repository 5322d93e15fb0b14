extension CommunityAlgorithm {
  /// The paper and the peer function each algorithm's results are checked against
  /// (`recruitnet communities --list`).
  public var reference: String {
    switch self {
    case .leiden:
      "Traag, Waltman & van Eck 2019 (doi:10.1038/s41598-019-41695-z); leidenalg's find_partition"
    case .louvain:
      "Blondel et al. 2008 (doi:10.1088/1742-5468/2008/10/P10008); igraph's community_multilevel"
    case .labelprop:
      "Raghavan, Albert & Kumara 2007 (doi:10.1103/PhysRevE.76.036106); igraph's community_label_propagation"
    case .infomap:
      "Rosvall & Bergstrom 2008 (doi:10.1073/pnas.0706851105); Infomap's two-level mode, igraph's community_infomap"
    case .wcc: "weakly connected components; networkx's weakly_connected_components"
    case .scc:
      "strongly connected components (Tarjan 1972); networkx's strongly_connected_components"
    }
  }
}
