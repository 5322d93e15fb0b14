@_exported import RecruitNetAnalysis
// The umbrella module: `import RecruitNet` brings in the graph core, the readers, the workspace,
// the centrality, community, coordination, key-player, brokerage, dismantling, seed-expansion,
// tracking and survival algorithms and the renderer.
@_exported import RecruitNetBrokerage
@_exported import RecruitNetCentrality
@_exported import RecruitNetCommunities
@_exported import RecruitNetCoordination
@_exported import RecruitNetDismantling
@_exported import RecruitNetExpansion
@_exported import RecruitNetGraph
@_exported import RecruitNetIO
@_exported import RecruitNetKeyPlayers
@_exported import RecruitNetRender
@_exported import RecruitNetSurvival
@_exported import RecruitNetTracking
@_exported import RecruitNetTraversal
@_exported import RecruitNetWorkspace
