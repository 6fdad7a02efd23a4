import Foundation
import GazetteModel
import GazetteTestSupport
import Synchronization
import Testing

/// Loading a whole data directory: walking, problems, ids, order, streaming.
@Suite struct ArticleLoaderTests {
  static func problems(_ result: LoadResult, in path: String) -> [LoadProblem] {
    result.problems.filter { $0.path == path }
  }

  @Test func loadsTheFixtureTree() throws {
    let directory = try TemporaryDirectory(copyingFixture: "data")
    let result = ArticleLoader(root: directory.path).loadAll()

    let titles = Set(result.articles.map(\.title))
    #expect(titles.contains("明確目標 突出重點 壓實責任 形成合力"))
    #expect(titles.contains("关于开展文明城市创建的通知"))
    #expect(titles.contains("港区からのお知らせ"))  // BOM
    #expect(titles.contains("Council minutes"))  // CRLF body, null fields
    #expect(titles.contains("서울시 공지"))  // nested three folders deep
    #expect(titles.contains("Inside a folder named folder.json"))
    #expect(titles.contains("Kept despite wrong types"))
    #expect(titles.contains("Odd date") && titles.contains("Bad date"))
    #expect(!titles.contains("No body"))
    #expect(result.articles.count == 14)
    #expect(result.fileCount == 21)

    // Every unusable file is named, with a position where one applies.
    let expected: [(String, String, Int?, Int?)] = [
      ("bad/blank.json", "the file holds only whitespace, no JSON", nil, nil),
      (
        "bad/deep.json", "arrays and objects are nested more than 64 levels deep (the limit)", 1, 65
      ),
      ("bad/empty-title.json", "`title` is empty", 1, 1),
      ("bad/empty.json", "the file is empty", nil, nil),
      ("bad/missing-body.json", "missing `body`", 1, 1),
      ("bad/missing-title.json", "missing `title`", 1, 1),
      ("bad/not-utf8.json", "not valid UTF-8: incomplete character (a byte is missing)", 3, 15),
      (
        "bad/syntax.json",
        "invalid JSON: trailing comma: expected another field after `,`, found `}`", 3, 14
      ),
      (
        "bad/top-string.json",
        "the top level should be an article object or an array of them, found a string", 1, 1
      ),
      ("panjin/2023/notices.json", "article 2: missing `title`", 12, 2),
    ]
    for (path, message, line, column) in expected {
      let found = Self.problems(result, in: path)
      #expect(found.count == 1, "\(path)")
      #expect(found.first?.message == message, "\(path)")
      #expect(found.first?.line == line && found.first?.column == column, "\(path)")
      #expect(found.first?.severity == .error, "\(path)")
    }
    #expect(
      Self.problems(result, in: "bad/wrong-types.json").map(\.severity) == [.warning, .warning])
    #expect(Self.problems(result, in: "bad/date.json").map(\.severity) == [.warning])
    #expect(Self.problems(result, in: "bad/impossible-date.json").map(\.severity) == [.warning])

    // Problems are ordered by path (walk order), then line.
    let paths = result.problems.map(\.path)
    #expect(paths.first == "bad/blank.json")
    #expect(paths == paths.sorted())
  }

  @Test func fieldsSurviveTheTrip() throws {
    let directory = try TemporaryDirectory(copyingFixture: "data")
    let result = ArticleLoader(root: directory.path).loadAll()
    let article = try #require(result.articles.first { $0.id == "panjin-2023-0505" })
    #expect(article.source == "盤錦日報")
    #expect(article.category == ["首頁", "要聞動態", "盤錦要聞"])
    #expect(article.views == 546)
    #expect(article.location == ArticleLocation(relativePath: "panjin/2023/wenming.json"))

    let notice = try #require(result.articles.first { $0.title == "第三条" })
    #expect(notice.id == "panjin/2023/notices#3")
    #expect(notice.location.index == 3)
    #expect(notice.published == PublishedDate(year: 2023, month: 5, day: 6, secondsOfDay: 34_200))

    let korean = try #require(result.articles.first { $0.source == "서울특별시" })
    #expect(korean.published == PublishedDate(year: 2023, month: 5, day: 3))
    #expect(korean.id == "seoul/nested/deep/notice")

    let nfc = try #require(
      result.articles.first { $0.location.relativePath == "nfc/decomposed.json" })
    #expect(nfc.title == "\u{D55C}\u{AE00} Caf\u{E9}")
    #expect(nfc.title.unicodeScalars.count == 7)
    #expect(nfc.source?.unicodeScalars.count == 11)
  }

  @Test func duplicateIDsAreRenamedInPathOrder() throws {
    let directory = try TemporaryDirectory(copyingFixture: "data")
    let result = ArticleLoader(root: directory.path).loadAll()
    let holders = result.articles.filter { $0.id.hasPrefix("same") }
      .sorted { $0.id < $1.id }
      .map { "\($0.id)=\($0.title)" }
    #expect(holders == ["same=First holder", "same~2=Second holder", "same~3=Third holder"])
    let warnings = Self.problems(result, in: "dup/b.json")
    #expect(warnings.map(\.severity) == [.warning, .warning])
    #expect(
      warnings.first?.message
        == "article 1: the id \"same\" is already used by dup/a.json; this article is listed as \"same~2\""
    )
    #expect(Set(result.articles.map(\.id)).count == result.articles.count)
  }

  @Test func articlesAreSortedNewestFirstUndatedLast() throws {
    let directory = try TemporaryDirectory(copyingFixture: "data")
    let articles = ArticleLoader(root: directory.path).loadAll().articles
    #expect(articles.first?.id == "seoul/nested/deep/notice" || articles.first?.published != nil)
    let dated = articles.prefix { $0.published != nil }
    #expect(articles.dropFirst(dated.count).allSatisfy { $0.published == nil })
    #expect(articles == articles.sorted(by: ArticleOrder.areInIncreasingOrder))
    #expect(articles.first?.title == "第三条")  // 2023-05-06 09:30 is the newest
  }

  @Test func skipsHiddenAndNonJSONAndWalksFoldersNamedJSON() throws {
    let directory = try TemporaryDirectory()
    try directory.write("a.json", #"{"title": "visible", "body": "b"}"#)
    try directory.write(".hidden.json", #"{"title": "hidden file", "body": "b"}"#)
    try directory.write(".hidden/inside.json", #"{"title": "hidden folder", "body": "b"}"#)
    try directory.write("sub/.x.json", #"{"title": "hidden nested", "body": "b"}"#)
    try directory.write("notes.txt", "text")
    try directory.write("upper.JSON", #"{"title": "wrong case", "body": "b"}"#)
    try directory.write("x.json/y.json", #"{"title": "folder named x.json", "body": "b"}"#)
    let result = ArticleLoader(root: directory.path).loadAll()
    #expect(Set(result.articles.map(\.title)) == ["visible", "folder named x.json"])
    #expect(result.problems.isEmpty)
    #expect(result.fileCount == 2)
  }

  @Test func pathOrderIsTheByteOrderOfRelativePaths() throws {
    let directory = try TemporaryDirectory()
    for path in ["a/z.json", "a.json", "a-b.json", "a b/c.json", "b.json", "A.json", "a/y/x.json"] {
      try directory.write(path, #"{"id": "same", "title": "\#(path)", "body": "b"}"#)
    }
    try directory.link("a0", to: "a b")
    let result = ArticleLoader(root: directory.path).loadAll()
    let paths = result.articles.map(\.location.relativePath).sorted()
    #expect(
      paths == ["A.json", "a b/c.json", "a-b.json", "a.json", "a/y/x.json", "a/z.json", "b.json"])
    // The id goes to the first file in path order; the rename warnings follow path order too.
    #expect(result.articles.first { $0.id == "same" }?.location.relativePath == "A.json")
    #expect(result.problems.map(\.path) == result.problems.map(\.path).sorted())
    #expect(result.problems.map(\.path).first == "a b/c.json")
  }

  @Test func symbolicLinksNeverLoopOrDuplicate() throws {
    let directory = try TemporaryDirectory()
    try directory.write("news/a.json", #"{"title": "A", "body": "b"}"#)
    try directory.write("other/b.json", #"{"title": "B", "body": "b"}"#)
    try directory.link("news/loop", to: "..")  // a link to a parent folder
    try directory.link("news/self", to: ".")
    try directory.link("alias", to: "other")  // a second path to a folder
    try directory.link("news/link-to-a.json", to: "a.json")  // a second path to a file
    try directory.link("broken.json", to: "missing.json")
    try directory.link("cycle.json", to: "cycle.json")
    let clock = ContinuousClock()
    let start = clock.now
    let result = ArticleLoader(root: directory.path).loadAll()
    #expect(clock.now - start < .seconds(5))
    #expect(result.articles.map(\.title).sorted() == ["A", "B"])
    // "alias" sorts before "other", so B is found first through the link.
    #expect(result.articles.first { $0.title == "B" }?.location.relativePath == "alias/b.json")
    #expect(result.articles.first { $0.title == "A" }?.location.relativePath == "news/a.json")
    #expect(
      Self.problems(result, in: "broken.json").first?.message.hasPrefix("broken symbolic link")
        == true)
    #expect(Self.problems(result, in: "cycle.json").first?.message.contains("link") == true)
    #expect(result.problems.count == 2)
  }

  @Test func unreadableFilesAndFoldersAreProblems() throws {
    let directory = try TemporaryDirectory()
    try directory.write("ok.json", #"{"title": "ok", "body": "b"}"#)
    try directory.write("locked.json", #"{"title": "locked", "body": "b"}"#)
    try directory.write("closed/inner.json", #"{"title": "inner", "body": "b"}"#)
    chmod(directory.path + "/locked.json", 0)
    chmod(directory.path + "/closed", 0)
    let result = ArticleLoader(root: directory.path).loadAll()
    // Root may read anything; elsewhere permissions must turn into problems.
    if access(directory.path + "/locked.json", R_OK) != 0 {
      #expect(result.articles.map(\.title) == ["ok"])
      #expect(
        Self.problems(result, in: "locked.json").first?.message
          == "cannot open the file: permission denied")
      #expect(
        Self.problems(result, in: "closed").first?.message
          == "cannot read this folder: permission denied")
    } else {
      #expect(result.articles.map(\.title).sorted() == ["inner", "locked", "ok"])
      #expect(result.problems.isEmpty)
    }
  }

  @Test func namedPipesAreSkippedWithoutBlocking() throws {
    let directory = try TemporaryDirectory()
    try directory.write("ok.json", #"{"title": "ok", "body": "b"}"#)
    #expect(mkfifo(directory.path + "/pipe.json", 0o644) == 0)
    let result = ArticleLoader(root: directory.path).loadAll()
    #expect(result.articles.map(\.title) == ["ok"])
    #expect(
      Self.problems(result, in: "pipe.json").first?.message
        == "not a regular file (a named pipe); it is skipped")
  }

  @Test func missingDataDirectoryIsAProblem() {
    let result = ArticleLoader(root: "/nonexistent/gazette/data").loadAll()
    #expect(result.articles.isEmpty)
    #expect(result.problems.map(\.path) == ["."])
    #expect(result.problems.first?.message.hasPrefix("cannot open the data directory") == true)
  }

  @Test func fileNamesThatAreNotUTF8AreProblems() throws {
    let directory = try TemporaryDirectory()
    try directory.write("ok.json", #"{"title": "ok", "body": "b"}"#)
    let name: [UInt8] =
      Array((directory.path + "/bad\u{FF}").utf8.dropLast(2)) + [0xFF] + Array(".json".utf8) + [0]
    let descriptor = name.withUnsafeBufferPointer { bytes in
      bytes.withMemoryRebound(to: CChar.self) { path in
        path.baseAddress.map { open($0, O_CREAT | O_WRONLY, 0o644) } ?? -1
      }
    }
    #expect(descriptor >= 0)
    close(descriptor)
    let result = ArticleLoader(root: directory.path).loadAll()
    #expect(result.articles.map(\.title) == ["ok"])
    #expect(
      result.problems.first?.message == "the file name is not valid UTF-8; rename it to load it")
  }

  @Test func streamingGivesTheSameArticlesAsLoadAll() throws {
    let directory = try TemporaryDirectory()
    for number in 0..<300 {
      let folder = "f\(number % 7)/g\(number % 3)"
      if number % 50 == 0 {
        try directory.write(
          "\(folder)/array\(number).json",
          #"[{"id": "dup", "title": "a\#(number)", "body": "b"}, {"title": "b\#(number)", "body": "b"}]"#
        )
      } else if number % 40 == 0 {
        try directory.write("\(folder)/bad\(number).json", "{")
      } else {
        try directory.write(
          "\(folder)/n\(number).json",
          #"{"id": "\#(number % 97)", "title": "t\#(number)", "body": "b", "published": "2023-01-\#(number % 28 + 1)"}"#
        )
      }
    }
    let loader = ArticleLoader(root: directory.path)
    let all = loader.loadAll()
    let collected = Mutex<[LoadBatch]>([])
    loader.load { batch in collected.withLock { $0.append(batch) } }
    let batches = collected.withLock { $0 }
    #expect(batches.count > 3)
    #expect(batches.first.map { $0.articles.count <= 16 } == true)
    #expect(batches.last?.progress.isFinished == true)
    #expect(batches.dropLast().allSatisfy { !$0.progress.isFinished })
    let streamed = batches.flatMap(\.articles)
    #expect(ArticleOrder.sorted(streamed) == all.articles)
    #expect(batches.flatMap(\.problems) == all.problems)
    #expect(Set(all.articles.map(\.id)).count == all.articles.count)
    let progress = try #require(batches.last?.progress)
    #expect(progress.filesLoaded == 300 && progress.filesFound == 300)
    #expect(progress.articlesLoaded == all.articles.count)

    // The same problems and ids on every run, whatever the thread timing.
    for _ in 0..<3 {
      let again = loader.loadAll()
      #expect(again.articles == all.articles)
      #expect(again.problems == all.problems)
    }
  }

  @Test func emptyDirectoryFinishesWithOneBatch() throws {
    let directory = try TemporaryDirectory()
    let batches = Mutex<[LoadBatch]>([])
    ArticleLoader(root: directory.path).load { batch in batches.withLock { $0.append(batch) } }
    let delivered = batches.withLock { $0 }
    #expect(delivered.count == 1)
    #expect(delivered.first?.progress.isFinished == true)
    #expect(delivered.first?.articles.isEmpty == true)
  }

  @Test func fileSizeLimitIsAProblem() throws {
    let directory = try TemporaryDirectory()
    try directory.write(
      "big.json", #"{"title": "big", "body": "\#(String(repeating: "x", count: 2_000))"}"#)
    let limits = LoadLimits(maxFileBytes: 1_000, maxNestingDepth: 64)
    let result = ArticleLoader(root: directory.path, limits: limits).loadAll()
    #expect(result.articles.isEmpty)
    #expect(
      result.problems.first?.message == "the file is too large (2,028 bytes; the limit is 1,000)")
  }
}
