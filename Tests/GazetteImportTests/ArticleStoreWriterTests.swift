import Foundation
import GazetteImport
import GazetteTestSupport
import XCTest

final class ArticleStoreWriterTests: XCTestCase {
  func article(title: String = "明確目標 突出重點", body: [String] = ["第一段。"]) -> ImportedArticle {
    ImportedArticle(
      id: StableID.id(url: nil, source: "盤錦日報", title: title, published: "2023-05-05"),
      title: title, source: "盤錦日報", published: "2023-05-05", url: nil, category: ["首頁"],
      views: 546, language: "zh-Hant", body: body)
  }

  func testNewUnchangedSkippedAndUpdated() throws {
    let directory = try TemporaryDirectory()
    let first = ArticleStoreWriter(root: directory.path, update: false, dryRun: false)
    let outcome = try first.write(article())
    let path = "盤錦日報/2023/0505-明確目標-突出重點-\(article().id.prefix(8)).json"
    XCTAssertEqual(outcome, .imported(path: path))
    XCTAssertEqual(try first.write(article()), .unchanged(path: path))
    // A new run finds the file by its id, even though nothing else remembers it.
    let second = ArticleStoreWriter(root: directory.path, update: false, dryRun: false)
    XCTAssertEqual(try second.write(article()), .unchanged(path: path))
    let changed = article(body: ["第一段。", "新增的第二段。"])
    XCTAssertEqual(
      try second.write(changed),
      .skipped(path: path, reason: "changed since it was imported; --update rewrites it"))
    let updating = ArticleStoreWriter(root: directory.path, update: true, dryRun: false)
    XCTAssertEqual(try updating.write(changed), .updated(path: path))
    let written = try Data(contentsOf: URL(fileURLWithPath: directory.path + "/" + path))
    XCTAssertEqual([UInt8](written), ArticleFileJSON.bytes(of: changed))
    // No temporary file is left behind.
    XCTAssertEqual(directory.files(), [path])
  }

  func testAFileItDidNotWriteIsNeverOverwritten() throws {
    let directory = try TemporaryDirectory()
    let path = "盤錦日報/2023/0505-明確目標-突出重點-\(article().id.prefix(8)).json"
    try directory.write(path, "{\"title\":\"mine\",\"body\":[]}")
    let writer = ArticleStoreWriter(root: directory.path, update: true, dryRun: false)
    XCTAssertEqual(
      try writer.write(article()),
      .skipped(path: path, reason: "the file exists and gazette import did not write it"))
    XCTAssertEqual(
      try String(contentsOfFile: directory.path + "/" + path, encoding: .utf8),
      "{\"title\":\"mine\",\"body\":[]}")
  }

  func testDryRunWritesNothing() throws {
    let directory = try TemporaryDirectory()
    let writer = ArticleStoreWriter(root: directory.path + "/target", update: false, dryRun: true)
    guard case .imported = try writer.write(article()) else { return XCTFail() }
    XCTAssertEqual(directory.files(), [])
    XCTAssertFalse(FileManager.default.fileExists(atPath: directory.path + "/target"))
  }

  func testFileNamesAreSafeAndReadable() {
    var hostile = article(title: "../../etc/passwd\u{1B}[31m <x>  ..")
    hostile.source = "../.."
    let path = FileNaming.relativePath(of: hostile)
    XCTAssertFalse(path.contains(".."), path)
    XCTAssertFalse(path.contains("\u{1B}"), path)
    XCTAssertEqual(path.split(separator: "/").count, 3)
    var marks = article(title: "\u{301}\u{302} marks with no base")
    marks.source = "\u{301}x"
    XCTAssertEqual(
      FileNaming.relativePath(of: marks).unicodeScalars.split(separator: "/").map {
        String($0).prefix(5)
      },
      ["x", "2023", "0505-"])
    var undated = article(title: "")
    undated.published = nil
    undated.source = nil
    XCTAssertTrue(FileNaming.relativePath(of: undated).hasPrefix("unknown-source/undated/article-"))
  }

  func testIdsAreStable() {
    XCTAssertEqual(
      StableID.id(url: "https://a.example/1", source: "x", title: "t", published: nil),
      StableID.id(url: "https://a.example/1", source: "y", title: "u", published: "2024-01-01"))
    XCTAssertNotEqual(
      StableID.id(url: nil, source: "x", title: "t", published: nil),
      StableID.id(url: nil, source: "x", title: "t", published: "2024-01-01"))
    XCTAssertEqual(StableID.id(url: nil, source: "x", title: "t", published: nil).count, 16)
  }

  func testJSONEscapesWhatJSONNeeds() {
    let text = String(
      decoding: ArticleFileJSON.bytes(of: article(title: "a\"b\\c\u{1}d\ne")), as: UTF8.self)
    XCTAssertTrue(text.contains(#""title": "a\"b\\c\u0001d\ne""#), text)
  }
}
