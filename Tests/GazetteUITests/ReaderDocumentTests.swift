import GazetteModel
import Testing

@testable import GazetteUI

@Suite struct ReaderDocumentTests {
  private let article = SampleArticles.articles[0]

  private func lines(_ document: ReaderDocument) -> [String] {
    document.lines.indices.map { String(document.text(ofLine: $0)) }
  }

  private func document(of article: Article) -> ReaderDocument {
    ReaderDocument(article: article, index: 0, body: nil, width: 200, pattern: SearchPattern(""))
  }

  @Test func theMetadataLineJoinsEveryDetailAndTheURLHasALineOfItsOwn() {
    let shown = document(of: article)
    #expect(lines(shown)[1] == "盤錦日報 · 2023-05-05 · 546 views · 首頁 › 要聞動態 › 盤錦要聞")
    #expect(lines(shown)[2] == "http://www.panjin.gov.cn/html/1.html")
    #expect(shown.lines[2].kind == .link)
    #expect(shown.linkURL == "http://www.panjin.gov.cn/html/1.html")
    let onlyURL = Article(
      id: "u", title: "u", url: "https://a.gov/お知らせ",
      location: ArticleLocation(relativePath: "u.json"))
    #expect(document(of: onlyURL).lines.map(\.kind).prefix(3) == [.title, .link, .rule])
    #expect(document(of: onlyURL).linkURL == "https://a.gov/%E3%81%8A%E7%9F%A5%E3%82%89%E3%81%9B")
    let hostile = Article(
      id: "h", title: "h", url: "javascript:alert(1)",
      location: ArticleLocation(relativePath: "h.json"))
    #expect(lines(document(of: hostile))[1] == "javascript:alert(1)", "shown, but not a link")
    #expect(document(of: hostile).linkURL == nil)
    let bare = Article(id: "x", title: "x", location: ArticleLocation(relativePath: "x.json"))
    #expect(lines(document(of: bare))[1] == "(no details)")
    let once = Article(
      id: "y", title: "y", views: 1, location: ArticleLocation(relativePath: "y.json"))
    #expect(lines(document(of: once))[1] == "1 view")
  }

  @Test func layoutIsTitleMetadataURLRuleThenParagraphs() {
    let body = ArticleBody(paragraphs: ["第一段。", "第二段。"])
    let document = ReaderDocument(
      article: article, index: 0, body: .success(body), width: 200, pattern: SearchPattern(""))
    #expect(
      document.lines.map(\.kind) == [.title, .metadata, .link, .rule, .blank, .body, .blank, .body])
    #expect(lines(document)[5] == "第一段。")
    #expect(lines(document)[7] == "第二段。")
  }

  @Test func bodyStatesBecomeNotices() {
    let loading = ReaderDocument(
      article: article, index: 0, body: nil, width: 40, pattern: SearchPattern(""))
    #expect(loading.phase == .loading)
    #expect(lines(loading).last == "Loading…")
    let empty = ReaderDocument(
      article: article, index: 0, body: .success(ArticleBody(paragraphs: [])), width: 40,
      pattern: SearchPattern(""))
    #expect(lines(empty).last == "This article has no text.")
    let failed = ReaderDocument(
      article: article, index: 0,
      body: .failure(LoadProblem(path: "a.json", line: 2, column: 5, message: "gone\u{1B}[2J")),
      width: 80, pattern: SearchPattern("gone"))
    #expect(failed.phase == .failed)
    #expect(lines(failed).last == "This article cannot be read: a.json:2:5: gone␛[2J")
    #expect(failed.matches.isEmpty, "notices are not searched")
  }

  @Test func matchesKnowTheirLines() {
    let body = ArticleBody(paragraphs: ["alpha beta", "gamma beta beta"])
    let document = ReaderDocument(
      article: article, index: 0, body: .success(body), width: 200, pattern: SearchPattern("BETA"))
    #expect(document.matches.map(\.line) == [5, 7, 7])
    #expect(document.matchRanges(onLine: 7).count == 2)
    #expect(document.matchRanges(onLine: 6).isEmpty)
    #expect(document.matchRanges(onLine: 99).isEmpty)
  }

  @Test func anchorsFindTheSameTextAtAnotherWidth() {
    let paragraph = String(repeating: "長い文章です。", count: 40)
    let body = ArticleBody(paragraphs: ["前置き。", paragraph])
    let wide = ReaderDocument(
      article: article, index: 0, body: .success(body), width: 60, pattern: SearchPattern(""))
    let narrow = ReaderDocument(
      article: article, index: 0, body: .success(body), width: 20, pattern: SearchPattern(""))
    // Paragraphs: title, metadata, URL, then the body's two.
    let lineInWide = (wide.lines.firstIndex { $0.paragraph == 4 } ?? 0) + 2
    let anchor = wide.anchor(ofLine: lineInWide)
    #expect(anchor?.paragraph == 4)
    let lineInNarrow = narrow.line(
      containing: anchor ?? ReaderDocument.Anchor(paragraph: 0, offset: 0))
    let offset = { (document: ReaderDocument, line: Int) in
      document.paragraphs[4].utf8.distance(
        from: document.paragraphs[4].startIndex, to: document.lines[line].range.lowerBound)
    }
    // The narrow line holding the anchor starts at or before it, and the next one after it.
    #expect(narrow.lines[lineInNarrow].paragraph == 4)
    #expect(offset(narrow, lineInNarrow) <= offset(wide, lineInWide))
    #expect(offset(narrow, lineInNarrow + 1) > offset(wide, lineInWide))
  }

  @Test func hugeFieldsAreClippedBeforeSanitising() {
    let huge = String(repeating: "長", count: 1_000_000)
    let clipped = ClippedLine.make(huge, columns: 40)
    #expect(clipped.count == 97)
    #expect(clipped.hasSuffix("…"))
    #expect(ClippedLine.make("short\u{1B}", columns: 40) == "short␛")
  }
}
