import Foundation
import GazetteImport
import GazetteTestSupport
import Testing

@Suite struct ArticleStoreWriterTests {
  func article(title: String = "明確目標 突出重點", body: [String] = ["第一段。"]) -> ImportedArticle {
    ImportedArticle(
      id: StableID.id(url: nil, source: "盤錦日報", title: title, published: "2023-05-05"),
      title: title, source: "盤錦日報", published: "2023-05-05", url: nil, category: ["首頁"],
      views: 546, language: "zh-Hant", body: body)
  }

  @Test func newUnchangedSkippedAndUpdated() throws {
    let directory = try TemporaryDirectory()
    let first = ArticleStoreWriter(root: directory.path, update: false, dryRun: false)
    let outcome = try first.write(article())
    let path = "盤錦日報/2023/0505-明確目標-突出重點-\(article().id.prefix(8)).json"
    #expect(outcome == .imported(path: path))
    #expect(try first.write(article()) == .unchanged(path: path))
    // A new run finds the file by its id, even though nothing else remembers it.
    let second = ArticleStoreWriter(root: directory.path, update: false, dryRun: false)
    #expect(try second.write(article()) == .unchanged(path: path))
    let changed = article(body: ["第一段。", "新增的第二段。"])
    #expect(
      try second.write(changed)
        == .skipped(path: path, reason: "changed since it was imported; --update rewrites it"))
    let updating = ArticleStoreWriter(root: directory.path, update: true, dryRun: false)
    #expect(try updating.write(changed) == .updated(path: path))
    let written = try Data(contentsOf: URL(fileURLWithPath: directory.path + "/" + path))
    #expect([UInt8](written) == ArticleFileJSON.bytes(of: changed))
    // No temporary file is left behind.
    #expect(directory.files() == [path])
  }

  @Test func aFileItDidNotWriteIsNeverOverwritten() throws {
    let directory = try TemporaryDirectory()
    let path = "盤錦日報/2023/0505-明確目標-突出重點-\(article().id.prefix(8)).json"
    try directory.write(path, "{\"title\":\"mine\",\"body\":[]}")
    let writer = ArticleStoreWriter(root: directory.path, update: true, dryRun: false)
    #expect(
      try writer.write(article())
        == .skipped(path: path, reason: "the file exists and gazette import did not write it"))
    #expect(
      try String(contentsOfFile: directory.path + "/" + path, encoding: .utf8)
        == "{\"title\":\"mine\",\"body\":[]}")
  }

  @Test func dryRunWritesNothing() throws {
    let directory = try TemporaryDirectory()
    let writer = ArticleStoreWriter(root: directory.path + "/target", update: false, dryRun: true)
    guard case .imported = try writer.write(article()) else {
      Issue.record("unexpected")
      return
    }
    #expect(directory.files() == [])
    #expect(!(FileManager.default.fileExists(atPath: directory.path + "/target")))
  }

  @Test func fileNamesAreSafeAndReadable() {
    var hostile = article(title: "../../etc/passwd\u{1B}[31m <x>  ..")
    hostile.source = "../.."
    let path = FileNaming.relativePath(of: hostile)
    #expect(!path.contains(".."), "\(path)")
    #expect(!(path.contains("\u{1B}")), "\(path)")
    #expect(path.split(separator: "/").count == 3)
    var marks = article(title: "\u{301}\u{302} marks with no base")
    marks.source = "\u{301}x"
    #expect(
      FileNaming.relativePath(of: marks).unicodeScalars.split(separator: "/").map {
        String($0).prefix(5)
      } == ["x", "2023", "0505-"])
    var undated = article(title: "")
    undated.published = nil
    undated.source = nil
    #expect(FileNaming.relativePath(of: undated).hasPrefix("unknown-source/undated/article-"))
  }

  @Test func idsAreStable() {
    #expect(
      StableID.id(url: "https://a.example/1", source: "x", title: "t", published: nil)
        == StableID.id(url: "https://a.example/1", source: "y", title: "u", published: "2024-01-01")
    )
    #expect(
      StableID.id(url: nil, source: "x", title: "t", published: nil)
        != StableID.id(url: nil, source: "x", title: "t", published: "2024-01-01"))
    #expect(StableID.id(url: nil, source: "x", title: "t", published: nil).count == 16)
  }

  @Test func jSONEscapesWhatJSONNeeds() {
    let text = String(
      decoding: ArticleFileJSON.bytes(of: article(title: "a\"b\\c\u{1}d\ne")), as: UTF8.self)
    #expect(text.contains(#""title": "a\"b\\c\u0001d\ne""#), "\(text)")
  }
}
