import GazetteModel
import Testing

@testable import GazetteTerminal
@testable import GazetteUI

@Suite struct ScreenSnapshotTests {
  private static let sizes = [
    GridSize(width: 120, height: 40), GridSize(width: 80, height: 24),
    GridSize(width: 40, height: 12),
  ]

  private func render(_ driver: ReducerDriver) -> CellGrid {
    ScreenView.render(driver.state).grid
  }

  private func expectSound(
    _ grid: CellGrid, _ state: ReaderState, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let layout = state.overlay == nil ? state.layout : nil
    let problems = GridInvariants.violations(in: grid, layout: layout)
    #expect(problems.isEmpty, "\(problems.prefix(5))", sourceLocation: sourceLocation)
  }

  @Test func listAndReaderWithCJKAndHostileTitles() {
    for size in Self.sizes {
      let driver = ReducerDriver(size: size)
      let grid = render(driver)
      expectSound(grid, driver.state)
      ScreenSnapshot.assert(grid, named: "\(size.width)x\(size.height)", styles: true)
    }
  }

  @Test func readerFocusedOnAKoreanArticle() {
    for size in Self.sizes {
      var driver = ReducerDriver(size: size)
      driver.press(.down, .down, .enter)
      let grid = render(driver)
      expectSound(grid, driver.state)
      ScreenSnapshot.assert(grid, named: "\(size.width)x\(size.height)")
    }
  }

  @Test func hostileArticleIsDrawnHarmlessly() {
    var driver = ReducerDriver(size: GridSize(width: 120, height: 40))
    driver.press(.end)
    let grid = render(driver)
    expectSound(grid, driver.state)
    #expect(grid.text.contains("␛]0;pwned␇Alert␛[2J"))
    #expect(grid.text.contains("␛[31mEvil"))
    ScreenSnapshot.assert(grid, named: "120x40", styles: true)
  }

  @Test func searchMatchesAreHighlightedInTheReader() {
    var driver = ReducerDriver(size: GridSize(width: 80, height: 24))
    driver.press(.character("/"))
    driver.type("the")
    driver.press(.enter, .character("n"), .character("n"))
    let grid = render(driver)
    expectSound(grid, driver.state)
    ScreenSnapshot.assert(grid, named: "80x24", styles: true)
  }

  @Test func searchPromptScrollsLongCJKText() {
    var driver = ReducerDriver(size: GridSize(width: 40, height: 12))
    driver.press(.character("/"))
    driver.type("明確目標突出重點壓實責任形成合力明確目標突出重點")
    let grid = render(driver)
    expectSound(grid, driver.state)
    #expect(grid.rowText(11).hasPrefix("/…"))
    ScreenSnapshot.assert(grid, named: "40x12")
  }

  @Test func helpOverlay() {
    for size in [GridSize(width: 80, height: 24), GridSize(width: 60, height: 20)] {
      var driver = ReducerDriver(size: size)
      driver.press(.character("?"))
      let grid = render(driver)
      expectSound(grid, driver.state)
      ScreenSnapshot.assert(grid, named: "\(size.width)x\(size.height)")
    }
  }

  @Test func sourcePickerNarrowedByTyping() {
    var driver = ReducerDriver(size: GridSize(width: 80, height: 24))
    driver.press(.character("s"))
    ScreenSnapshot.assert(render(driver), named: "all")
    driver.type("市")
    let grid = render(driver)
    expectSound(grid, driver.state)
    ScreenSnapshot.assert(grid, named: "narrowed", styles: true)
  }

  @Test func problemsOverlay() {
    var driver = ReducerDriver(size: GridSize(width: 80, height: 24))
    driver.press(.character("!"))
    let grid = render(driver)
    expectSound(grid, driver.state)
    ScreenSnapshot.assert(grid, named: "80x24")
  }

  @Test func emptyListsExplainThemselves() {
    var driver = ReducerDriver(size: GridSize(width: 80, height: 24))
    driver.press(.character("/"))
    driver.type("nothing like this")
    driver.press(.enter)
    ScreenSnapshot.assert(render(driver), named: "no-match")
    let empty = ReducerDriver(
      provider: InMemoryArticleProvider(articles: []), size: GridSize(width: 80, height: 24))
    ScreenSnapshot.assert(render(empty), named: "empty-directory")
  }

  @Test func tooSmallTerminals() {
    for size in [GridSize(width: 19, height: 6), GridSize(width: 10, height: 3)] {
      let driver = ReducerDriver(size: size)
      let grid = render(driver)
      expectSound(grid, driver.state)
      ScreenSnapshot.assert(grid, named: "\(size.width)x\(size.height)")
    }
  }

  @Test func monochromeUsesOnlyAttributes() {
    var driver = ReducerDriver(size: GridSize(width: 80, height: 24), colors: false)
    driver.press(.character("/"))
    driver.type("the")
    driver.press(.enter, .character("n"))
    let grid = render(driver)
    #expect(grid.cells.allSatisfy { $0.style.foreground == nil && $0.style.background == nil })
    ScreenSnapshot.assert(grid, named: "80x24", styles: true)
  }

  @Test func loadingShowsProgressOnTheStatusLine() {
    var provider = SampleArticles.provider
    provider.batchSize = 2
    var driver = ReducerDriver(
      provider: provider, size: GridSize(width: 80, height: 24), start: false)
    driver.loadsAutomatically = false
    driver.send(.started)
    #expect(render(driver).rowText(23).contains("loading…"))
    driver.send(.loaded(driver.batches()[0]))
    let status = render(driver).rowText(23)
    #expect(status.hasPrefix(" 1/2  100%  2 problems (!)  loading 2 / 6"))
  }
}
