import Foundation
import GazetteModel
import GazetteTestSupport
import Testing

@testable import GazetteIndex

/// The reader's body search through a prepared index: the same matches as the files give.
@Suite struct PreparedIndexTests {
  @Test func searchesLikeTheFilesOnceAnIndexIsPrepared() throws {
    let data = try TemporaryDirectory()
    let cache = try TemporaryDirectory()
    for number in 0..<60 {
      let body = number % 7 == 0 ? "盤錦市召開文明城市創建推進會議" : "天气预报：明天多云，文明出行"
      try data.write("n/\(number).json", #"{"title": "t\#(number)", "body": "\#(body)"}"#)
    }
    let environment = ["XDG_CACHE_HOME": cache.path, "HOME": cache.path]
    let articles = ArticleLoader(root: data.path).loadAll().articles
    let prepared = PreparedIndex()
    // No index yet: nothing prepared, the caller searches the files.
    prepared.prepare(directory: data.path, environment: environment)
    #expect(prepared.current == nil)
    let location = try #require(IndexLocation(dataDirectory: data.path, environment: environment))
    _ = try ArticleIndex.build(at: location, scanner: DirectoryScanner(root: data.path))
    // A file changed after the build: preparing brings the index up to date.
    try data.write("n/1.json", #"{"title": "t1", "body": "盘锦新闻"}"#)
    let reloaded = ArticleLoader(root: data.path).loadAll().articles
    prepared.prepare(directory: data.path, environment: ["GAZETTE_NO_INDEX": "1"])
    #expect(prepared.current == nil)
    prepared.prepare(directory: data.path, environment: environment)
    #expect(prepared.current != nil)
    #expect(articles.count == reloaded.count)

    for text in ["盘锦", "盤錦市", "文明城市", "文", "多云，文明", "nothing"] {
      let pattern = SearchPattern(text)
      var reported: [Int] = []
      var last: BodySearchProgress?
      let answered = prepared.searchBodies(
        of: reloaded, matching: pattern, root: data.path, limits: .standard,
        isCancelled: { false },
        onProgress: { progress in
          reported.append(contentsOf: progress.matches)
          last = progress
        })
      #expect(answered)
      #expect(last?.searched == reloaded.count && last?.total == reloaded.count)
      let scanned = BodySearch(articles: reloaded, pattern: pattern, root: data.path)
        .run(onProgress: { _ in }).matchingIndices
      #expect(reported.sorted() == scanned, "\(text)")
    }
    #expect(
      !prepared.searchBodies(
        of: reloaded, matching: SearchPattern(""), root: data.path, limits: .standard,
        isCancelled: { false }, onProgress: { _ in }))
  }
}
