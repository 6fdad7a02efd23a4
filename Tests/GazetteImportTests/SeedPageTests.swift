import Foundation
import GazetteImport
import XCTest

/// The seed page (a scraped page of the Panjin Daily, with converter pinyin and a spam line)
/// must give exactly the hand-cleaned article in data/.
final class SeedPageTests: XCTestCase {
  struct Expected: Decodable {
    var title: String
    var source: String
    var published: String
    var views: Int
    var category: [String]
    var language: String
    var body: [String]
  }

  func testTheSeedGivesTheHandCleanedArticleByteForByte() throws {
    let expected = try JSONDecoder().decode(
      Expected.self, from: Data(Fixture.bytes("panjin-expected.json")))
    let decoded = try TextDecoder().decode(Fixture.bytes("panjin-seed.txt"))
    let cleanedText = PinyinAnnotationCleaner().clean(decoded.text)
    let page = try TextPageExtractor.extract(cleanedText.text)
    let cleaned = try ArticleCleaner().clean(page, earlier: cleanedText.removed)
    let article = cleaned.article
    XCTAssertEqual(Array(article.title.utf8), Array(expected.title.utf8))
    XCTAssertEqual(article.source, expected.source)
    XCTAssertEqual(article.published, expected.published)
    XCTAssertEqual(article.views, expected.views)
    XCTAssertEqual(article.category, expected.category)
    XCTAssertEqual(article.language, expected.language)
    XCTAssertEqual(article.body.count, 7)
    for (got, want) in zip(article.body, expected.body) {
      XCTAssertEqual(Array(got.utf8), Array(want.utf8))
    }
    // Every annotation is reported, and the spam line, with the rules it matched.
    guard case .pinyin(let annotations) = cleaned.removed.first else {
      return XCTFail("no pinyin report")
    }
    XCTAssertEqual(annotations.reduce(0) { $0 + $1.count }, 159)
    XCTAssertEqual(
      annotations.first?.annotation, PinyinAnnotation(characters: "現", annotation: "(xiàn)"))
    guard case .spam(let number, let text, let rules) = cleaned.removed.last else {
      return XCTFail("no spam report")
    }
    XCTAssertEqual(number, 8)
    XCTAssertTrue(text.hasPrefix("欧美系列"))
    XCTAssertEqual(rules, [.keywordList, .noSentence, .otherScript, .repetition])
  }

  func testKeepSuspectKeepsTheSpamLineAndStillReportsIt() throws {
    let text = PinyinAnnotationCleaner().clean(Fixture.text("panjin-seed.txt")).text
    let page = try TextPageExtractor.extract(text)
    let cleaned = try ArticleCleaner(keepSuspect: true).clean(page)
    XCTAssertEqual(cleaned.article.body.count, 8)
    XCTAssertEqual(cleaned.keptSuspects.count, 1)
    XCTAssertFalse(
      cleaned.removed.contains { if case .spam = $0 { return true } else { return false } })
  }

  func testWithoutCleaningThePinyinStaysAndTheLabelsStillRead() throws {
    // The labels are damaged too (發(fā)布時間); the extractor reads them after cleaning only,
    // but the breadcrumb label 位置 survives the damage.
    let page = try TextPageExtractor.extract(Fixture.text("panjin-seed.txt"))
    XCTAssertEqual(page.category, ["首頁", "要聞動態(tài)", "盤錦要聞"])
  }
}
