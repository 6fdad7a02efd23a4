import GazetteModel
import Testing

@testable import GazetteTerminal
@testable import GazetteUI

/// The rough edges a new user hits first (issue 11): each one as the reader now behaves.
@Suite struct RoughEdgeTests {
  private func selectedID(_ driver: ReducerDriver) -> String? {
    driver.state.list.selectedArticle.map { driver.state.store[$0].id }
  }

  @Test func anEmptyViewSaysWhichFiltersAndWhichKeysInBothPanes() {
    var driver = ReducerDriver(
      size: GridSize(width: 80, height: 24), query: ArticleQuery(sources: ["盤錦日報"]))
    driver.releaseFilters()
    driver.press(.character("/"))
    driver.type("quorum")
    driver.press(.enter)
    #expect(driver.state.rowCount == 0)
    #expect(
      driver.state.noMatchLines == [
        "No articles from “盤錦日報” match “quorum”",
        "s: choose other sources · /: change the search (Esc clears it)",
      ])
    let grid = ScreenView.render(driver.state).grid
    let layout = driver.state.layout
    let listText = (layout.list.y..<layout.list.maxY).map { grid.rowText($0) }.joined()
    let readerText = (layout.reader.y..<layout.reader.maxY).map { grid.rowText($0) }.joined()
    #expect(listText.contains("No articles from “盤錦日報”"))
    #expect(readerText.contains("No articles from “盤錦日報”"))
    #expect(readerText.contains("s: choose other sources"))
  }

  @Test func cancellingOrClearingASearchKeepsTheArticle() {
    var driver = ReducerDriver()
    driver.press(.down, .down, .down)
    #expect(selectedID(driver) == "city-1")
    driver.press(.character("/"))
    driver.type("quorum")
    #expect(driver.state.rowCount == 0)
    driver.press(.enter, .character("/"), .escape)
    #expect(selectedID(driver) == "city-1", "Esc brings back the article the search began on")
    #expect(driver.state.list.selectedRow == 3)
    driver.press(.character("/"))
    driver.type("1")
    driver.press(.control("u"))
    #expect(selectedID(driver) == "city-1", "emptying the search brings it back too")
  }

  @Test func theIdIsShownOnAKey() {
    var driver = ReducerDriver()
    driver.press(.down, .character("I"))
    #expect(driver.state.message == "id: tokyo-1  (gazette show tokyo-1)")
  }

  @Test func bangWithoutProblemsIsAMessageNotABox() {
    var provider = SampleArticles.provider
    provider.problems = []
    var driver = ReducerDriver(provider: provider)
    driver.press(.character("!"))
    #expect(driver.state.overlay == nil)
    #expect(driver.state.message == "No load problems")
  }

  @Test(arguments: [(60, 20), (40, 12)])
  func theHelpAndThePickerWrapInsteadOfCutting(width: Int, height: Int) {
    var driver = ReducerDriver(
      provider: InMemoryArticleProvider(
        articles: [
          SampleArticles.article(
            "long", "Title", source: "Metropolitan Transit Authority Customer Notices Office",
            day: 1)
        ], bodies: [:]),
      size: GridSize(width: width, height: height))
    driver.press(.character("?"))
    let help = ScreenView.render(driver.state).grid
    let box = OverlayGeometry.help(in: driver.state.size, lines: driver.state.helpLines)
    for y in box.y..<box.maxY {
      let row = (box.x..<box.maxX).map { help[$0, y].text }.joined()
      #expect(!row.contains("…"), "help row \(y) is cut: \(row)")
    }
    #expect(help.text.contains("reader by a line") || height < 20)
    driver.press(.character("x"), .character("s"), .down)
    let picker = ScreenView.render(driver.state).grid
    let pickerBox = OverlayGeometry.sourcePicker(in: driver.state.size, rows: 2)
    for y in pickerBox.y..<pickerBox.maxY {
      let row = (pickerBox.x..<pickerBox.maxX).map { picker[$0, y].text }.joined()
      #expect(!row.contains("…"), "picker row \(y) is cut: \(row)")
    }
    #expect(picker.text.contains("Office"), "the long name wraps onto a second line")
  }

  @Test func theFocusedPaneIsMarkedWithoutColour() {
    var stacked = ReducerDriver(size: GridSize(width: 80, height: 24), colors: false)
    let rule = stacked.state.layout.divider.y
    #expect(ScreenView.render(stacked.state).grid.rowText(rule).hasPrefix("─ ▲ list ─"))
    stacked.press(.enter)
    #expect(ScreenView.render(stacked.state).grid.rowText(rule).hasPrefix("─ ▼ reader ─"))
    var wide = ReducerDriver(size: GridSize(width: 120, height: 30), colors: false)
    let divider = wide.state.layout.divider
    #expect(ScreenView.render(wide.state).grid[divider.x, divider.y].text == "◀")
    wide.press(.tab)
    let cell = ScreenView.render(wide.state).grid[divider.x, divider.y]
    #expect(cell.text == "▶")
    #expect(cell.style.bold)
  }
}
