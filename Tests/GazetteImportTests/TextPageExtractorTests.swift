import GazetteImport
import Testing

@Suite struct TextPageExtractorTests {
  @Test func simplifiedPageWithFullwidthColons() throws {
    let page = try TextPageExtractor.extract(
      """
      当前位置：首页 > 新闻中心 > 通知公告
      关于做好春节期间安全生产工作的通知
      来源：市应急管理局　发布时间：2024-01-20 09:30　点击数：1,024

      各区县人民政府：
      春节将至，现就有关事项通知如下。

      一是加强隐患排查治理。
      """)
    #expect(page.category == ["首页", "新闻中心", "通知公告"])
    #expect(page.title == "关于做好春节期间安全生产工作的通知")
    #expect(page.source == "市应急管理局")
    #expect(page.published == "2024-01-20 09:30")
    #expect(page.views == 1024)
    #expect(page.paragraphs == ["各区县人民政府：春节将至，现就有关事项通知如下。", "一是加强隐患排查治理。"])
  }

  @Test func japaneseKoreanAndEnglishLabels() throws {
    let japanese = try TextPageExtractor.extract(
      "現在の位置：ホーム › くらし › ごみ\n粗大ごみの収集日\n掲載日：2024年4月1日 更新日：2024年4月5日\n本文です。")
    #expect(japanese.category == ["ホーム", "くらし", "ごみ"])
    #expect(japanese.published == "2024年4月1日")
    #expect(japanese.paragraphs == ["本文です。"])
    let korean = try TextPageExtractor.extract(
      "제22대 국회의원선거 투표소 안내\n등록일 : 2024-04-01 조회수 : 3120\n선거가 실시됩니다.")
    #expect(korean.title == "제22대 국회의원선거 투표소 안내")
    #expect(korean.views == 3120)
    let english = try TextPageExtractor.extract(
      "Home » News » Notices\nNotice of Public Hearing\nPublished: 2024-05-14 | Source: City Clerk | Views: 12\n\nThe council will meet\non Tuesday.\n\nAll are welcome."
    )
    #expect(english.category == ["Home", "News", "Notices"])
    #expect(english.source == "City Clerk")
    #expect(english.paragraphs == ["The council will meet on Tuesday.", "All are welcome."])
  }

  @Test func metadataLineBeforeTheTitleAndTraditionalLabels() throws {
    let page = try TextPageExtractor.extract(
      "發布日期：2024-05-01 資料來源：臺北市稅捐稽徵處 瀏覽次數：2048\n房屋稅開徵公告\n本市房屋稅自5月1日起開徵。")
    #expect(page.title == "房屋稅開徵公告")
    #expect(page.published == "2024-05-01")
    #expect(page.views == 2048)
    #expect(page.paragraphs == ["本市房屋稅自5月1日起開徵。"])
  }

  @Test func breadcrumbAfterTheTitle() throws {
    let page = try TextPageExtractor.extract(
      "關於颱風停班停課的公告\n現在位置：首頁 > 公告\n發布日期：2024-07-24\n今日停班停課。")
    #expect(page.title == "關於颱風停班停課的公告")
    #expect(page.category == ["首頁", "公告"])
    #expect(page.paragraphs == ["今日停班停課。"])
  }

  @Test func plainTextIsNotAPage() {
    #expect(throws: TextPageExtractor.Failure.notAPage) {
      try TextPageExtractor.extract("Just some notes\nabout nothing.")
    }
    #expect(throws: TextPageExtractor.Failure.noTitle) {
      try TextPageExtractor.extract("当前位置：首页 > 新闻")
    }
  }

  @Test func proseMentioningADateIsNotAMetadataLine() {
    #expect(MetadataLine("会议强调，发布时间：要尽快确定，并由各部门认真落实好相关工作，确保按期完成各项任务目标。") == nil)
    #expect(MetadataLine("今年的日期安排如下") == nil)
    #expect(MetadataLine("日期：2024-01-01") != nil)
  }

  @Test func breadcrumbForms() {
    #expect(Breadcrumb.levels(in: "您的位置：首页 / 政务公开 / 通知") == ["首页", "政务公开", "通知"])
    #expect(Breadcrumb.levels(in: "首頁 ＞ 市政新聞") == ["首頁", "市政新聞"])
    #expect(Breadcrumb.levels(in: "현재 위치 : 홈 > 알림마당") == ["홈", "알림마당"])
    #expect(Breadcrumb.levels(in: "收入 > 支出的部分要说明") == nil)
    #expect(Breadcrumb.levels(in: "今年是全面振興新突破三年行動的首戰之年") == nil)
  }

  @Test func lineEndsOfEveryKind() throws {
    let page = try TextPageExtractor.extract("日期：2024-01-01\r\n標題\r\n\r\n一。\r第二\u{2028}段。")
    #expect(page.title == "標題")
    #expect(page.paragraphs == ["一。", "第二", "段。"])
  }
}
