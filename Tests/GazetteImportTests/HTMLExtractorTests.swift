import GazetteImport
import Testing

@Suite struct HTMLExtractorTests {
  @Test func governmentMetaTagsBreadcrumbAndMetadataLine() throws {
    let text = try TextDecoder().decode(Fixture.bytes("html/gov-meta.gb2312.html")).text
    let page = try HTMLExtractor.extract(text)
    #expect(page.title == "盘锦市关于开展2024年城乡环境综合整治的通知")
    #expect(page.source == "盘锦市住房和城乡建设局")
    #expect(page.published == "2024-03-15 09:30")
    #expect(page.category == ["首页", "政务公开", "通知公告"])
    #expect(page.views == 356)
    #expect(
      page.paragraphs == [
        "各县区人民政府，市政府各部门：",
        "为进一步改善城乡人居环境，提升城市品质，市政府决定在全市范围内开展城乡环境综合整治行动，现将有关事项通知如下。",
        "一、整治范围。城市建成区、县城、乡镇驻地及村庄，重点是背街小巷、城乡结合部和农贸市场周边。",
        "二、工作要求。各地要高度重视，成立工作专班，制定实施方案，明确责任分工，确保整治工作取得实效。",
        "各部门要加强协作，形成工作合力。",
      ])
    // Navigation, share bar, footer and script never reach the body.
    for word in ["网站首页", "分享", "版权所有", "tracker", "不要读我"] {
      #expect(!page.paragraphs.joined().contains(word), "\(word)")
    }
  }

  @Test func openGraph() throws {
    let page = try HTMLExtractor.extract(Fixture.text("html/open-graph.html"))
    #expect(page.title == "Notice of Public Hearing: Zoning Amendment 2024-07")
    #expect(page.source == "City of Springfield")
    #expect(page.published == "2024-05-14T10:00:00-05:00")
    #expect(page.url == "https://springfield.example/news/zoning-2024-07")
    #expect(page.language == "en")
    #expect(page.paragraphs.count == 3)
    #expect(page.paragraphs[0].hasPrefix("The City Council will hold a public hearing on Tuesday"))
    #expect(!(page.paragraphs.joined().contains("Share on")))
    #expect(!(page.paragraphs.joined().contains("All rights reserved")))
  }

  @Test func textDensityWithoutAnyMetadata() throws {
    let page = try HTMLExtractor.extract(Fixture.text("html/density.html"))
    #expect(page.title == "港区商店街スタンプラリー開催のお知らせ")
    #expect(page.source == "東京都港区")
    #expect(page.paragraphs.count == 3)
    #expect(!page.paragraphs.joined().contains("防災情報"))
    #expect(!page.paragraphs.joined().contains("Copyright"))
  }

  @Test func contentIdsAndInlineLinksAreNeverTakenForFurniture() throws {
    let page = try HTMLExtractor.extract(
      """
      <html><head><title>通知 - 某市政府</title></head><body>
      <div id="printContent"><h1>通知</h1>
      <p>详见<a class="link" href="/a.pdf">附件</a>，请各单位认真落实，确保按期完成各项工作任务。</p>
      <p>二、各部门要加强协作，形成工作合力，确保整治工作取得实效。</p></div>
      <div class="friendLink"><a href="/x">友情链接一</a> <a href="/y">友情链接二</a></div>
      </body></html>
      """)
    #expect(page.source == "某市政府")
    #expect(page.paragraphs == ["详见附件，请各单位认真落实，确保按期完成各项工作任务。", "二、各部门要加强协作，形成工作合力，确保整治工作取得实效。"])
  }

  @Test func whitespaceCollapsesAndEntitiesAreRead() throws {
    let page = try HTMLExtractor.extract(
      "<html><head><title>T</title></head><body><p>a  &amp;\n b&nbsp;c</p><p>  </p><p>&lt;x&gt;</p></body></html>"
    )
    #expect(page.paragraphs == ["a & b c", "<x>"])
  }

  @Test func aPageWithoutTextOrTitle() {
    #expect(throws: HTMLExtractor.Failure.noTitle) {
      try HTMLExtractor.extract("<html><body><p>text</p></body></html>")
    }
    #expect(throws: HTMLExtractor.Failure.noContent) {
      try HTMLExtractor.extract("<html><head><title>T</title></head><body></body></html>")
    }
  }

  @Test func deepNestingDoesNotOverflowTheStack() throws {
    let depth = 50_000
    let html =
      "<html><head><title>Deep</title></head><body>" + String(repeating: "<div>", count: depth)
      + "<p>deep text</p>" + String(repeating: "</div>", count: depth) + "</body></html>"
    // libxml2 stops nesting at its own limit; whatever it keeps, extraction must not crash.
    _ = try? HTMLExtractor.extract(html)
  }
}
