import Testing

@testable import GazetteText

/// The CJK strict (kinsoku) tailoring on top of UAX #14, as break positions.
@Suite struct LineBreakTailoringTests {
  /// Where the strict rules allow a break in `text`: the text with "|" at each opportunity.
  static func marked(_ text: String) -> String {
    let legal = WrapChecker.legalBreaks(text)
    var result = ""
    for index in text.indices {
      if legal.contains(text.utf8.distance(from: text.startIndex, to: index)) { result += "|" }
      result.append(text[index])
    }
    return result
  }

  @Test(arguments: [
    ("中文字", "中|文|字"),  // between ideographs
    ("かなカナ", "か|な|カ|ナ"),  // between kana
    ("한국어 문장", "한|국|어 |문|장"),  // between Hangul syllables and at spaces
    ("中文。字", "中|文。|字"),  // 。 never starts a line
    ("年,也", "年,|也"),  // nor an ASCII comma in Chinese text
    ("中「文」字", "中|「文」|字"),  // brackets
    ("ちょっとー々", "ちょっ|とー々"),  // small kana, ー, 々 never start a line
    ("ｶﾞｯｺｳ", "ｶﾞｯ|ｺ|ｳ"),  // halfwidth small kana
    ("中 ー", "中 ー"),  // not even after a space
    ("中 、", "中 、"),
    ("a ”b", "a ”b"),  // a closing quote never starts a line
    ("“ a", "“ a"),  // an opening quote never ends one
    ("中“文”字", "中|“文”|字"),  // quotes between East Asian characters
    ("a“b”c", "a“b”c"),  // but not between Latin letters
    ("中——文", "中|——|文"),  // dash pairs stay together
    ("中―—文", "中|―—|文"),
    ("中……文", "中……|文"),  // …… stays together and never starts a line
    ("word word", "word |word"),
    ("https://a.example/b?c", "https://|a.example/|b?|c"),  // URLs break where Latin text would
    ("$(12)", "$(12)"),  // LB25: PR × OP before a number
    ("$(a)", "$|(a)"),
  ])
  func breaks(_ text: String, _ expected: String) {
    #expect(Self.marked(text) == expected)
  }

  /// Every character the issue says must never start a line.
  static let neverFirst =
    "」』）】〕》〉”’、。，．：；？！,.:;?!)ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
    + "ㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿｧｨｩｪｫｬｭｮｯーｰ々〻ゝゞヽヾ｡､｣…"
  /// Every opening bracket and quote that must never end a line.
  static let neverLast = "「『（【〔《〈“‘(["

  @Test func noListedCharacterStartsALine() {
    for character in Self.neverFirst {
      for text in ["中\(character)", "中 \(character)", "a\(character)", "1\(character)"] {
        let before = text.utf8.count - String(character).utf8.count
        #expect(!WrapChecker.legalBreaks(text).contains(before), "\(text)")
      }
    }
  }

  @Test func noListedCharacterEndsALine() {
    for character in Self.neverLast {
      for text in ["\(character)中", "\(character) 中", "\(character)a"] {
        let after = String(character).utf8.count
        let legal = WrapChecker.legalBreaks(text)
        #expect(!legal.contains(after) && !legal.contains(after + 1), "\(text)")
      }
    }
  }
}
