import Testing

@testable import GazetteText

/// `TextLayout.truncate` and `truncateStart`: cut at cluster boundaries, end (or start) with
/// `…` (right after the last character kept: no space before it), pad a straddling wide
/// character with a space after the `…` (or before it, for `truncateStart`).
@Suite struct TruncateTests {
  @Test(arguments: [
    ("Hello", 10, "Hello"), ("Hello", 5, "Hello"), ("Hello world", 8, "Hello w…"),
    ("中文字符串", 10, "中文字符串"), ("中文字符串", 9, "中文字符…"), ("中文字符串", 8, "中文字… "),
    ("中文字符串", 2, "… "), ("中文字符串", 1, "…"), ("中文字符串", 0, ""), ("中文字符串", -3, ""),
    ("e\u{301}e\u{301}e\u{301}", 2, "e\u{301}…"), ("👍🏽👍", 5, "👍🏽…"), ("👍🏽👍", 4, "…   "),
    ("a\tb", 5, "a…   "), ("Hello world", 7, "Hello… "), ("Hello  world", 8, "Hello…  "),
    ("a\tb", 9, "a\tb"), ("ｶﾞｷﾞｸﾞ", 5, "ｶﾞｷﾞ…"), ("🇯🇵🇯🇵", 3, "🇯🇵…"),
    ("", 3, ""),
  ])
  func truncate(_ text: String, to width: Int, gives expected: String) {
    #expect(TextLayout.truncate(text, width: width) == expected)
  }

  @Test func truncatedTextIsExactlyTheWidthAndAPrefix() {
    var random = RandomText(seed: 11)
    for _ in 0..<300 {
      let text = TextLayout.sanitizeLine(random.paragraph(tokens: 10))
      let width = 1 + random.next(30)
      let result = TextLayout.truncate(text, width: width)
      let full = TextLayout.width(text)
      if full <= width {
        #expect(result == text)
      } else {
        #expect(TextLayout.width(result) == width)
        let beforePadding = result.reversed().drop { $0 == " " }.reversed()
        #expect(beforePadding.last == "…")
        let kept = String(beforePadding.dropLast())
        #expect(text.hasPrefix(kept))
        #expect(kept.last != " ", "no space before the …")
      }
    }
  }

  @Test(arguments: [
    ("Hello", 10, "Hello"), ("Hello", 5, "Hello"), ("Hello world", 8, "…o world"),
    ("中文字符串", 10, "中文字符串"), ("中文字符串", 9, "…文字符串"), ("中文字符串", 8, "… 字符串"),
    ("中文字符串", 2, "… "), ("中文字符串", 1, "…"), ("中文字符串", 0, ""), ("中文字符串", -3, ""),
    ("Hello", 1, "…"), ("Hello", 0, ""), ("e\u{301}e\u{301}e\u{301}", 2, "…e\u{301}"),
    ("👍👍🏽", 5, "…👍🏽"), ("👍🏽👍", 5, "…  👍"), ("ｶﾞｷﾞｸﾞ", 5, "…ｷﾞｸﾞ"), ("🇯🇵🇯🇵", 3, "…🇯🇵"),
    ("/data/公告/2024/通知.json", 12, "…4/通知.json"), ("", 3, ""), ("data", 10, "data"),
    ("/srv/新聞/盤錦日報", 10, "…/盤錦日報"), ("/srv/新聞/盤錦日報", 1, "…"),
  ])
  func truncateStart(_ text: String, to width: Int, gives expected: String) {
    #expect(TextLayout.truncateStart(text, width: width) == expected)
  }

  @Test func truncatedStartIsExactlyTheWidthAndASuffix() {
    var random = RandomText(seed: 12)
    for _ in 0..<300 {
      let text = TextLayout.sanitizeLine(random.paragraph(tokens: 10))
      let width = 1 + random.next(30)
      let result = TextLayout.truncateStart(text, width: width)
      if TextLayout.width(text) <= width {
        #expect(result == text)
      } else {
        #expect(TextLayout.width(result) == width)
        #expect(result.hasPrefix("…"))
        let kept = result.dropFirst().drop { $0 == " " }
        #expect(text.hasSuffix(String(kept)))
      }
    }
  }

  /// A cluster is never split, however many marks it carries.
  @Test func truncateStartKeepsAHugeClusterWhole() {
    let huge = "a" + String(repeating: "\u{301}", count: 300_000)
    #expect(TextLayout.truncateStart("xyz" + huge, width: 3) == "…z" + huge)
  }
}
