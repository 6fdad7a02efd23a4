import Foundation
import GazetteModel
import Synchronization
import Testing

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
    let chunks = Mutex<[BodySearchChunk]>([])
    let summary = search.run { chunk in chunks.withLock { $0.append(chunk) } }
    let titles = Set(summary.matchingIndices.map { articles[$0].title })
    #expect(titles == Set((0..<12).map { "t\($0 * 10)" } + ["e"]))
    #expect(!summary.wasCancelled)
    #expect(summary.searched == articles.count)
    let delivered = chunks.withLock { $0 }
    #expect(delivered.count > 1)
    #expect(Set(delivered.flatMap(\.matchingIndices)) == Set(summary.matchingIndices))
    #expect(delivered.flatMap(\.matchingIDs).count == summary.matchCount)
    #expect(delivered.last?.searched == articles.count)

    let german = BodySearch(
      articles: articles, pattern: SearchPattern("straße"), root: directory.path)
    #expect(german.run { _ in }.matchingIndices.map { articles[$0].title } == ["x2"])
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
