import GazetteModel
import Testing

@testable import GazetteTerminal
@testable import GazetteUI

/// Replacing the list with a reload of the directory (a live change, the start from the
/// index, `R`): the reader keeps its place, its filters and its search, and counts what
/// arrived.
@Suite struct LiveReloadReducerTests {
  private func reload(
    _ articles: [Article], touching touched: Set<String> = [],
    reason: DirectoryReload.Reason = .live
  ) -> ReaderAction {
    .directoryReloaded(
      DirectoryReload(
        result: LoadResult(
          articles: ArticleOrder.sorted(articles), problems: [], fileCount: articles.count),
        touchedPaths: touched, reason: reason))
  }

  private let arrived = SampleArticles.article(
    "arrived-1", "City hall opens a new library", source: "Springfield", day: 6)

  private func ids(_ driver: ReducerDriver) -> [String] {
    driver.state.rows.map { driver.state.store[$0].id }
  }

  @Test func anArticleThatArrivesKeepsTheSelectionAndCountsAsNew() {
    var driver = ReducerDriver()
    driver.press(.character("j"), .character("j"))
    #expect(driver.selectedID == "seoul-1")
    driver.send(reload(SampleArticles.articles + [arrived]))
    #expect(ids(driver).first == "arrived-1")
    #expect(driver.selectedID == "seoul-1")
    #expect(driver.state.list.selectedRow == 3)
    #expect(driver.state.live.arrived.count == 1)
    #expect(driver.state.headerContent.arrived == 1)
    #expect(ScreenView.render(driver.state).grid.rowText(0).contains("1 new"))
    // Showing it takes it out of the count.
    driver.press(.character("g"))
    #expect(driver.selectedID == "arrived-1")
    #expect(driver.state.live.arrived.isEmpty)
  }

  @Test func aDeletedSelectedArticleGivesWayToItsNeighbour() {
    var driver = ReducerDriver()
    driver.press(.character("j"), .character("j"))
    driver.send(reload(SampleArticles.articles.filter { $0.id != "seoul-1" }))
    #expect(driver.selectedID == "city-1")
    #expect(driver.state.rowCount == 5)
    // At the end of the list the neighbour is the one above.
    driver.press(.character("G"))
    #expect(driver.selectedID == "hostile-1")
    driver.send(
      reload(SampleArticles.articles.filter { !["seoul-1", "hostile-1"].contains($0.id) }))
    #expect(driver.selectedID == "mixed-1")
    #expect(driver.state.reader.article == driver.state.list.selectedArticle)
  }

  @Test func theReadersScrollStaysAndAChangedFileIsReadAgain() {
    var driver = ReducerDriver(provider: LongArticles.provider, size: .init(width: 100, height: 30))
    driver.press(.enter, .pageDown, .pageDown)
    let top = driver.state.reader.top
    #expect(top > 0)
    let reads = driver.bodyReads.count
    let articles = LongArticles.provider.articles
    // Another file changed: the shown document stays as it is, nothing is read again.
    driver.send(reload(articles, touching: ["short.json"]))
    #expect(driver.state.reader.top == top)
    #expect(driver.bodyReads.count == reads)
    #expect(driver.selectedID == "long")
    // Its own file changed: read again, and back on the same text.
    let line = driver.documentLines[top]
    driver.send(reload(articles, touching: ["long.json"]))
    #expect(driver.bodyReads.count == reads + 1)
    #expect(driver.state.reader.top == top)
    #expect(driver.documentLines[driver.state.reader.top] == line)
  }

  @Test func theSearchAndItsResultsStayAndArrivalsAreSearched() {
    var driver = ReducerDriver()
    driver.press(.character("/"))
    driver.type("city")
    driver.press(.enter)
    #expect(ids(driver) == ["city-1"])
    driver.send(
      reload(
        SampleArticles.articles + [
          arrived, SampleArticles.article("other-1", "Harbour news", source: "Port", day: 7),
        ]))
    #expect(driver.state.query.search.text == "city")
    #expect(ids(driver) == ["arrived-1", "city-1"])
    #expect(driver.selectedID == "city-1")
  }

  @Test func aBodyMatchOfAnUnchangedArticleStaysWhileTheRestIsSearchedAgain() {
    var driver = ReducerDriver()
    // "voted" is only in city-1's body.
    driver.press(.character("/"))
    driver.type("voted")
    driver.press(.enter)
    #expect(ids(driver) == ["city-1"])
    let searches = driver.bodySearches.count
    driver.send(reload(SampleArticles.articles + [arrived]))
    #expect(ids(driver) == ["city-1"])
    // Only the arrival is searched.
    #expect(driver.bodySearches.count == searches + 1)
    #expect(driver.bodySearches.last?.range.count == 1)
  }

  @Test func theViewAndTheSortStay() {
    var driver = ReducerDriver()
    driver.press(.character("O"))
    let order = driver.state.store.sortOrder
    #expect(order != .standard)
    driver.press(.character("v"))
    #expect(driver.state.readingView == .unread)
    driver.send(reload(SampleArticles.articles + [arrived]))
    #expect(driver.state.store.sortOrder == order)
    #expect(driver.state.store.isSorted(driver.state.rows))
    #expect(driver.state.readingView == .unread)
    #expect(ids(driver).contains("arrived-1"))
  }

  @Test func marksFollowTheirArticleIntoAChangedFile() {
    var driver = ReducerDriver()
    driver.press(.character("j"), .character("j"), .character("r"))
    driver.press(.character("j"), .character("F"))
    var changed = SampleArticles.articles
    changed[2].title = "서울 요금 조정 (수정)"
    driver.send(reload(changed, touching: ["seoul-1.json"]))
    let seoul = driver.state.store.articles.firstIndex { $0.id == "seoul-1" }!
    let city = driver.state.store.articles.firstIndex { $0.id == "city-1" }!
    #expect(driver.state.marks[Int32(seoul)].contains(.read))
    #expect(driver.state.marks[Int32(city)].contains(.flagged))
    #expect(driver.state.marks.unreadCount == 5)
    #expect(driver.selectedID == "city-1")
  }

  @Test func aBodyReadAskedOnTheOldListIsDropped() {
    var driver = ReducerDriver()
    driver.holdsBodies = true
    driver.send(.event(.key(.character("j"))))
    // panjin-1 (index 0) goes; tokyo-1 is renumbered to 0.
    driver.send(reload(SampleArticles.articles.filter { $0.id != "panjin-1" }))
    #expect(driver.selectedID == "tokyo-1")
    driver.releaseBodies()
    let shown = driver.state.reader.article!
    if case .success(let body)? = driver.state.bodies.peek(shown) {
      #expect(body.paragraphs == SampleArticles.bodies["tokyo-1"]?.paragraphs)
    }
    #expect(driver.state.document?.article == shown)
  }

  @Test func theReloadKeyAsksAndItsAnswerClearsTheNewCount() {
    var driver = ReducerDriver()
    driver.send(reload(SampleArticles.articles + [arrived]))
    #expect(driver.state.live.arrived.count == 1)
    driver.press(.character("R"))
    #expect(driver.reloadRequests == 1)
    #expect(driver.state.message == "Reloading…")
    driver.send(.directoryReloaded(DirectoryReload(result: nil, reason: .manual)))
    #expect(driver.state.live.arrived.isEmpty)
    #expect(driver.state.message == "Up to date: no file changed")
    driver.send(
      reload(
        SampleArticles.articles.filter { $0.id != "city-1" } + [arrived], reason: .manual))
    #expect(driver.state.message == "Reloaded: 1 removed")
    #expect(driver.state.live.arrived.isEmpty)
    #expect(KeyMap.default.command(for: .character("R"), in: .list) == .reload)
    #expect(KeyMap.default.command(for: .character("R"), in: .reader) == .reload)
  }

  @Test func theStartFromTheIndexEndsTheLoadWhenItsListIsShown() {
    var driver = ReducerDriver(start: false)
    driver.loadsAutomatically = false
    driver.holdsReplacements = true
    driver.send(.started)
    driver.send(reload(SampleArticles.articles, reason: .start))
    driver.send(.loadEnded)
    #expect(!driver.state.loading.finished)
    driver.releaseReplacements()
    #expect(driver.state.loading.finished)
    #expect(driver.state.rowCount == 6)
    #expect(driver.state.live.arrived.isEmpty)
  }

  @Test func anOlderPreparedListIsDroppedForANewerOne() {
    var driver = ReducerDriver()
    driver.holdsReplacements = true
    driver.send(reload(SampleArticles.articles + [arrived]))
    driver.send(reload(SampleArticles.articles.filter { $0.id != "city-1" }))
    driver.releaseReplacements()
    #expect(driver.state.rowCount == 5)
    #expect(!ids(driver).contains("arrived-1"))
  }

  @Test func aPendingMarkAllReadMarksTheSameArticlesAfterAReload() {
    var driver = ReducerDriver()
    driver.press(.character("A"))
    #expect(driver.state.confirmation?.articles.count == 6)
    driver.send(reload(SampleArticles.articles.filter { $0.id != "panjin-1" } + [arrived]))
    driver.press(.character("y"))
    let marked = Set(driver.marksSent.last?.1 ?? [])
    #expect(marked == Set(SampleArticles.articles.map(\.id)).subtracting(["panjin-1"]))
  }

  @Test func theSourcePickerOpenRefreshes() {
    var driver = ReducerDriver()
    driver.press(.character("s"))
    driver.send(
      reload(
        SampleArticles.articles + [
          SampleArticles.article("port-1", "Harbour news", source: "Port Authority", day: 7)
        ]))
    guard case .sourcePicker(let picker)? = driver.state.overlay else {
      Issue.record("the picker closed")
      return
    }
    #expect(picker.choices.contains { $0.name == "Port Authority" })
  }

  /// The main-loop part of a replacement at 100,000 articles with one file changed: the
  /// preparation runs in the background; what the loop does is a pass over arrays.
  @Test func replacingAHundredThousandArticlesIsCheapOnTheMainLoop() {
    let count = 100_000
    let articles = SampleArticles.synthetic(count: count)
    var driver = ReducerDriver(
      provider: InMemoryArticleProvider(articles: articles, batchSize: count))
    driver.press(.character("j"), .character("j"))
    let selected = driver.selectedID
    var changed = ArticleOrder.sorted(articles)
    changed.append(
      SampleArticles.article("arrived-1", "A notice that arrived", source: "Live", day: 9))
    let generation = driver.state.live.generation + 1
    driver.state.live.generation = generation
    let clock = ContinuousClock()
    let preparing = clock.now
    let replacement = ListReplacement(
      reload: DirectoryReload(
        result: LoadResult(
          articles: ArticleOrder.sorted(changed), problems: [], fileCount: changed.count),
        touchedPaths: ["arrived-1.json"], reason: .live),
      replacing: driver.state.store, generation: generation)
    print("preparing \(count) articles in the background: \(clock.now - preparing)")
    let elapsed = clock.measure { driver.send(.listPrepared(replacement)) }
    print("replacing \(count) articles on the main loop: \(elapsed)")
    #expect(driver.state.rowCount == count + 1)
    #expect(driver.selectedID == selected)
    #expect(elapsed < .milliseconds(250))
  }
}
