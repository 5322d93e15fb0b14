// The umbrella module: `import RecruitNet` brings in the graph core, the readers, the workspace
// and the renderer.
@_exported import RecruitNetGraph
@_exported import RecruitNetIO
@_exported import RecruitNetRender
@_exported import RecruitNetWorkspace
