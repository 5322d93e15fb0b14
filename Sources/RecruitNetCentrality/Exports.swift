// Centrality measures take a `PathLength` and run the shared traversals: their users see them.
@_exported import RecruitNetTraversal
