import GazetteModel
import Testing

@testable import GazetteTerminal
@testable import GazetteUI

/// The source picker with several sources: Space (or Tab) marks, Enter shows the marked set,
/// a filter of several sources opens marked and is kept, the header names the set.
@Suite struct MultiSourcePickerTests {
  private func ids(_ driver: ReducerDriver) -> [String] {
    driver.state.rows.map { driver.state.store[$0].id }
  }

  private func picker(_ driver: ReducerDriver) -> SourcePicker? {
    if case .sourcePicker(let picker)? = driver.state.overlay { return picker }
    return nil
  }

  @Test func spaceMarksSourcesAndEnterShowsTheSet() {
    var driver = ReducerDriver()
    driver.press(.character("s"))
    driver.type("盤錦")
    driver.press(.character(" "))
    #expect(picker(driver)?.marked == ["盤錦日報"])
    driver.press(.control("u"))
    driver.type("서울")
    driver.press(.tab)
    #expect(picker(driver)?.marked == ["盤錦日報", "서울특별시"])
    let box = ScreenView.render(driver.state).grid.text
    #expect(box.contains("Sources (2 marked)"))
    #expect(box.contains("✓ 서울특별시"))
    driver.press(.enter)
    #expect(driver.state.overlay == nil)
    #expect(driver.state.query.sources == ["盤錦日報", "서울특별시"])
    #expect(Set(ids(driver)) == ["panjin-1", "seoul-1"])
    #expect(ScreenView.render(driver.state).grid.rowText(0).contains("sources: 盤錦日報, 서울특별시"))
  }

  @Test func spaceAgainUnmarksAndOnAllSourcesEmptiesTheSet() {
    var driver = ReducerDriver()
    driver.press(.character("s"), .down, .character(" "))
    #expect(picker(driver)?.marked.count == 1)
    #expect(picker(driver)?.selected == 2, "marking moves to the next row")
    driver.press(.up, .character(" "))
    #expect(picker(driver)?.marked == [])
    driver.press(.down, .character(" "), .down, .character(" "))
    #expect(picker(driver)?.marked.count == 2)
    driver.press(.home, .character(" "))
    #expect(picker(driver)?.marked == [])
    driver.press(.enter)
    #expect(driver.state.query.sources == [], "nothing marked: Enter takes the chosen row")
  }

  @Test func severalSourcesFromTheCommandLineOpenMarkedAndAreKept() {
    var driver = ReducerDriver(query: ArticleQuery(sources: ["東京都港区", "Springfield"]))
    driver.releaseFilters()
    #expect(Set(ids(driver)) == ["tokyo-1", "city-1"])
    driver.press(.character("s"))
    #expect(picker(driver)?.marked == ["東京都港区", "Springfield"])
    let box = ScreenView.render(driver.state).grid.text
    #expect(box.contains("✓ 東京都港区"))
    #expect(box.contains("✓ Springfield"))
    driver.press(.enter)
    #expect(driver.state.query.sources == ["東京都港区", "Springfield"])
    #expect(Set(ids(driver)) == ["tokyo-1", "city-1"])
  }
}
