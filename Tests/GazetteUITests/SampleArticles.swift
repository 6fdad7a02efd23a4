import GazetteModel

@testable import GazetteUI

/// Articles in Chinese, Japanese, Korean, English and mixed scripts, plus a hostile one.
enum SampleArticles {
  static func article(
    _ id: String, _ title: String, source: String?, day: Int?, views: Int? = nil,
    category: [String] = [], url: String? = nil
  ) -> Article {
    Article(
      id: id, title: title, source: source,
      published: day.map { PublishedDate(year: 2023, month: 5, day: $0) },
      url: url, category: category, views: views,
      location: ArticleLocation(relativePath: "\(id).json"))
  }

  /// The hostile title: ESC/OSC sequences, BEL, a bidi override and C1 controls.
  static let hostileTitle =
    "\u{1B}]0;pwned\u{07}Alert\u{1B}[2J \u{202E}txet desrever\u{202C} \u{9B}31m end"

  static let articles: [Article] = [
    article(
      "panjin-1", "明確目標 突出重點 壓實責任 形成合力", source: "盤錦日報", day: 5, views: 546,
      category: ["首頁", "要聞動態", "盤錦要聞"], url: "http://www.panjin.gov.cn/html/1.html"),
    article(
      "tokyo-1", "港区役所からのお知らせ：ごみの出し方が変わります", source: "東京都港区", day: 4,
      views: 1_203, category: ["くらし", "ごみ"]),
    article(
      "seoul-1", "서울특별시 대중교통 요금 조정 안내", source: "서울특별시", day: 3, views: 98_765,
      url: "https://www.seoul.go.kr/news/1"),
    article(
      "city-1", "City Council approves the 2023 budget for road repairs", source: "Springfield",
      day: 2, views: 12),
    article(
      "mixed-1", "Shenzhen 深圳 Metro Line 16 開通 — ｶﾞｲﾄﾞ ＡＢＣ１２３", source: "深圳市交通运输局",
      day: 1),
    article("hostile-1", hostileTitle, source: "\u{1B}[31mEvil\u{1B}[0m", day: nil),
  ]

  static let bodies: [String: ArticleBody] = [
    "panjin-1": ArticleBody(paragraphs: [
      "今年是全面振興新突破三年行動的首戰之年，也是文明城市創建的大考之年。",
      "我市已連續兩屆獲得全國文明城市稱號，去年在全省文明城市測評中榮獲地級市第一名。",
    ]),
    "tokyo-1": ArticleBody(paragraphs: [
      "令和5年6月1日から、資源ごみの収集日が変わります。",
      "詳しくは区のホームページをご覧ください。",
    ]),
    "seoul-1": ArticleBody(paragraphs: [
      "서울시는 대중교통 요금을 조정합니다. 자세한 내용은 홈페이지를 참고하십시오."
    ]),
    "city-1": ArticleBody(paragraphs: [
      "The council voted 7 to 2 to approve the budget. Road repairs start in June.",
      "Residents can comment on the plan until the end of the month.",
    ]),
    "mixed-1": ArticleBody(paragraphs: ["深圳地铁16号线正式开通运营。Line 16 opens today."]),
    "hostile-1": ArticleBody(paragraphs: [
      "Body with \u{1B}[1mbold escape\u{1B}[0m and a bell\u{07} and \u{202E}override."
    ]),
  ]

  static var provider: InMemoryArticleProvider {
    InMemoryArticleProvider(
      articles: articles, bodies: bodies,
      problems: [
        LoadProblem(path: "broken.json", line: 3, column: 14, message: "expected ',' or '}'"),
        LoadProblem(path: "old/2019.json", message: "not an object", severity: .error),
      ])
  }

  /// `count` articles already in list order (newest first), with short bodies.
  static func synthetic(count: Int) -> [Article] {
    (0..<count).map { number in
      let day = 28 - (number / 4_000) % 28
      return Article(
        id: String(format6(number)), title: "Notice number \(number) 公告 \(number)",
        source: "Source \(number % 7)",
        published: PublishedDate(
          year: 2023, month: 5, day: day, secondsOfDay: 86_000 - number % 4_000),
        location: ArticleLocation(relativePath: "n/\(number).json"))
    }
  }

  private static func format6(_ number: Int) -> String {
    let digits = String(number)
    return String(repeating: "0", count: max(0, 6 - digits.count)) + digits
  }
}
