import GazetteModel
import Testing

@testable import GazetteTerminal
@testable import GazetteUI

/// Matches in a large document are found in the background: typing a search never waits for
/// the shown article to be searched.
@Suite struct BackgroundHighlightTests {
  /// A reader showing the huge article of `BackgroundLayoutTests` (about 1 MB), wrapped,
  /// with background searches of it held until the test releases them.
  private func driver() -> ReducerDriver {
    var driver = ReducerDriver(provider: BackgroundLayoutTests.provider)
    driver.holdsHighlights = true
    return driver
  }

  @Test func typingASearchNeverSearchesTheLargeDocumentOnTheMainLoop() throws {
    var driver = driver()
    #expect(driver.state.document?.isLarge == true)
    driver.press(.character("/"))
    for (typed, character) in "市政府".enumerated() {
      driver.type(String(character))
      // The document keeps its old matches (none) until the background search answers.
      let document = try #require(driver.state.document)
      #expect(document.phase == .loaded)
      #expect(document.pattern.isEmpty && document.matches.isEmpty)
      #expect(driver.heldHighlights.count == typed + 1)
      #expect(driver.heldHighlights.last?.1 == driver.state.query.search)
    }
    // The list narrows at once all the same (titles and sources are matched off the loop).
    #expect(driver.state.query.search.text == "市政府")
    driver.releaseHighlights()
    let document = try #require(driver.state.document)
    #expect(document.pattern.text == "市政府")
    #expect(document.matches.count == 3_000 * 6)
    #expect(driver.state.highlightRequest == nil)
  }

  @Test func matchesForAPatternReplacedMeanwhileAreDropped() throws {
    var driver = driver()
    driver.press(.character("/"))
    driver.type("公告")
    let stale = try #require(driver.heldHighlights.first)
    driver.type("，")
    driver.releaseHighlights()
    #expect(driver.state.document?.pattern.text == "公告，")
    #expect(driver.state.document?.matches.count == 3_000 * 6)
    // A late answer for the older pattern does not undo the newer matches.
    let late = try #require(stale.0.highlighted(stale.1, isCancelled: { false }))
    driver.send(.documentLaidOut(late))
    #expect(driver.state.document?.pattern.text == "公告，")
    #expect(driver.state.document?.matches.count == 3_000 * 6)
  }

  @Test func aWrapArrivingWithAnOlderPatternIsSearchedInTheBackground() throws {
    var driver = ReducerDriver(provider: BackgroundLayoutTests.provider, start: false)
    driver.holdsLayouts = true
    driver.holdsHighlights = true
    driver.send(.started)
    driver.press(.character("/"))
    driver.type("提醒")
    #expect(driver.heldLayouts.count == 1)
    #expect(driver.heldHighlights.isEmpty)
    driver.releaseLayouts()
    // The wrap (made for the empty pattern) is shown at once, its matches are on their way.
    let wrapped = try #require(driver.state.document)
    #expect(wrapped.phase == .loaded && wrapped.lines.count > 3_000)
    #expect(wrapped.matches.isEmpty)
    #expect(driver.heldHighlights.count == 1)
    driver.releaseHighlights()
    #expect(driver.state.document?.matches.count == 3_000 * 6)
  }

  @Test func smallDocumentsAreStillSearchedAtOnce() {
    var driver = driver()
    driver.press(.down)
    #expect(driver.state.document?.isLarge == false)
    driver.press(.character("/"))
    driver.type("Small")
    #expect(driver.heldHighlights.isEmpty)
    #expect(driver.state.document?.matches.count == 2)
  }

  @Test func theReaderFindsTheMatchesOfALargeDocumentInTheBackground() throws {
    var steps: [MemoryBackend.Step] = [.waitForIdle, MemoryBackend.press(.character("/"))]
    steps += MemoryBackend.typing("市政府") + [.waitForIdle, .capture]
    let backend = MemoryBackend(size: GridSize(width: 120, height: 40), steps: steps)
    let reader = ReaderApp(
      options: ReaderOptions(dataDirectory: "data"), provider: BackgroundLayoutTests.provider)
    #expect(reader.run(on: backend) == .endOfInput)
    let document = try #require(reader.lastState?.document)
    #expect(document.pattern.text == "市政府")
    #expect(document.matches.count == 3_000 * 6)
    #expect(reader.lastState?.highlightRequest == nil)
  }
}
