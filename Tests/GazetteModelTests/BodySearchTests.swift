import Foundation
import GazetteTestSupport
import Synchronization
import Testing

@testable import GazetteModel

/// Parallel, cancellable search of bodies.
@Suite struct BodySearchTests {
  static func corpus() throws -> (TemporaryDirectory, [Article]) {
    let directory = try TemporaryDirectory()
    for number in 0..<120 {
      let body = number % 10 == 0 ? "本市召开文明城市创建推进会议。" : "天气预报：明天多云。"
      try directory.write("n/\(number).json", #"{"title": "t\#(number)", "body": "\#(body)"}"#)
    }
    try directory.write(
      "array.json",
      #"[{"title": "x1", "body": ["nothing"]}, {"title": "x2", "body": ["a", "ＳＴＲＡＳＳＥ"]}]"#)
    try directory.write("escaped.json", #"{"title": "e", "body": "\u6587\u660e\u57ce\u5e02"}"#)
    let articles = ArticleLoader(root: directory.path).loadAll().articles
    return (directory, articles)
  }

  @Test func findsMatchingBodies() throws {
    let (directory, articles) = try Self.corpus()
    let search = BodySearch(
      articles: articles, pattern: SearchPattern("文明城市"), root: directory.path)
    let chunks = Mutex<[BodySearchProgress]>([])
    let summary = search.run { chunk in chunks.withLock { $0.append(chunk) } }
    let titles = Set(summary.matchingIndices.map { articles[$0].title })
    #expect(titles == Set((0..<12).map { "t\($0 * 10)" } + ["e"]))
    #expect(!summary.wasCancelled)
    #expect(summary.searched == articles.count)
    let delivered = chunks.withLock { $0 }
    #expect(delivered.count > 1)
    #expect(Set(delivered.flatMap(\.matches)) == Set(summary.matchingIndices))
    #expect(delivered.flatMap(\.matches).map { articles[$0].id }.count == summary.matchCount)
    #expect(delivered.last?.searched == articles.count)

    let german = BodySearch(
      articles: articles, pattern: SearchPattern("straße"), root: directory.path)
    #expect(german.run { _ in }.matchingIndices.map { articles[$0].title } == ["x2"])
  }

  /// A sequence that counts the elements it hands out, over all its iterators.
  final class CountingNumbers: Sequence {
    let numbers: [Int?]
    private(set) var produced = 0

    init(_ numbers: [Int?]) {
      self.numbers = numbers
    }

    func makeIterator() -> AnyIterator<Int?> {
      var iterator = numbers.makeIterator()
      return AnyIterator { [self] in
        guard let next = iterator.next() else { return nil }
        produced += 1
        return next
      }
    }
  }

  /// Matches in one file are found in one pass over them, not one pass per article: a file of
  /// 100,000 articles would otherwise cost 10^10 comparisons (5 s for `list --search`).
  @Test func matchesInAFileAreLookedUpInOnePass() {
    let count = 20_000
    let members = (0..<count).map { (position: count - $0, number: Optional($0 + 1)) }
    let numbers = CountingNumbers((1...count).filter { $0 % 3 != 0 })
    let found = BodySearch.positions(of: members, numberedIn: numbers)
    #expect(numbers.produced <= numbers.numbers.count)
    #expect(found.count == numbers.numbers.count)
    #expect(found.prefix(3) == [count, count - 1, count - 3])
    let single = BodySearch.positions(of: [(position: 7, number: nil)], numberedIn: [nil])
    #expect(single == [7])
    #expect(BodySearch.positions(of: [(position: 7, number: nil)], numberedIn: [1]).isEmpty)
  }

  /// One file of 20,000 tiny articles: the right ones match, in the order of `articles`.
  @Test func searchesAFileOfManyArticles() throws {
    let directory = try TemporaryDirectory()
    let count = 20_000
    let objects = (1...count).map { number in
      #"{"title": "t\#(number)", "body": "\#(number % 7 == 0 ? "match" : "other")"}"#
    }
    try directory.write("many.json", "[" + objects.joined(separator: ",") + "]")
    let articles = ArticleLoader(root: directory.path).loadAll().articles
    #expect(articles.count == count)
    let clock = ContinuousClock()
    let start = clock.now
    let summary = BodySearch(
      articles: articles, pattern: SearchPattern("match"), root: directory.path
    )
    .run { _ in }
    #expect(clock.now - start < .seconds(10))
    #expect(summary.matchCount == count / 7)
    #expect(summary.matchingIndices.allSatisfy { articles[$0].location.index.map { $0 % 7 } == 0 })
  }

  @Test func missingFilesAreProblems() throws {
    let (directory, articles) = try Self.corpus()
    try FileManager.default.removeItem(atPath: directory.path + "/n/0.json")
    let summary = BodySearch(articles: articles, pattern: SearchPattern("文明"), root: directory.path)
      .run { _ in }
    #expect(summary.problems.map(\.path) == ["n/0.json"])
    #expect(summary.matchCount == 12)
  }

  @Test func cancellingStopsTheSearch() throws {
    let (directory, articles) = try Self.corpus()
    let search = BodySearch(articles: articles, pattern: SearchPattern("文明"), root: directory.path)
    let chunkCount = Mutex(0)
    let summary = search.run { _ in
      chunkCount.withLock { $0 += 1 }
      search.cancel()
    }
    #expect(summary.wasCancelled)
    #expect(chunkCount.withLock { $0 } == 1)
    #expect(summary.searched < articles.count)
  }
}

/// `ArticleMatcher.matchingIndices(searchingBodiesIn:)`: what `gazette list` prints.
@Suite struct ListSelectionTests {
  @Test func filtersThenTitlesThenBodiesInListOrder() throws {
    let (directory, articles) = try BodySearchTests.corpus()
    let query = ArticleQuery(search: SearchPattern("文明城市"))
    let found = ArticleMatcher(query: query, articles: articles)
      .matchingIndices(searchingBodiesIn: directory.path)
    #expect(found == found.sorted())
    #expect(Set(found.map { articles[$0].title }) == Set((0..<12).map { "t\($0 * 10)" } + ["e"]))
    let byTitle = ArticleMatcher(
      query: ArticleQuery(search: SearchPattern("X2")), articles: articles
    ).matchingIndices(searchingBodiesIn: directory.path)
    #expect(byTitle.map { articles[$0].title } == ["x2"])
    let none = ArticleMatcher(
      query: ArticleQuery(sources: ["nosuch"], search: SearchPattern("文明")), articles: articles
    ).matchingIndices(searchingBodiesIn: directory.path)
    #expect(none.isEmpty)
  }

  @Test func bodiesReadFromMemoryFollowTheSameRule() throws {
    let (directory, articles) = try BodySearchTests.corpus()
    let root = directory.path
    let fromFiles = BodySearch(articles: articles, pattern: SearchPattern("straße"), root: root)
      .run(onProgress: { _ in }).matchingIndices
    let fromMemory = BodySearch(
      articles: articles, pattern: SearchPattern("straße"),
      bodies: .reader { article throws(LoadProblem) in
        try BodyReader(root: root).body(of: article)
      }
    ).run(onProgress: { _ in }).matchingIndices
    #expect(fromFiles == fromMemory)
    #expect(fromMemory.map { articles[$0].title } == ["x2"])
  }
}
