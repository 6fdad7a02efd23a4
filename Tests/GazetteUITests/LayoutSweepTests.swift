import GazetteModel
import Testing

@testable import GazetteTerminal
@testable import GazetteUI

@Suite struct LayoutSweepTests {
  private static let widths = [
    0, 1, 2, 5, 19, 20, 21, 33, 40, 59, 60, 79, 80, 99, 100, 101, 120, 140,
  ]
  private static let heights = [0, 1, 2, 5, 6, 7, 12, 20, 24, 40, 50]

  /// Every screen, at every sampled size from 0×0 to 140×50, in every mode, is sound: no
  /// broken wide glyph, no unsafe character, and the border between the panes intact; and
  /// every view, drawn alone, stays in its rectangle and sanitises what it draws.
  @Test func everySizeDrawsASoundScreen() {
    var driver = ReducerDriver(provider: SampleArticles.provider)
    driver.press(.down)
    for width in Self.widths {
      for height in Self.heights {
        driver.resize(width, height)
        var modes: [(String, ReaderState)] = [("list", driver.state)]
        var reader = driver
        reader.press(.enter, .pageDown)
        modes.append(("reader", reader.state))
        var prompt = driver
        prompt.press(.character("/"))
        prompt.type("中文 search")
        modes.append(("prompt", prompt.state))
        for key in ["?", "!", "s"] {
          var overlay = driver
          overlay.press(.character(Character(key)))
          modes.append((key, overlay.state))
        }
        for (mode, state) in modes {
          let grid = ScreenView.render(state).grid
          #expect(grid.size == GridSize(width: width, height: height))
          let problems = GridInvariants.violations(
            in: grid, layout: state.overlay == nil ? state.layout : nil)
          #expect(problems.isEmpty, "\(width)x\(height) \(mode): \(problems.prefix(3))")
          #expect(grid.unsafeFallbacks == 0, "\(width)x\(height) \(mode): unsanitised text")
          let spills = ViewContainment.violations(of: state)
          #expect(spills.isEmpty, "\(width)x\(height) \(mode): \(spills.prefix(3))")
        }
      }
    }
  }

  @Test func layoutsSplitThePanesAsDocumented() {
    let wide = ScreenLayout(size: GridSize(width: 120, height: 40))
    #expect(wide.arrangement == .sideBySide)
    #expect(wide.list == Rect(x: 0, y: 1, width: 48, height: 38))
    #expect(wide.divider == Rect(x: 48, y: 1, width: 1, height: 38))
    #expect(wide.reader == Rect(x: 49, y: 1, width: 71, height: 38))
    #expect(wide.readerText == Rect(x: 50, y: 1, width: 69, height: 38))
    let narrow = ScreenLayout(size: GridSize(width: 80, height: 24))
    #expect(narrow.arrangement == .stacked)
    #expect(narrow.list == Rect(x: 0, y: 1, width: 80, height: 7))
    #expect(narrow.divider == Rect(x: 0, y: 8, width: 80, height: 1))
    #expect(narrow.reader == Rect(x: 0, y: 9, width: 80, height: 14))
    let smallest = ScreenLayout(size: ScreenLayout.minimumSize)
    #expect(smallest.arrangement == .stacked)
    #expect(smallest.list.height == 1)
    #expect(smallest.reader.height == 2)
    #expect(ScreenLayout(size: GridSize(width: 19, height: 50)).arrangement == .tooSmall)
    #expect(ScreenLayout(size: GridSize(width: 200, height: 5)).arrangement == .tooSmall)
  }

  @Test func listColumnsShrinkWithThePane() {
    #expect(
      ArticleListView.columns(forWidth: 80)
        == ArticleListView.Columns(marks: 2, date: 10, source: 16, title: 49))
    #expect(
      ArticleListView.columns(forWidth: 48)
        == ArticleListView.Columns(marks: 2, date: 10, source: 11, title: 22))
    #expect(
      ArticleListView.columns(forWidth: 30)
        == ArticleListView.Columns(marks: 2, date: 10, source: 0, title: 16))
    #expect(
      ArticleListView.columns(forWidth: 20)
        == ArticleListView.Columns(marks: 2, date: 0, source: 0, title: 17))
    #expect(
      ArticleListView.columns(forWidth: 11)
        == ArticleListView.Columns(marks: 0, date: 0, source: 0, title: 11))
  }
}
