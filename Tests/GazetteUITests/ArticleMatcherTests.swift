import Testing

@testable import GazetteModel
@testable import GazetteUI

@Suite struct ArticleMatcherTests {
  private static let pie = SampleArticles.article("pie", "Apple pie recipe", source: "A", day: 2)
  private static let bread = SampleArticles.article("bread", "Banana bread", source: "B", day: 1)

  /// An index that says article 0 is titled "Banana bread" and article 1 "Apple pie recipe":
  /// results that follow it come from the index, not from folding the titles again.
  private static let swappedIndex: ArticleSearchIndex = {
    var index = ArticleSearchIndex()
    index.append(SearchIndex(articles: [bread, pie]))
    return index
  }()

  @Test func theFilterPassMatchesTitlesThroughTheSearchIndex() {
    let query = ArticleQuery(search: SearchPattern("apple"))
    let indexed = FilterJob(
      generation: 1, articles: [Self.pie, Self.bread], order: [0, 1], query: query,
      searchIndex: Self.swappedIndex)
    #expect(indexed.run() == [1])
    // Without an index the job folds the titles itself.
    let folding = FilterJob(
      generation: 1, articles: [Self.pie, Self.bread], order: [0, 1], query: query)
    #expect(folding.run() == [0])
  }

  @Test func batchesBringTheirIndexAndTheReducerUsesIt() {
    let provider = InMemoryArticleProvider(articles: [Self.pie, Self.bread])
    var driver = ReducerDriver(
      provider: provider, query: ArticleQuery(search: SearchPattern("apple")), start: false)
    driver.loadsAutomatically = false
    driver.send(.started)
    let batch = LoadBatch(
      articles: [Self.pie, Self.bread], problems: [],
      progress: LoadProgress(
        filesFound: 2, filesLoaded: 2, articlesLoaded: 2, discoveryFinished: true))
    driver.send(.loaded(batch, searchIndexes: [SearchIndex(articles: [Self.bread, Self.pie])]))
    #expect(driver.state.rows == [1])
    #expect(driver.state.store.searchIndex.count == 2)
  }

  @Test func batchesWithoutAnIndexAreIndexedOnArrival() {
    var store = ArticleStore()
    store.append([Self.pie])
    store.append([Self.bread], searchIndexes: [SearchIndex(articles: [Self.pie, Self.bread])])
    #expect(store.searchIndex.count == 2)
    #expect(store.searchIndex.matches(SearchPattern("banana"), at: 1))
    #expect(!store.searchIndex.matches(SearchPattern("banana"), at: 0))
    #expect(!store.searchIndex.matches(SearchPattern("banana"), at: 2))
  }

  @Test func theMatcherAgreesWithMatchingEachArticle() {
    let articles = SampleArticles.articles + SampleArticles.synthetic(count: 1_200)
    // Parts of uneven sizes, and the last 30 articles not indexed yet.
    var index = ArticleSearchIndex()
    var start = 0
    for size in [1, 5, 400, 3, 2_000] where start < articles.count - 30 {
      let end = min(articles.count - 30, start + size)
      index.append(SearchIndex(articles: Array(articles[start..<end])))
      start = end
    }
    #expect(index.count == articles.count - 30)
    let queries = [
      ArticleQuery(search: SearchPattern("notice number 1")),
      ArticleQuery(search: SearchPattern("公告 11")),
      ArticleQuery(sources: ["Source 3"], search: SearchPattern("7")),
      ArticleQuery(sources: ["Source 2", "盤錦日報"]),
      ArticleQuery(
        search: SearchPattern("ａｂｃ"), since: PublishedDate(year: 2023, month: 5, day: 1)),
      ArticleQuery(search: SearchPattern("evil")),
    ]
    let ranges = [0..<articles.count, 3..<9, 400..<1_100, 1_150..<1_206, 1_190..<5_000]
    for query in queries {
      let matcher = ArticleMatcher(query: query, articles: articles, searchIndex: index)
      for range in ranges {
        let clamped = range.clamped(to: articles.indices)
        let expected = clamped.filter {
          query.matchesFilters(articles[$0]) && query.matchesMetadataSearch(articles[$0])
        }.map(Int32.init)
        #expect(matcher.listed(in: range) == expected, "\(query.search.text) \(range)")
        let body = clamped.filter {
          query.matchesFilters(articles[$0]) && !query.matchesMetadataSearch(articles[$0])
        }.map(Int32.init)
        #expect(matcher.needingBodySearch(in: range) == body, "\(query.search.text) \(range)")
      }
    }
    let matcher = ArticleMatcher(
      query: ArticleQuery(search: SearchPattern("x")), articles: articles, searchIndex: index)
    #expect(matcher.listedMask(in: articles.indices, isCancelled: { true }) == nil)
  }
}
