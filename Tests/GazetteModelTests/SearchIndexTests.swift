import GazetteModel
import Testing

/// The packed index of folded titles and sources.
@Suite struct SearchIndexTests {
  static let articles = [
    ("盘锦市文明城市创建", "盘锦市人民政府"),
    ("City Council Minutes", "City Council"),
    ("Ｓｔｒａßｅ works", nil),
    ("港区のお知らせ", "東京都港区"),
    ("citycouncil", "c"),
    ("ab", "c"),
  ].enumerated().map { number, fields in
    Article(
      id: "a\(number)", title: fields.0, source: fields.1,
      location: ArticleLocation(relativePath: "a\(number).json"))
  }

  @Test func findsTitlesAndSources() {
    let index = SearchIndex(articles: Self.articles)
    #expect(index.count == 6)
    #expect(index.matchingIndices(SearchPattern("council")) == [1, 4])
    #expect(index.matchingIndices(SearchPattern("STRASSE")) == [2])
    #expect(index.matchingIndices(SearchPattern("市")) == [0])
    #expect(index.matchingIndices(SearchPattern("港区")) == [3])
    #expect(index.matchingIndices(SearchPattern("")) == [0, 1, 2, 3, 4, 5])
    #expect(index.matchingIndices(SearchPattern("nothing")).isEmpty)
  }

  @Test func matchesNeverSpanTwoFields() {
    let index = SearchIndex(articles: Self.articles)
    // "ab" + "c" are neighbours in the buffer but not one text.
    #expect(index.matchingIndices(SearchPattern("abc")).isEmpty)
    #expect(index.matchingIndices(SearchPattern("minutescity")).isEmpty)
    #expect(!index.matches(SearchPattern("abc"), at: 5))
    #expect(index.matches(SearchPattern("C"), at: 5))
    #expect(!index.matches(SearchPattern("C"), at: 99))
  }

  @Test func agreesWithMatchingOneByOne() {
    let index = SearchIndex(articles: Self.articles)
    for text in ["c", "city", "ＣＩＴＹ", "市人民", "s", "ss", "の", "works", "a"] {
      let pattern = SearchPattern(text)
      let expected = Self.articles.indices.filter {
        pattern.matches(Self.articles[$0].title) || pattern.matches(Self.articles[$0].source ?? "")
      }
      #expect(index.matchingIndices(pattern) == expected, "\(text)")
      #expect(
        Self.articles.indices.filter { index.matches(pattern, at: $0) } == expected, "\(text)")
    }
  }
}
