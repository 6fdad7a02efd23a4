import Testing

@testable import GazetteModel

/// `ArticleSortOrder`: each field, reversed, missing values last, ties in date order, and the
/// folded code-point collation for titles and sources.
@Suite struct ArticleSortOrderTests {
  private func article(
    _ id: String, _ title: String, source: String? = nil, day: Int? = nil, views: Int? = nil
  ) -> Article {
    Article(
      id: id, title: title, source: source,
      published: day.map { PublishedDate(year: 2024, month: 6, day: $0) }, url: nil,
      category: [], views: views, location: ArticleLocation(relativePath: "\(id).json"))
  }

  private var articles: [Article] {
    [
      article("a", "ｂeta notice", source: "Ｏsaka", day: 3, views: 10),
      article("b", "Alpha notice", source: "osaka", day: 5, views: nil),
      article("c", "가나 공지", source: "서울", day: 1, views: 300),
      article("d", "あいうえお", source: "東京", day: nil, views: 300),
      article("e", "アイウ", source: nil, day: 2, views: 5),
      article("f", "大阪市のお知らせ", source: "大阪市", day: 4, views: 7),
    ]
  }

  private func ids(_ order: ArticleSortOrder) -> [String] {
    order.sorted(articles).map(\.id)
  }

  @Test func dateIsNewestFirstUndatedLastAndReversedOldestFirstUndatedStillLast() {
    #expect(ids(ArticleSortOrder()) == ["b", "f", "a", "e", "c", "d"])
    #expect(ids(ArticleSortOrder(field: .date, reversed: true)) == ["c", "e", "a", "f", "b", "d"])
  }

  @Test func titlesCompareFoldedThenByCodePoint() {
    // "Alpha" < "ｂeta" (fullwidth b folds to b) < hiragana < katakana < Han < Hangul.
    #expect(ids(ArticleSortOrder(field: .title)) == ["b", "a", "d", "e", "f", "c"])
    #expect(ids(ArticleSortOrder(field: .title, reversed: true)) == ["c", "f", "e", "d", "a", "b"])
  }

  @Test func sourcesTieInDateOrderAndMissingSourcesComeLast() {
    // "Ｏsaka" and "osaka" fold alike: the newer (b, the 5th) first; 東京 folds to 东京, before 大阪市.
    #expect(ids(ArticleSortOrder(field: .source)) == ["b", "a", "d", "f", "c", "e"])
    #expect(
      ids(ArticleSortOrder(field: .source, reversed: true)) == ["c", "f", "d", "b", "a", "e"])
  }

  @Test func viewsAreMostFirstAndMissingLast() {
    // c and d both have 300: c is dated, d is not, so c first.
    #expect(ids(ArticleSortOrder(field: .views)) == ["c", "d", "a", "f", "e", "b"])
    #expect(ids(ArticleSortOrder(field: .views, reversed: true)) == ["e", "f", "a", "c", "d", "b"])
  }

  @Test func theFieldsCycleAndTheDescriptionSaysTheOrder() {
    var order = ArticleSortOrder()
    var seen: [String] = []
    for _ in 0..<5 {
      seen.append(order.description)
      order = order.nextField
    }
    #expect(seen == ["date", "source", "title", "views", "date"])
    #expect(ArticleSortOrder(field: .title, reversed: true).description == "title reversed")
  }

  @Test func theStandardOrderIsArticleOrder() {
    #expect(ids(.standard) == ArticleOrder.sorted(articles).map(\.id))
  }
}
