import Foundation
import Testing

@testable import GazetteModel

/// Folding and matching of searches.
@Suite struct SearchPatternTests {
  @Test(arguments: [
    ("abc", "xxABCxx"), ("ＡＢＣ１２３", "abc123"), ("abc123", "ＡＢＣ１２３"), ("ｶﾞ", "ガイド"),
    ("ガ", "ｶﾞｲﾄﾞ"), ("ｶﾞ", "ｶﾞ"), ("a b", "a\u{3000}b"), ("strasse", "Straße"), ("STRASSE", "straẞe"),
    ("ß", "SS"), ("σοφία", "ΣΟΦΊΑ"), ("ς", "Σ"), ("москва", "МОСКВА"), ("fi", "ﬁle"),
    ("é", "Cafe\u{301}"), ("e\u{301}", "café"),
    ("한국", "\u{1112}\u{1161}\u{11AB}\u{1100}\u{116E}\u{11A8}"),
    ("盘锦", "盘锦市人民政府"), ("文明城市", "爭創全域全國文明城市"), ("K", "\u{212A}elvin"),
    ("İstanbul", "i\u{307}stanbul"), ("！", "!"), ("ｈｔｔｐ", "HTTP"), ("ﾊﾟﾝ", "パン"),
    ("", "anything"),
  ])
  func matches(_ pattern: String, _ candidate: String) {
    #expect(SearchPattern(pattern).matches(candidate), "\(pattern) in \(candidate)")
    #expect(
      SearchPattern(pattern).matches(folded: SearchPattern.foldedForSearch(candidate)),
      "\(pattern) in folded \(candidate)")
  }

  @Test(arguments: [
    ("e", "café"), ("e", "cafe\u{301}"), ("a", "\u{1F1E6}"), ("盘锦市", "盘锦"), ("abc", "ab"),
    ("カ", "ガ"), ("ガ", "カ"), ("s", "t"), ("文明", "文 明"), ("a", "a\u{20DD}"),
  ])
  func doesNotMatch(_ pattern: String, _ candidate: String) {
    #expect(!SearchPattern(pattern).matches(candidate), "\(pattern) in \(candidate)")
  }

  @Test func rangesAreInTheOriginalString() {
    let candidate = "ＡＢＣ abc Ａbc"
    let ranges = SearchPattern("abc").ranges(in: candidate)
    #expect(ranges.map { String(candidate[$0]) } == ["ＡＢＣ", "abc", "Ａbc"])

    let german = "Die Straße und die STRASSE"
    #expect(
      SearchPattern("strasse").ranges(in: german).map { String(german[$0]) } == [
        "Straße", "STRASSE",
      ])

    let kana = "ｶﾞｲﾄﾞとガイド"
    #expect(SearchPattern("ガイド").ranges(in: kana).map { String(kana[$0]) } == ["ｶﾞｲﾄﾞ", "ガイド"])

    let overlapping = "aaaa"
    #expect(SearchPattern("aa").ranges(in: overlapping).count == 2)
    #expect(SearchPattern("x").ranges(in: overlapping).isEmpty)
    #expect(SearchPattern("").ranges(in: overlapping).isEmpty)

    let partial = "ß"
    #expect(SearchPattern("s").ranges(in: partial).map { String(partial[$0]) } == ["ß"])
  }

  @Test func foldedForSearchFoldsOnce() {
    #expect(SearchPattern.foldedForSearch("ＡＢＣ Straße ｶﾞ") == "abc strasse ガ")
    #expect(SearchPattern.foldedForSearch("中文タイトル") == "中文タイトル")
  }

  @Test func patternsAreValues() {
    #expect(SearchPattern("abc") == SearchPattern("abc"))
    #expect(SearchPattern("abc") != SearchPattern("abd"))
    #expect(SearchPattern("").isEmpty)
    #expect(!SearchPattern(" ").isEmpty)
  }

  @Test func matchingIsFastForTitles() {
    let titles = (0..<20_000).map { "盘锦市人民政府关于第\($0)号文明城市创建工作的通知公告" }
    let pattern = SearchPattern("Ministry")
    _ = pattern.matches(titles[0])
    let clock = ContinuousClock()
    let elapsed = clock.measure {
      var count = 0
      for title in titles where pattern.matches(title) { count += 1 }
      #expect(count == 0)
    }
    // 20,000 CJK titles: a few milliseconds in release builds; generous for debug builds.
    #expect(elapsed < .seconds(1))
  }

  /// Every full case folding of Unicode's CaseFolding.txt (C and F entries) matches both ways.
  @Test func agreesWithUnicodeCaseFolding() throws {
    let path = "/usr/share/unicode/CaseFolding.txt"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    var checked = 0
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let fields = line.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
      guard fields.count >= 3, fields[1] == "C" || fields[1] == "F",
        let code = UInt32(fields[0], radix: 16), let scalar = Unicode.Scalar(code)
      else { continue }
      let folded = String(
        String.UnicodeScalarView(
          fields[2].split(separator: " ").compactMap {
            UInt32($0, radix: 16).flatMap(Unicode.Scalar.init)
          }))
      let original = String(scalar)
      #expect(
        SearchPattern.foldedForSearch(original) == SearchPattern.foldedForSearch(folded),
        "U+\(fields[0]) → \(fields[2])")
      checked += 1
    }
    #expect(checked > 1_400)
  }
}
