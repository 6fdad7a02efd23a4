import GazetteImport
import XCTest

final class HTMLExtractorTests: XCTestCase {
  func testGovernmentMetaTagsBreadcrumbAndMetadataLine() throws {
    let text = try TextDecoder().decode(Fixture.bytes("html/gov-meta.gb2312.html")).text
    let page = try HTMLExtractor.extract(text)
    XCTAssertEqual(page.title, "盘锦市关于开展2024年城乡环境综合整治的通知")
    XCTAssertEqual(page.source, "盘锦市住房和城乡建设局")
    XCTAssertEqual(page.published, "2024-03-15 09:30")
    XCTAssertEqual(page.category, ["首页", "政务公开", "通知公告"])
    XCTAssertEqual(page.views, 356)
    XCTAssertEqual(
      page.paragraphs,
      [
        "各县区人民政府，市政府各部门：",
        "为进一步改善城乡人居环境，提升城市品质，市政府决定在全市范围内开展城乡环境综合整治行动，现将有关事项通知如下。",
        "一、整治范围。城市建成区、县城、乡镇驻地及村庄，重点是背街小巷、城乡结合部和农贸市场周边。",
        "二、工作要求。各地要高度重视，成立工作专班，制定实施方案，明确责任分工，确保整治工作取得实效。",
        "各部门要加强协作，形成工作合力。",
      ])
    // Navigation, share bar, footer and script never reach the body.
    for word in ["网站首页", "分享", "版权所有", "tracker", "不要读我"] {
      XCTAssertFalse(page.paragraphs.joined().contains(word), word)
    }
  }

  func testOpenGraph() throws {
    let page = try HTMLExtractor.extract(Fixture.text("html/open-graph.html"))
    XCTAssertEqual(page.title, "Notice of Public Hearing: Zoning Amendment 2024-07")
    XCTAssertEqual(page.source, "City of Springfield")
    XCTAssertEqual(page.published, "2024-05-14T10:00:00-05:00")
    XCTAssertEqual(page.url, "https://springfield.example/news/zoning-2024-07")
    XCTAssertEqual(page.language, "en")
    XCTAssertEqual(page.paragraphs.count, 3)
    XCTAssertTrue(
      page.paragraphs[0].hasPrefix("The City Council will hold a public hearing on Tuesday"))
    XCTAssertFalse(page.paragraphs.joined().contains("Share on"))
    XCTAssertFalse(page.paragraphs.joined().contains("All rights reserved"))
  }

  func testTextDensityWithoutAnyMetadata() throws {
    let page = try HTMLExtractor.extract(Fixture.text("html/density.html"))
    XCTAssertEqual(page.title, "港区商店街スタンプラリー開催のお知らせ")
    XCTAssertEqual(page.source, "東京都港区")
    XCTAssertEqual(page.paragraphs.count, 3)
    XCTAssertFalse(page.paragraphs.joined().contains("防災情報"))
    XCTAssertFalse(page.paragraphs.joined().contains("Copyright"))
  }

  func testContentIdsAndInlineLinksAreNeverTakenForFurniture() throws {
    let page = try HTMLExtractor.extract(
      """
      <html><head><title>通知 - 某市政府</title></head><body>
      <div id="printContent"><h1>通知</h1>
      <p>详见<a class="link" href="/a.pdf">附件</a>，请各单位认真落实，确保按期完成各项工作任务。</p>
      <p>二、各部门要加强协作，形成工作合力，确保整治工作取得实效。</p></div>
      <div class="friendLink"><a href="/x">友情链接一</a> <a href="/y">友情链接二</a></div>
      </body></html>
      """)
    XCTAssertEqual(page.source, "某市政府")
    XCTAssertEqual(
      page.paragraphs,
      ["详见附件，请各单位认真落实，确保按期完成各项工作任务。", "二、各部门要加强协作，形成工作合力，确保整治工作取得实效。"])
  }

  func testWhitespaceCollapsesAndEntitiesAreRead() throws {
    let page = try HTMLExtractor.extract(
      "<html><head><title>T</title></head><body><p>a  &amp;\n b&nbsp;c</p><p>  </p><p>&lt;x&gt;</p></body></html>"
    )
    XCTAssertEqual(page.paragraphs, ["a & b c", "<x>"])
  }

  func testAPageWithoutTextOrTitle() {
    XCTAssertThrowsError(try HTMLExtractor.extract("<html><body><p>text</p></body></html>")) {
      XCTAssertEqual($0 as? HTMLExtractor.Failure, .noTitle)
    }
    XCTAssertThrowsError(
      try HTMLExtractor.extract("<html><head><title>T</title></head><body></body></html>")
    ) {
      XCTAssertEqual($0 as? HTMLExtractor.Failure, .noContent)
    }
  }

  func testDeepNestingDoesNotOverflowTheStack() throws {
    let depth = 50_000
    let html =
      "<html><head><title>Deep</title></head><body>" + String(repeating: "<div>", count: depth)
      + "<p>deep text</p>" + String(repeating: "</div>", count: depth) + "</body></html>"
    // libxml2 stops nesting at its own limit; whatever it keeps, extraction must not crash.
    _ = try? HTMLExtractor.extract(html)
  }
}
