import GazetteModel
import Testing

/// `ArticleMetadata`: the details line and the URL line of `gazette show` and the reader.
@Suite struct ArticleMetadataTests {
  private func article(
    source: String? = nil, date: String? = nil, url: String? = nil, category: [String] = [],
    views: Int? = nil
  ) -> Article {
    Article(
      id: "a", title: "t", source: source, published: date.flatMap { PublishedDate(parsing: $0) },
      url: url, category: category, views: views, location: ArticleLocation(relativePath: "a.json"))
  }

  @Test func joinsEveryDetailInOrder() {
    let full = article(
      source: "盤錦日報", date: "2023-05-05T09:30:00+08:00", url: "http://example.gov/1.html",
      category: ["首頁", "要聞動態"], views: 1_234)
    #expect(
      ArticleMetadata.details(of: full) == "盤錦日報 · 2023-05-05 · 1,234 views · 首頁 › 要聞動態")
  }

  @Test(arguments: [
    (0, "0 views"), (1, "1 view"), (2, "2 views"), (999, "999 views"), (1_000, "1,000 views"),
    (1_234_567, "1,234,567 views"),
  ])
  func viewsAreGroupedAndSingularForOne(views: Int, expected: String) {
    #expect(ArticleMetadata.details(of: article(views: views)) == expected)
  }

  @Test func leavesOutWhatIsMissingOrEmpty() {
    #expect(ArticleMetadata.details(of: article()) == "")
    #expect(ArticleMetadata.details(of: article(source: "", url: "", category: ["", ""])) == "")
    #expect(ArticleMetadata.details(of: article(category: ["a", "", "b"])) == "a › b")
    #expect(ArticleMetadata.details(of: article(source: "S", url: "u")) == "S")
  }

  @Test func countsAreGroupedByThousands() {
    #expect(GroupedNumber.format(0) == "0")
    #expect(GroupedNumber.format(999) == "999")
    #expect(GroupedNumber.format(1_000) == "1,000")
    #expect(GroupedNumber.format(100_000) == "100,000")
    #expect(GroupedNumber.format(-1_234_567) == "-1,234,567")
  }

  @Test func detailsLeaveTheURLToALineOfItsOwn() {
    let full = article(source: "S", date: "2023-05-05", url: "https://example.gov/a")
    #expect(ArticleMetadata.details(of: full) == "S · 2023-05-05")
    #expect(ArticleMetadata.url(of: full) == "https://example.gov/a")
    #expect(ArticleMetadata.url(of: article(url: "")) == nil)
    #expect(ArticleMetadata.details(of: article(url: "u")) == "")
  }
}
