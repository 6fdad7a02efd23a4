import Testing

@testable import GazetteText

/// `TextLayout.wrap` on Chinese, Japanese, Korean, English and mixed text.
@Suite struct WrapTests {
  @Test(arguments: [
    // Chinese: a break between any two ideographs, lines as full as the rules allow.
    ("今年是全面振兴新突破三年行动的首战之年。", 10, ["今年是全面", "振兴新突破", "三年行动的", "首战之年。"]),
    // 。 never starts a line: the ideograph before it goes down with it.
    ("中文中文中。", 10, ["中文中文", "中。"]),
    // The seed's ASCII comma inside Chinese text stays with the ideograph before it.
    ("首戰之年,也是", 8, ["首戰之", "年,也是"]),
    ("首戰之年,也是", 9, ["首戰之年,", "也是"]),
    // An opening bracket never ends a line; a closing one never starts one.
    ("中文中「文」", 8, ["中文中", "「文」"]),
    ("我市召开文明委（扩大）会议", 12, ["我市召开文明", "委（扩大）会", "议"]),
    ("他说“你好”。", 8, ["他说“你", "好”。"]),
    ("他说“你好”。", 6, ["他说", "“你", "好”。"]),
    // …… and —— stay together.
    ("中文中文……", 9, ["中文中", "文……"]),
    ("中文中文——好", 9, ["中文中文", "——好"]),
    ("中文中文――好", 9, ["中文中文", "――好"]),
    // Japanese: small kana, ー and 々 never start a line.
    ("ちょっと待ってください", 6, ["ちょっ", "と待っ", "てくだ", "さい"]),
    ("データーベース", 4, ["デー", "ター", "ベー", "ス"]),
    ("暮らしの人々", 10, ["暮らしの", "人々"]),
    ("「市民の皆さまへ」：住民税", 10, ["「市民の皆", "さまへ」：", "住民税"]),
    // Korean: a break between syllables as well as at spaces.
    ("한국어 문장입니다", 6, ["한국어", "문장입", "니다"]),
    ("서울시는 2023년 5월부터", 10, ["서울시는", "2023년 5월", "부터"]),
    // English breaks at spaces; a URL longer than the line breaks only after / ? & # - past
    // its scheme (URLWrapTests has the rest).
    (
      "Visit https://example.com/path/to/page now", 20,
      ["Visit", "https://example.com/", "path/to/page now"]
    ),
    ("The council approved the budget.", 12, ["The council", "approved the", "budget."]),
    ("supercalifragilistic", 8, ["supercal", "ifragili", "stic"]),
    // Mixed: Latin words inside CJK text are not split.
    ("中文English混合text测试", 8, ["中文", "English", "混合text", "测试"]),
    ("详见https://example.tw/news。", 25, ["详见", "https://example.tw/news。"]),
    // The 。 cannot start a line: with it, the URL does not fit, so it breaks after a /.
    ("详见https://example.tw/news。", 24, ["详见https://example.tw/", "news。"]),
    // Too narrow for even "https://example.tw/": cut where it must be.
    ("详见https://example.tw/news。", 12, ["详见", "https://exam", "ple.tw/", "news。"]),
    // Spaces at a break are dropped; leading indentation is kept when it fits.
    ("aaa bbb", 5, ["aaa", "bbb"]),
    ("aaa   ", 10, ["aaa"]),
    ("  abc", 10, ["  abc"]),
    ("\u{3000}\u{3000}今年是", 8, ["\u{3000}\u{3000}今年", "是"]),
    // Forced breaks.
    ("a\nb", 10, ["a", "b"]), ("a\n", 10, ["a", ""]), ("", 10, [""]), ("\n\n", 5, ["", "", ""]),
    ("ab  \ncd", 10, ["ab", "cd"]),
    // Tabs expand to multiples of 8 and count in the width.
    ("a\tb", 20, ["a       b"]), ("a\tb\tc", 12, ["a       b", "c"]),
    // Narrow lines: a wide character alone on a line of 1; impossible kinsoku is violated
    // rather than the width.
    ("中a", 1, ["中", "a"]), ("中。", 2, ["中", "。"]), ("ab", 0, ["a", "b"]),
  ])
  func wrap(_ paragraph: String, width: Int, into expected: [String]) {
    #expect(TextLayout.wrappedLines(paragraph, width: width) == expected)
  }

  @Test func linesCarryTheirWidthAndRangesIntoTheParagraph() {
    let paragraph = "中文 abc\t中"
    let lines = TextLayout.wrap(paragraph, width: 6)
    #expect(lines.map { String(paragraph[$0.range]) } == ["中文", "abc", "中"])
    #expect(lines.map(\.width) == [4, 3, 2])
    let tabbed = TextLayout.wrap("ab\tc", width: 20)
    #expect(tabbed.map(\.width) == [9])
  }

  @Test func aHugeWidthIsOneLinePerParagraph() {
    #expect(TextLayout.wrappedLines("中文 text\nnext", width: Int.max) == ["中文 text", "next"])
  }

  @Test func everyWidthFromOneTo120KeepsThePromises() {
    let samples = [
      "今年是全面振興新突破三年行動的首戰之年,也是文明城市創建的大考之年。爭創全域全國文明城市,是全面振興新突破題中應有之義。",
      "「市民の皆さまへ」：令和5年度の住民税は、6月から納付が始まります。詳しくはホームページ（https://www.city.example.jp/zei/）をご覧ください……",
      "서울시는 2023년 5월부터 새로운 교통 정책을 시행합니다. 자세한 내용은 누리집(www.seoul.example.kr)을 참고하시기 바랍니다.",
      "The city council approved the 2023 budget of $12.5 million on Tuesday (see https://example.gov/budget/2023?lang=en for details).",
      "“文明城市”既是形象的比拼，更是内涵的比拼——要下足绣花功夫。活動期間：2023年4月1日〜4月30日（土・日・祝日を除く）🎉 👍🏽 🇯🇵",
    ]
    for sample in samples {
      let facts = WrapChecker.Facts(sample)
      for width in 1...120 {
        let kinsoku: WrapChecker.Kinsoku =
          width >= 10 ? .full : width >= 4 ? .clausePunctuation : .none
        let checker = WrapChecker(facts, width: width, kinsoku: kinsoku)
        #expect(checker.violations.isEmpty, "\(checker.violations.prefix(3))")
      }
    }
  }

  @Test func theSeedArticleKeepsThePromisesAtEveryWidth() {
    let article = TextLayout.sanitize(SeedArticle.text)
    let facts = WrapChecker.Facts(article)
    for width in 4...120 {
      let checker = WrapChecker(
        facts, width: width, kinsoku: width >= 10 ? .full : .clausePunctuation)
      #expect(checker.violations.isEmpty, "\(checker.violations.prefix(3))")
    }
  }
}
