import Testing

@testable import GazetteText

/// Properties of `TextLayout.wrap` over many generated paragraphs (see `WrapChecker` for what
/// each property means): lines within the width, no text lost, no cluster split, full lines,
/// and kinsoku for realistic CJK text.
@Suite struct WrapPropertyTests {
  @Test func realisticParagraphsKeepEveryPromiseIncludingKinsoku() {
    var random = RandomText(seed: 2024)
    var violations: [String] = []
    for _ in 0..<120 {
      let paragraph = TextLayout.sanitize(random.realisticParagraph(phrases: 3 + random.next(25)))
      let facts = WrapChecker.Facts(paragraph)
      for width in [4, 5, 6, 7, 8, 9, 10, 11, 13, 17, 24, 40, 80, 100 + random.next(21)] {
        let kinsoku: WrapChecker.Kinsoku = width >= 10 ? .full : .clausePunctuation
        violations += WrapChecker(facts, width: width, kinsoku: kinsoku).violations
      }
    }
    #expect(violations.isEmpty, "\(violations.count): \(violations.prefix(5))")
  }

  @Test func hostileParagraphsKeepEveryPromiseButKinsoku() {
    var random = RandomText(seed: 42)
    var violations: [String] = []
    for _ in 0..<120 {
      let paragraph = TextLayout.sanitize(random.paragraph(tokens: 5 + random.next(35)))
      let facts = WrapChecker.Facts(paragraph)
      for width in [1, 2, 3, 4, 5, 7, 10, 16, 33, 80, 1 + random.next(120)] {
        violations += WrapChecker(facts, width: width, kinsoku: .none).violations
      }
    }
    #expect(violations.isEmpty, "\(violations.count): \(violations.prefix(5))")
  }

  @Test func unsanitisedTextStillWrapsWithinTheWidth() {
    var random = RandomText(seed: 99)
    for _ in 0..<200 {
      let paragraph = random.paragraph(tokens: 30)
      let width = 1 + random.next(60)
      let lines = TextLayout.wrap(paragraph, width: width)
      #expect(!lines.isEmpty)
      for line in lines {
        let text = paragraph[line.range]
        #expect(line.width <= width || text.count == 1, "\(String(text).debugDescription)")
      }
    }
  }

  @Test func sanitisedLinesContainNothingATerminalWouldInterpret() {
    var random = RandomText(seed: 5)
    for _ in 0..<150 {
      let width = 4 + random.next(100)
      for line in TextLayout.wrappedLines(
        TextLayout.sanitize(random.paragraph(tokens: 25)), width: width)
      {
        #expect(TextLayout.width(line) <= width)
        #expect(
          !line.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) })
      }
    }
  }

  @Test func rewrappingAtAnotherWidthDependsOnlyOnTheText() {
    var random = RandomText(seed: 8)
    let paragraph = TextLayout.sanitize(random.realisticParagraph(phrases: 40))
    let first = TextLayout.wrap(paragraph, width: 37)
    _ = TextLayout.wrap(paragraph, width: 12)
    #expect(TextLayout.wrap(paragraph, width: 37) == first)
  }
}
