// swift-tools-version: 6.1
// RecruitNet: network analysis of online recruitment, as a Swift library and the `recruitnet` CLI.
//
// Targets are listed in dependency order; the arrows are the architecture:
//   RecruitNetGraph (CSR core) → RecruitNetIO (bytes in and out) → RecruitNetWorkspace (SQLite)
//   RecruitNetGraph → RecruitNetTraversal → RecruitNetCentrality → RecruitNetDismantling;
//   RecruitNetGraph → RecruitNetCommunities;   RecruitNetGraph → RecruitNetSurvival;
//   RecruitNetGraph → RecruitNetTraversal → RecruitNetBrokerage;
//   RecruitNetGraph → RecruitNetExpansion, RecruitNetTracking, RecruitNetKeyPlayers
//   (algorithms; no files, no printing)
//   CGraphviz → RecruitNetRender;   all of these → RecruitNetAnalysis (the shared workflows)
//   → RecruitNet (umbrella) → RecruitNetCLI (`recruitnet`: options in, one library call, text out).
// Only IO and Workspace touch files, only Render imports Graphviz, only the CLI prints.
import PackageDescription

let package = Package(
  name: "RecruitNet",
  platforms: [.macOS(.v14)],
  products: [
    .library(name: "RecruitNet", targets: ["RecruitNet"]),
    .executable(name: "recruitnet", targets: ["RecruitNetCLI"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    // Mustache templates for the analyst report (`recruitnet report`), kept as resource files.
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    // `swift package generate-documentation` (the DocC catalogs under Sources/*/*.docc).
    .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
  ],
  targets: [
    // The compact graph core: CSR adjacency, name tables, views. No files, no printing.
    // Debug builds (and so the tests) check the storage invariants of every graph they create.
    .target(
      name: "RecruitNetGraph",
      swiftSettings: [.define("RECRUITNET_INVARIANTS", .when(configuration: .debug))]),
    // zlib, for gzip-compressed input (Debian: zlib1g-dev).
    .systemLibrary(
      name: "CZlib", pkgConfig: "zlib",
      providers: [.apt(["zlib1g-dev"])]),
    // Everything that reads or writes bytes: edge lists, node tables, hashing, atomic writes.
    .target(
      name: "RecruitNetIO",
      dependencies: [
        "RecruitNetGraph", "CZlib",
        .product(name: "Crypto", package: "swift-crypto"),
      ]),
    // The SQLite workspace file (through GRDB): schema, imports ledger, packed adjacency.
    .target(
      name: "RecruitNetWorkspace",
      dependencies: [
        "RecruitNetGraph", "RecruitNetIO",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ]
    ),
    // Traversals written once: the shortest-path search with Brandes's accumulation, the heap,
    // k-hop neighbourhoods. Used by the centrality measures and the diagram selections.
    .target(name: "RecruitNetTraversal", dependencies: ["RecruitNetGraph"]),
    // Centrality measures (degree … PageRank … betweenness … Burt's structural holes), networkx's conventions.
    .target(
      name: "RecruitNetCentrality", dependencies: ["RecruitNetGraph", "RecruitNetTraversal"]),
    // Dismantling: adaptive attacks (degree, Collective Influence, CoreHD, PageRank, betweenness),
    // reinsertion, the giant-component curve and robustness R.
    .target(
      name: "RecruitNetDismantling",
      dependencies: ["RecruitNetGraph", "RecruitNetTraversal", "RecruitNetCentrality"]),
    // Community detection (components, Louvain, Leiden, label propagation, Infomap) and quality.
    .target(name: "RecruitNetCommunities", dependencies: ["RecruitNetGraph"]),
    // Key players (Borgatti 2006): fragmentation and reach of node sets, exact and greedy search.
    .target(name: "RecruitNetKeyPlayers", dependencies: ["RecruitNetGraph"]),
    // Growing a suspect set from seeds: candidates with their evidence, E–I index, in-set ties.
    .target(name: "RecruitNetExpansion", dependencies: ["RecruitNetGraph"]),
    // Where they go: returning accounts linked to suspended ones by name and neighbourhood.
    .target(name: "RecruitNetTracking", dependencies: ["RecruitNetGraph"]),
    // Who brokers between groups: Gould–Fernandez roles (sna's conventions), boundary spanners.
    .target(name: "RecruitNetBrokerage", dependencies: ["RecruitNetGraph", "RecruitNetTraversal"]),
    // Who acts in concert: coordination networks from shared behavioural traces.
    .target(name: "RecruitNetCoordination", dependencies: ["RecruitNetGraph"]),
    // Survival and population statistics: Kaplan–Meier, log-rank, suspension shares (Conway et
    // al.), Wilson and capture–recapture estimates. lifelines' conventions; no files, no printing.
    .target(name: "RecruitNetSurvival", dependencies: ["RecruitNetGraph"]),
    // The Graphviz C library (Debian: libgraphviz-dev), bound as a system library.
    .systemLibrary(
      name: "CGraphviz", pkgConfig: "libgvc",
      providers: [.apt(["libgraphviz-dev"])]),
    // Diagrams: the only importer of CGraphviz; one actor serialises every Graphviz call.
    .target(name: "RecruitNetRender", dependencies: ["RecruitNetGraph", "CGraphviz"]),
    // The workflows every front end shares: open a network once, cached measures and partitions,
    // named partitions, comparisons, the community report, diagram requests, seed lists.
    .target(
      name: "RecruitNetAnalysis",
      dependencies: [
        "RecruitNetGraph", "RecruitNetIO", "RecruitNetWorkspace", "RecruitNetTraversal",
        "RecruitNetCentrality",
        "RecruitNetCommunities", "RecruitNetRender", "RecruitNetCoordination",
        "RecruitNetKeyPlayers", "RecruitNetBrokerage",
        "RecruitNetDismantling", "RecruitNetExpansion", "RecruitNetTracking",
        "RecruitNetSurvival",
        .product(name: "Mustache", package: "swift-mustache"),
      ],
      resources: [.copy("Resources")]),
    // Umbrella: re-exports the library modules.
    .target(
      name: "RecruitNet",
      dependencies: [
        "RecruitNetGraph", "RecruitNetIO", "RecruitNetWorkspace", "RecruitNetTraversal",
        "RecruitNetCentrality",
        "RecruitNetCommunities", "RecruitNetRender", "RecruitNetAnalysis", "RecruitNetCoordination",
        "RecruitNetKeyPlayers", "RecruitNetBrokerage",
        "RecruitNetDismantling", "RecruitNetExpansion", "RecruitNetTracking",
        "RecruitNetSurvival",
      ]),
    // The `recruitnet` executable: a thin layer of commands over the library.
    .executableTarget(
      name: "RecruitNetCLI",
      dependencies: [
        "RecruitNet",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),

    // Helpers shared by the test targets (temporary folders, input files).
    .target(name: "RecruitNetTestSupport", path: "Tests/RecruitNetTestSupport"),
    .testTarget(
      name: "RecruitNetGraphTests", dependencies: ["RecruitNetGraph", "RecruitNetTraversal"]),
    .testTarget(
      name: "RecruitNetTraversalTests",
      dependencies: ["RecruitNetTraversal", "RecruitNetTestSupport"]),
    .testTarget(
      name: "RecruitNetIOTests", dependencies: ["RecruitNetIO", "RecruitNetTestSupport"],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "RecruitNetWorkspaceTests",
      dependencies: ["RecruitNetWorkspace", "RecruitNetTestSupport"],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "RecruitNetCentralityTests",
      dependencies: ["RecruitNetCentrality", "RecruitNetTestSupport"],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "RecruitNetDismantlingTests",
      dependencies: ["RecruitNetDismantling", "RecruitNetTestSupport"],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "RecruitNetCommunitiesTests",
      dependencies: ["RecruitNetCommunities", "RecruitNetTestSupport"],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "RecruitNetCoordinationTests",
      dependencies: [
        "RecruitNetCoordination", "RecruitNetAnalysis", "RecruitNetWorkspace", "RecruitNetIO",
        "RecruitNetTestSupport",
      ],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "RecruitNetKeyPlayersTests",
      dependencies: ["RecruitNetKeyPlayers", "RecruitNetTestSupport"],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "RecruitNetExpansionTests",
      dependencies: ["RecruitNetExpansion", "RecruitNetIO", "RecruitNetTestSupport"],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "RecruitNetTrackingTests", dependencies: ["RecruitNetTracking"]),
    .testTarget(
      name: "RecruitNetSurvivalTests",
      dependencies: ["RecruitNetSurvival", "RecruitNetIO", "RecruitNetTestSupport"],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "RecruitNetBrokerageTests",
      dependencies: ["RecruitNetBrokerage", "RecruitNetTestSupport"],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "RecruitNetRenderTests",
      dependencies: [
        "RecruitNetRender", "RecruitNetIO", "RecruitNetTraversal", "RecruitNetTestSupport",
      ]),
    .testTarget(
      name: "RecruitNetAnalysisTests",
      dependencies: [
        "RecruitNetAnalysis", "RecruitNetIO", "RecruitNetSurvival", "RecruitNetBrokerage",
        "RecruitNetTestSupport",
      ]),
    .testTarget(
      name: "RecruitNetCLITests", dependencies: ["RecruitNetCLI", "RecruitNetWorkspace"],
      resources: [.copy("Fixtures")]),
  ]
)
