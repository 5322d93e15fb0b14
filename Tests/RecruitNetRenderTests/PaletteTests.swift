import Testing

@testable import RecruitNetRender

@Suite struct PaletteTests {
  @Test func firstSevenAreOkabeItoAndThe84FirstCommunitiesAllDiffer() {
    #expect((0..<7).map { Palette.style(community: $0).fill } == Palette.okabeIto)
    let styles = (0..<84).map { Palette.style(community: $0) }
    let keys = Set(styles.map { $0.fill + $0.shape })
    #expect(keys.count == 84)
    #expect(Palette.style(community: 7).fill != Palette.style(community: 0).fill)
    #expect(Palette.style(community: 14).shape == "square")
  }

  @Test func mixingWithWhite() {
    #expect(Palette.mix("#000000", white: 1) == "#FFFFFF")
    #expect(Palette.mix("#E69F00", white: 0) == "#E69F00")
    #expect(Palette.mix("#000000", white: 0.5) == "#808080")
  }
}
