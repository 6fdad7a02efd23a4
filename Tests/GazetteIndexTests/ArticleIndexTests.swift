import Foundation
import GazetteModel
import GazetteTestSupport
import Testing

@testable import GazetteIndex

/// The persistent index: round trip, damage, changes between runs, concurrent builds.
@Suite struct ArticleIndexTests {
  /// A data directory and a cache home, both temporary.
  struct Fixture {
    let data: TemporaryDirectory
    let cache: TemporaryDirectory
    var location: IndexLocation {
      IndexLocation(realDirectory: data.path, cacheHome: cache.path)
    }
    var scanner: DirectoryScanner { DirectoryScanner(root: data.path) }
  }

  static func fixture() throws -> Fixture {
    let data = try TemporaryDirectory()
    try data.write(
      "盤錦日報/2023/a.json",
      #"{"title": "明確目標 突出重點", "source": "盤錦日報", "published": "2023-05-05T09:30:00+08:00", "views": 546, "category": ["首頁", "要聞"], "language": "zh-Hant", "url": "https://example.org/a", "body": ["今年是全面振興新突破三年行動的首戰之年", "我市已連續兩屆獲得全國文明城市稱號"]}"#
    )
    try data.write(
      "盘锦/b.json",
      #"[{"id": "same", "title": "盘锦市发布暴雨预警", "source": "盘锦日报", "published": "2024-07-22", "body": "预计23日夜间有大到暴雨"}, {"id": "same", "title": "Second", "body": "Stra\u00dfe und ＳＴＲＡＳＳＥ"}, {"title": "no body"}]"#
    )
    try data.write("broken.json", #"{"title": "x", "body": "#)
    try data.write("empty/none.txt", "not json")
    try data.write("z.json", #"{"id": "same", "title": "Ω", "published": "yesterday", "body": ""}"#)
    return Fixture(data: data, cache: try TemporaryDirectory())
  }

  static func expectSameLoad(_ indexed: LoadResult, _ scanned: LoadResult) {
    #expect(indexed.articles == scanned.articles)
    #expect(indexed.problems == scanned.problems)
    #expect(indexed.fileCount == scanned.fileCount)
  }

  @Test func roundTripGivesWhatALoadGives() throws {
    let fixture = try Self.fixture()
    let index = try ArticleIndex.build(at: fixture.location, scanner: fixture.scanner)
    let scanned = ArticleLoader(root: fixture.data.path).loadAll()
    #expect(scanned.articles.count == 4)
    Self.expectSameLoad(try index.load(), scanned)

    let reopened = try #require(try ArticleIndex.openExisting(at: fixture.location))
    Self.expectSameLoad(try reopened.load(), scanned)
    let status = try reopened.status()
    #expect(status.files == 4)
    #expect(status.articles == 4)
    #expect(status.bytes > 0)
  }

  @Test func textWithNULComesBackWhole() throws {
    let fixture = try Self.fixture()
    try fixture.data.write(
      "nul.json",
      #"{"id": "a\u0000b", "title": "T\u0000itle", "source": "S\u0000", "url": "u\u0000", "category": ["c\u0000d"], "language": "x\u0000", "body": "b\u0000ody", "extra": 1, "title": "T\u0000itle"}"#
    )
    let index = try ArticleIndex.build(at: fixture.location, scanner: fixture.scanner)
    let scanned = ArticleLoader(root: fixture.data.path).loadAll()
    #expect(scanned.articles.contains { $0.title == "T\u{0}itle" })
    #expect(scanned.problems.contains { $0.message.contains("more than once") })
    Self.expectSameLoad(try index.load(), scanned)
    #expect(
      try index.bodyCandidates(SearchPattern("b\u{0}o"))?.places == [
        ArticleLocation(relativePath: "nul.json")
      ])
  }

  @Test func searchesBodiesThroughTheIndex() throws {
    let fixture = try Self.fixture()
    let index = try ArticleIndex.build(at: fixture.location, scanner: fixture.scanner)
    func titles(_ text: String) throws -> Set<String> {
      let articles = try index.load().articles
      let found = try #require(
        try index.bodyMatches(SearchPattern(text), in: articles, root: fixture.data.path))
      return Set(found.map { articles[$0].title })
    }
    #expect(try titles("文明城市") == ["明確目標 突出重點"])
    #expect(try titles("文明") == ["明確目標 突出重點"])
    #expect(try titles("振") == ["明確目標 突出重點"])
    #expect(try titles("振兴") == ["明確目標 突出重點"])  // Simplified finds Traditional
    #expect(try titles("預計") == ["盘锦市发布暴雨预警"])  // and Traditional Simplified
    #expect(try titles("strasse") == ["Second"])
    #expect(try titles("stra") == ["Second"])
    #expect(try titles("asse") == ["Second"])
    #expect(try titles("23日") == ["盘锦市发布暴雨预警"])
    #expect(try titles("nothing here").isEmpty)
    #expect(try index.bodyCandidates(SearchPattern("")) == nil)
    #expect(try index.bodyCandidates(SearchPattern("\u{301}x")) == nil)
    // One or two characters are exact; longer patterns are checked against the files.
    #expect(try index.bodyCandidates(SearchPattern("文"))?.areExact == true)
    #expect(try index.bodyCandidates(SearchPattern("文明"))?.areExact == true)
    #expect(try index.bodyCandidates(SearchPattern("文明城"))?.areExact == false)
  }

  @Test func bodiesLeftToTheFirstSearchAreIndexedThen() throws {
    let fixture = try Self.fixture()
    let index = try ArticleIndex.build(
      at: fixture.location, scanner: fixture.scanner, indexingBodies: false)
    #expect(!index.hasBodies)
    Self.expectSameLoad(try index.load(), ArticleLoader(root: fixture.data.path).loadAll())
    // A file changed before the first search is replaced whole when the bodies are indexed.
    try fixture.data.write("z.json", #"{"id": "same", "title": "Ω changed", "body": "新的正文"}"#)
    let candidates = try #require(try index.bodyCandidates(SearchPattern("正文")))
    #expect(index.hasBodies)
    #expect(candidates.places == [ArticleLocation(relativePath: "z.json")])
    #expect(
      try index.bodyCandidates(SearchPattern("预计"))?.places == [
        ArticleLocation(relativePath: "盘锦/b.json", index: 1)
      ])
    Self.expectSameLoad(try index.load(), ArticleLoader(root: fixture.data.path).loadAll())
  }

  // MARK: - Damage

  @Test func noIndexIsNil() throws {
    let fixture = try Self.fixture()
    #expect(try ArticleIndex.openExisting(at: fixture.location) == nil)
  }

  @Test(arguments: ["truncated", "garbage", "newer", "emptied", "current"])
  func damagedIndexIsRebuiltWithAMessage(_ damage: String) throws {
    let fixture = try Self.fixture()
    let index = try ArticleIndex.build(at: fixture.location, scanner: fixture.scanner)
    let path = index.path
    switch damage {
    case "truncated":
      let size = try #require(ArticleIndex.fileSize(path))
      #expect(truncate(path, off_t(size / 2)) == 0)
    case "garbage":
      try Data((0..<50_000).map { UInt8(truncatingIfNeeded: $0 &* 7919) }).write(
        to: URL(fileURLWithPath: path))
    case "newer":
      let database = try ArticleIndex.openExisting(at: fixture.location)
      #expect(database != nil)
      try IndexTestSQL.execute(
        "UPDATE meta SET value = '99' WHERE key = 'format'", in: path)
    case "emptied":
      #expect(truncate(path, 0) == 0)
    default:
      try "index-nothing.sqlite\n".write(
        toFile: fixture.location.currentFile, atomically: true, encoding: .utf8)
    }
    #expect(throws: IndexProblem.self) {
      let damaged = try ArticleIndex.openExisting(at: fixture.location)
      _ = try damaged?.load()
    }
    let opened = IndexedDirectory.open(at: fixture.location, scanner: fixture.scanner)
    #expect(opened.wasBuilt)
    #expect(opened.messages.count == 1)
    #expect(opened.messages.first?.hasSuffix("rebuilding it") == true)
    if damage == "newer" {
      #expect(opened.messages.first?.contains("newer Gazette (format 99)") == true)
    }
    Self.expectSameLoad(
      try #require(opened.result), ArticleLoader(root: fixture.data.path).loadAll())
    let again = IndexedDirectory.open(at: fixture.location, scanner: fixture.scanner)
    #expect(!again.wasBuilt)
    #expect(again.messages.isEmpty)
  }

  @Test func unwritableCacheFallsBackToNoIndex() throws {
    let fixture = try Self.fixture()
    try fixture.cache.write("file", "a file where the cache folder should be")
    let location = IndexLocation(
      realDirectory: fixture.data.path, cacheHome: fixture.cache.path + "/file")
    let opened = IndexedDirectory.open(at: location, scanner: fixture.scanner)
    #expect(opened.index == nil)
    #expect(opened.result == nil)
    #expect(opened.messages.count == 1)
    #expect(opened.messages.first?.contains("without an index") == true)
  }

  // MARK: - Changes

  @Test func changesBetweenRunsAreApplied() throws {
    let fixture = try Self.fixture()
    let index = try ArticleIndex.build(at: fixture.location, scanner: fixture.scanner)
    #expect(try index.revalidate(with: fixture.scanner).isEmpty)

    try fixture.data.write("new.json", #"{"title": "Added", "body": "新增文章"}"#)
    // A different size, so the change shows even within the file system's time resolution.
    try fixture.data.write("z.json", #"{"id": "same", "title": "Changed title", "body": "改了"}"#)
    #expect(
      rename(fixture.data.path + "/盘锦/b.json", fixture.data.path + "/盘锦/moved.json") == 0)
    #expect(unlink(fixture.data.path + "/broken.json") == 0)

    let changes = try index.revalidate(with: fixture.scanner)
    #expect(changes.added == ["new.json"])
    #expect(changes.changed == ["z.json"])
    #expect(changes.removed == ["broken.json"])
    #expect(changes.renamed.map(\.from) == ["盘锦/b.json"])
    #expect(changes.renamed.map(\.to) == ["盘锦/moved.json"])
    let scanned = ArticleLoader(root: fixture.data.path).loadAll()
    Self.expectSameLoad(try index.load(), scanned)
    #expect(try index.status().orphans == 3)
    #expect(
      try index.bodyCandidates(SearchPattern("改"))?.places == [
        ArticleLocation(relativePath: "z.json")
      ])
    #expect(
      try index.bodyCandidates(SearchPattern("暴雨"))?.places.map(\.relativePath) == [
        "盘锦/moved.json"
      ])
    #expect(try index.revalidate(with: fixture.scanner).isEmpty)

    // The next run sees the same.
    let reopened = try #require(try ArticleIndex.openExisting(at: fixture.location))
    Self.expectSameLoad(try reopened.load(), scanned)
  }

  @Test func openingRevalidatesBeforeLoading() throws {
    let fixture = try Self.fixture()
    let built = IndexedDirectory.open(at: fixture.location, scanner: fixture.scanner)
    #expect(built.wasBuilt)
    try fixture.data.write("later.json", #"{"title": "Later", "body": "后来"}"#)
    let stale = IndexedDirectory.open(at: fixture.location, scanner: fixture.scanner)
    #expect(stale.result?.articles.contains { $0.title == "Later" } == false)
    let fresh = IndexedDirectory.open(
      at: fixture.location, scanner: fixture.scanner, revalidating: true)
    #expect(!fresh.wasBuilt)
    #expect(fresh.changes.added == ["later.json"])
    Self.expectSameLoad(
      try #require(fresh.result), ArticleLoader(root: fixture.data.path).loadAll())
  }

  @Test func changesFoundInTwoProcessesAtOnceAreAppliedOnce() throws {
    let fixture = try Self.fixture()
    _ = try ArticleIndex.build(at: fixture.location, scanner: fixture.scanner)
    try fixture.data.write("new.json", #"{"title": "Added", "body": "新增文章"}"#)
    let first = try #require(try ArticleIndex.openExisting(at: fixture.location))
    let second = try #require(try ArticleIndex.openExisting(at: fixture.location))
    _ = try first.revalidate(with: fixture.scanner)
    #expect(try second.revalidate(with: fixture.scanner).isEmpty)
    Self.expectSameLoad(try second.load(), ArticleLoader(root: fixture.data.path).loadAll())
  }

  @Test func twoBuildsAtOnceLeaveOneWholeIndex() throws {
    let fixture = try Self.fixture()
    for number in 0..<300 {
      try fixture.data.write(
        "bulk/\(number).json", #"{"title": "t\#(number)", "body": "正文\#(number)"}"#)
    }
    let location = fixture.location
    let root = fixture.data.path
    let outcomes = [Result<String, IndexProblem>?](repeating: nil, count: 4)
    let box = ResultsBox(outcomes)
    DispatchQueue.concurrentPerform(iterations: 4) { number in
      let outcome = Result { () throws(IndexProblem) -> String in
        try ArticleIndex.build(at: location, scanner: DirectoryScanner(root: root)).path
      }
      box.set(number, outcome)
    }
    for outcome in box.values {
      #expect(throws: Never.self) { try outcome?.get() }
    }
    let opened = try #require(try ArticleIndex.openExisting(at: location))
    Self.expectSameLoad(try opened.load(), ArticleLoader(root: root).loadAll())
    let names = try FileManager.default.contentsOfDirectory(atPath: location.folder)
    #expect(!names.contains { $0.hasPrefix("building-") })
  }

  @Test func locationIsKeyedByTheRealPath() throws {
    let data = try TemporaryDirectory()
    let link = data.path + "-link"
    #expect(symlink(data.path, link) == 0)
    defer { unlink(link) }
    let environment = ["XDG_CACHE_HOME": "/tmp/cache-home", "HOME": "/home/nobody"]
    let direct = try #require(IndexLocation(dataDirectory: data.path, environment: environment))
    let linked = try #require(IndexLocation(dataDirectory: link, environment: environment))
    #expect(direct == linked)
    #expect(direct.folder.hasPrefix("/tmp/cache-home/gazette/index/gazette-test-"))
    let fallback = try #require(
      IndexLocation(dataDirectory: data.path, environment: ["HOME": "/home/nobody"]))
    #expect(fallback.folder.hasPrefix("/home/nobody/.cache/gazette/index/"))
  }
}

/// Results written from several threads, each to its own slot.
final class ResultsBox: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: [Result<String, IndexProblem>?]

  init(_ initial: [Result<String, IndexProblem>?]) {
    stored = initial
  }

  func set(_ index: Int, _ value: Result<String, IndexProblem>) {
    lock.withLock { stored[index] = value }
  }

  var values: [Result<String, IndexProblem>?] { lock.withLock { stored } }
}
