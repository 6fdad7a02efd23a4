import GazetteModel
import Synchronization
import Testing

@testable import GazetteUI

@Suite struct BackgroundWorkTests {
  private let provider = SampleArticles.provider

  @Test func sequentialBodySearchReportsPositionsAndProgress() {
    let reports = Mutex<[BodySearchProgress]>([])
    let articles = Array(repeating: SampleArticles.articles, count: 30).joined().map { $0 }
    provider.searchBodies(
      of: articles, matching: SearchPattern("資源"), isCancelled: { false },
      onProgress: { progress in reports.withLock { $0.append(progress) } })
    let all = reports.withLock { $0 }
    #expect(all.map(\.searched) == [64, 128, 180])
    #expect(all.allSatisfy { $0.total == 180 })
    let found = all.flatMap(\.matches)
    #expect(found == (0..<30).map { $0 * 6 + 1 })
  }

  @Test func bodySearchStopsPromptlyWhenCancelled() {
    let reports = Mutex(0)
    let articles = Array(repeating: SampleArticles.articles, count: 100).joined().map { $0 }
    provider.searchBodies(
      of: articles, matching: SearchPattern("x"),
      isCancelled: { reports.withLock { $0 } >= 1 },
      onProgress: { _ in reports.withLock { $0 += 1 } })
    #expect(reports.withLock { $0 } == 1)
  }

  @Test func bodySearchJobSkipsArticlesTheFiltersExcludeOrTheTitleMatches() {
    var store = ArticleStore()
    store.append(SampleArticles.articles)
    let query = ArticleQuery(
      sources: ["東京都港区", "Springfield"], search: SearchPattern("the"))
    let job = BodySearchJob(
      generation: 4, articles: store.articles, range: 0..<store.count, query: query)
    let actions = Mutex<[ReaderAction]>([])
    let spy = InstrumentedProvider(base: provider)
    job.run(
      with: spy, isCancelled: { false },
      report: { action in actions.withLock { $0.append(action) } })
    // city-1 matches by title, so only tokyo-1's body is read.
    #expect(spy.searched == ["tokyo-1"])
    guard case .bodySearchFinished(let generation, let through)? = actions.withLock({ $0.last })
    else {
      Issue.record("no finish")
      return
    }
    #expect(generation == 4)
    #expect(through == 6)
  }

  @Test func filterJobsGiveUpWhenSuperseded() {
    var store = ArticleStore()
    store.append(SampleArticles.synthetic(count: 3_000))
    let job = FilterJob(
      generation: 1, articles: store.articles, order: store.order,
      query: ArticleQuery(search: SearchPattern("Notice")))
    #expect(job.run(isCancelled: { true }) == nil)
    #expect(job.run()?.count == 3_000)
  }

  @Test func theInboxMergesConsecutiveBatches() {
    let inbox = ActionInbox()
    let progress = LoadProgress(
      filesFound: 9, filesLoaded: 1, articlesLoaded: 1, discoveryFinished: false)
    func batch(_ id: String, loaded: Int) -> LoadBatch {
      var last = progress
      last.filesLoaded = loaded
      return LoadBatch(
        articles: [SampleArticles.article(id, id, source: nil, day: 1)], problems: [],
        progress: last)
    }
    inbox.beginWork()
    #expect(inbox.isBusy)
    inbox.post(.loaded(batch("a", loaded: 1)))
    inbox.post(.loaded(batch("b", loaded: 2)))
    inbox.post(.loadEnded)
    inbox.post(.loaded(batch("c", loaded: 3)))
    let taken = inbox.take()
    #expect(taken.count == 3)
    if case .loaded(let merged, _) = taken[0] {
      #expect(merged.articles.map(\.id) == ["a", "b"])
      #expect(merged.progress.filesLoaded == 2)
    } else {
      Issue.record("expected a merged batch")
    }
    inbox.endWork()
    #expect(!inbox.isBusy)
    #expect(inbox.take().isEmpty)
  }

  @Test func theInboxMergesABurstOfManyBatchesIntoOne() {
    // Merging used to copy everything merged so far for each batch (quadratic): 20,000
    // one-article batches took 9 s in a debug build. Merged in place, they take milliseconds.
    let inbox = ActionInbox()
    let count = 20_000
    let article = SampleArticles.article("x", "x", source: nil, day: 1)
    for number in 1...count {
      let progress = LoadProgress(
        filesFound: count, filesLoaded: number, articlesLoaded: number,
        discoveryFinished: true)
      let problems =
        number % 1_000 == 0 ? [LoadProblem(path: "\(number).json", message: "bad")] : []
      inbox.post(.loaded(LoadBatch(articles: [article], problems: problems, progress: progress)))
    }
    inbox.post(.loadEnded)
    let taken = inbox.take()
    #expect(taken.count == 2)
    guard case .loaded(let merged, _)? = taken.first else {
      Issue.record("expected one merged batch")
      return
    }
    #expect(merged.articles.count == count)
    #expect(merged.problems.map(\.path) == (1...20).map { "\($0 * 1_000).json" })
    #expect(merged.progress.filesLoaded == count)
  }

  @Test func theLRUCacheForgetsTheLeastRecentlyUsed() {
    var cache = LRUCache<Int, String>(capacity: 2)
    cache.insert("one", for: 1)
    cache.insert("two", for: 2)
    #expect(cache.value(for: 1) == "one")
    cache.insert("three", for: 3)
    #expect(cache.peek(2) == nil)
    #expect(cache.peek(1) == "one")
    #expect(cache.peek(3) == "three")
    #expect(cache.count == 2)
  }

  @Test func theLRUCacheKeepsItsCostUnderTheLimitButNeverEvictsWhatItKeeps() {
    var cache = LRUCache<Int, String>(capacity: 10, costLimit: 10, cost: { $0.utf8.count })
    cache.insert("aaaa", for: 1)
    cache.insert("bbbb", for: 2)
    #expect(cache.totalCost == 8)
    cache.insert("cccc", for: 3)
    #expect(cache.peek(1) == nil)
    #expect(cache.totalCost == 8)
    // Replacing an entry counts its new cost only.
    cache.insert("dd", for: 2)
    #expect(cache.totalCost == 6)
    // An entry over the limit on its own stays (it is the one on screen) and so does the
    // entry the caller keeps; everything else goes.
    cache.insert("ee", for: 4)
    cache.insert(String(repeating: "f", count: 50), for: 5, keeping: 3)
    #expect(cache.peek(5) != nil)
    #expect(cache.peek(3) == "cccc")
    #expect(cache.peek(2) == nil && cache.peek(4) == nil)
    #expect(cache.totalCost == 54)
  }
}
