import Foundation
import GazetteImport
import GazetteModel
import GazetteTestSupport
import Testing

@Suite struct ImporterTests {
  /// Runs an import and returns the summary and every event.
  func run(
    _ sources: [String], into: String?, configure: (inout ImportOptions) -> Void = { _ in }
  ) -> (ImportSummary, [ImportEvent]) {
    var options = ImportOptions(into: into)
    options.dryRun = into == nil
    configure(&options)
    let events = EventLog()
    let summary = Importer(options: options) { events.append($0) }.run(sources)
    return (summary, events.all)
  }

  final class EventLog: @unchecked Sendable {
    private(set) var all: [ImportEvent] = []
    func append(_ event: ImportEvent) { all.append(event) }
  }

  func failures(_ events: [ImportEvent]) -> [String] {
    events.compactMap { if case .failed(_, let reason) = $0 { return reason } else { return nil } }
  }

  @Test func aFolderOfEveryKindImportsAndChecksClean() throws {
    let target = try TemporaryDirectory()
    let (summary, events) = run([Fixture.path("")], into: target.path)
    #expect(failures(events).count == 2)  // the billion laughs and the XXE feed
    // seed + 5 encodings + 3 HTML + 2 + 1 + 2 + 1 feed items.
    // The Shift_JIS and EUC-JP pages are one article: the second is found unchanged.
    #expect(summary.imported == 14)
    #expect(summary.unchanged == 1)
    #expect(summary.pinyinRemoved == 159)
    #expect(summary.spamRemoved == 1)
    #expect(summary.skipped["JSON (an article file?), not a page or a feed"] == 1)
    let result = ArticleLoader(root: target.path).loadAll()
    #expect(result.problems.map(\.message) == [])
    #expect(result.articles.count == 14)
    // Importing again adds nothing.
    let (again, _) = run([Fixture.path("")], into: target.path)
    #expect(again.imported == 0)
    #expect(again.unchanged == 15)
  }

  @Test func hugeAndHostileFilesGiveClearErrorsAndNoPartialFile() throws {
    let sources = try TemporaryDirectory()
    let target = try TemporaryDirectory()
    // 100 MB of page text.
    let huge = sources.path + "/huge.txt"
    #expect(FileManager.default.createFile(atPath: huge, contents: nil))
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: huge))
    try handle.truncate(atOffset: 100 << 20)
    try handle.close()
    try sources.write(
      "invalid.html",
      Array("<meta charset=\"euc-kr\"><title>x</title><p>".utf8) + [0xFF, 0xFE, 0xFD])
    let (summary, events) = run([sources.path], into: target.path)
    #expect(summary.failed == 2)
    let reasons = failures(events)
    #expect(reasons.contains { $0.hasPrefix("too large (104857600 bytes") }, "\(reasons)")
    #expect(reasons.contains { $0.hasPrefix("not valid EUC-KR") }, "\(reasons)")
    #expect(target.files() == [])
  }

  @Test func aHundredThousandItemFeedGivesABoundedResultWithANote() throws {
    let sources = try TemporaryDirectory()
    var xml = "<rss version=\"2.0\"><channel><title>Big</title>"
    for index in 0..<100_000 {
      xml +=
        "<item><title>Notice \(index)</title><link>https://a.example/\(index)</link>"
        + "<description>Text \(index).</description></item>"
    }
    xml += "</channel></rss>"
    let feed = try sources.file("big.xml", xml)
    let (summary, events) = run([feed], into: nil) { $0.limits.maxFeedItems = 300 }
    #expect(summary.imported == 300)
    let notes = events.compactMap { event -> String? in
      if case .note(_, let message) = event { return message } else { return nil }
    }
    #expect(notes == ["the feed has 100000 items; read the first 300 (the limit)"])
  }

  @Test func aTargetInsideTheFolderIsNeverReadBack() throws {
    let folder = try TemporaryDirectory()
    try folder.write("notice.txt", "日期：2024-01-01\n通知\n\n第一段。")
    let (first, _) = run([folder.path], into: folder.path + "/articles")
    #expect(first.imported == 1)
    let (second, events) = run([folder.path], into: folder.path + "/articles")
    #expect(second.unchanged == 1)
    #expect(second.skippedCount == 0, "\(events.count) events")
  }

  @Test func updateRewritesAChangedArticleInPlace() throws {
    let sources = try TemporaryDirectory()
    let target = try TemporaryDirectory()
    let page = "日期：2024-01-01\n通知\n\n第一段。"
    let file = try sources.file("notice.txt", page)
    #expect(run([file], into: target.path).0.imported == 1)
    try sources.write("notice.txt", page + "\n\n第二段。")
    let (skipped, _) = run([file], into: target.path)
    #expect(skipped.skipped == ["changed since it was imported; --update rewrites it": 1])
    let (updated, _) = run([file], into: target.path) { $0.update = true }
    #expect(updated.updated == 1)
    #expect(target.files().count == 1)
    let text = try String(contentsOfFile: target.path + "/" + target.files()[0], encoding: .utf8)
    #expect(text.contains("第二段。"))
  }

  @Test func dryRunAndKeepSuspect() throws {
    let target = try TemporaryDirectory()
    let (summary, events) = run([Fixture.path("panjin-seed.txt")], into: target.path) {
      $0.dryRun = true
      $0.keepSuspect = true
    }
    #expect(summary.imported == 1)
    #expect(summary.suspectsKept == 1)
    #expect(summary.spamRemoved == 0)
    #expect(target.files() == [])
    guard case .article(_, let cleaned, _, let json) = events.first else {
      Issue.record("unexpected")
      return
    }
    #expect(cleaned.article.body.count == 8)
    #expect(json == ArticleFileJSON.bytes(of: cleaned.article))
  }

  // MARK: - HTTP

  @Test func feedOverHTTPWithConditionalRequests() throws {
    let feed = Fixture.bytes("feeds/rss2.xml")
    let server = try LocalHTTPServer { request in
      if request.headers["if-none-match"] == "\"v1\"" {
        return .full(status: 304, headers: [:], body: [])
      }
      return .ok(feed, contentType: "application/rss+xml", headers: ["ETag": "\"v1\""])
    }
    defer { server.stop() }
    let target = try TemporaryDirectory()
    let state = try TemporaryDirectory()
    let store = state.path + "/gazette/http-validators.tsv"
    let (first, _) = run([server.url("/feed.xml")], into: target.path) {
      $0.validatorStorePath = store
    }
    #expect(first.imported == 2)
    #expect(try String(contentsOfFile: store, encoding: .utf8).contains("\"v1\""))
    let (second, events) = run([server.url("/feed.xml")], into: target.path) {
      $0.validatorStorePath = store
    }
    #expect(second.imported == 0)
    #expect(second.unchanged == 1)
    guard case .notModified = events.first else {
      Issue.record("\(events)")
      return
    }
    #expect(server.requests.count == 2)
    #expect(server.requests[1].headers["if-none-match"] == "\"v1\"")
    #expect(server.requests[0].headers["user-agent"]?.hasPrefix("Gazette/") ?? false)
  }

  @Test func redirectsAreFollowedAtMostFiveTimes() throws {
    let page = Fixture.bytes("panjin-seed.txt")
    let server = try LocalHTTPServer { request in
      if request.path.hasPrefix("/hop/") {
        let hop = Int(request.path.dropFirst(5)) ?? 0
        let next = hop >= 4 ? "/page" : "/hop/\(hop + 1)"
        return .full(status: 302, headers: ["Location": next], body: [])
      }
      if request.path == "/loop" {
        return .full(status: 301, headers: ["Location": "/loop"], body: [])
      }
      return .ok(page, contentType: "text/plain; charset=utf-8")
    }
    defer { server.stop() }
    let target = try TemporaryDirectory()
    let (followed, followedEvents) = run([server.url("/hop/0")], into: target.path)
    #expect(followed.imported == 1, "\(followedEvents)")
    guard case .article(_, let cleaned, _, _) = followedEvents.first else {
      Issue.record("unexpected")
      return
    }
    #expect(cleaned.article.url == server.url("/page"))
    let (looped, events) = run([server.url("/loop")], into: target.path)
    #expect(looped.failed == 1)
    #expect(failures(events).first?.hasPrefix("too many redirects") ?? false, "\(events)")
  }

  @Test func anEndlessBodyStopsAtTheSizeLimitOrTheTotalTimeout() throws {
    let server = try LocalHTTPServer { _ in .endless(headers: ["Content-Type": "text/html"]) }
    defer { server.stop() }
    let target = try TemporaryDirectory()
    let started = Date()
    let (summary, events) = run([server.url("/endless")], into: target.path) {
      $0.limits.maxDocumentBytes = 1 << 20
      $0.limits.idleTimeout = 2
      $0.limits.totalTimeout = 4
    }
    #expect(Date().timeIntervalSince(started) < 15)
    #expect(summary.failed == 1)
    let reason = failures(events).first ?? ""
    #expect(reason.hasPrefix("too large") || reason.contains("timed out"), "\(reason)")
    #expect(target.files() == [])
  }

  @Test func aServerThatNeverAnswersTimesOut() throws {
    let server = try LocalHTTPServer { _ in .silence(seconds: 6) }
    defer { server.stop() }
    let started = Date()
    let (summary, events) = run([server.url("/silent")], into: nil) {
      $0.limits.idleTimeout = 1
      $0.limits.totalTimeout = 3
    }
    #expect(Date().timeIntervalSince(started) < 10)
    #expect(summary.failed == 1)
    #expect(failures(events).first?.contains("timed out") ?? false, "\(failures(events))")
  }

  @Test func wrongContentTypesAndHTTPErrors() throws {
    let server = try LocalHTTPServer { request in
      switch request.path {
      case "/image": return .ok([0x89, 0x50, 0x4E, 0x47, 0, 0, 0], contentType: "image/png")
      case "/missing": return .full(status: 404, headers: [:], body: Array("no".utf8))
      default:
        // A feed served as text/html: the content decides.
        return .ok(Fixture.bytes("feeds/atom.xml"), contentType: "text/html")
      }
    }
    defer { server.stop() }
    let (summary, events) = run(["/image", "/missing", "/atom"].map { server.url($0) }, into: nil)
    #expect(
      failures(events) == ["the server sent image/png, not a page or a feed", "HTTP 404 Not Found"])
    #expect(summary.imported == 2)
  }
}
