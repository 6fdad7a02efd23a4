import Testing

@testable import GazetteText

/// The breaker's verdict tables are a cache of its rules: with and without them, every
/// opportunity must come out the same.
@Suite struct LineBreakVerdictTableTests {
  /// One or two scalars of every line-break class, East Asian and not where it matters.
  static let representatives: [Unicode.Scalar] = [
    "a", "א", " ", "\t", "\n", "\r", "\u{B}", "\u{85}", "\u{200B}", "\u{200D}", "\u{301}",
    "\u{2060}", "\u{A0}", "\u{AD}", "-", "—", "―", "\u{2E3A}", "´", "\u{FFFC}", "}", "、",
    ")", "!", "？", "/", ",", "…", "ー", "ぁ", "々", "1", "٣", "(", "（", "「", "$", "%",
    "\"", "“", "”", "«", "»", "‘", "’", "中", "가", "각", "\u{1100}", "\u{1161}", "\u{11A8}",
    "🇯", "🇵", "👍", "🏽", "\u{1FC00}", "😀", "ｶ", "ﾞ", "Ａ",
  ]

  @Test(arguments: [false, true])
  func tablesAgreeWithTheRulesOnEveryClassSequence(cjkStrict: Bool) {
    let table = PropertyTable.shared
    var random = RandomText(seed: cjkStrict ? 27 : 28)
    var disagreements: [String] = []
    for _ in 0..<20_000 {
      var scalars: [Unicode.Scalar] = []
      for _ in 0..<(2 + random.next(8)) {
        scalars.append(Self.representatives[random.next(Self.representatives.count)])
      }
      var cached = LineBreaker(cjkStrict: cjkStrict, verdictTables: true)
      var ruled = LineBreaker(cjkStrict: cjkStrict, verdictTables: false)
      for scalar in scalars {
        let properties = table.properties(of: scalar)
        if cached.advance(properties.lineBreakClass, properties)
          != ruled.advance(properties.lineBreakClass, properties)
        {
          disagreements.append(scalars.map { String($0.value, radix: 16) }.joined(separator: " "))
          break
        }
      }
    }
    #expect(disagreements.isEmpty, "\(disagreements.count): \(disagreements.prefix(5))")
  }

  @Test(arguments: [false, true])
  func tablesAgreeWithTheRules(cjkStrict: Bool) {
    let table = PropertyTable.shared
    var random = RandomText(seed: cjkStrict ? 17 : 18)
    var disagreements: [String] = []
    for round in 0..<300 {
      let text =
        round % 2 == 0
        ? random.paragraph(tokens: 30) : random.realisticParagraph(phrases: 12)
      var cached = LineBreaker(cjkStrict: cjkStrict, verdictTables: true)
      var ruled = LineBreaker(cjkStrict: cjkStrict, verdictTables: false)
      for scalar in text.unicodeScalars {
        let properties = table.properties(of: scalar)
        let lineBreakClass = properties.lineBreakClass
        let fast = cached.advance(lineBreakClass, properties)
        let slow = ruled.advance(lineBreakClass, properties)
        if fast != slow {
          disagreements.append(
            "\(String(reflecting: text)) at U+\(String(scalar.value, radix: 16))")
          break
        }
      }
    }
    #expect(disagreements.isEmpty, "\(disagreements.prefix(3))")
  }
}
