import GazetteModel
import Testing

@testable import GazetteTerminal
@testable import GazetteUI

/// Sorting in the reader: `O` cycles the field, `~` reverses, the header says the order, the
/// selected article stays selected, and a filter keeps its rows in the new order.
@Suite struct SortingReducerTests {
  private func ids(_ driver: ReducerDriver) -> [String] {
    driver.state.rows.map { driver.state.store[$0].id }
  }

  @Test func sCyclesTheFieldsAndTildeReverses() {
    var driver = ReducerDriver()
    #expect(ids(driver) == ["panjin-1", "tokyo-1", "seoul-1", "city-1", "mixed-1", "hostile-1"])
    driver.press(.character("O"))
    #expect(driver.state.store.sortOrder == ArticleSortOrder(field: .source))
    // Folded code-point order: the ESC-named source ("\u{1B}[31mEvil") first, then Latin,
    // then kana, Han and Hangul in code-chart order.
    #expect(ids(driver) == ["hostile-1", "city-1", "tokyo-1", "mixed-1", "panjin-1", "seoul-1"])
    driver.press(.character("O"))
    #expect(driver.state.store.sortOrder.field == .title)
    #expect(ids(driver).first == "hostile-1")
    driver.press(.character("O"))
    #expect(driver.state.store.sortOrder.field == .views)
    #expect(ids(driver) == ["seoul-1", "tokyo-1", "panjin-1", "city-1", "mixed-1", "hostile-1"])
    driver.press(.character("~"))
    #expect(driver.state.store.sortOrder == ArticleSortOrder(field: .views, reversed: true))
    // Fewest views first; articles without views stay last (newest first among them).
    #expect(ids(driver) == ["city-1", "panjin-1", "tokyo-1", "seoul-1", "mixed-1", "hostile-1"])
    driver.press(.character("O"))
    #expect(driver.state.store.sortOrder == ArticleSortOrder(field: .date, reversed: true))
    #expect(ids(driver) == ["mixed-1", "city-1", "seoul-1", "tokyo-1", "panjin-1", "hostile-1"])
  }

  @Test func theHeaderSaysTheOrderAndTheSelectionStays() {
    var driver = ReducerDriver()
    driver.press(.down, .down)
    #expect(driver.state.store[driver.state.list.selectedArticle!].id == "seoul-1")
    driver.press(.character("O"), .character("O"), .character("O"))
    #expect(driver.state.store[driver.state.list.selectedArticle!].id == "seoul-1")
    #expect(driver.state.list.selectedRow == 0, "seoul-1 has the most views")
    let screen = ScreenView.render(driver.state).grid
    #expect(screen.rowText(0).contains("sorted by views"))
    #expect(driver.state.message == "sorted by views")
  }

  @Test func aFilteredListIsSortedToo() {
    var driver = ReducerDriver()
    driver.press(.character("/"))
    driver.type("1")
    driver.press(.enter)
    let before = ids(driver)
    driver.press(.character("~"))
    #expect(Set(ids(driver)) == Set(before))
    #expect(driver.state.store.sortOrder.reversed)
    #expect(driver.state.store.isSorted(driver.state.rows))
  }

  @Test func theOptionsSetTheStartingOrder() {
    let options = ReaderOptions(dataDirectory: "data", sort: ArticleSortOrder(field: .title))
    let driver = ReducerDriver(options: options)
    #expect(driver.state.store.sortOrder.field == .title)
    #expect(driver.state.store.isSorted(driver.state.rows))
  }
}
