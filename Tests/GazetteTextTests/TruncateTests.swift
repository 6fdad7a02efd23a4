import Testing

@testable import GazetteText

/// `TextLayout.truncate`: cuts at cluster boundaries, ends with `…`, pads a straddling wide
/// character with a space.
@Suite struct TruncateTests {
  @Test(arguments: [
    ("Hello", 10, "Hello"), ("Hello", 5, "Hello"), ("Hello world", 8, "Hello w…"),
    ("中文字符串", 10, "中文字符串"), ("中文字符串", 9, "中文字符…"), ("中文字符串", 8, "中文字 …"),
    ("中文字符串", 2, " …"), ("中文字符串", 1, "…"), ("中文字符串", 0, ""), ("中文字符串", -3, ""),
    ("e\u{301}e\u{301}e\u{301}", 2, "e\u{301}…"), ("👍🏽👍", 5, "👍🏽…"), ("👍🏽👍", 4, "   …"),
    ("a\tb", 5, "a   …"), ("a\tb", 9, "a\tb"), ("ｶﾞｷﾞｸﾞ", 5, "ｶﾞｷﾞ…"), ("🇯🇵🇯🇵", 3, "🇯🇵…"),
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
        #expect(result.hasSuffix("…"))
        let kept = result.dropLast().reversed().drop { $0 == " " }.reversed()
        #expect(text.hasPrefix(String(kept)))
      }
    }
  }
}
