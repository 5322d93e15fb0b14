import Foundation
import RecruitNetAnalysis
import RecruitNetBrokerage
import RecruitNetTestSupport
import Testing

@Suite struct BrokerageRequestTests {
  @Test func groupingArguments() throws {
    let files = try TestFiles()
    let file = try files.write("groups.csv", "name,group\na,X\n")
    #expect(NodeGrouping(argument: "saved:cells") == .saved("cells"))
    #expect(NodeGrouping(argument: "attr:group") == .attribute("group"))
    #expect(NodeGrouping(argument: "infomap") == .algorithm(.infomap))
    #expect(NodeGrouping(argument: file) == .file(file))
    #expect(NodeGrouping(argument: "cells") == .saved("cells"))
    #expect(NodeGrouping(argument: "missing.csv") == .file("missing.csv"))
  }

  /// a → v → b with a and v in X and b missing from the file: b joins "(no group)", and v is
  /// a representative (A → A → B).
  @Test func accountsWithoutAGroupShareOne() async throws {
    let files = try TestFiles()
    let edges = try files.write("edges.csv", "source,target\na,v\nv,b\n")
    let groups = try files.write("groups.csv", "name,group\na,X\nv,X\n")
    var request = BrokerageRequest()
    request.grouping = .file(groups)
    let answer = try await NetworkInput(path: edges).brokerage(request)
    #expect(answer.groups.ungrouped == 1)
    #expect(answer.groups.names.contains(NodeGroups.noGroupName))
    let v = Int(try #require(answer.names.id(for: "v")))
    #expect(answer.scores.count(v, .representative) == 1)
    #expect(answer.scores.count(v, nil) == 1)
  }

  @Test func spannersBetweenUnknownGroupsAreErrors() async throws {
    let files = try TestFiles()
    let edges = try files.write("edges.csv", "source,target\na,v\nv,b\n")
    let groups = try files.write("groups.csv", "name,group\na,X\nv,Y\nb,Z\n")
    var request = BoundarySpannerRequest()
    request.grouping = .file(groups)
    request.groupA = "X"
    request.groupB = "W"
    await #expect(throws: AnalysisError.self) {
      try await NetworkInput(path: edges).boundarySpanners(request)
    }
    request.groupB = "Z"
    let answer = try await NetworkInput(path: edges).boundarySpanners(request)
    #expect(answer.result.spanners.map { answer.names.name(of: $0.node) } == ["v"])
    #expect(answer.result.distance == 2)
  }
}
