import Foundation
import GazetteModel
import GazetteTestSupport
import Synchronization
import Testing

@testable import GazetteUI

/// `BodySearch` finds the same articles for the same text whether it reads bodies from a data
/// directory (the directory provider) or from memory (the in-memory provider).
@Suite struct BodySearchParityTests {
  /// Bodies written as arrays of strings (the paragraphs), a string body, an empty body and a
  /// body that is not text.
  private static let files: [(String, String)] = [
    ("a.json", #"{"id":"a","title":"A","body":["Straße gesperrt","Umleitung über Nord"]}"#),
    ("b.json", #"{"id":"b","title":"B","body":["ＡＢＣ１２３ 公告","第二段"]}"#),
    ("c.json", #"{"id":"c","title":"C","body":"Cafe\u0301 ouvert.\n\nHoraires d'été."}"#),
    ("d.json", #"{"id":"d","title":"D","body":[]}"#),
    ("e.json", #"{"id":"e","title":"E","body":["서울특별시 대중교통"]}"#),
  ]

  private static let patterns = [
    "", "strasse", "STRASSE GESPERRT", "abc123", "公告", "café", "horaires", "nord",
    "gesperrt Umleitung", "대중", "missing",
  ]

  /// The positions a provider's search reports for `pattern`, sorted.
  private func found(
    by provider: some ArticleProvider, in articles: [Article], _ pattern: String
  ) -> [Int] {
    let matches = Mutex<[Int]>([])
    provider.searchBodies(
      of: articles, matching: SearchPattern(pattern), isCancelled: { false },
      onProgress: { progress in matches.withLock { $0 += progress.matches } })
    return matches.withLock { $0 }.sorted()
  }

  @Test func theInMemorySearchFindsWhatTheDirectorySearchFinds() throws {
    let folder = try TemporaryDirectory()
    let root = folder.path
    for (name, contents) in Self.files {
      try folder.write(name, contents)
    }
    let directory = DirectoryArticleProvider(root: root)
    let articles = ArticleLoader(root: root).loadAll().articles
    #expect(articles.map(\.id) == ["a", "b", "c", "d", "e"])
    var bodies: [String: ArticleBody] = [:]
    for article in articles {
      bodies[article.id] = try BodyReader(root: root).body(of: article)
    }
    let memory = InMemoryArticleProvider(articles: articles, bodies: bodies)
    for pattern in Self.patterns {
      let expected = found(by: directory, in: articles, pattern)
      #expect(found(by: memory, in: articles, pattern) == expected, "\(pattern)")
    }
    #expect(found(by: memory, in: articles, "strasse") == [0])
    #expect(found(by: memory, in: articles, "") == [0, 1, 2, 3, 4])
  }

  @Test func anEmptyPatternMatchesEveryArticleEvenUnreadableOnes() {
    let articles = (0..<3).map { SampleArticles.article("x\($0)", "X", source: nil, day: 1) }
    let provider = InMemoryArticleProvider(
      articles: articles, bodies: ["x0": ArticleBody(paragraphs: ["text"])],
      bodyProblems: ["x2": LoadProblem(path: "x2.json", message: "gone")])
    #expect(found(by: provider, in: articles, "") == [0, 1, 2])
    #expect(found(by: provider, in: articles, "text") == [0])
  }
}
