import GazetteModel
import Testing

@testable import GazetteTerminal
@testable import GazetteUI

/// Views draw what they are handed: each is tested here from a few values, without a state.
@Suite struct ViewContentTests {
  private let theme = Theme.standard(colors: false)

  @Test func theListDrawsItsRowsFromTopOrSaysWhyItIsEmpty() {
    let articles = [
      SampleArticles.article("a", "First title", source: "Alpha", day: 3),
      SampleArticles.article("b", "Second title", source: "Beta", day: 2),
    ]
    var grid = CellGrid(size: GridSize(width: 50, height: 2))
    let content = ArticleListView.Content(
      articles: articles, rows: [1, 0], top: 1, selectedRow: 1, focused: true,
      emptiness: .noMatch)
    let drawn = ArticleListView.draw(
      content, in: Rect(x: 0, y: 0, width: 50, height: 2), theme: theme, into: &grid)
    #expect(drawn == 1)
    #expect(grid.rowText(0).contains("First title"))
    #expect(grid[0, 0].style.reverse, "the selected row")
    #expect(!grid.text.contains("Second title"))

    var empty = CellGrid(size: GridSize(width: 40, height: 3))
    ArticleListView.draw(
      ArticleListView.Content(
        articles: [], rows: [], top: 0, selectedRow: 0, focused: true,
        emptiness: .noArticles(in: "data\u{1B}[2J")),
      in: Rect(x: 0, y: 0, width: 40, height: 3), theme: theme, into: &empty)
    #expect(empty.rowText(1).contains("No articles in data␛[2J"))
  }

  @Test func theStatusLineSaysWhatItIsGiven() {
    let content = StatusLineView.Content(
      position: 3, rowCount: 1_200, readerPercent: 40, message: "match 1 of 2",
      problemCount: 2, loadFinished: false, loadProgress: nil, filtering: true,
      bodySearchPercent: 50)
    let text = StatusLineView.segments(content, theme: theme).map(\.0).joined()
    #expect(
      text == " 3/1,200  40%  match 1 of 2  2 problems (!)  loading…  filtering…"
        + "  searching bodies 50%")
    #expect(StatusLineView.readerPercent(lines: 10, height: 20, top: 0) == 100)
    #expect(StatusLineView.readerPercent(lines: 100, height: 20, top: 30) == 50)
  }

  @Test func thePromptShowsTheTextAndTheCount() {
    var grid = CellGrid(size: GridSize(width: 40, height: 1))
    SearchPromptView.draw(
      SearchPromptView.Content(text: "公告", found: 12, filtering: false, searchingBodies: true),
      in: Rect(x: 0, y: 0, width: 40, height: 1), theme: theme, into: &grid)
    #expect(grid.rowText(0).hasPrefix("/公告"))
    #expect(grid.rowText(0).hasSuffix("12 found · searching bodies"))
  }
}
