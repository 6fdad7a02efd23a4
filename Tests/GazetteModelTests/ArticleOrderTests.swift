import GazetteModel
import Testing

/// The list order and its fast sort.
@Suite struct ArticleOrderTests {
  static func article(_ id: String, _ date: String?) -> Article {
    Article(
      id: id, title: id, published: date.flatMap { PublishedDate(parsing: $0) },
      location: ArticleLocation(relativePath: id + ".json"))
  }

  @Test func newestFirstUndatedLastThenByID() {
    let articles = [
      Self.article("b", nil), Self.article("z", "2023-05-05"), Self.article("a", nil),
      Self.article("y", "2023-05-05"), Self.article("m", "2023-05-05T10:00"),
      Self.article("old", "2001-01-01"), Self.article("中", nil), Self.article("abcdefghij2", nil),
      Self.article("abcdefghij1", nil),
    ]
    let expected = ["m", "y", "z", "old", "a", "abcdefghij1", "abcdefghij2", "b", "中"]
    #expect(ArticleOrder.sorted(articles).map(\.id) == expected)
    #expect(articles.sorted(by: ArticleOrder.areInIncreasingOrder).map(\.id) == expected)
    var inPlace = articles
    ArticleOrder.sort(&inPlace)
    #expect(inPlace.map(\.id) == expected)
  }

  @Test func fastSortAgreesWithTheComparator() {
    var generator = SystemRandomNumberGenerator()
    let articles = (0..<2_000).map { number -> Article in
      let day = Int.random(in: 1...28, using: &generator)
      let date =
        number % 5 == 0
        ? nil : "2023-0\(Int.random(in: 1...9, using: &generator))-\(day < 10 ? "0" : "")\(day)"
      return Self.article("id\(Int.random(in: 0...500, using: &generator))/\(number)", date)
    }
    #expect(ArticleOrder.sorted(articles) == articles.sorted(by: ArticleOrder.areInIncreasingOrder))
  }
}
