import Foundation
import GazetteImport
import GazetteModel
import GazetteTestSupport
import XCTest

final class ImporterTests: XCTestCase {
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

  func testAFolderOfEveryKindImportsAndChecksClean() throws {
    let target = try TemporaryDirectory()
    let (summary, events) = run([Fixture.path("")], into: target.path)
    XCTAssertEqual(failures(events).count, 2)  // the billion laughs and the XXE feed
    // seed + 5 encodings + 3 HTML + 2 + 1 + 2 + 1 feed items.
    // The Shift_JIS and EUC-JP pages are one article: the second is found unchanged.
    XCTAssertEqual(summary.imported, 14)
    XCTAssertEqual(summary.unchanged, 1)
    XCTAssertEqual(summary.pinyinRemoved, 159)
    XCTAssertEqual(summary.spamRemoved, 1)
    XCTAssertEqual(summary.skipped["JSON (an article file?), not a page or a feed"], 1)
    let result = ArticleLoader(root: target.path).loadAll()
    XCTAssertEqual(result.problems.map(\.message), [])
    XCTAssertEqual(result.articles.count, 14)
    // Importing again adds nothing.
    let (again, _) = run([Fixture.path("")], into: target.path)
    XCTAssertEqual(again.imported, 0)
    XCTAssertEqual(again.unchanged, 15)
  }

  func testHugeAndHostileFilesGiveClearErrorsAndNoPartialFile() throws {
    let sources = try TemporaryDirectory()
    let target = try TemporaryDirectory()
    // 100 MB of page text.
    let huge = sources.path + "/huge.txt"
    XCTAssertTrue(FileManager.default.createFile(atPath: huge, contents: nil))
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: huge))
    try handle.truncate(atOffset: 100 << 20)
    try handle.close()
    try sources.write(
      "invalid.html",
      Array("<meta charset=\"euc-kr\"><title>x</title><p>".utf8) + [0xFF, 0xFE, 0xFD])
    let (summary, events) = run([sources.path], into: target.path)
    XCTAssertEqual(summary.failed, 2)
    let reasons = failures(events)
    XCTAssertTrue(reasons.contains { $0.hasPrefix("too large (104857600 bytes") }, "\(reasons)")
    XCTAssertTrue(reasons.contains { $0.hasPrefix("not valid EUC-KR") }, "\(reasons)")
    XCTAssertEqual(target.files(), [])
  }

  func testAHundredThousandItemFeedGivesABoundedResultWithANote() throws {
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
    XCTAssertEqual(summary.imported, 300)
    let notes = events.compactMap { event -> String? in
      if case .note(_, let message) = event { return message } else { return nil }
    }
    XCTAssertEqual(notes, ["the feed has 100000 items; read the first 300 (the limit)"])
  }

  func testATargetInsideTheFolderIsNeverReadBack() throws {
    let folder = try TemporaryDirectory()
    try folder.write("notice.txt", "日期：2024-01-01\n通知\n\n第一段。")
    let (first, _) = run([folder.path], into: folder.path + "/articles")
    XCTAssertEqual(first.imported, 1)
    let (second, events) = run([folder.path], into: folder.path + "/articles")
    XCTAssertEqual(second.unchanged, 1)
    XCTAssertEqual(second.skippedCount, 0, "\(events.count) events")
  }

  func testUpdateRewritesAChangedArticleInPlace() throws {
    let sources = try TemporaryDirectory()
    let target = try TemporaryDirectory()
    let page = "日期：2024-01-01\n通知\n\n第一段。"
    let file = try sources.file("notice.txt", page)
    XCTAssertEqual(run([file], into: target.path).0.imported, 1)
    try sources.write("notice.txt", page + "\n\n第二段。")
    let (skipped, _) = run([file], into: target.path)
    XCTAssertEqual(skipped.skipped, ["changed since it was imported; --update rewrites it": 1])
    let (updated, _) = run([file], into: target.path) { $0.update = true }
    XCTAssertEqual(updated.updated, 1)
    XCTAssertEqual(target.files().count, 1)
    let text = try String(contentsOfFile: target.path + "/" + target.files()[0], encoding: .utf8)
    XCTAssertTrue(text.contains("第二段。"))
  }

  func testDryRunAndKeepSuspect() throws {
    let target = try TemporaryDirectory()
    let (summary, events) = run([Fixture.path("panjin-seed.txt")], into: target.path) {
      $0.dryRun = true
      $0.keepSuspect = true
    }
    XCTAssertEqual(summary.imported, 1)
    XCTAssertEqual(summary.suspectsKept, 1)
    XCTAssertEqual(summary.spamRemoved, 0)
    XCTAssertEqual(target.files(), [])
    guard case .article(_, let cleaned, _, let json) = events.first else { return XCTFail() }
    XCTAssertEqual(cleaned.article.body.count, 8)
    XCTAssertEqual(json, ArticleFileJSON.bytes(of: cleaned.article))
  }

  // MARK: - HTTP

  func testFeedOverHTTPWithConditionalRequests() throws {
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
    XCTAssertEqual(first.imported, 2)
    XCTAssertTrue(try String(contentsOfFile: store, encoding: .utf8).contains("\"v1\""))
    let (second, events) = run([server.url("/feed.xml")], into: target.path) {
      $0.validatorStorePath = store
    }
    XCTAssertEqual(second.imported, 0)
    XCTAssertEqual(second.unchanged, 1)
    guard case .notModified = events.first else { return XCTFail("\(events)") }
    XCTAssertEqual(server.requests.count, 2)
    XCTAssertEqual(server.requests[1].headers["if-none-match"], "\"v1\"")
    XCTAssertTrue(server.requests[0].headers["user-agent"]?.hasPrefix("Gazette/") ?? false)
  }

  func testRedirectsAreFollowedAtMostFiveTimes() throws {
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
    XCTAssertEqual(followed.imported, 1, "\(followedEvents)")
    guard case .article(_, let cleaned, _, _) = followedEvents.first else { return XCTFail() }
    XCTAssertEqual(cleaned.article.url, server.url("/page"))
    let (looped, events) = run([server.url("/loop")], into: target.path)
    XCTAssertEqual(looped.failed, 1)
    XCTAssertTrue(failures(events).first?.hasPrefix("too many redirects") ?? false, "\(events)")
  }

  func testAnEndlessBodyStopsAtTheSizeLimitOrTheTotalTimeout() throws {
    let server = try LocalHTTPServer { _ in .endless(headers: ["Content-Type": "text/html"]) }
    defer { server.stop() }
    let target = try TemporaryDirectory()
    let started = Date()
    let (summary, events) = run([server.url("/endless")], into: target.path) {
      $0.limits.maxDocumentBytes = 1 << 20
      $0.limits.idleTimeout = 2
      $0.limits.totalTimeout = 4
    }
    XCTAssertLessThan(Date().timeIntervalSince(started), 15)
    XCTAssertEqual(summary.failed, 1)
    let reason = failures(events).first ?? ""
    XCTAssertTrue(reason.hasPrefix("too large") || reason.contains("timed out"), reason)
    XCTAssertEqual(target.files(), [])
  }

  func testAServerThatNeverAnswersTimesOut() throws {
    let server = try LocalHTTPServer { _ in .silence(seconds: 6) }
    defer { server.stop() }
    let started = Date()
    let (summary, events) = run([server.url("/silent")], into: nil) {
      $0.limits.idleTimeout = 1
      $0.limits.totalTimeout = 3
    }
    XCTAssertLessThan(Date().timeIntervalSince(started), 10)
    XCTAssertEqual(summary.failed, 1)
    XCTAssertTrue(failures(events).first?.contains("timed out") ?? false, "\(failures(events))")
  }

  func testWrongContentTypesAndHTTPErrors() throws {
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
    XCTAssertEqual(
      failures(events), ["the server sent image/png, not a page or a feed", "HTTP 404 Not Found"])
    XCTAssertEqual(summary.imported, 2)
  }
}
