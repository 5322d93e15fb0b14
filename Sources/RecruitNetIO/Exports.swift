// The readers and writers are built on the graph core, and their errors carry its
// ``InputLocation``: importing RecruitNetIO brings the core in with it.
@_exported import RecruitNetGraph
