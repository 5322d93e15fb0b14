import RecruitNetCentrality
import RecruitNetCommunities

/// The Method section's one-line definitions: what each number in the report is, which
/// convention it follows, and where it comes from.
enum ReportMethod {
  struct Definition {
    var name: String
    var definition: String
    var reference: String
  }

  static func definitions(_ report: AnalystReport) -> [Definition] {
    let directed = report.summary.isDirected
    var list: [Definition] = [
      Definition(
        name: "Accounts, edges",
        definition:
          "Nodes of kind account; distinct (source, target, type) edges after merging repeated rows (weights summed).",
        reference: "GraphSummary, networkx's conventions"),
      Definition(
        name: "Density",
        definition: directed
          ? "m / (n(n − 1)) on the simple graph, edge types merged."
          : "2m / (n(n − 1)) on the simple graph, edge types merged.",
        reference: "networkx density"),
      Definition(
        name: "Reciprocity",
        definition: "Share of directed edges whose reverse edge also exists (types merged).",
        reference: "networkx overall_reciprocity"),
      Definition(
        name: "Components",
        definition:
          "Weakly connected components (edges followed both ways); largest by accounts.",
        reference: "networkx number_weakly_connected_components"),
      Definition(
        name: "PageRank",
        definition:
          "Stationary probability of a random walk that follows edges in proportion to weight and jumps anywhere with probability 0.15; sums to 1.",
        reference: "Brin & Page 1998; " + CentralityMeasure.pagerank.reference),
      Definition(
        name: "In-degree, in-strength",
        definition:
          "Distinct accounts with an edge to the account; the summed weight of those edges.",
        reference: CentralityMeasure.inDegree.reference + "; "
          + CentralityMeasure.inStrength.reference),
    ]
    if report.betweennessMeasure == .betweennessApprox {
      list.append(
        Definition(
          name: "Betweenness (sampled)",
          definition:
            "Share of shortest paths between other pairs that pass through the account, estimated from sampled paths (hops, unweighted), normalized as networkx does.",
          reference: "Riondato & Kornaropoulos 2016 (doi:10.1007/s10618-015-0423-0); "
            + CentralityMeasure.betweennessApprox.reference))
    } else {
      list.append(
        Definition(
          name: "Betweenness",
          definition: directed
            ? "Share of shortest paths between other pairs that pass through the account (hops, unweighted), divided by (n − 1)(n − 2)."
            : "Share of shortest paths between other pairs that pass through the account (hops, unweighted), divided by (n − 1)(n − 2)/2.",
          reference: "Brandes 2001 (doi:10.1080/0022250X.2001.9990249); "
            + CentralityMeasure.betweenness.reference))
    }
    if report.hasStructuralHoles {
      list.append(
        Definition(
          name: "Constraint, effective size",
          definition:
            "Burt's structural holes: how much an account's contacts are tied to each other (low constraint = brokerage opportunity); contacts less their redundancy.",
          reference: "Burt 1992, Structural Holes; " + CentralityMeasure.constraint.reference
            + "; " + CentralityMeasure.effectiveSize.reference))
    }
    let algorithm = CommunityAlgorithm(rawValue: report.communityAlgorithm)
    list += [
      Definition(
        name: "Communities (\(report.communityAlgorithm))",
        definition:
          "Partition of the accounts on the edge types merged, weighted; numbered C0, C1, … as in the diagram.",
        reference: algorithm?.reference ?? report.communityAlgorithm),
      Definition(
        name: "Modularity",
        definition:
          "Fraction of weight inside communities minus its expectation under the configuration model (undirected form).",
        reference: "Newman & Girvan 2004 (doi:10.1103/PhysRevE.69.026113); networkx modularity"),
      Definition(
        name: "Community density, conductance",
        definition:
          "Density of the induced subgraph; cut weight / min(volume inside, volume outside).",
        reference:
          "Kannan, Vempala & Vetta 2004 (doi:10.1145/990308.990313); networkx density, conductance"
      ),
      Definition(
        name: "Degree CCDF",
        definition:
          "Share of accounts with degree at least k, for each k ≥ 1, on log–log axes (types merged, distinct neighbours).",
        reference: "Clauset, Shalizi & Newman 2009 (doi:10.1137/070710111)"),
    ]
    return list
  }
}
