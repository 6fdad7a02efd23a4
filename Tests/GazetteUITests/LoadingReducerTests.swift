import GazetteModel
import Testing

@testable import GazetteTerminal
@testable import GazetteUI

@Suite struct LoadingReducerTests {
  /// The sample articles delivered oldest first, two per batch, so newer ones arrive later.
  private func slowDriver() -> (ReducerDriver, [LoadBatch]) {
    var provider = SampleArticles.provider
    provider.articles.reverse()
    provider.batchSize = 2
    var driver = ReducerDriver(provider: provider, start: false)
    driver.loadsAutomatically = false
    driver.send(.started)
    return (driver, driver.batches())
  }

  @Test func theSelectionStaysOnTheFirstRowUntilTheUserMoves() {
    var (driver, batches) = slowDriver()
    #expect(driver.state.rowCount == 0)
    driver.send(.loaded(batches[0]))
    #expect(driver.selectedID == "mixed-1")
    driver.send(.loaded(batches[1]))
    #expect(driver.state.list.selectedRow == 0)
    #expect(driver.selectedID == "seoul-1")
  }

  @Test func afterTheUserMovesTheSelectedArticleStaysSelected() {
    var (driver, batches) = slowDriver()
    driver.send(.loaded(batches[0]))
    driver.send(.loaded(batches[1]))
    driver.press(.down)
    #expect(driver.selectedID == "city-1")
    driver.send(.loaded(batches[2]))
    #expect(driver.selectedID == "city-1")
    #expect(driver.state.list.selectedRow == 3)
    #expect(driver.state.list.top == 0)
    #expect(driver.state.loading.finished)
  }

  @Test func rowsInsertedAboveKeepTheSelectionOnTheSameScreenRow() {
    var provider = LongArticles.many(100, batchSize: 10)
    provider.articles.reverse()
    var driver = ReducerDriver(provider: provider, start: false)
    driver.loadsAutomatically = false
    driver.send(.started)
    let batches = driver.batches()
    for batch in batches.prefix(5) { driver.send(.loaded(batch)) }
    for _ in 0..<5 { driver.press(.down) }
    let selected = driver.selectedID
    #expect(driver.state.list.selectedRow == 5)
    #expect(driver.state.list.top == 0)
    driver.send(.loaded(batches[5]))
    #expect(driver.selectedID == selected)
    #expect(driver.state.list.selectedRow == 15)
    #expect(driver.state.list.top == 10)
  }

  @Test func progressAndProblemsAreCounted() {
    var (driver, batches) = slowDriver()
    driver.send(.loaded(batches[0]))
    #expect(driver.state.loading.progress?.filesLoaded == 2)
    #expect(driver.state.loading.problems.count == 2)
    #expect(!driver.state.loading.finished)
    driver.send(.loaded(batches[1]))
    driver.send(.loaded(batches[2]))
    driver.send(.loadEnded)
    #expect(driver.state.loading.finished)
    #expect(driver.state.loading.problems.count == 2)
  }

  @Test func batchesJoinAnActiveFilter() {
    var provider = SampleArticles.provider
    provider.articles.reverse()
    provider.batchSize = 2
    var driver = ReducerDriver(
      provider: provider, query: ArticleQuery(sources: ["東京都港区", "深圳市交通运输局"]),
      start: false)
    driver.loadsAutomatically = false
    driver.send(.started)
    let batches = driver.batches()
    driver.send(.loaded(batches[0]))
    #expect(driver.titles.count == 1)
    driver.send(.loaded(batches[1]))
    driver.send(.loaded(batches[2]))
    #expect(driver.state.rows.map { driver.state.store[$0].id } == ["tokyo-1", "mixed-1"])
  }

  @Test func sourceCountsGrowAsBatchesArrive() {
    var provider = LongArticles.provider
    provider.batchSize = 1
    var driver = ReducerDriver(provider: provider, start: false)
    driver.loadsAutomatically = false
    driver.send(.started)
    let batches = driver.batches()
    driver.send(.loaded(batches[0]))
    driver.press(.character("s"))
    driver.send(.loaded(batches[1]))
    driver.send(.loaded(batches[2]))
    guard case .sourcePicker(let picker)? = driver.state.overlay else {
      Issue.record("no picker")
      return
    }
    #expect(picker.choices.map(\.name) == ["Archive", "Other"])
    #expect(picker.choices.map(\.count) == [2, 1])
  }

  @Test func articlesArrivingDuringAFilterPassAreNotLost() {
    var provider = SampleArticles.provider
    provider.batchSize = 3
    var driver = ReducerDriver(provider: provider, start: false)
    driver.loadsAutomatically = false
    driver.holdsFilters = true
    driver.send(.started)
    let batches = driver.batches()
    driver.send(.loaded(batches[0]))
    driver.press(.character("/"))
    driver.type("2023")
    driver.send(.loaded(batches[1]))
    driver.releaseFilters()
    #expect(driver.state.rows.map { driver.state.store[$0].id } == ["city-1"])
  }

  @Test func resizingKeepsTheSelectionVisibleAndTheReaderInBounds() {
    var driver = ReducerDriver(provider: LongArticles.many(200))
    for _ in 0..<150 { driver.press(.down) }
    driver.resize(80, 24)
    let height = driver.state.layout.list.height
    #expect(height == 7)
    #expect(driver.state.list.selectedRow == 150)
    #expect((150 - height + 3)...148 ~= driver.state.list.top)
    for size in [(0, 0), (1, 1), (1, 80), (80, 1), (19, 6), (20, 6)] {
      driver.resize(size.0, size.1)
      #expect(driver.state.list.selectedRow == 150)
    }
    driver.resize(120, 40)
    #expect(driver.state.document?.width == 69)
  }

  @Test func resizingKeepsTheReaderOnTheSameText() {
    var driver = ReducerDriver(provider: LongArticles.provider)
    driver.press(.enter)
    for _ in 0..<40 { driver.press(.down) }
    let before = driver.state.document.map { String($0.text(ofLine: driver.state.reader.top)) }
    #expect(before == "Paragraph 19 of the report.")
    driver.resize(60, 20)
    let after = driver.state.document.map { String($0.text(ofLine: driver.state.reader.top)) }
    #expect(after == before)
    driver.press(.end)
    driver.resize(120, 50)
    #expect(driver.state.reader.top == 123 - 48)
  }

  @Test func theBodyCacheIsSmall() {
    var driver = ReducerDriver(provider: LongArticles.many(100))
    for _ in 0..<40 { driver.press(.down) }
    #expect(driver.state.bodies.count == 16)
    #expect(driver.state.documents.count <= 8)
  }

  @Test func largeBodiesAreKeptWithinTheByteLimit() {
    // Twelve 9 MiB bodies (one string shared, so the test itself stays small): the count
    // limit (16) would keep them all, 108 MiB; the byte limit keeps 64 MiB of them.
    let text = String(repeating: "x", count: 9 << 20)
    let articles = (0..<12).map {
      SampleArticles.article("big-\($0)", "Big \($0)", source: nil, day: 20 - $0)
    }
    var bodies: [String: ArticleBody] = [:]
    for article in articles { bodies[article.id] = ArticleBody(paragraphs: [text]) }
    var driver = ReducerDriver(
      provider: InMemoryArticleProvider(articles: articles, bodies: bodies), start: false)
    driver.holdsLayouts = true
    driver.send(.started)
    for _ in 0..<11 { driver.press(.down) }
    #expect(driver.bodyReads.count == 12)
    #expect(driver.state.bodies.totalCost <= ReaderState.cacheBytes)
    #expect(driver.state.bodies.count == 7)
    let shown = driver.state.reader.article ?? -1
    #expect(driver.state.store[shown].id == "big-11")
    #expect(driver.state.bodies.peek(shown) != nil, "the body on screen is kept")
    #expect(ReaderState.estimatedBytes(of: .success(ArticleBody(paragraphs: [text]))) > 9 << 20)
  }

  @Test func largeDocumentsAreKeptWithinTheByteLimitAndTheShownOneStays() throws {
    var driver = ReducerDriver(provider: BackgroundLayoutTests.provider, start: false)
    driver.holdsLayouts = true
    driver.send(.started)
    let huge = try #require(driver.state.document)
    driver.releaseLayouts()
    let laidOut = try #require(driver.state.document)
    #expect(huge.phase == .loading && laidOut.phase == .loaded)
    #expect(laidOut.estimatedBytes > 600_000)
    #expect(driver.state.documents.costLimit == ReaderState.cacheBytes)
    // With room for less than the huge document, it stays while on screen, and goes once
    // another document is shown.
    driver.state.documents = LRUCache(capacity: 8, costLimit: 100_000, cost: { $0.estimatedBytes })
    driver.resize(100, 40)
    driver.releaseLayouts()
    let width = try #require(driver.state.document?.width)
    #expect(driver.state.documents.peek(DocumentKey(article: 0, width: width)) != nil)
    driver.press(.down)
    #expect(driver.state.documents.peek(DocumentKey(article: 0, width: width)) == nil)
    #expect(driver.state.documents.totalCost <= 100_000)
  }

  @Test func overlaysTakeTheKeys() {
    var driver = ReducerDriver()
    driver.press(.character("?"))
    #expect(driver.state.overlay == .help(top: 0))
    driver.press(.character("q"))
    #expect(driver.state.overlay == nil)
    #expect(driver.exits.isEmpty)
    driver.press(.character("!"))
    #expect(driver.state.overlay == .problems(top: 0))
    driver.press(.down)
    #expect(driver.state.overlay == .problems(top: 0), "two problems fit: nothing to scroll")
    driver.press(.escape)
    #expect(driver.state.overlay == nil)
  }

  @Test func helpAndProblemsScrollWhenTallerThanTheScreen() {
    var provider = SampleArticles.provider
    provider.problems = (1...50).map { LoadProblem(path: "bad\($0).json", message: "broken") }
    var driver = ReducerDriver(provider: provider, size: GridSize(width: 60, height: 20))
    driver.press(.character("?"), .down, .down)
    #expect(driver.state.overlay == .help(top: 2))
    driver.press(.end)
    #expect(driver.state.overlay == .help(top: KeyMap.default.helpLines.count - 16))
    driver.press(.character("x"))
    #expect(driver.state.overlay == nil)
    driver.press(.character("!"), .pageDown)
    #expect(driver.state.overlay == .problems(top: 13))
    driver.press(.end)
    #expect(driver.state.overlay == .problems(top: 50 - 14))
    driver.press(.character("!"))
    #expect(driver.state.overlay == nil)
  }
}
