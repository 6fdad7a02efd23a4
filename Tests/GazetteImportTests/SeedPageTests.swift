import Foundation
import GazetteImport
import Testing

/// The seed page (a scraped page of the Panjin Daily, with converter pinyin and a spam line)
/// must give exactly the hand-cleaned article in data/.
@Suite struct SeedPageTests {
  struct Expected: Decodable {
    var title: String
    var source: String
    var published: String
    var views: Int
    var category: [String]
    var language: String
    var body: [String]
  }

  @Test func theSeedGivesTheHandCleanedArticleByteForByte() throws {
    let expected = try JSONDecoder().decode(
      Expected.self, from: Data(Fixture.bytes("panjin-expected.json")))
    let decoded = try TextDecoder().decode(Fixture.bytes("panjin-seed.txt"))
    let cleanedText = PinyinAnnotationCleaner().clean(decoded.text)
    let page = try TextPageExtractor.extract(cleanedText.text)
    let cleaned = try ArticleCleaner().clean(page, earlier: cleanedText.removed)
    let article = cleaned.article
    #expect(Array(article.title.utf8) == Array(expected.title.utf8))
    #expect(article.source == expected.source)
    #expect(article.published == expected.published)
    #expect(article.views == expected.views)
    #expect(article.category == expected.category)
    #expect(article.language == expected.language)
    #expect(article.body.count == 7)
    for (got, want) in zip(article.body, expected.body) {
      #expect(Array(got.utf8) == Array(want.utf8))
    }
    // Every annotation is reported, and the spam line, with the rules it matched.
    guard case .pinyin(let annotations) = cleaned.removed.first else {
      Issue.record("no pinyin report")
      return
    }
    #expect(annotations.reduce(0) { $0 + $1.count } == 159)
    #expect(
      annotations.first?.annotation == PinyinAnnotation(characters: "現", annotation: "(xiàn)"))
    guard case .spam(let number, let text, let rules) = cleaned.removed.last else {
      Issue.record("no spam report")
      return
    }
    #expect(number == 8)
    #expect(text.hasPrefix("欧美系列"))
    #expect(rules == [.keywordList, .noSentence, .otherScript, .repetition])
  }

  @Test func keepSuspectKeepsTheSpamLineAndStillReportsIt() throws {
    let text = PinyinAnnotationCleaner().clean(Fixture.text("panjin-seed.txt")).text
    let page = try TextPageExtractor.extract(text)
    let cleaned = try ArticleCleaner(keepSuspect: true).clean(page)
    #expect(cleaned.article.body.count == 8)
    #expect(cleaned.keptSuspects.count == 1)
    #expect(
      !(cleaned.removed.contains { if case .spam = $0 { return true } else { return false } }))
  }

  @Test func withoutCleaningThePinyinStaysAndTheLabelsStillRead() throws {
    // The labels are damaged too (發(fā)布時間); the extractor reads them after cleaning only,
    // but the breadcrumb label 位置 survives the damage.
    let page = try TextPageExtractor.extract(Fixture.text("panjin-seed.txt"))
    #expect(page.category == ["首頁", "要聞動態(tài)", "盤錦要聞"])
  }
}
