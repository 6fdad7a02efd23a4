import Testing

@testable import GazetteModel

/// Source and date filters, and the metadata search.
@Suite struct ArticleQueryTests {
  static func article(_ title: String, source: String?, date: String?) -> Article {
    Article(
      id: title, title: title, source: source,
      published: date.flatMap { PublishedDate(parsing: $0) },
      location: ArticleLocation(relativePath: title + ".json"))
  }

  let articles = [
    article("early", source: "盤錦日報", date: "2023-05-04T23:59:00+08:00"),
    article("day", source: "盤錦日報", date: "2023-05-05"),
    article("late", source: "City Council", date: "2023-05-05T23:59:59Z"),
    article("next", source: nil, date: "2023-05-06T00:00"),
    article("undated", source: "City Council", date: nil),
  ]

  func titles(_ query: ArticleQuery) -> [String] {
    articles.filter(query.matchesFilters).map(\.title)
  }

  @Test func dateRangeIsInclusiveByDay() {
    let day = PublishedDate(parsing: "2023-05-05")
    #expect(titles(ArticleQuery(since: day, until: day)) == ["day", "late"])
    #expect(titles(ArticleQuery(since: day)) == ["day", "late", "next"])
    #expect(titles(ArticleQuery(until: day)) == ["early", "day", "late"])
    let evening = PublishedDate(parsing: "2023-05-05T20:00")
    #expect(titles(ArticleQuery(since: evening, until: evening)) == ["day", "late"])
  }

  @Test func sourcesFilterExactly() {
    #expect(titles(ArticleQuery(sources: ["City Council"])) == ["late", "undated"])
    #expect(titles(ArticleQuery(sources: ["盤錦日報", ""])) == ["early", "day", "next"])
    #expect(titles(ArticleQuery(sources: ["city council"])).isEmpty)
    #expect(titles(ArticleQuery()) == articles.map(\.title))
  }

  @Test func metadataSearchCoversTitleAndSource() {
    let query = ArticleQuery(search: SearchPattern("ｃｉｔｙ"))
    #expect(articles.filter(query.matchesMetadataSearch).map(\.title) == ["late", "undated"])
    let title = ArticleQuery(search: SearchPattern("EARLY"))
    #expect(articles.filter(title.matchesMetadataSearch).map(\.title) == ["early"])
    #expect(ArticleQuery() == ArticleQuery(sources: [], search: SearchPattern("")))
  }
}
