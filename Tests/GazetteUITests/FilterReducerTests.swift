import GazetteModel
import Testing

@testable import GazetteUI

@Suite struct FilterReducerTests {
  private func ids(_ driver: ReducerDriver) -> [String] {
    driver.state.rows.map { driver.state.store[$0].id }
  }

  @Test func theSourcePickerListsEverySourceWithItsCount() {
    var driver = ReducerDriver(provider: LongArticles.provider)
    driver.press(.character("s"))
    guard case .sourcePicker(let picker)? = driver.state.overlay else {
      Issue.record("no picker")
      return
    }
    #expect(picker.choices.map(\.name) == ["Archive", "Other"])
    #expect(picker.choices.map(\.count) == [2, 1])
    #expect(picker.selected == 0)
  }

  @Test func typingNarrowsThePickerAndEnterFiltersTheList() {
    var driver = ReducerDriver()
    driver.press(.character("s"))
    driver.type("東京")
    guard case .sourcePicker(let picker)? = driver.state.overlay else {
      Issue.record("no picker")
      return
    }
    #expect(picker.choices.map(\.name) == ["東京都港区"])
    #expect(picker.selected == 1)
    driver.press(.enter)
    #expect(driver.state.overlay == nil)
    #expect(driver.state.query.sources == ["東京都港区"])
    #expect(ids(driver) == ["tokyo-1"])
    #expect(driver.selectedID == "tokyo-1")
  }

  @Test func pickerBackspaceEscapeAndAllSources() {
    var driver = ReducerDriver()
    driver.press(.character("s"))
    driver.type("zz")
    if case .sourcePicker(let picker)? = driver.state.overlay {
      #expect(picker.choices.isEmpty)
      #expect(picker.selected == 0)
    }
    driver.press(.backspace, .backspace)
    if case .sourcePicker(let picker)? = driver.state.overlay {
      #expect(picker.choices.count == 6)
      #expect(picker.filterText == "")
    }
    driver.press(.down, .down, .escape)
    #expect(driver.state.overlay == nil)
    #expect(driver.state.query.sources == [])
    driver.press(.character("s"), .down, .enter)
    #expect(driver.state.query.sources.count == 1)
    #expect(driver.state.rowCount == 1)
    driver.press(.character("s"))
    if case .sourcePicker(let picker)? = driver.state.overlay {
      #expect(picker.selected == 1, "the picker opens on the current source")
    }
    driver.press(.home, .enter)
    #expect(driver.state.query.sources == [])
    #expect(driver.state.filter.rows == nil)
    #expect(driver.state.rowCount == 6)
  }

  @Test func searchNarrowsTheListAsYouType() {
    var driver = ReducerDriver()
    driver.press(.character("/"))
    #expect(driver.state.prompt == SearchPrompt(text: ""))
    driver.type("Counc")
    #expect(driver.state.query.search.text == "Counc")
    #expect(ids(driver) == ["city-1"])
    driver.press(.backspace, .backspace, .backspace, .backspace)
    #expect(driver.state.query.search.text == "C")
    #expect(ids(driver).contains("city-1"))
    driver.press(.enter)
    #expect(driver.state.prompt == nil)
    #expect(driver.state.query.search.text == "C")
    driver.press(.character("/"))
    #expect(driver.state.prompt?.text == "C")
    driver.press(.escape)
    #expect(driver.state.prompt == nil)
    #expect(driver.state.query.search.isEmpty)
    #expect(driver.state.rowCount == 6)
  }

  @Test func searchTypesLettersThatAreKeysElsewhere() {
    var driver = ReducerDriver()
    driver.press(.character("/"))
    driver.type("q?s!")
    #expect(driver.exits.isEmpty)
    #expect(driver.state.overlay == nil)
    #expect(driver.state.prompt?.text == "q?s!")
    driver.press(.control("u"))
    #expect(driver.state.prompt?.text == "")
  }

  @Test func cjkInputFromAnInputMethodSearches() {
    var driver = ReducerDriver()
    driver.press(.character("/"))
    driver.type("서울")
    #expect(ids(driver) == ["seoul-1"])
    driver.press(.backspace)
    #expect(driver.state.query.search.text == "서")
  }

  @Test func bodiesAreSearchedOnceTypingPauses() {
    var driver = ReducerDriver()
    driver.firesTimersAtOnce = false
    driver.press(.character("/"))
    driver.type("資源")
    #expect(ids(driver) == [])
    #expect(driver.bodySearches.isEmpty)
    driver.fireTimers()
    #expect(driver.bodySearches.count == 1)
    #expect(ids(driver) == ["tokyo-1"])
    #expect(driver.state.bodySearch.running == false)
    #expect(driver.state.bodySearch.covered == 6)
  }

  @Test func enterStartsTheBodySearchAtOnce() {
    var driver = ReducerDriver()
    driver.firesTimersAtOnce = false
    driver.press(.character("/"))
    driver.type("opens today")
    driver.press(.enter)
    #expect(ids(driver) == ["mixed-1"])
  }

  @Test func aNewSearchCancelsTheRunningOneAndIgnoresItsResults() {
    var driver = ReducerDriver()
    driver.firesTimersAtOnce = false
    driver.press(.character("/"))
    driver.type("x")
    let generation = driver.state.bodySearch.generation
    driver.fireTimers()
    driver.type("y")
    driver.send(
      .bodySearchProgress(
        generation: generation, BodySearchProgress(matches: [0], searched: 1, total: 6)))
    #expect(!driver.state.bodySearch.matches.contains(0))
    #expect(driver.state.bodySearch.generation == generation + 1)
  }

  @Test func staleFilterResultsAreIgnored() {
    var driver = ReducerDriver()
    driver.holdsFilters = true
    driver.press(.character("/"))
    driver.type("ci")
    #expect(driver.state.filter.pending)
    #expect(driver.state.rowCount == 6, "the old rows stay until the new ones are ready")
    driver.send(.filtered(generation: 1, rows: [0], covered: 6))
    #expect(driver.state.filter.pending)
    driver.releaseFilters()
    #expect(!driver.state.filter.pending)
    #expect(ids(driver) == ["city-1"])
  }

  @Test func startOptionsPreFilterTheList() {
    let driver = ReducerDriver(
      query: ArticleQuery(sources: ["서울특별시", "Springfield"], search: SearchPattern("")))
    #expect(ids(driver) == ["seoul-1", "city-1"])
    let searched = ReducerDriver(query: ArticleQuery(search: SearchPattern("override")))
    #expect(ids(searched) == ["hostile-1"], "a start search also looks in bodies")
  }

  @Test func nextAndPreviousMatchCycleThroughTheArticle() {
    var driver = ReducerDriver()
    driver.press(.character("/"))
    driver.type("the")
    driver.press(.enter)
    #expect(driver.selectedID == "city-1")
    let matches = driver.state.document?.matches ?? []
    #expect(matches.count == 6)
    driver.press(.character("n"))
    #expect(driver.state.reader.currentMatch == 0)
    #expect(driver.state.message == "match 1 of 6")
    driver.press(.character("n"), .character("n"))
    #expect(driver.state.reader.currentMatch == 2)
    driver.press(.character("N"), .character("N"), .character("N"))
    #expect(driver.state.reader.currentMatch == 5)
  }

  @Test func nextMatchScrollsTheReaderToShowIt() {
    var driver = ReducerDriver(provider: LongArticles.provider)
    driver.press(.character("/"))
    driver.type("zeppelin")
    driver.press(.enter)
    #expect(driver.selectedID == "long")
    driver.press(.character("n"))
    let line = driver.state.document?.matches.first?.line ?? -1
    // Paragraph 50 sits at line 4 + 49 * 2.
    #expect(line == 102)
    #expect(driver.state.reader.top <= line)
    #expect(line < driver.state.reader.top + 38)
  }

  @Test func matchKeysExplainWhenThereIsNothingToFind() {
    var driver = ReducerDriver()
    driver.press(.character("n"))
    #expect(driver.state.message == "No search: press / to search")
    driver.press(.down)
    #expect(driver.state.message == nil)
  }
}
