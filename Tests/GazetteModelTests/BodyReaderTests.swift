import Foundation
import GazetteModel
import GazetteTestSupport
import Testing

/// Reading bodies again on demand, and files that changed in the meantime.
@Suite struct BodyReaderTests {
  @Test func readsBodiesOfLoadedArticles() throws {
    let directory = try TemporaryDirectory(copyingFixture: "data")
    let articles = ArticleLoader(root: directory.path).loadAll().articles
    let reader = BodyReader(root: directory.path)

    let wenming = try #require(articles.first { $0.id == "panjin-2023-0505" })
    #expect(
      try reader.body(of: wenming).paragraphs == [
        "今年是全面振興新突破三年行動的首戰之年。", "我市已連續兩屆獲得全國文明城市稱號。\n第二行。",
      ])

    let council = try #require(articles.first { $0.title == "Council minutes" })
    #expect(
      try reader.body(of: council).paragraphs == [
        "Line one\nline two", "Second paragraph\nstill second",
      ])

    let notice = try #require(articles.first { $0.title == "关于开展文明城市创建的通知" })
    #expect(try reader.body(of: notice).paragraphs == ["第一段。", "第二段。"])

    let decomposed = try #require(
      articles.first { $0.location.relativePath == "nfc/decomposed.json" })
    #expect(try reader.body(of: decomposed).paragraphs == ["\u{E9}"])
  }

  @Test func changedOrVanishedFilesAreProblems() throws {
    let directory = try TemporaryDirectory()
    try directory.write("a.json", #"{"title": "A", "body": "first"}"#)
    try directory.write("b.json", #"[{"title": "B1", "body": "x"}, {"title": "B2", "body": "y"}]"#)
    try directory.write("c.json", #"{"title": "C", "body": "z"}"#)
    let articles = ArticleLoader(root: directory.path).loadAll().articles
    let reader = BodyReader(root: directory.path)
    let a = try #require(articles.first { $0.title == "A" })
    let b2 = try #require(articles.first { $0.title == "B2" })
    let c = try #require(articles.first { $0.title == "C" })

    try directory.write("a.json", #"{"title": "A", "body": "edited"}"#)
    #expect(try reader.body(of: a).paragraphs == ["edited"])

    try directory.write("b.json", #"[{"title": "B2", "body": "y"}]"#)
    let changed = #expect(throws: LoadProblem.self) { try reader.body(of: b2) }
    #expect(changed?.path == "b.json")
    #expect(changed?.message.hasPrefix("the file changed since it was loaded") == true)

    try FileManager.default.removeItem(atPath: directory.path + "/c.json")
    let vanished = #expect(throws: LoadProblem.self) { try reader.body(of: c) }
    #expect(
      vanished?.message == "cannot open the file: it no longer exists (removed while loading?)")

    try directory.write("a.json", #"{"title": "A", "body": "broken"#)
    let broken = #expect(throws: LoadProblem.self) { try reader.body(of: a) }
    #expect(broken?.line == 1 && broken?.column == 24)
  }
}
