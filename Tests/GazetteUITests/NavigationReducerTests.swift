import GazetteModel
import Testing

@testable import GazetteTerminal
@testable import GazetteUI

@Suite struct NavigationReducerTests {
  @Test func arrowsAndVimKeysMoveTheSelectionWithinTheList() {
    var driver = ReducerDriver()
    #expect(driver.selectedID == "panjin-1")
    driver.press(.down, .character("j"))
    #expect(driver.selectedID == "seoul-1")
    driver.press(.up)
    #expect(driver.selectedID == "tokyo-1")
    driver.press(.character("k"), .character("k"), .up)
    #expect(driver.selectedID == "panjin-1")
    driver.press(.end)
    #expect(driver.selectedID == "hostile-1")
    driver.press(.down)
    #expect(driver.state.list.selectedRow == 5)
    driver.press(.home)
    #expect(driver.selectedID == "panjin-1")
    driver.press(.character("G"))
    #expect(driver.selectedID == "hostile-1")
    driver.press(.character("g"))
    #expect(driver.selectedID == "panjin-1")
  }

  @Test func theReaderAlwaysShowsTheSelectedArticle() {
    var driver = ReducerDriver()
    driver.press(.down, .down)
    #expect(driver.state.reader.article == driver.state.list.selectedArticle)
    #expect(driver.documentLines.first == "서울특별시 대중교통 요금 조정 안내")
    #expect(driver.state.document?.phase == .loaded)
  }

  @Test func theListScrollsWithAMarginToKeepTheSelectionVisible() {
    var driver = ReducerDriver(provider: LongArticles.many(200))
    #expect(driver.state.layout.list.height == 38)
    for _ in 0..<35 { driver.press(.down) }
    #expect(driver.state.list.top == 0)
    driver.press(.down)
    #expect(driver.state.list.selectedRow == 36)
    #expect(driver.state.list.top == 1)
    driver.press(.home)
    #expect(driver.state.list.top == 0)
    driver.press(.end)
    #expect(driver.state.list.selectedRow == 199)
    #expect(driver.state.list.top == 200 - 38)
  }

  @Test func pageKeysPageTheList() {
    var driver = ReducerDriver(provider: LongArticles.many(200))
    driver.press(.pageDown)
    #expect(driver.state.list.selectedRow == 37)
    #expect(driver.state.list.top == 35)
    driver.press(.pageDown)
    #expect(driver.state.list.selectedRow == 74)
    #expect(driver.state.list.top == 72)
    driver.press(.pageUp)
    #expect(driver.state.list.selectedRow == 37)
    #expect(driver.state.list.top == 35)
  }

  @Test func focusMovesBetweenListAndReader() {
    var driver = ReducerDriver(provider: LongArticles.provider)
    #expect(driver.state.focus == .list)
    driver.press(.enter)
    #expect(driver.state.focus == .reader)
    driver.press(.escape)
    #expect(driver.state.focus == .list)
    driver.press(.right)
    #expect(driver.state.focus == .reader)
    driver.press(.left)
    #expect(driver.state.focus == .list)
    driver.press(.character("l"))
    #expect(driver.state.focus == .reader)
    driver.press(.character("h"))
    #expect(driver.state.focus == .list)
    driver.press(.tab)
    #expect(driver.state.focus == .reader)
    driver.press(.tab)
    #expect(driver.state.focus == .list)
  }

  @Test func movementKeysScrollTheReaderWhenItHasFocus() {
    var driver = ReducerDriver(provider: LongArticles.provider)
    let lines = driver.state.document?.lines.count ?? 0
    // Title, metadata, rule, blank, then 60 paragraphs with blank lines between them.
    #expect(lines == 4 + 60 + 59)
    let maxTop = lines - 38
    driver.press(.enter, .character("j"), .down, .down)
    #expect(driver.state.reader.top == 3)
    driver.press(.character("k"))
    #expect(driver.state.reader.top == 2)
    driver.press(.pageDown)
    #expect(driver.state.reader.top == 39)
    driver.press(.end)
    #expect(driver.state.reader.top == maxTop)
    driver.press(.down)
    #expect(driver.state.reader.top == maxTop)
    driver.press(.character("b"))
    #expect(driver.state.reader.top == maxTop - 37)
    driver.press(.home)
    #expect(driver.state.reader.top == 0)
    driver.press(.up)
    #expect(driver.state.reader.top == 0)
    #expect(driver.selectedID == "long")
    driver.press(.escape, .down)
    #expect(driver.selectedID == "short")
    #expect(driver.state.reader.top == 0)
  }

  @Test func spaceInTheListPagesTheReaderThenOpensTheNextArticle() {
    var driver = ReducerDriver(provider: LongArticles.provider)
    driver.press(.character(" "))
    #expect(driver.state.focus == .list)
    #expect(driver.selectedID == "long")
    #expect(driver.state.reader.top == 37)
    driver.press(.character(" "), .character(" "))
    #expect(driver.state.reader.top == 123 - 38)
    #expect(driver.selectedID == "long")
    driver.press(.character(" "))
    #expect(driver.selectedID == "short")
    #expect(driver.state.reader.top == 0)
    driver.press(.character(" "), .character(" "))
    #expect(driver.selectedID == "third")
    driver.press(.character(" "))
    #expect(driver.selectedID == "third")
  }

  @Test func spaceWaitsWhileTheBodyIsBeingRead() {
    var driver = ReducerDriver(provider: LongArticles.provider, start: false)
    driver.holdsBodies = true
    driver.send(.started)
    #expect(driver.documentLines.contains("Loading…"))
    driver.press(.character(" "))
    #expect(driver.selectedID == "long")
    driver.releaseBodies()
    #expect(driver.state.document?.phase == .loaded)
  }

  @Test func onlyOneBodyIsReadAtATimeAndTheLatestSelectionWins() {
    var driver = ReducerDriver(provider: LongArticles.many(50), start: false)
    driver.holdsBodies = true
    driver.send(.started)
    for _ in 0..<10 { driver.press(.down) }
    #expect(driver.heldBodyReads.count == 1)
    driver.releaseBodies()
    #expect(driver.bodyReads.count == 2)
    #expect(driver.heldBodyReads.first?.0 == driver.state.list.selectedArticle)
  }

  @Test func aBodyThatCannotBeReadShowsTheProblem() {
    var provider = SampleArticles.provider
    provider.bodyProblems["seoul-1"] = LoadProblem(
      path: "seoul-1.json", message: "the file changed since it was loaded")
    var driver = ReducerDriver(provider: provider)
    driver.press(.down, .down)
    #expect(driver.state.document?.phase == .failed)
    #expect(
      driver.documentLines.contains {
        $0.hasPrefix("This article cannot be read: seoul-1.json: the file")
      })
  }

  @Test func mouseClicksSelectAndFocusWheelScrollsThePaneUnderThePointer() {
    var driver = ReducerDriver(provider: LongArticles.many(200))
    let layout = driver.state.layout
    driver.send(.event(.mouse(MouseEvent(kind: .click, x: 3, y: layout.list.y + 4))))
    #expect(driver.state.list.selectedRow == 4)
    driver.send(.event(.mouse(MouseEvent(kind: .wheelDown, x: 3, y: layout.list.y))))
    #expect(driver.state.list.top == 3)
    #expect(driver.state.list.selectedRow == 4)
    driver.send(.event(.mouse(MouseEvent(kind: .click, x: layout.reader.x + 2, y: 5))))
    #expect(driver.state.focus == .reader)
    driver.send(.event(.mouse(MouseEvent(kind: .click, x: 3, y: layout.list.y))))
    #expect(driver.state.list.selectedRow == 3)
    #expect(driver.state.focus == .list)
  }

  @Test func wheelOverTheReaderScrollsIt() {
    var driver = ReducerDriver(provider: LongArticles.provider)
    let reader = driver.state.layout.reader
    driver.send(.event(.mouse(MouseEvent(kind: .wheelDown, x: reader.x + 1, y: reader.y + 1))))
    #expect(driver.state.reader.top == 3)
    driver.send(.event(.mouse(MouseEvent(kind: .wheelUp, x: reader.x + 1, y: reader.y + 1))))
    #expect(driver.state.reader.top == 0)
  }

  @Test func quitSignalsAndEndOfInputStopTheReader() {
    var driver = ReducerDriver()
    driver.press(.character("q"))
    driver.send(.event(.terminate(signal: 15)))
    driver.send(.event(.endOfInput))
    driver.press(.control("l"))
    driver.send(.event(.redraw))
    #expect(driver.exits == [.quit, .signal(15), .endOfInput])
    #expect(driver.redraws == 2)
  }
}
