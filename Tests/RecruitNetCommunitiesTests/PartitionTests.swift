import RecruitNetCommunities
import RecruitNetGraph
import Testing

@Suite struct PartitionTests {
  @Test func numbersCommunitiesByDecreasingSize() {
    let partition = Partition(labels: [7, 7, 3, 9, 9, 9, Partition.unassigned], algorithm: "test")
    #expect(partition.communities == [1, 1, 2, 0, 0, 0, Partition.unassigned])
    #expect(partition.communityCount == 3)
    #expect(partition.sizes == [3, 2, 1])
    #expect(partition.members[1] == [0, 1])
  }
}
