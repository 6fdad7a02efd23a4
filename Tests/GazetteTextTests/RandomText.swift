/// Deterministic random paragraphs for property tests: CJK, kana, hangul, Latin words, URLs,
/// numbers, punctuation, emoji, combining marks, controls, tabs and newlines.
struct RandomText {
  private var state: UInt64

  /// A generator that always produces the same sequence for the same `seed`.
  init(seed: UInt64) {
    state = seed
  }

  /// A number in `0..<bound` (SplitMix64).
  mutating func next(_ bound: Int) -> Int {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    mixed ^= mixed >> 31
    return Int(mixed % UInt64(bound))
  }

  private mutating func pick(_ options: [String]) -> String { options[next(options.count)] }

  private mutating func scalars(_ range: ClosedRange<UInt32>, count: Int) -> String {
    var text = ""
    for _ in 0..<count {
      let value = range.lowerBound + UInt32(next(Int(range.upperBound - range.lowerBound) + 1))
      if let scalar = Unicode.Scalar(value) { text.unicodeScalars.append(scalar) }
    }
    return text
  }

  /// One token of text.
  mutating func token() -> String {
    switch next(20) {
    case 0...4: return scalars(0x4E00...0x9FA5, count: 1 + next(6))
    case 5: return scalars(0x3041...0x3093, count: 1 + next(5)) + pick(["", "ー", "っ", "ゃ", "々"])
    case 6: return scalars(0x30A1...0x30F3, count: 1 + next(5)) + pick(["", "ー", "ッ", "ュ"])
    case 7: return scalars(0xAC00...0xD7A3, count: 1 + next(4)) + pick(["", " ", ". "])
    case 8: return pick(["the", "council", "announced", "budget", "residents", "of", "a"]) + " "
    case 9:
      return pick([
        "https://example.gov/news/2023/05/05/item?id=42&lang=zh",
        "www.example.org/report", "mailto:info@example.com",
        "supercalifragilisticexpialidocious",
      ])
    case 10: return pick(["2023-05-05", "12.5", "$100", "45%", "No.7", "(3)"])
    case 11:
      return pick([
        "。", "，", "、", "！", "？", "：", "；", ",", ".", "!", "?", ";", ")", "」", "』", "）", "”", "……",
        "——",
      ])
    case 12: return pick(["「", "『", "（", "“", "("]) + scalars(0x4E00...0x9FA5, count: 1 + next(4))
    case 13: return pick(["👍", "👍🏽", "❤️", "🇯🇵", "🇺", "👨‍👩‍👧‍👦", "1️⃣", "🏳️‍🌈", "😀"])
    case 14:
      return pick([
        "e\u{301}", "\u{301}", "a\u{300}\u{301}\u{302}", "\u{1112}\u{1161}\u{11AB}", "\u{1161}",
        "ｶﾞ",
      ])
    case 15:
      return pick([
        "\u{1B}[31m", "\u{7}", "\u{85}", "\u{202E}", "\u{200B}", "\u{FEFF}", "\u{AD}", "\r\n", "\r",
        "\u{200D}\u{200D}",
      ])
    case 16: return pick(["\t", " ", "  ", "\t\t", "\u{3000}"])
    case 17: return pick(["\n", "\n\n"])
    default: return pick([" ", "，", "。"])
    }
  }

  /// A run of words of one script, as announcements write them.
  private mutating func words() -> String {
    switch next(9) {
    case 0, 1, 2: return scalars(0x4E00...0x9FA5, count: 1 + next(12))
    case 3:
      return scalars(0x4E00...0x9FA5, count: 1 + next(3))
        + pick(["ちょっと", "ジェット", "ファイル", "ください", "ニュース", "行った", "人々", "ゞ"])
        + scalars(0x3041...0x3093, count: next(4))
    case 4:
      var text = ""
      for _ in 0..<(1 + next(5)) {
        text += (text.isEmpty ? "" : " ") + scalars(0xAC00...0xD7A3, count: 1 + next(4))
      }
      return text
    case 5:
      var text = ""
      for _ in 0..<(1 + next(6)) {
        text +=
          (text.isEmpty ? "" : pick([" ", " ", "\t"]))
          + pick([
            "the", "council", "announced", "budget", "residents", "of", "a", "don’t", "e\u{301}te",
          ])
      }
      return text
    case 6:
      return pick([
        "https://example.gov/news/2023/05/05/item?id=42&lang=zh", "www.example.org/report",
        "supercalifragilisticexpialidocious", "2023-05-05", "12.5%", "$100", "No.7",
      ])
    case 7:
      return pick(["👍", "👍🏽", "❤️", "🇯🇵", "👨‍👩‍👧‍👦", "😀"]) + scalars(0x4E00...0x9FA5, count: 1 + next(3))
    default:
      return pick(["「", "『", "（", "“", "《"]) + scalars(0x4E00...0x9FA5, count: 1 + next(6))
        + pick(["」", "』", "）", "”", "》"])
    }
  }

  /// A paragraph of `count` phrases of realistic text: punctuation follows words, brackets are
  /// paired, no space stands before punctuation.
  mutating func realisticParagraph(phrases count: Int) -> String {
    var text = pick(["", "", "\u{3000}\u{3000}", "    "])
    for _ in 0..<count {
      text += words()
      text += pick(["", "", "。", "，", "、", "！", "？", "：", "；", ",", "……", "——", "」。", " ", " "])
    }
    return text
  }

  /// A paragraph of `tokens` tokens.
  mutating func paragraph(tokens: Int) -> String {
    var text = ""
    for _ in 0..<tokens { text += token() }
    return text
  }
}
